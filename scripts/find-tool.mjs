// Locate the external tools veilc shells out to (opa, kubeconform, kustomize,
// unbound-checkconf, ...). Dependency-free so that bin/ wrappers, scripts and
// the TypeScript compiler (through find-tool.d.mts) can all import it.
//
// Resolution order for findTool(name):
//   1. environment variable VEILC_<NAME> (uppercased, "-" -> "_"), e.g.
//      VEILC_KUBECONFORM, VEILC_UNBOUND_CHECKCONF. A value with a path
//      separator is a file path (relative paths resolve against cwd); a bare
//      word is looked up on PATH. If the variable is set but names no
//      executable file, findTool throws rather than silently using another
//      binary.
//   2. PATH (skipping this project's own bin/<name>.mjs wrappers, so that
//      `npx kubeconform` does not find itself)
//   3. <repoRoot>/tools/bin/<name>, as installed by scripts/toolchain.sh
import { accessSync, constants, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root: the parent of this file's scripts/ directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Where scripts/toolchain.sh installs the pinned Go tools. */
export const toolsBinDir = path.join(repoRoot, "tools", "bin");

const GO_TOOLS = new Set(["opa", "kubeconform", "kustomize"]);

const APT_PACKAGES = {
  "unbound-checkconf": "unbound",
  unbound: "unbound",
  "unbound-control": "unbound",
  shellcheck: "shellcheck",
  dig: "bind9-dnsutils",
  "cmark-gfm": "cmark-gfm",
};

/** "unbound-checkconf" -> "VEILC_UNBOUND_CHECKCONF" */
export function toolEnvVar(name) {
  return `VEILC_${String(name).toUpperCase().replace(/[^A-Z0-9]/g, "_")}`;
}

function isExecutableFile(file) {
  try {
    if (!statSync(file).isFile()) return false;
    if (process.platform !== "win32") accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function realpathOrSelf(file) {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

// This project's wrappers (bin/<name>.mjs); npm links them into
// node_modules/.bin/<name>, which npx puts first on PATH.
function isOwnWrapper(file, name) {
  const real = realpathOrSelf(file);
  const binDir = path.join(repoRoot, "bin");
  return [path.join(binDir, `${name}.mjs`), path.join(binDir, name)].some(
    (w) => realpathOrSelf(w) === real,
  );
}

function pathCandidates(name, env) {
  const names = [name];
  if (process.platform === "win32") {
    const exts = (env.PATHEXT ?? ".EXE;.CMD;.BAT;.COM").split(";").filter(Boolean);
    for (const ext of exts) names.push(name + ext.toLowerCase(), name + ext);
  }
  return names;
}

function searchPath(name, env, cwd) {
  const dirs = (env.PATH ?? env.Path ?? "").split(path.delimiter).filter(Boolean);
  for (const dir of dirs) {
    for (const candidate of pathCandidates(name, env)) {
      const file = path.resolve(cwd, dir, candidate);
      if (isExecutableFile(file) && !isOwnWrapper(file, name)) return file;
    }
  }
  return null;
}

/**
 * Resolve an external tool.
 * @param {string} name  e.g. "kubeconform", "opa", "unbound-checkconf"
 * @param {{ env?: Record<string, string | undefined>, cwd?: string }} [options]
 * @returns {{ path: string, source: "env" | "path" | "tools" } | null}
 */
export function findTool(name, { env = process.env, cwd = process.cwd() } = {}) {
  const varName = toolEnvVar(name);
  const fromEnv = env[varName];
  if (fromEnv !== undefined && fromEnv !== "") {
    const hasSep = fromEnv.includes("/") || (path.sep === "\\" && fromEnv.includes("\\"));
    const file = hasSep ? path.resolve(cwd, fromEnv) : searchPath(fromEnv, env, cwd);
    if (file === null || !isExecutableFile(file)) {
      throw new Error(`${varName}=${fromEnv} does not name an executable file`);
    }
    return { path: file, source: "env" };
  }

  const onPath = searchPath(name, env, cwd);
  if (onPath !== null) return { path: onPath, source: "path" };

  for (const candidate of pathCandidates(name, env)) {
    const file = path.join(toolsBinDir, candidate);
    if (isExecutableFile(file)) return { path: file, source: "tools" };
  }
  return null;
}

/** One-line instruction for making a missing tool available. */
export function missingToolHint(name) {
  const varName = toolEnvVar(name);
  if (GO_TOOLS.has(name)) {
    return `${name} not found: run \`bash scripts/toolchain.sh\` (needs Go) or set ${varName}=/path/to/${name}`;
  }
  const pkg = APT_PACKAGES[name];
  if (pkg !== undefined) {
    return `${name} not found: apt-get install ${pkg} (or set ${varName}=/path/to/${name})`;
  }
  return `${name} not found: put it on PATH or set ${varName}=/path/to/${name}`;
}

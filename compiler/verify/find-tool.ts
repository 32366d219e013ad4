// Locating the external tools veilc shells out to (opa, kubeconform,
// kustomize, amtool, unbound-checkconf, shellcheck, ...). Product code: the
// verify stage, and the scripts and tests that need the same lookup, import
// it from here (scripts may use product code, never the reverse).
//
// Resolution order for findTool(name):
//   1. VEILC_<NAME> (upper-cased, non-alphanumerics -> "_"), e.g.
//      VEILC_KUBECONFORM, VEILC_UNBOUND_CHECKCONF. A value with a path
//      separator is a file path (relative to cwd); a bare word is looked up
//      on PATH. Set but naming no executable file: findTool throws rather than
//      silently using another binary.
//   2. PATH, skipping this project's own bin/<name>.mjs wrappers (npx puts
//      node_modules/.bin first, and `npx kubeconform` must not find itself).
//   3. <package root>/tools/bin/<name>, as installed by scripts/toolchain.sh.
import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../paths.ts';

/** Where scripts/toolchain.sh installs the pinned Go tools (absolute). */
export const TOOLS_BIN_DIR = path.join(REPO_ROOT, 'tools', 'bin');

/** The tools scripts/toolchain.sh builds (its ALL_TOOLS; a toolchain test keeps the two equal). */
export const TOOLCHAIN_TOOLS: readonly string[] = [
  'opa', 'kubeconform', 'kustomize', 'amtool', 'minio', 'etcd',
  'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubectl',
  'source-controller', 'kustomize-controller', 'helm-controller', 'metallb-controller', 'kwok',
  'actionlint', 'helm',
];

/** Debian packages of the other tools (scripts/setup.sh installs them). */
const APT_PACKAGES: Readonly<Record<string, string>> = {
  'unbound-checkconf': 'unbound',
  unbound: 'unbound',
  'unbound-control': 'unbound',
  shellcheck: 'shellcheck',
  dig: 'bind9-dnsutils',
};

export interface FoundTool {
  /** Absolute path of the executable. */
  path: string;
  /** Which rule found it: VEILC_<NAME>, PATH, or tools/bin. */
  source: 'env' | 'path' | 'tools';
}

export interface FindToolOptions {
  /** Environment read for VEILC_<NAME>, PATH and PATHEXT; default process.env. */
  env?: Record<string, string | undefined>;
  /** Folder relative paths resolve against; default process.cwd(). */
  cwd?: string;
  /**
   * Look in tools/bin before PATH (default false). Tests that pin server and
   * client versions use it, so that a machine's own kubectl (say 1.32) does
   * not stand in for the pinned one.
   */
  preferToolsBin?: boolean;
}

/** "unbound-checkconf" -> "VEILC_UNBOUND_CHECKCONF" */
export function toolEnvVar(name: string): string {
  return `VEILC_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    if (process.platform !== 'win32') accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function realpathOrSelf(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

// This project's wrappers (bin/<name>.mjs), which npm links into node_modules/.bin.
function isOwnWrapper(file: string, name: string): boolean {
  const real = realpathOrSelf(file);
  const binDir = path.join(REPO_ROOT, 'bin');
  return [path.join(binDir, `${name}.mjs`), path.join(binDir, name)].some((w) => realpathOrSelf(w) === real);
}

function fileNames(name: string, env: Record<string, string | undefined>): string[] {
  const names = [name];
  if (process.platform === 'win32') {
    for (const ext of (env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean)) names.push(name + ext.toLowerCase(), name + ext);
  }
  return names;
}

function searchPath(name: string, env: Record<string, string | undefined>, cwd: string): string | null {
  for (const dir of (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean)) {
    for (const candidate of fileNames(name, env)) {
      const file = path.resolve(cwd, dir, candidate);
      if (isExecutableFile(file) && !isOwnWrapper(file, name)) return file;
    }
  }
  return null;
}

function searchToolsBin(name: string, env: Record<string, string | undefined>): string | null {
  for (const candidate of fileNames(name, env)) {
    const file = path.join(TOOLS_BIN_DIR, candidate);
    if (isExecutableFile(file)) return file;
  }
  return null;
}

/**
 * Resolves an external tool by name (e.g. "kubeconform", "unbound-checkconf")
 * in the order described at the top of this file. Returns null when none is
 * found. Throws an Error when VEILC_<NAME> is set but names no executable file.
 */
export function findTool(name: string, options: FindToolOptions = {}): FoundTool | null {
  const { env = process.env, cwd = process.cwd(), preferToolsBin = false } = options;
  const varName = toolEnvVar(name);
  const fromEnv = env[varName];
  if (fromEnv !== undefined && fromEnv !== '') {
    const hasSep = fromEnv.includes('/') || (path.sep === '\\' && fromEnv.includes('\\'));
    const file = hasSep ? path.resolve(cwd, fromEnv) : searchPath(fromEnv, env, cwd);
    if (file === null || !isExecutableFile(file)) throw new Error(`${varName}=${fromEnv} does not name an executable file`);
    return { path: file, source: 'env' };
  }
  const inTools = () => {
    const file = searchToolsBin(name, env);
    return file === null ? null : { path: file, source: 'tools' as const };
  };
  const onPath = () => {
    const file = searchPath(name, env, cwd);
    return file === null ? null : { path: file, source: 'path' as const };
  };
  return preferToolsBin ? inTools() ?? onPath() : onPath() ?? inTools();
}

/** One line that says how to make a missing tool available (toolchain script, apt package, or VEILC_<NAME>). */
export function missingToolHint(name: string): string {
  const varName = toolEnvVar(name);
  if (TOOLCHAIN_TOOLS.includes(name)) {
    return `${name} not found: run \`bash scripts/toolchain.sh ${name}\` (needs Go) or set ${varName}=/path/to/${name}`;
  }
  const pkg = APT_PACKAGES[name];
  if (pkg !== undefined) return `${name} not found: apt-get install ${pkg} (or set ${varName}=/path/to/${name})`;
  return `${name} not found: put it on PATH or set ${varName}=/path/to/${name}`;
}

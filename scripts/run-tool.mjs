// Shared body of the bin/<tool>.mjs wrappers: run the resolved tool with the
// same arguments and inherited stdio, and exit with its exit status.
// A missing tool prints a one-line hint and exits 127 (like a shell).
import { spawn } from "node:child_process";
import { importProduct } from "./product.mjs";

/**
 * @param {string} name  tool name, e.g. "kubeconform"
 * @param {string[]} [args]  defaults to process.argv.slice(2)
 */
export async function runTool(name, args = process.argv.slice(2)) {
  const { findTool, missingToolHint, toolEnvVar } = await importProduct("compiler/verify/find-tool.ts");
  // Guard against a wrapper that resolves to itself through some PATH shim.
  const guard = `${toolEnvVar(name)}_WRAPPER_ACTIVE`;
  if (process.env[guard] === "1") {
    process.stderr.write(`${name}: the veilc wrapper found itself instead of ${name}\n${missingToolHint(name)}\n`);
    process.exit(127);
  }

  let tool;
  try {
    tool = findTool(name);
  } catch (err) {
    process.stderr.write(`${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(127);
  }
  if (tool === null) {
    process.stderr.write(`${missingToolHint(name)}\n`);
    process.exit(127);
  }

  const child = spawn(tool.path, args, {
    stdio: "inherit",
    env: { ...process.env, [guard]: "1" },
  });

  // The child shares our process group, so a terminal's Ctrl-C reaches it
  // directly; forward signals sent to this wrapper alone (e.g. `kill`).
  const forward = ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"];
  const handlers = forward.map((sig) => {
    const handler = () => child.kill(sig);
    process.on(sig, handler);
    return [sig, handler];
  });

  child.on("error", (err) => {
    process.stderr.write(`${name}: cannot run ${tool.path}: ${err.message}\n`);
    process.exit(126);
  });
  child.on("exit", (code, signal) => {
    for (const [sig, handler] of handlers) process.off(sig, handler);
    if (signal !== null) {
      // Die the same way so callers see the signal, not an exit code.
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 1);
  });
}

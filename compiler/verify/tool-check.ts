// Stage 6 (verify): real external checkers over the compiled tree. Each
// verifier reports whether it ran, and what it found; a missing tool is
// "skipped" (or an error with --require-tools), never a silent pass.
import { spawn } from 'node:child_process';

export interface ToolCheck {
  /** e.g. `kubeconform`, `kustomize`, `unbound-checkconf`, `shellcheck` */
  tool: string;
  ran: boolean;
  /** Why it did not run (tool missing), with the install hint. */
  skipped?: string;
  ok: boolean;
  /** How many documents / folders / files the tool checked. */
  checked: number;
  /** One line per problem, `path: message`, relative to the output folder. */
  problems: string[];
}

export interface VerifyOptions {
  /** kubeconform -schema-location values; empty = kubeconform's defaults plus the public CRD catalog. */
  schemaLocations: string[];
  kubernetesVersion: string;
  env: NodeJS.ProcessEnv;
}

export interface ToolRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a tool without a shell; never throws for a non-zero exit. */
export function runTool(cmd: string, args: readonly string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<ToolRun> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => { clearTimeout(timer); resolveRun({ code: code ?? (signal ? 128 : 1), stdout, stderr }); });
    // a tool that exits without reading its input must not crash us with EPIPE
    child.stdin.on('error', () => {});
    child.stdin.end(opts.input ?? '');
  });
}

// Stage 6 (verify): real external checkers over the compiled tree. Each
// verifier reports whether it ran, and what it found; a missing tool is
// "skipped" (or an error with --require-tools), never a silent pass.
import { spawn } from 'node:child_process';
import { findTool, missingToolHint } from './find-tool.ts';
import { installedPackageHint } from './install-hint.ts';

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

/**
 * The tool's path, or the ToolCheck that says why it cannot run: not
 * installed (with the install hint), or a VEILC_<NAME> that names nothing.
 */
export function locateTool(tool: string, env: NodeJS.ProcessEnv): { path: string } | ToolCheck {
  const skip = (why: string): ToolCheck => ({ tool, ran: false, skipped: why, ok: false, checked: 0, problems: [] });
  try {
    return findTool(tool, { env }) ?? skip(installedPackageHint(tool) ?? missingToolHint(tool));
  } catch (e) {
    return skip(e instanceof Error ? e.message : String(e));
  }
}

/**
 * Runs a tool without a shell; never throws for a non-zero exit. Without
 * `input` the tool gets no stdin at all, so one that exits at once cannot
 * fail our write with EPIPE.
 */
export function runTool(cmd: string, args: readonly string[], opts: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<ToolRun> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => { clearTimeout(timer); resolveRun({ code: code ?? (signal ? 128 : 1), stdout, stderr }); });
    if (child.stdin) {
      // a tool that exits before reading all its input must not crash us with EPIPE
      child.stdin.on('error', () => {});
      child.stdin.end(opts.input);
    }
  });
}

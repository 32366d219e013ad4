// Helpers for the output-safety tests: a throw-away repository shaped like this
// one, and the bundled CLI as a real process (for concurrency, signals and
// running as another user).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir, VEIL_SPEC } from '../foundation/helpers.ts';

export const VEIL = readFileSync(VEIL_SPEC, 'utf8');
export const BUNDLE = join(ROOT, 'dist/veilc.cjs');
export const OUT = join(ROOT, 'out');

/** A folder with veil.spec.yaml and, unless `withOut` is false, a copy of this repository's out/. */
export function repo(withOut = true): { dir: string; spec: string; out: string } {
  const dir = tempDir('veilc-write-');
  const spec = join(dir, 'veil.spec.yaml');
  writeFileSync(spec, VEIL);
  const out = join(dir, 'out');
  if (withOut) cpSync(OUT, out, { recursive: true, verbatimSymlinks: true });
  return { dir, spec, out };
}

/** Every entry under `dir` (lstat, folders with a trailing slash): to prove nothing was touched. */
export function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string, rel: string) => {
    for (const name of readdirSync(abs).sort()) {
      const st = lstatSync(join(abs, name));
      const r = `${rel}${name}`;
      if (st.isDirectory()) { out.push(`${r}/`); walk(join(abs, name), `${r}/`); } else out.push(`${r} ${st.size} ${st.mtimeMs}`);
    }
  };
  walk(dir, '');
  return out;
}

export interface Ran { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** The bundled CLI as a process (env merged over this one's); resolves when it exits. */
export function runBundle(args: string[], o: { cwd?: string; env?: Record<string, string>; uid?: number; gid?: number } = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, ...args], { cwd: o.cwd, env: { ...process.env, ...o.env }, stdio: ['ignore', 'pipe', 'pipe'], uid: o.uid, gid: o.gid });
    let stdout = '', stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** True when this process may mount file systems (root with CAP_SYS_ADMIN): for the ENOSPC/EROFS/EBUSY tests. */
export function canMount(): boolean {
  if (process.getuid?.() !== 0) return false;
  const dir = tempDir('veilc-mount-probe-');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16k', 'tmpfs', dir]);
  if (r.status !== 0) return false;
  spawnSync('umount', [dir]);
  return true;
}

export function mountTmpfs(dir: string, size: string): void {
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`mount tmpfs on ${dir}: ${r.stderr}`);
}

export function umount(dir: string): void {
  spawnSync('umount', ['-l', dir]);
}

/** The one-line shape of every I/O error: `veilc: cannot <action> <path>: <cause>`, no stack, no "internal error". */
export function expectOneLineIoError(r: { code: number | null; stdout: string; stderr: string }): string {
  const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('hint: '));
  if (r.code !== 2 || lines.length !== 1 || !/^veilc: (cannot \S.* .*: .+|refusing to \w+ .+: .+)$/.test(lines[0]!) || /internal error|\n\s+at /.test(r.stdout + r.stderr)) {
    throw new Error(`expected exit 2 with one line "veilc: cannot ...", got ${r.code}:\n${r.stderr}\n${r.stdout}`);
  }
  return lines[0]!;
}

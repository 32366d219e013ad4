// Stage 7: write the compiled files atomically. Everything goes to a fresh
// sibling folder first; only a complete tree replaces out/, so a failure at
// any point leaves the previous out/ untouched.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { OutputFile } from '../emit/output.ts';

export function writeTree(root: string, files: readonly OutputFile[]): void {
  for (const f of files) {
    const target = join(root, ...f.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content, { mode: 0o644 });
  }
}

/**
 * `beforeSwap` sees the complete staged tree (for verification); if it throws,
 * out/ is left exactly as it was.
 */
export async function writeOutAtomically(outDir: string, files: readonly OutputFile[], beforeSwap?: (staging: string) => Promise<void>): Promise<void> {
  const out = resolve(outDir);
  const parent = dirname(out);
  mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(join(parent, `.${basename(out)}.staging-`));
  try {
    writeTree(staging, files);
    if (beforeSwap) await beforeSwap(staging);
    if (existsSync(out)) {
      const old = `${staging}.old`;
      renameSync(out, old);
      try {
        renameSync(staging, out);
      } catch (e) {
        renameSync(old, out); // put the previous tree back
        throw e;
      }
      rmSync(old, { recursive: true, force: true });
    } else {
      renameSync(staging, out);
    }
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
}

/** Every file under dir as POSIX relative paths with contents (for drift and plan). */
export function readTree(dir: string): OutputFile[] {
  const out: OutputFile[] = [];
  if (!existsSync(dir)) return out;
  const walk = (abs: string, rel: string) => {
    for (const name of readdirSync(abs).sort()) {
      const a = join(abs, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(a).isDirectory()) walk(a, r);
      else out.push({ path: r, content: readFileSync(a, 'utf8') });
    }
  };
  walk(dir, '');
  return out;
}

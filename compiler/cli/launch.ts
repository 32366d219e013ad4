#!/usr/bin/env node
// The `veilc` command (dist/veilc.cjs): runs the CLI bundle (dist/veilc-main.cjs)
// through a V8 code cache. Node.js 20 has no module.enableCompileCache (22.1+),
// so a run compiles the 1.3 MB bundle and then, function by function, all the
// code the command runs: a large part of `veilc validate` on veil.spec.yaml.
// V8's cached data, taken at the end of a run, holds that compiled code; the
// next run of the same command deserialises it instead. Measured with
// scripts/bench.mjs (README, Benchmark).
//
// The cache is an optimisation only: any failure to read, check or write it
// runs the bundle uncached, with the same output. It lives in the user's cache
// folder ($XDG_CACHE_HOME/veilc or ~/.cache/veilc, created 0700), one file per
// command, named by the SHA-256 of the bundle, the Node.js version and the
// architecture, so a rebuilt bundle or another Node.js never meets an old file.
// V8 itself rejects data from another V8 version or flag set
// (cachedDataRejected), and the file is then rewritten. A folder or file that
// another user could write is never read: cached data is code.
// VEILC_NO_CODE_CACHE=1 turns it off.
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The bundle, next to this launcher in dist/. */
const BUNDLE = join(__dirname, 'veilc-main.cjs');
/** The commands that get a cache of their own (each compiles different code); others share one. */
const COMMANDS = new Set(['validate', 'compile', 'check', 'plan', 'explain', 'init', 'rpz']);

function cacheDir(): string | undefined {
  if (process.env.VEILC_NO_CODE_CACHE) return undefined;
  const uid = process.getuid?.();
  if (uid === undefined) return undefined; // no owner to check (Windows): no cache
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const dir = join(base, 'veilc');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    // ours, and nobody else may write to it
    return st.isDirectory() && st.uid === uid && (st.mode & 0o022) === 0 ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** The cached data in `file`, when it is a regular file only its owner (us) can write. */
function readOwned(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const st = fstatSync(fd);
    if (!st.isFile() || st.uid !== process.getuid?.() || (st.mode & 0o022) !== 0) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function launch(): void {
  const bytes = readFileSync(BUNDLE);
  const source = bytes.toString('utf8').replace(/^#!.*/, '');
  const dir = cacheDir();
  const command = COMMANDS.has(process.argv[2] ?? '') ? process.argv[2]! : 'other';
  const key = dir && createHash('sha256').update(bytes).update(`\0${process.version}\0${process.arch}`).digest('hex').slice(0, 32);
  const file = dir && key ? join(dir, `${command}-${key}.v8cache`) : undefined;
  const cachedData = file ? readOwned(file) : undefined;
  // the bundle as Node.js would run it: a CommonJS module wrapper called with its own require
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    ...(cachedData ? { cachedData } : {}),
  });
  if (file && (!cachedData || script.cachedDataRejected)) {
    // at exit, the data holds every function this run compiled
    process.once('exit', () => {
      try {
        const tmp = `${file}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData(), { mode: 0o600 });
        renameSync(tmp, file);
        // the same command's data for an older bundle or Node.js is dead weight
        const mine = `${command}-${key}.v8cache`;
        for (const f of readdirSync(dir!)) if (f.startsWith(`${command}-`) && f.endsWith('.v8cache') && f !== mine) unlinkSync(join(dir!, f));
      } catch {
        // a read-only or full disk: the next run compiles again
      }
    });
  }
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(BUNDLE), mod, BUNDLE, dirname(BUNDLE));
}

launch();

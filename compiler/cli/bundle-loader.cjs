// How the launcher (dist/veilc.cjs) runs a bundle: as require() would, but
// with V8's code cache for it when one was made for this very text on this V8
// (dist/<bundle>.v8-cache, made by scripts/v8-cache.cjs from a typical run).
// V8 then deserialises the bytecode of the functions such a run calls instead
// of parsing and compiling them, the schema validator's ~200 KB function among
// them (README, "Benchmark"). A missing, unreadable, foreign or damaged cache
// only means a plain compile.
// Plain CommonJS: scripts/v8-cache.cjs loads bundles exactly the same way.
'use strict';

const { isAscii } = require('node:buffer');
const { createHash } = require('node:crypto');
const { closeSync, constants, fstatSync, openSync, readFileSync, readSync } = require('node:fs');
const Module = require('node:module');
const { basename, dirname } = require('node:path');
const vm = require('node:vm');

/** A new one whenever compileBundle compiles differently (wrapper, script name, offsets): old caches then no longer fit. */
const MAGIC = 'veilc-v8-cache 3';

/** Characters Module.wrap puts before a module's text on its first line. */
const WRAPPER_PREFIX = Module.wrap('\u0000').indexOf('\u0000');

/**
 * How scripts/bundle.mjs writes a command bundle: its code in a function of
 * the CommonJS module's bindings (after the #! line), called at once with
 * them. Node.js runs the file as any module (wrapping it once more); the
 * launcher compiles the text up to the call, a slice of the file's text,
 * which V8 takes as it is. Module.wrap would join the text with Node.js's
 * wrapper into a new string that V8 then copies whole (a megabyte for the
 * all-commands bundle), and columns on line 1 would need an offset. The
 * shape is taken on trust (a text edited to hold more than the function
 * around it would run differently from Node.js's reading): dist/ is code
 * either way, and an edit that keeps the length still finds no cache.
 */
const BUNDLE_FUNCTION = {
  head: '(function (exports, require, module, __filename, __dirname) {',
  tail: '\n})',
  call: '.call(this, exports, require, module, __filename, __dirname);\n',
};

/** A cache file larger than this is not read (the two made today are 0.7 and 1.4 MB). */
const MAX_CACHE_BYTES = 16 * 2 ** 20;

/** `/x/dist/veilc-validate.cjs` -> `/x/dist/veilc-validate.v8-cache`. */
function cacheFileOf(bundle) {
  return bundle.replace(/\.cjs$/, '.v8-cache');
}

/** The SHA-256 of `bytes`, in hex; a cache header names its bundle by that of the bundle file's bytes. */
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * The script name a bundle compiles under, the same on every machine: V8
 * keeps the name the cache was made under, and an absolute one would put the
 * build machine's folders into users' stack traces. A flat copy: a name built
 * from a slice of the path would be serialised with the whole path.
 */
const scriptNameOf = (file) => Buffer.from(`dist/${basename(file)}`).toString();

/**
 * Where the cached data starts in a cache file: a multiple of this. V8 copies
 * cached data whose address is not pointer-aligned before it deserialises it
 * (src/snapshot/code-serializer.cc, AlignedCachedData): a second megabyte of
 * fresh memory, which costs ~7 ms here (README, "Benchmark"). A file's bytes
 * are read into a buffer of their own, which malloc aligns to 16.
 */
const DATA_ALIGNMENT = 16;

/**
 * A cache file made by this process for the bundle whose file's bytes have
 * the SHA-256 `source` (hex): a header line, then V8's cached `data` at an
 * offset that is a multiple of DATA_ALIGNMENT (the line is padded with
 * spaces). The header holds the SHA-256 of the bundle file's bytes and of the
 * data, and the V8 that made it: V8 itself checks only the text's length, and
 * release builds do not checksum the data (a cache damaged on disk crashed
 * the process).
 */
function cacheFile(source, data) {
  const header = JSON.stringify({ magic: MAGIC, source, data: sha256(data), v8: process.versions.v8 });
  const line = header.padEnd(Math.ceil((header.length + 1) / DATA_ALIGNMENT) * DATA_ALIGNMENT - 1, ' ');
  return Buffer.concat([Buffer.from(`${line}\n`), data]);
}

/** The header of a cache file's `bytes` ({ magic, source, data, v8 }), or null when it has none. */
function cacheHeaderOf(bytes) {
  const nl = bytes.indexOf(10);
  if (nl < 0) return null;
  try {
    const header = JSON.parse(bytes.subarray(0, nl).toString('utf8'));
    return header && header.magic === MAGIC ? header : null;
  } catch {
    return null;
  }
}

/**
 * Why a cache file's `bytes` do not fit the bundle whose file's bytes have
 * the SHA-256 `source` (hex) on this V8, or null when they do: 'no header',
 * 'made for another text of the bundle', 'damaged', or 'made on V8 <version>'
 * (then it fits on that V8 only).
 */
function cacheProblem(bytes, source) {
  const header = cacheHeaderOf(bytes);
  if (!header) return 'no header';
  if (header.source !== source) return 'made for another text of the bundle';
  if (header.data !== sha256(bytes.subarray(bytes.indexOf(10) + 1))) return 'damaged';
  return header.v8 === process.versions.v8 ? null : `made on V8 ${header.v8}`;
}

/** The cached data in `bytes` (a cache file) when it fits the bundle whose file's bytes have the SHA-256 `source` on this V8, else undefined. */
function cachedDataFor(bytes, source) {
  return cacheProblem(bytes, source) === null ? bytes.subarray(bytes.indexOf(10) + 1) : undefined;
}

/**
 * `file` opened for reading when it is a regular file of at most `max` bytes,
 * as { fd, size }; else undefined (missing, unreadable, a FIFO, a device, a
 * folder, larger). Opened non-blocking: a FIFO would block the open itself,
 * before fstat could tell what it is.
 */
function openRegularFile(file, max) {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size <= max) return { fd, size: stat.size };
  } catch {
    // not readable: as if missing
  }
  if (fd !== undefined) closeSync(fd);
  return undefined;
}

/** The first `size` bytes (fewer if the file is shorter) of the open file `fd`, read into the start of `buffer`. */
function readInto(fd, buffer, size) {
  let got = 0;
  while (got < size) {
    const n = readSync(fd, buffer, got, size - got, got);
    if (n === 0) break;
    got += n;
  }
  return buffer.subarray(0, got);
}

/**
 * Compiles the bundle `file` (absolute) as Node.js's CommonJS loader would
 * run it: a bundle written as BUNDLE_FUNCTION describes, up to its call;
 * any other text in Node.js's module wrapper (the column offset keeps line
 * 1's columns), a leading #! made a comment of the same length. ASCII bytes
 * are read as Latin-1, the same text without a UTF-8 decoder (esbuild
 * writes the bundles as ASCII). `useCache`: with the bundle's code cache when
 * it fits. Returns the script, the SHA-256 of the file's bytes (`source`),
 * whether cached data was offered and whether the text was a bundle function.
 * Throws when the bundle cannot be opened or read, as require() would.
 */
function compileBundle(file, useCache = true) {
  const bundle = openSync(file, 'r');
  const cache = useCache ? openRegularFile(cacheFileOf(file), MAX_CACHE_BYTES) : undefined;
  let text, source, cachedData;
  try {
    // One buffer for both files: the cache is read over the bundle's bytes
    // once they are decoded (a copy) and hashed, into pages already touched.
    // Fresh memory is what start-up pays for here (~23 us a page on this
    // project's machines, README "Benchmark"), and each file is over a MB.
    const stat = fstatSync(bundle);
    // a file whose size fstat does not know (procfs, some FUSE file systems) is read to its end, as require() would
    const known = stat.isFile() && stat.size > 0;
    const buffer = Buffer.allocUnsafeSlow(known ? Math.max(stat.size, cache ? cache.size : 0) : 0);
    const bytes = known ? readInto(bundle, buffer, stat.size) : readFileSync(bundle);
    text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
    source = sha256(bytes);
    if (cache) {
      try {
        cachedData = cachedDataFor(readInto(cache.fd, known ? buffer : Buffer.allocUnsafeSlow(cache.size), cache.size), source);
      } catch {
        // an unreadable cache (an I/O error) only means a plain compile
      }
    }
  } finally {
    closeSync(bundle);
    if (cache) closeSync(cache.fd);
  }
  const { head, tail, call } = BUNDLE_FUNCTION;
  const wrapped = text.startsWith(head, text.startsWith('#!') ? text.indexOf('\n') + 1 : 0) && text.endsWith(tail + call);
  const compiled = wrapped ? text.slice(0, text.length - call.length) : Module.wrap(text.startsWith('#!') ? `//${text.slice(2)}` : text);
  const script = new vm.Script(compiled, { filename: scriptNameOf(file), columnOffset: wrapped ? 0 : -WRAPPER_PREFIX, cachedData });
  return { script, source, offered: cachedData !== undefined, bundleFunction: wrapped };
}

/**
 * Runs a compiled bundle as the module `file`, registered in require.cache as
 * require() would. The bundles call no import(): a vm.Script has no loader
 * for it (a test holds that).
 */
function runCompiled(script, file) {
  const m = new Module(file, module);
  m.filename = file;
  require.cache[file] = m;
  script.runInThisContext().call(m.exports, m.exports, Module.createRequire(file), m, file, dirname(file));
  m.loaded = true;
}

/** Runs the bundle `file` (absolute), with its code cache when one fits. */
function runBundle(file) {
  runCompiled(compileBundle(file).script, file);
}

module.exports = { BUNDLE_FUNCTION, DATA_ALIGNMENT, cacheFile, cacheFileOf, cacheHeaderOf, cacheProblem, cachedDataFor, compileBundle, runCompiled, runBundle, sha256 };

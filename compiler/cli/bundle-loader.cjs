// How the launcher (dist/veilc.cjs) runs a bundle: as require() would, but
// with V8's code cache for it when one was made for this very bundle, this V8
// and these V8 flags (dist/<bundle>.v8-cache, made by scripts/v8-cache.cjs
// from a typical run). V8 then deserialises the bytecode of the functions
// such a run calls instead of parsing and compiling them, the schema
// validator's ~200 KB function among them (README, "Benchmark"). A missing,
// unreadable, foreign or rejected cache only means a plain compile.
// Plain CommonJS: scripts/v8-cache.cjs loads bundles exactly the same way.
'use strict';

const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { dirname } = require('node:path');
const { setFlagsFromString } = require('node:v8');
const vm = require('node:vm');

/**
 * V8 flags set before a bundle compiles. V8 records the hash of the flags in
 * effect when cached data is made and rejects it under others; the run that
 * makes it sets these too (compiler/policy/engine.ts sets --liftoff-only
 * before the policy's Wasm compiles). --verify-snapshot-checksum makes V8
 * checksum the data it writes and reject data that does not match: release
 * builds skip that by default, and a cache damaged on disk then crashed the
 * process (a test flips bytes of it).
 */
const FLAGS = ['--liftoff-only', '--verify-snapshot-checksum'];

const MAGIC = 'veilc-v8-cache 1';

/** The last line of every cached bundle (scripts/bundle.mjs): the SHA-256 of the text before it. */
const ID_LINE = '//# veilc-bundle-id ';

/** `dist/veilc-validate.cjs` -> `dist/veilc-validate.v8-cache`. */
function cacheFileOf(bundle) {
  return bundle.replace(/\.cjs$/, '.v8-cache');
}

/** The id a bundle's last line states, or null. */
function bundleIdOf(text) {
  const at = text.lastIndexOf(`\n${ID_LINE}`);
  if (at < 0) return null;
  const id = text.slice(at + 1 + ID_LINE.length).trim();
  return /^[0-9a-f]{64}$/.test(id) ? id : null;
}

/** The header line of a cache for the bundle with `id`, made by this process. */
function cacheHeader(id) {
  return JSON.stringify({ magic: MAGIC, bundle: id, v8: process.versions.v8, flags: FLAGS });
}

/** The header of a cache file's `bytes` ({ magic, bundle, v8, flags }), or null when it has none. */
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

/** The cached data in `bytes` (a cache file) when its header matches the bundle with `id` and this process, else undefined. */
function cachedDataFor(bytes, id) {
  const header = cacheHeaderOf(bytes);
  return header && header.bundle === id && header.v8 === process.versions.v8 && JSON.stringify(header.flags) === JSON.stringify(FLAGS)
    ? bytes.subarray(bytes.indexOf(10) + 1)
    : undefined;
}

/**
 * Compiles the bundle `file` (absolute) as Node.js's CommonJS loader would:
 * in its module wrapper, a leading #! made a comment of the same length.
 * `useCache`: with the bundle's code cache when it matches.
 * Returns the script and whether cached data was offered.
 */
function compileBundle(file, useCache = true) {
  const text = readFileSync(file, 'utf8');
  for (const flag of FLAGS) setFlagsFromString(flag);
  const id = bundleIdOf(text);
  let cachedData;
  if (useCache && id) {
    try {
      cachedData = cachedDataFor(readFileSync(cacheFileOf(file)), id);
    } catch {
      cachedData = undefined; // no cache: compile from the text
    }
  }
  const source = Module.wrap(text.startsWith('#!') ? `//${text.slice(2)}` : text);
  const script = new vm.Script(source, { filename: file, cachedData });
  return { script, id, offered: cachedData !== undefined };
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
  script.runInThisContext().call(m.exports, m.exports, (request) => m.require(request), m, file, dirname(file));
  m.loaded = true;
}

/** Runs the bundle `file` (absolute), with its code cache when one matches. */
function runBundle(file) {
  runCompiled(compileBundle(file).script, file);
}

module.exports = { FLAGS, ID_LINE, cacheFileOf, bundleIdOf, cacheHeader, cacheHeaderOf, cachedDataFor, compileBundle, runCompiled, runBundle };

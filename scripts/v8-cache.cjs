// Makes the code cache the launcher runs a bundle with
// (compiler/cli/bundle-loader.cjs): runs the bundle as the launcher does,
// without a cache, on a typical command line, and when the run ends writes
// V8's cached data for the functions it compiled, behind a header with the
// SHA-256 of the bundle file and of the data, and the V8 version.
// scripts/bundle.mjs runs it with a fixed --random-seed (V8 seeds its string
// hashes from it), which makes the data the same from run to run; V8 does not
// count that flag among those the data must match.
//   node --random-seed=1 scripts/v8-cache.cjs dist/veilc-validate.cjs [--out FILE] validate --spec veil.spec.yaml
'use strict';

const { writeFileSync } = require('node:fs');
const { resolve } = require('node:path');
const v8 = require('node:v8');
const loader = require('../compiler/cli/bundle-loader.cjs');

// V8 records the hash of its flags in the data and rejects it under others;
// the launcher compiles a bundle before any flag is set, but the run sets
// some (the policy engine's --liftoff-only, which also implies others that
// setting it back does not undo). The run here sets none: the bytecode of
// the JavaScript it compiles is the same either way.
v8.setFlagsFromString = () => {};

const file = resolve(process.argv[2]);
let args = process.argv.slice(3);
let out = loader.cacheFileOf(file);
if (args[0] === '--out') {
  out = resolve(args[1]);
  args = args.slice(2);
}
const { script, source } = loader.compileBundle(file, false);
process.argv = [process.argv[0], file, ...args];
let written = false;
process.on('beforeExit', () => {
  if (written) return;
  written = true;
  const data = script.createCachedData();
  writeFileSync(out, loader.cacheFile(source, data));
});
loader.runCompiled(script, file);

// Makes dist/<bundle>.v8-cache, the code cache the launcher runs a bundle
// with (compiler/cli/bundle-loader.cjs): runs the bundle as the launcher
// does, without a cache, on a typical command line, and when the run ends
// writes V8's cached data for the functions it compiled, behind a header
// naming the bundle (its id line), the V8 version and the flags.
// The data is not byte-for-byte reproducible (V8 seeds its string hashes per
// process), so scripts/bundle.mjs makes it anew only when a bundle's id or
// the V8 version changes, and the tests check the header and that V8 takes it.
//   node scripts/v8-cache.cjs dist/veilc-validate.cjs validate --spec veil.spec.yaml
'use strict';

const { writeFileSync } = require('node:fs');
const { resolve } = require('node:path');
const loader = require('../compiler/cli/bundle-loader.cjs');

const file = resolve(process.argv[2]);
const { script, id } = loader.compileBundle(file, false);
if (!id) throw new Error(`${file} has no id line: build it with scripts/bundle.mjs`);
process.argv = [process.argv[0], file, ...process.argv.slice(3)];
let written = false;
process.on('beforeExit', () => {
  if (written) return;
  written = true;
  writeFileSync(loader.cacheFileOf(file), Buffer.concat([Buffer.from(`${loader.cacheHeader(id)}\n`), script.createCachedData()]));
});
loader.runCompiled(script, file);

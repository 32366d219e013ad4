#!/usr/bin/env node
// The veilc executable: bundled into dist/veilc.cjs by scripts/bundle.mjs;
// `npx tsx compiler/cli/entry.ts` runs the sources directly during development.
import { main } from './main.ts';
import { exitQuietlyOnClosedPipe } from './pipe.ts';
import { mark, reportTimings } from '../timing.ts';

// everything before this line is Node.js start-up and module loading
mark('startup+modules');
exitQuietlyOnClosedPipe();
// no top-level await: the bundle is CommonJS, which Node.js compiles faster at start-up
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  reportTimings();
});

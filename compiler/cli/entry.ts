#!/usr/bin/env node
// The veilc executable: bundled into dist/veilc.mjs by scripts/bundle.mjs;
// `npx tsx compiler/cli/entry.ts` runs the sources directly during development.
import { main } from './main.ts';
import { exitQuietlyOnClosedPipe } from './pipe.ts';
import { mark, reportTimings } from '../timing.ts';

// everything before this line is Node.js start-up and module loading
mark('startup+modules');
exitQuietlyOnClosedPipe();
process.exitCode = await main(process.argv.slice(2));
reportTimings();

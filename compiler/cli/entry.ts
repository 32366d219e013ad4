#!/usr/bin/env node
// The veilc executable: bundled into dist/veilc.mjs by scripts/bundle.mjs;
// `npx tsx compiler/cli/entry.ts` runs the sources directly during development.
import { main } from './main.ts';
import { exitQuietlyOnClosedPipe } from './pipe.ts';

exitQuietlyOnClosedPipe();
process.exitCode = await main(process.argv.slice(2));

#!/usr/bin/env node
// The veilc executable with every command: bundled into dist/veilc-all.cjs by
// scripts/bundle.mjs (dist/veilc.cjs, the launcher, runs it for the commands
// without a bundle of their own, --help and --version);
// `npx tsx compiler/cli/entry.ts` runs the sources directly during development.
import { COMMANDS } from './main.ts';
import { start } from './start.ts';

start(COMMANDS);

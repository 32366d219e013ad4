#!/usr/bin/env node
// dist/veilc.cjs, the `veilc` command: hands the process to the bundle of the
// command it runs (dist/veilc-<command>.cjs, which holds that command's code
// alone) or, for the others, --help and --version, to dist/veilc-all.cjs.
// Node.js compiles and initialises every module of the bundle it loads, so
// a smaller bundle starts faster (README, "Benchmark"), and it runs the bundle
// with V8's code cache made for it (bundle-loader.cjs). Runs only bundled.
import { realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runBundle } from './bundle-loader.cjs';
import { OWN_BUNDLE } from './own-bundles.ts';

const command = process.argv[2] ?? '';
// the bundles sit next to the launcher's real file: under --preserve-symlinks-main
// Node.js runs node_modules/.bin/veilc as the link, whose folder holds none
const here = dirname(realpathSync(__filename));
runBundle(join(here, `veilc-${OWN_BUNDLE.includes(command) ? command : 'all'}.cjs`));

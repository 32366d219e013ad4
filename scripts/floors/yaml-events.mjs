// A floor for the benchmark (scripts/bench.mjs): reading the spec's YAML
// alone, with js-yaml's event parser, the one veilc's loader runs first
// (compiler/load/fast-load.ts) and the fastest way js-yaml reads a text. One
// whole process: the library and the parser's events for the file, without
// the data veilc builds from them, the positions it keeps for every finding's
// file:line:col, the loader's checks or anything after. So at 5,000 nodes its
// time is a lower bound for reading that spec in any veilc command. Not on a
// small spec: there most of its time is js-yaml's first compile and
// initialisation, which veilc pays in its start-up (with V8's code cache,
// scripts/v8-cache.cjs), not in its load stage.
//
//   node yaml-events.cjs <spec.yaml>     prints the number of events
import { readFileSync } from 'node:fs';
import { parseEvents } from 'js-yaml';

// maxDepth: compiler/load/nesting.ts MAX_NESTING_DEPTH (that module imports the `yaml` package, which this floor must not load)
const events = parseEvents(readFileSync(process.argv[2], 'utf8'), { maxDepth: 64 });
process.stdout.write(`${events.length}\n`);

#!/usr/bin/env node
// The long fuzz run: the suite's pipeline fuzz test (test/fuzz/pipeline.fuzz.test.ts)
// with many more mutations and a fresh seed each time, in rounds, so a night
// on a spare machine explores far beyond the 10,000 fixed-seed cases CI runs.
//
//   node scripts/fuzz.mjs [--runs N] [--rounds R] [--seed S] [--no-shrink]
//
// Each round prints its seed; a failure prints the shrunk mutation, and
// `VEILC_FUZZ_SEED=S VEILC_FUZZ_RUNS=N npx vitest run test/fuzz` replays it.
// Exit status: 0 when every round passed, 1 at the first failing round.
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '50000' },
    rounds: { type: 'string', default: '1' },
    seed: { type: 'string' },
    'no-shrink': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const rounds = Number(values.rounds);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(rounds) || rounds < 1) {
  console.error('usage: node scripts/fuzz.mjs [--runs N] [--rounds R] [--seed S] [--no-shrink]');
  process.exit(2);
}

for (let round = 1; round <= rounds; round++) {
  const seed = values.seed !== undefined && round === 1 ? Number(values.seed) : randomInt(2 ** 31);
  console.log(`fuzz round ${round}/${rounds}: ${runs} mutations, seed ${seed}`);
  const started = Date.now();
  const r = spawnSync(join(root, 'node_modules/.bin/vitest'), ['run', 'test/fuzz/pipeline.fuzz.test.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, VEILC_FUZZ_RUNS: String(runs), VEILC_FUZZ_SEED: String(seed), VEILC_FUZZ_SHRINK: values['no-shrink'] ? '0' : '1' },
  });
  const seconds = (Date.now() - started) / 1000;
  if (r.status !== 0) {
    console.log(`round ${round} FAILED after ${seconds.toFixed(0)} s; replay: VEILC_FUZZ_SEED=${seed} VEILC_FUZZ_RUNS=${runs} npx vitest run test/fuzz`);
    process.exit(1);
  }
  console.log(`round ${round} passed: ${runs} mutations in ${seconds.toFixed(0)} s`);
}

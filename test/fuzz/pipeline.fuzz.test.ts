// Fuzzing in the suite: the whole pipeline (compile to a temporary folder,
// every report format) on structure-aware and byte-level mutations of
// veil.spec.yaml. Any internal error, exit code outside 0/1/2, finding
// without a line, or report that fails to render fails the test, with the
// seed and the shrunk mutation to replay it.
//
// VEILC_FUZZ_RUNS (default 10,000) and VEILC_FUZZ_SEED (default fixed, so CI
// is reproducible) change the run; `node scripts/fuzz.mjs` runs it longer with
// fresh seeds.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { PipelineHarness } from './harness.ts';
import { applyMutation, mutation } from './mutations.ts';

const RUNS = Number(process.env.VEILC_FUZZ_RUNS ?? 10_000);
const SEED = Number(process.env.VEILC_FUZZ_SEED ?? 20261201);

describe('pipeline fuzz', () => {
  const harness = new PipelineHarness();
  afterAll(() => harness.dispose());

  it(`survives ${RUNS} mutations of veil.spec.yaml (seed ${SEED})`, async () => {
    const exits = { 0: 0, 1: 0, 2: 0 } as Record<number, number>;
    const started = performance.now();
    const cpu = process.cpuUsage();
    await fc.assert(fc.asyncProperty(mutation, async (m) => {
      const r = await harness.run(applyMutation(m));
      exits[r.exit] = (exits[r.exit] ?? 0) + 1;
      if (r.problems.length) throw new Error(r.problems.join('\n'));
    }), { numRuns: RUNS, seed: SEED, endOnFailure: process.env.VEILC_FUZZ_SHRINK === '0' });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    // stderr, not a timed assertion: speed is measured in scripts/, this only says what ran
    process.stderr.write(`pipeline fuzz: ${RUNS} mutations in ${seconds.toFixed(1)} s (${(RUNS / seconds).toFixed(0)}/s, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU); exit 0: ${exits[0]}, exit 1: ${exits[1]}, exit 2: ${exits[2]}\n`);
    // the mutations reach every stage: some specs compile, most are refused, none crash
    expect(exits[0]).toBeGreaterThan(RUNS / 20);
    expect(exits[1]).toBeGreaterThan(RUNS / 2);
  }, Math.max(600_000, RUNS * 60));
});

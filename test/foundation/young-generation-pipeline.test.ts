// Apart from young-generation.test.ts: each test file gets its own module
// instances, so the hold seen here can only be the pipeline's.
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadAndSchema } from '../../compiler/pipeline.ts';
import { holdYoungGeneration } from '../../compiler/young-generation.ts';
import { ROOT } from './helpers.ts';

it('the pipeline holds the young generation once the spec is loaded', () => {
  loadAndSchema(join(ROOT, 'veil.spec.yaml'));
  const set: string[] = [];
  expect(holdYoungGeneration((f) => { set.push(f); })).toBe(false);
  expect(set).toEqual([]);
});

// The baseline input of the Rego unit tests (policies/veil/*_test.rego):
// veil.spec.yaml through load, schema and model, exactly as the runtime hands
// it to the Wasm. The Rego tests patch it per case, so they always run against
// the real shape of the facts; testdata.test.ts fails when it is stale.
//   npx tsx test/policy/testdata.ts --write    regenerate it
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpec } from '../../compiler/load/load-spec.ts';
import { buildModel } from '../../compiler/model/build-model.ts';
import { policyInput } from '../../compiler/policy/input.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
export const TESTDATA_FILE = join(ROOT, 'policies/veil/testdata/data.json');
/** A fixed date, so the baseline never changes by itself. */
export const TESTDATA_TODAY = '2026-01-15';

export function policyTestData(): string {
  const src = loadSpec(join(ROOT, 'veil.spec.yaml'));
  const { model } = buildModel(validateSchema(src.data).spec);
  return `${JSON.stringify({ veil: policyInput(model, TESTDATA_TODAY) }, null, 2)}\n`;
}

export function committedTestData(): string {
  return readFileSync(TESTDATA_FILE, 'utf8');
}

if (process.argv.includes('--write')) {
  writeFileSync(TESTDATA_FILE, policyTestData());
  console.log(`wrote ${TESTDATA_FILE}`);
}

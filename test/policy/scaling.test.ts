// The policy stage at scale: the same findings at any size, and the Wasm gets
// its memory up front instead of growing it allocation by allocation
// (compiler/policy/memory.ts). That it grows linearly (no rule compares every
// pair of nodes or records) is measured by scripts/bench.mjs.
import { readFileSync } from 'node:fs';
import * as opaWasm from '@open-policy-agent/opa-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpec, type LoadedSpec } from '../../compiler/load/load-spec.ts';
import { buildModel, type Model } from '../../compiler/model/build-model.ts';
import { POLICY_FILES } from '../../compiler/policy/engine.ts';
import { evaluatePolicies } from '../../compiler/policy/evaluate.ts';
import { policyInput } from '../../compiler/policy/input.ts';
import { HEAP_PER_TEXT_BYTE, MIN_PAGES, pagesFor, WASM_PAGE_BYTES } from '../../compiler/policy/memory.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { generatedSpec, TODAY, writeTemp } from './helpers.ts';

interface Prepared { model: Model; source: LoadedSpec }

function prepare(text: string): Prepared {
  const source = loadSpec(writeTemp(text));
  return { source, model: buildModel(validateSchema(source.data).spec).model };
}

describe('policy evaluation at any size', () => {
  let small: Prepared, large: Prepared;
  beforeAll(() => {
    small = prepare(generatedSpec(1000));
    large = prepare(generatedSpec(4000));
  });

  // How the time grows is measured by scripts/bench.mjs (the scaling exponent,
  // as ratios within one run), never asserted here: a loaded machine makes a
  // timed unit test fail for reasons that are not the code's.

  it('finds the same three warnings at any size', async () => {
    const rules = (p: Prepared) => evaluatePolicies(p.model, p.source, { today: TODAY }).then((r) => r.diagnostics.map((d) => d.rule));
    expect(await rules(large)).toEqual(await rules(small));
    expect(await rules(small)).toEqual(['VEIL-LIFECYCLE-001', 'VEIL-LIFECYCLE-001', 'VEIL-MINIO-005']);
  }, 60_000);
});

// The SDK's ES module entry has loadPolicySync only on its default export.
const { loadPolicySync } = (opaWasm as unknown as { default: typeof opaWasm }).default;

describe('the memory reserved for an evaluation', () => {
  it.each([
    ['a clean spec', true],
    ['a warning for every node', false],
  ])('is enough for 2,000 nodes with %s: the Wasm never grows it', (_, records) => {
    const input = new TextEncoder().encode(JSON.stringify(policyInput(prepare(generatedSpec(2000, { records })).model, TODAY)));
    const pages = pagesFor(input.byteLength);
    const policy = loadPolicySync(readFileSync(POLICY_FILES.wasm), { initial: pages });
    policy.setData(JSON.parse(readFileSync(POLICY_FILES.data, 'utf8')));
    const result = policy.evaluate(input.slice().buffer, 'veil/findings');
    expect(result[0].result.length).toBeGreaterThan(records ? 0 : 2000);
    expect(policy.mem.buffer.byteLength).toBe(pages * WASM_PAGE_BYTES);
  }, 60_000);
});

describe('the first instance\'s memory', () => {
  it('holds veil.spec.yaml\'s evaluation and its report\'s secret detectors without growing', () => {
    const input = new TextEncoder().encode(JSON.stringify(policyInput(prepare(readFileSync('veil.spec.yaml', 'utf8')).model, TODAY)));
    expect(pagesFor(input.byteLength)).toBe(MIN_PAGES);
    const policy = loadPolicySync(readFileSync(POLICY_FILES.wasm), { initial: MIN_PAGES });
    policy.setData(JSON.parse(readFileSync(POLICY_FILES.data, 'utf8')));
    const findings = policy.evaluate(input.slice().buffer, 'veil/findings')[0].result as { message: string; hint?: string }[];
    expect(findings.length).toBeGreaterThan(0);
    const texts = findings.flatMap((f) => [f.message, f.hint ?? '']);
    policy.evaluate(new TextEncoder().encode(JSON.stringify({ texts })).slice().buffer, 'veil/redactions');
    expect(policy.mem.buffer.byteLength).toBe(MIN_PAGES * WASM_PAGE_BYTES);
  });
});

describe('the memory reserved for the secret detectors on a report', () => {
  it('is enough for the texts of 2,000 warnings, and no more than the findings\' instance had', async () => {
    const p = prepare(generatedSpec(2000, { records: false }));
    const findingsInput = new TextEncoder().encode(JSON.stringify(policyInput(p.model, TODAY)));
    const { diagnostics } = await evaluatePolicies(p.model, p.source, { today: TODAY });
    expect(diagnostics.length).toBeGreaterThan(2000);
    // what compiler/report/redact.ts hands the detectors: every echoed text once
    const texts = [...new Set(diagnostics.flatMap((d) => [d.message, d.hint ?? '', d.path]).filter((t) => t !== ''))];
    const input = new TextEncoder().encode(JSON.stringify({ texts }));
    const pages = pagesFor(input.byteLength, HEAP_PER_TEXT_BYTE);
    // the report runs them on the instance the findings used: it must not need a new one
    expect(pages).toBeLessThanOrEqual(pagesFor(findingsInput.byteLength));
    const policy = loadPolicySync(readFileSync(POLICY_FILES.wasm), { initial: pages });
    policy.setData(JSON.parse(readFileSync(POLICY_FILES.data, 'utf8')));
    const result = policy.evaluate(input.slice().buffer, 'veil/redactions');
    expect(result[0].result).toHaveLength(texts.length);
    expect(policy.mem.buffer.byteLength).toBe(pages * WASM_PAGE_BYTES);
  }, 60_000);
});

// The benchmark's floors (scripts/floors/, timed by scripts/bench.mjs): each
// must do the whole of its part, or the benchmark would report a floor below
// what that part costs veilc. Bundled as the benchmark bundles them and
// run as whole processes, they must find what veilc's own engine finds and
// read every event of the spec.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEvents } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../compiler/load/load-spec.ts';
import { buildModel } from '../../compiler/model/build-model.ts';
import { loadPolicyEngine, POLICY_FILES } from '../../compiler/policy/engine.ts';
import { policyInput } from '../../compiler/policy/input.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { edit, FIXTURES, generatedSpec, TODAY, VEIL_SPEC, writeTemp } from './helpers.ts';

let dir: string;
const program = (name: string) => join(dir, `${name}.cjs`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'veilc-floors-'));
  const { bundleProgram } = await import('../../scripts/bundle.mjs');
  await bundleProgram('scripts/floors/policy-engine.mjs', program('policy-engine'));
  await bundleProgram('scripts/floors/yaml-events.mjs', program('yaml-events'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The floor program's one line of output; it must exit 0. */
function runFloor(name: string, args: string[]): string {
  const r = spawnSync(process.execPath, [program(name), ...args], { encoding: 'utf8', timeout: 60_000 });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(/^[^\n]+\n$/);
  return r.stdout.trimEnd();
}

/** Findings compared whole, in a stable order. */
const canonical = (findings: object[]) => findings.map((f) => JSON.stringify(f, Object.keys(f).sort())).sort();

describe('the policy engine floor', () => {
  // veil.spec.yaml (a few warnings); a warning for each of 300 nodes (no
  // records); a spec the policies deny; and secrets in two parts of the spec
  // no other rule reads (free text), so a floor that scanned less of the
  // spec than veilc finds less
  const secrets = edit(
    ['distributed MinIO.', 'distributed MinIO. Console at https://admin:Tr0ub4dor-and-3@nas.home.arpa/'],
    ['with RPZ filtering.', 'with RPZ filtering. Deploy key ghp_0123456789abcdefghijABCDEFGHIJ012345.'],
  );
  const specs: [string, () => string, (findings: { rule: string }[]) => void][] = [
    ['veil.spec.yaml', () => VEIL_SPEC, (f) => expect(f.length).toBeGreaterThan(0)],
    ['300 nodes without records', () => writeTemp(generatedSpec(300, { records: false })), (f) => expect(f.length).toBeGreaterThan(300)],
    ['a denied spec (five drives)', () => join(FIXTURES, 'five-drives.spec.yaml'), (f) => expect(f.some((x) => x.rule.startsWith('VEIL-MINIO'))).toBe(true)],
    ['secrets in free text', () => writeTemp(secrets), (f) => expect(f.filter((x) => x.rule.startsWith('VEIL-SECRET')).length).toBeGreaterThanOrEqual(2)],
  ];

  it.each(specs)('finds on %s the findings veilc\'s engine finds on the same input', async (_label, specFile, sized) => {
    const model = buildModel(validateSchema(loadSpec(specFile()).data).spec).model;
    const input = policyInput(model, TODAY);
    const file = join(dir, 'input.json');
    writeFileSync(file, JSON.stringify(input));
    const engine = await loadPolicyEngine();
    const expected = engine.findings(input);
    sized(expected);
    const args = [POLICY_FILES.wasm, POLICY_FILES.data, file];
    // the benchmark's form (a count) and the findings themselves
    expect(Number(runFloor('policy-engine', args))).toBe(expected.length);
    expect(canonical(JSON.parse(runFloor('policy-engine', [...args, '--findings'])))).toEqual(canonical(expected));
  }, 60_000);
});

describe('the YAML parser floor', () => {
  it.each([['veil.spec.yaml', VEIL_SPEC], ['2,000 nodes', writeTemp(generatedSpec(2000))]])('reads every event of %s', (_label, file) => {
    const events = parseEvents(readFileSync(file, 'utf8'), { maxDepth: 64 }).length;
    expect(events).toBeGreaterThan(100);
    expect(Number(runFloor('yaml-events', [file]))).toBe(events);
  }, 60_000);
});

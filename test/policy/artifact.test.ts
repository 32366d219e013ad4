// The committed policy artifact (policies/build/) against its sources. With
// Node alone: the manifest's hashes match the Rego sources, the Wasm and the
// data, the Wasm calls only builtins the SDK implements, and the Rego tests'
// baseline input is current. With opa (required in CI): a rebuild is
// byte-identical (so the Wasm, catalog.rego and RULES.md are fresh), and
// `opa check --strict`, `opa fmt` and `opa test` with coverage pass.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy } from '@open-policy-agent/opa-wasm';
import { describe, expect, it } from 'vitest';
import { checkFresh, sourceFiles, sourcesHash } from '../../scripts/build-policy.mjs';
import { describeWithOpa, opa, ROOT } from './helpers.ts';
import { committedTestData, policyTestData } from './testdata.ts';

const build = (f: string) => join(ROOT, 'policies/build', f);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const manifest = JSON.parse(readFileSync(build('manifest.json'), 'utf8')) as Record<string, unknown>;
const sdkDir = join(ROOT, 'node_modules/@open-policy-agent/opa-wasm');
/** Coverage the Rego tests must reach (they are at 100% today). */
const COVERAGE_THRESHOLD = 95;

describe('policy artifact, checked with Node alone', () => {
  it('was built from the current Rego sources, capabilities and pinned OPA', () => {
    const pinned = /^OPA_VERSION=v?(\S+)$/m.exec(readFileSync(join(ROOT, 'scripts/toolchain.versions'), 'utf8'))![1];
    expect(manifest.opaVersion).toBe(pinned);
    const caps = readFileSync(build('capabilities.json'), 'utf8');
    expect(sourceFiles(ROOT)).toContain('policies/veil/minio.rego');
    expect(sourceFiles(ROOT)).not.toContain('policies/veil/minio_test.rego');
    expect(manifest.sourcesSha256, 'policies/veil changed after the last build: run `node scripts/build-policy.mjs`').toBe(sourcesHash(ROOT, caps, pinned!));
  });

  it('ships the Wasm and data the manifest describes', () => {
    expect(manifest.wasmSha256).toBe(sha256(readFileSync(build('veil.wasm'))));
    expect(manifest.dataSha256).toBe(sha256(readFileSync(build('data.json'))));
    expect(manifest.entrypoints).toEqual(['veil/findings', 'veil/rules', 'veil/secret_findings', 'veil/redactions']);
  });

  it('was built for the installed SDK, with its capabilities plus only rego_v1 and rego.metadata.rule', () => {
    const sdk = JSON.parse(readFileSync(join(sdkDir, 'package.json'), 'utf8'));
    expect(manifest.sdk).toBe(`@open-policy-agent/opa-wasm@${sdk.version}`);
    const sdkCaps = JSON.parse(readFileSync(join(sdkDir, 'capabilities.json'), 'utf8'));
    const caps = JSON.parse(readFileSync(build('capabilities.json'), 'utf8'));
    const names = (c: { builtins: { name: string }[] }) => c.builtins.map((b) => b.name).sort();
    expect(names(caps)).toEqual([...names(sdkCaps), 'rego.metadata.rule'].sort());
    expect(caps.features).toEqual(['rego_v1']);
    expect(caps.wasm_abi_versions).toEqual(sdkCaps.wasm_abi_versions);
  });

  it('calls no builtin the SDK lacks (rego.metadata.rule is resolved at compile time)', async () => {
    const policy = await loadPolicy(readFileSync(build('veil.wasm')));
    const ex = (policy.wasmInstance as WebAssembly.Instance).exports as Record<string, CallableFunction>;
    const addr = ex.opa_json_dump!(ex.builtins!()) as number;
    const mem = new Uint8Array(policy.mem.buffer);
    let end = addr;
    while (mem[end] !== 0) end++;
    const imported = Object.keys(JSON.parse(Buffer.from(mem.subarray(addr, end)).toString('utf8')));
    const { createRequire } = await import('node:module');
    const implemented = Object.keys(createRequire(import.meta.url)(join(sdkDir, 'src/builtins/index.js')));
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.filter((b) => !implemented.includes(b))).toEqual([]);
    expect(imported).not.toContain('rego.metadata.rule');
    // the bundles replace the SDK's YAML built-ins with ones that fail (scripts/bundle.mjs):
    // the same names, none of them called by this policy
    const req = createRequire(import.meta.url);
    const leftOut = req(join(ROOT, 'compiler/policy/sdk-yaml-builtins.cjs')) as Record<string, () => unknown>;
    expect(Object.keys(leftOut).sort()).toEqual(Object.keys(req(join(sdkDir, 'src/builtins/yaml.js'))).sort());
    expect(imported.filter((b) => Object.hasOwn(leftOut, b))).toEqual([]);
    for (const [name, call] of Object.entries(leftOut)) expect(call, name).toThrow(`${name} is not available`);
  });

  it('gives the Rego tests the current model of veil.spec.yaml (policies/veil/testdata)', () => {
    expect(committedTestData() === policyTestData(), 'stale: run `npx tsx test/policy/testdata.ts --write`').toBe(true);
  });
});

describeWithOpa()('policy sources, checked with opa', () => {
  it('rebuild is byte-identical: Wasm, data, manifest, catalog.rego and RULES.md are fresh', async () => {
    expect(await checkFresh()).toEqual([]);
  }, 120_000);

  it('opa check --strict passes', () => {
    expect(() => opa(['check', '--strict', 'policies/veil'])).not.toThrow();
  });

  it('opa fmt has nothing to change', () => {
    expect(opa(['fmt', '--list', 'policies/veil']).trim()).toBe('');
  });

  it(`opa test passes with coverage of at least ${COVERAGE_THRESHOLD}%`, () => {
    const out = JSON.parse(opa(['test', '--coverage', '--threshold', String(COVERAGE_THRESHOLD), '--format', 'json', 'policies/veil']));
    expect(out.coverage).toBeGreaterThanOrEqual(COVERAGE_THRESHOLD);
    const verdict = JSON.parse(opa(['test', '--format', 'json', 'policies/veil'])) as { name: string; fail?: boolean; error?: unknown }[];
    expect(verdict.length).toBeGreaterThanOrEqual(100);
    expect(verdict.filter((t) => t.fail || t.error).map((t) => t.name)).toEqual([]);
  }, 120_000);
});

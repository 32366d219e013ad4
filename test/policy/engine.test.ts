// The runtime fails closed: an unreadable, altered or invalid artifact, a
// missing entrypoint, an empty catalog or a malformed finding stops veilc
// with a usage error (exit 2) rather than passing an unchecked spec. Errors
// the SDK throws as strings become Errors.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../compiler/diagnostics/diagnostic.ts';
import { loadSpec } from '../../compiler/load/load-spec.ts';
import { buildModel } from '../../compiler/model/build-model.ts';
import { loadPolicyEngine, POLICY_FILES, PolicyEngineError, toError, type PolicyFiles } from '../../compiler/policy/engine.ts';
import { evaluatePolicies } from '../../compiler/policy/evaluate.ts';
import { policyInput } from '../../compiler/policy/input.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { untarGz } from '../../scripts/build-policy.mjs';
import { describeWithOpa, opa, ROOT, TODAY, VEIL_SPEC } from './helpers.ts';

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** A policy folder with the given Wasm and data bytes and a manifest that matches them. */
function artifact(wasm: Buffer, data: string, manifest?: object): PolicyFiles {
  const dir = mkdtempSync(join(tmpdir(), 'veilc-engine-'));
  const files = { wasm: join(dir, 'veil.wasm'), data: join(dir, 'data.json'), manifest: join(dir, 'manifest.json') };
  writeFileSync(files.wasm, wasm);
  writeFileSync(files.data, data);
  writeFileSync(files.manifest, JSON.stringify(manifest ?? { wasmSha256: sha256(wasm), dataSha256: sha256(data) }));
  return files;
}

const realWasm = () => readFileSync(POLICY_FILES.wasm);
const realData = () => readFileSync(POLICY_FILES.data, 'utf8');

function veilModel() {
  const source = loadSpec(VEIL_SPEC);
  return { source, model: buildModel(validateSchema(source.data).spec).model };
}

/** An unsigned LEB128 at `at`: its value and the offset after it. */
function leb(b: Buffer, at: number): [number, number] {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = b[at++]!;
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return [value, at];
  }
}

/**
 * `wasm` with the first instruction of every function body replaced by 0x27,
 * an opcode WebAssembly does not assign: the module still decodes, and each
 * function fails validation (WebAssembly spec, binary format: sections, the
 * code section's bodies as size, locals, expression).
 */
function withInvalidBodies(wasm: Buffer): Buffer {
  const b = Buffer.from(wasm);
  let at = 8; // magic and version
  while (at < b.length) {
    const id = b[at]!;
    const [size, payload] = leb(b, at + 1);
    if (id === 10) {
      let [count, p] = leb(b, payload);
      for (; count > 0; count--) {
        const [bodySize, body] = leb(b, p);
        let [locals, q] = leb(b, body);
        for (; locals > 0; locals--) q = leb(b, q)[1] + 1; // a count and a value type
        b[q] = 0x27;
        p = body + bodySize;
      }
      return b;
    }
    at = payload + size;
  }
  throw new Error('no code section');
}

async function failure(files: PolicyFiles): Promise<PolicyEngineError> {
  const err = await loadPolicyEngine(files).then(
    (engine) => { engine.findings(policyInput(veilModel().model, TODAY)); return undefined; },
    (e: unknown) => e,
  ).catch((e: unknown) => e);
  expect(err, 'expected the engine to refuse').toBeInstanceOf(PolicyEngineError);
  expect(err).toBeInstanceOf(UsageError);
  return err as PolicyEngineError;
}

describe('toError', () => {
  it('keeps the text of strings and message objects', () => {
    expect(toError('entrypoint x is not valid in this instance')).toEqual(new Error('entrypoint x is not valid in this instance'));
    expect(toError({ message: 'not implemented: built-in function 3: foo' }).message).toBe('not implemented: built-in function 3: foo');
    const e = new TypeError('t');
    expect(toError(e)).toBe(e);
    expect(toError(42).message).toBe('42');
  });
});

describe('the engine refuses a broken artifact', () => {
  it('a missing Wasm', async () => {
    const files = { ...POLICY_FILES, wasm: join(tmpdir(), 'no-such-dir-veilc', 'veil.wasm') };
    const e = await failure(files);
    expect(e.message).toMatch(/^policy engine: cannot read .*veil\.wasm: ENOENT$/);
    expect(e.hint).toContain('scripts/build-policy.mjs');
  });

  it('a Wasm that does not match its manifest', async () => {
    const wasm = realWasm();
    const files = artifact(wasm, realData(), { wasmSha256: sha256(Buffer.from('something else')), dataSha256: sha256(realData()) });
    expect((await failure(files)).message).toMatch(/veil\.wasm does not match the SHA-256 in .*manifest\.json$/);
  });

  it('data that does not match its manifest', async () => {
    const files = artifact(realWasm(), realData(), { wasmSha256: sha256(realWasm()), dataSha256: 'beef' });
    expect((await failure(files)).message).toMatch(/data\.json does not match the SHA-256/);
  });

  it('bytes that are not WebAssembly', async () => {
    const files = artifact(Buffer.from('not wasm at all'), realData());
    expect((await failure(files)).message).toMatch(/^policy engine: cannot load .*veil\.wasm: .*WebAssembly/);
  });

  it('a function body that is not valid WebAssembly, its manifest matching (V8 validates bodies on their first call)', async () => {
    const files = artifact(withInvalidBodies(realWasm()), realData());
    expect((await failure(files)).message).toMatch(/^policy engine: (cannot load|evaluating) .*(Compiling function|invalid|opcode)/i);
  });

  it('data that is not JSON', async () => {
    const files = artifact(realWasm(), '{ lifecycle: ');
    expect((await failure(files)).message).toMatch(/data\.json is not JSON/);
  });

  it('a manifest that is not JSON', async () => {
    const files = artifact(realWasm(), realData());
    writeFileSync(files.manifest, 'nope');
    expect((await failure(files)).message).toMatch(/manifest\.json is not JSON/);
  });

  it('does not cache a failure: fixing the file makes the next load work', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veilc-engine-'));
    const files = { wasm: join(dir, 'veil.wasm'), data: join(dir, 'data.json'), manifest: join(dir, 'manifest.json') };
    await failure(files);
    copyFileSync(POLICY_FILES.wasm, files.wasm);
    copyFileSync(POLICY_FILES.data, files.data);
    copyFileSync(POLICY_FILES.manifest, files.manifest);
    expect(Object.keys((await loadPolicyEngine(files)).catalog).length).toBe(59);
  });
});

describe('the committed engine', () => {
  it('is loaded once per process', () => {
    expect(loadPolicyEngine()).toBe(loadPolicyEngine());
  });

  it('reports the 59 rules it evaluates', async () => {
    const { model, source } = veilModel();
    const r = await evaluatePolicies(model, source, { today: TODAY });
    expect(r.rulesEvaluated).toHaveLength(59);
    expect(r.rulesEvaluated).toContain('VEIL-MINIO-001');
    expect(r.rulesEvaluated).toEqual([...r.rulesEvaluated].sort());
  });
});

const ALL_ENTRYPOINTS = ['veil/findings', 'veil/rules', 'veil/secret_findings', 'veil/redactions'];
/** The secret entrypoints, well-formed, for tiny policies about the other two. */
const SECRET_RULES = '\nsecret_findings := []\n\nredactions := [[] | some _ in input.texts]\n';

/** Builds a throw-away policy with the project's capabilities; returns its files. */
function tinyPolicy(rego: string, entrypoints = ALL_ENTRYPOINTS): PolicyFiles {
  const dir = mkdtempSync(join(tmpdir(), 'veilc-tiny-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src/tiny.rego'), /^(secret_findings|redactions) :=/m.test(rego) ? rego : rego + SECRET_RULES);
  const bundle = join(dir, 'bundle.tar.gz');
  opa(['build', '-t', 'wasm', '--capabilities', join(ROOT, 'policies/build/capabilities.json'), ...entrypoints.flatMap((e) => ['-e', e]), '-o', bundle, join(dir, 'src')]);
  const files = untarGz(readFileSync(bundle));
  return artifact(files.get('policy.wasm')!, '{}');
}

const CATALOG = 'rules := {"VEIL-TINY-001": {"title": "t", "severity": "deny", "package": "veil", "waivable": false}}';

describeWithOpa()('the engine refuses a policy that does not keep the contract', () => {
  it('a missing entrypoint', async () => {
    const files = tinyPolicy('package veil\n\nfindings := []\n', ['veil/findings']);
    expect((await failure(files)).message).toMatch(/has no entrypoint veil\/rules \(it has: veil\/findings\)$/);
  });

  it('a missing secret detector entrypoint', async () => {
    const files = tinyPolicy(`package veil\n\n${CATALOG}\n\nfindings := []\n`, ['veil/findings', 'veil/rules', 'veil/secret_findings']);
    expect((await failure(files)).message).toMatch(/has no entrypoint veil\/redactions/);
  });

  it('a catalog entry that does not say whether the rule is waivable', async () => {
    const files = tinyPolicy('package veil\n\nfindings := []\n\nrules := {"VEIL-TINY-001": {"title": "t", "severity": "deny", "package": "veil"}}\n');
    expect((await failure(files)).message).toMatch(/malformed rule catalog entry VEIL-TINY-001/);
  });

  it('a finding whose redact is not a list of strings', async () => {
    const files = tinyPolicy(`package veil\n\n${CATALOG}\n\nfindings := [{"rule": "VEIL-TINY-001", "severity": "deny", "message": "m", "path": [], "hint": "", "redact": "pw"}]\n`);
    expect((await failure(files)).message).toMatch(/malformed finding \(redact is not a list of strings\)/);
  });

  it('secret findings and redactions in the wrong shape', async () => {
    const rego = `package veil\n\n${CATALOG}\n\nfindings := []\n\nsecret_findings := [{"rule": "VEIL-TINY-001", "severity": "deny", "message": "m", "path": [], "hint": "", "redact": [1]}]\n\nredactions := [["a"]]\n`;
    const engine = await loadPolicyEngine(tinyPolicy(rego));
    expect(() => engine.secretFindings({})).toThrow(/malformed finding \(redact is not a list of strings\)/);
    expect(() => engine.redactions(['x', 'y'])).toThrow(/veil\/redactions is not one list of strings per text/);
    expect(engine.redactions(['x'])).toEqual([['a']]);
  });

  it('zero rules', async () => {
    const files = tinyPolicy('package veil\n\nfindings := []\n\nrules := {}\n');
    expect((await failure(files)).message).toBe('policy engine: the policy has zero rules; refusing to pass a spec that nothing checked');
  });

  it('an undefined catalog', async () => {
    const files = tinyPolicy('package veil\n\nfindings := []\n\nrules := {"VEIL-TINY-001": {}} if input.never\n');
    expect((await failure(files)).message).toMatch(/veil\/rules is undefined for this input/);
  });

  it('a finding of a rule the catalog does not know', async () => {
    const files = tinyPolicy(`package veil\n\n${CATALOG}\n\nfindings := [{"rule": "VEIL-OTHER-001", "severity": "deny", "message": "m", "path": [], "hint": ""}]\n`);
    expect((await failure(files)).message).toMatch(/malformed finding \(rule not in the catalog\)/);
  });

  it('a finding whose severity differs from its rule', async () => {
    const files = tinyPolicy(`package veil\n\n${CATALOG}\n\nfindings := [{"rule": "VEIL-TINY-001", "severity": "warn", "message": "m", "path": [], "hint": ""}]\n`);
    expect((await failure(files)).message).toMatch(/severity differs from the catalog's deny/);
  });

  it('a finding with a malformed path', async () => {
    const files = tinyPolicy(`package veil\n\n${CATALOG}\n\nfindings := [{"rule": "VEIL-TINY-001", "severity": "deny", "message": "m", "path": [1.5], "hint": ""}]\n`);
    expect((await failure(files)).message).toMatch(/path is not a list of keys and indexes/);
  });

  it('an evaluation error the Wasm raises as a string', async () => {
    // two values for one complete rule: opa_abort throws a plain string
    const files = tinyPolicy(`package veil\n\n${CATALOG}\n\nx := 1 if input.spec\n\nx := 2 if input.spec\n\nfindings := [x]\n`);
    const e = await failure(files);
    expect(e.message).toMatch(/^policy engine: evaluating veil\/findings failed: .*(conflict|multiple).*/);
  });
});

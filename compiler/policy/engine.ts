// The compiled policy: policies/build/veil.wasm (built from policies/veil/*.rego
// by scripts/build-policy.mjs) evaluated in-process with the opa-wasm SDK.
// Loaded once per process. Fails closed: a missing or corrupt artifact, a
// missing entrypoint, an empty rule catalog or a malformed finding stops
// veilc with a usage error instead of passing a spec unchecked.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import * as opaWasm from '@open-policy-agent/opa-wasm';
import type { LoadedPolicy } from '@open-policy-agent/opa-wasm';
import { UsageError, type PathSegment, type Severity } from '../diagnostics/diagnostic.ts';
import { repoPath } from '../paths.ts';
import type { PolicyInput } from './input.ts';
import { HEAP_PER_INPUT_BYTE, HEAP_PER_TEXT_BYTE, MIN_PAGES, pagesFor, WASM_PAGE_BYTES } from './memory.ts';
import { wellFormedJson } from '../text/well-formed.ts';

// The SDK's ES module entry exports loadPolicySync only on its default export
// (src/index.mjs); its typings also declare a named export, which is undefined
// at run time.
const sdk = (opaWasm as unknown as { default?: Partial<typeof opaWasm> }).default ?? {};

export const ENTRYPOINT_FINDINGS = 'veil/findings';
export const ENTRYPOINT_RULES = 'veil/rules';
/** The secret rules alone, on input {spec}: they also judge a spec the schema refused. */
export const ENTRYPOINT_SECRET_FINDINGS = 'veil/secret_findings';
/** The secret detectors on input {texts}: for each text, the substrings to mask. */
export const ENTRYPOINT_REDACTIONS = 'veil/redactions';
const ENTRYPOINTS = [ENTRYPOINT_FINDINGS, ENTRYPOINT_RULES, ENTRYPOINT_SECRET_FINDINGS, ENTRYPOINT_REDACTIONS];

export interface PolicyFiles {
  wasm: string;
  data: string;
  manifest: string;
}

export const POLICY_FILES: PolicyFiles = {
  wasm: repoPath('policies', 'build', 'veil.wasm'),
  data: repoPath('policies', 'build', 'data.json'),
  manifest: repoPath('policies', 'build', 'manifest.json'),
};

export interface CatalogEntry {
  title: string;
  severity: Severity;
  package: string;
  /** false for rules spec.waivers cannot waive (the secret rules). */
  waivable: boolean;
}

export type Catalog = Record<string, CatalogEntry>;

/** A finding as the Rego rules produce it (veil.lib.finding), waivers applied. */
export interface PolicyFinding {
  rule: string;
  severity: Severity;
  message: string;
  path: PathSegment[];
  hint: string;
  waived?: { reason: string; expires: string };
  /** Secret substrings the finding is about, to be masked wherever the spec is echoed (secret rules only). */
  redact?: string[];
}

export interface PolicyEngine {
  catalog: Catalog;
  findings(input: PolicyInput): PolicyFinding[];
  /** The secret rules on any document (a spec the schema refused, say); none of them is waivable. */
  secretFindings(spec: unknown): PolicyFinding[];
  /** For each text, the secret substrings the detectors find in it (possibly none). */
  redactions(texts: readonly string[]): string[][];
}

const REBUILD = 'run `node scripts/build-policy.mjs` (needs opa) or restore policies/build/ from git';

/** A broken policy artifact: veilc must not go on as if the spec were checked. */
export class PolicyEngineError extends UsageError {
  constructor(message: string) {
    super(`policy engine: ${message}`, REBUILD);
    this.name = 'PolicyEngineError';
  }
}

/** The SDK throws strings and plain objects; make them Errors with the text kept. */
export function toError(e: unknown): Error {
  if (e instanceof Error) return e;
  if (typeof e === 'string') return new Error(e);
  if (e && typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string') return new Error((e as { message: string }).message);
  return new Error(String(e));
}

const engines = new Map<string, Promise<PolicyEngine>>();

/** The engine for `files`, loaded on first use and shared for the life of the process. */
export function loadPolicyEngine(files: PolicyFiles = POLICY_FILES): Promise<PolicyEngine> {
  const key = `${files.wasm}\0${files.data}\0${files.manifest}`;
  let engine = engines.get(key);
  if (!engine) {
    engine = createEngine(files);
    // a failed load is not cached: the next call reports it again rather than a stale rejection
    engine.catch(() => engines.delete(key));
    engines.set(key, engine);
  }
  return engine;
}

function readArtifact(file: string): Buffer<ArrayBuffer> {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new PolicyEngineError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? toError(e).message}`);
  }
}

function parseJson(file: string, bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch (e) {
    throw new PolicyEngineError(`${file} is not JSON: ${toError(e).message}`);
  }
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function createEngine(files: PolicyFiles): Promise<PolicyEngine> {
  const wasm = readArtifact(files.wasm);
  const dataBytes = readArtifact(files.data);
  const manifest = parseJson(files.manifest, readArtifact(files.manifest)) as { wasmSha256?: unknown; dataSha256?: unknown };
  // a truncated or hand-edited artifact must not half-work
  if (manifest.wasmSha256 !== sha256(wasm)) throw new PolicyEngineError(`${files.wasm} does not match the SHA-256 in ${files.manifest}`);
  if (manifest.dataSha256 !== sha256(dataBytes)) throw new PolicyEngineError(`${files.data} does not match the SHA-256 in ${files.manifest}`);

  const data = parseJson(files.data, dataBytes) as object;
  let module: WebAssembly.Module;
  let policy: LoadedPolicy;
  try {
    // V8's baseline compiler (Liftoff) alone: by default hot functions are also
    // recompiled with TurboFan in the background, work a run rarely lives long
    // enough to get back (measured, README "Benchmark": a quarter less CPU on
    // veil.spec.yaml, no slower at 5,000 nodes). Process-wide; it must hold while
    // the module runs, as functions compile lazily on their first call.
    setFlagsFromString('--liftoff-only');
    // the file's own buffer: V8 copies the bytes it compiles anyway, and a
    // Uint8Array made from it would be one more copy (fresh memory, README "Benchmark")
    module = await WebAssembly.compile(wasm);
    policy = instantiate(module, data, MIN_PAGES);
  } catch (e) {
    if (e instanceof PolicyEngineError) throw e;
    throw new PolicyEngineError(`cannot load ${files.wasm}: ${toError(e).message}`);
  }
  const entrypoints = policy.entrypoints as Record<string, number>;
  for (const ep of ENTRYPOINTS) {
    if (!Object.hasOwn(entrypoints, ep)) throw new PolicyEngineError(`${files.wasm} has no entrypoint ${ep} (it has: ${Object.keys(entrypoints).join(', ') || 'none'})`);
  }
  const catalog = checkCatalog(evaluate(policy, {}, ENTRYPOINT_RULES));
  /** One entrypoint on `input`, in an instance with memory enough for it. */
  const run = (input: unknown, entrypoint: string, heapPerByte = HEAP_PER_INPUT_BYTE): unknown => {
    const json = encodeInput(input);
    // an instance with too little memory for this input is replaced, not grown (see memory.ts)
    const pages = pagesFor(json.byteLength, heapPerByte);
    if (policy.mem.buffer.byteLength < pages * WASM_PAGE_BYTES) {
      try {
        policy = instantiate(module, data, pages);
      } catch {
        // no address space for it: the current instance still works, growing as it goes
      }
    }
    return evaluate(policy, json, entrypoint);
  };
  return {
    catalog,
    findings: (input) => checkFindings(run(input, ENTRYPOINT_FINDINGS), catalog),
    secretFindings: (spec) => checkFindings(run({ spec }, ENTRYPOINT_SECRET_FINDINGS), catalog),
    redactions: (texts) => checkRedactions(run({ texts }, ENTRYPOINT_REDACTIONS, HEAP_PER_TEXT_BYTE), texts.length),
  };
}

/** A fresh instance of the compiled policy with `pages` of memory and the policy's data loaded. */
function instantiate(module: WebAssembly.Module, data: object, pages: number): LoadedPolicy {
  if (typeof sdk.loadPolicySync !== 'function') throw new PolicyEngineError('@open-policy-agent/opa-wasm has no loadPolicySync; is the installed SDK the one in package.json?');
  const policy = sdk.loadPolicySync(module, { initial: pages });
  policy.setData(data);
  return policy;
}

/**
 * The input as the UTF-8 JSON the SDK copies into the Wasm memory (its length
 * sizes the memory); a lone surrogate as U+FFFD, the escape of which OPA's
 * JSON parser refuses (text/well-formed.ts).
 */
function encodeInput(input: unknown): ArrayBuffer {
  const bytes = new TextEncoder().encode(wellFormedJson(JSON.stringify(input)));
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
}

/** One entrypoint's value; errors (strings from opa_abort, say) become PolicyEngineErrors. */
function evaluate(policy: LoadedPolicy, input: unknown, entrypoint: string): unknown {
  let rs: unknown;
  try {
    rs = policy.evaluate(input, entrypoint);
  } catch (e) {
    throw new PolicyEngineError(`evaluating ${entrypoint} failed: ${toError(e).message}`);
  }
  if (!Array.isArray(rs) || rs.length !== 1 || typeof rs[0] !== 'object' || rs[0] === null || !('result' in rs[0])) {
    throw new PolicyEngineError(`${entrypoint} is undefined for this input (result set ${JSON.stringify(rs)?.slice(0, 200)})`);
  }
  return (rs[0] as { result: unknown }).result;
}

const RULE_ID = /^VEIL-[A-Z]+-\d{3}$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSeverity = (v: unknown): v is Severity => v === 'deny' || v === 'warn';

function checkCatalog(value: unknown): Catalog {
  if (!isObject(value)) throw new PolicyEngineError(`${ENTRYPOINT_RULES} is not an object of rules`);
  const ids = Object.keys(value);
  if (ids.length === 0) throw new PolicyEngineError('the policy has zero rules; refusing to pass a spec that nothing checked');
  for (const id of ids) {
    const e = value[id];
    if (!RULE_ID.test(id) || !isObject(e) || !isSeverity(e.severity) || typeof e.title !== 'string' || typeof e.package !== 'string' || typeof e.waivable !== 'boolean') {
      throw new PolicyEngineError(`malformed rule catalog entry ${id}: ${JSON.stringify(e)}`);
    }
  }
  return value as unknown as Catalog;
}

function checkFindings(value: unknown, catalog: Catalog): PolicyFinding[] {
  if (!Array.isArray(value)) throw new PolicyEngineError(`${ENTRYPOINT_FINDINGS} is not a set of findings`);
  return value.map((f): PolicyFinding => {
    const bad = (why: string) => new PolicyEngineError(`malformed finding (${why}): ${JSON.stringify(f).slice(0, 300)}`);
    if (!isObject(f)) throw bad('not an object');
    if (typeof f.rule !== 'string' || !Object.hasOwn(catalog, f.rule)) throw bad('rule not in the catalog');
    if (f.severity !== catalog[f.rule]!.severity) throw bad(`severity differs from the catalog's ${catalog[f.rule]!.severity}`);
    if (typeof f.message !== 'string' || f.message === '') throw bad('no message');
    if (!Array.isArray(f.path) || !f.path.every((s) => typeof s === 'string' || (typeof s === 'number' && Number.isInteger(s) && s >= 0))) throw bad('path is not a list of keys and indexes');
    if (typeof f.hint !== 'string') throw bad('no hint');
    const out: PolicyFinding = { rule: f.rule, severity: f.severity as Severity, message: f.message, path: f.path as PathSegment[], hint: f.hint };
    if (f.waived !== undefined) {
      const w = f.waived;
      if (!isObject(w) || typeof w.reason !== 'string' || typeof w.expires !== 'string') throw bad('waived is not {reason, expires}');
      out.waived = { reason: w.reason, expires: w.expires };
    }
    if (f.redact !== undefined) {
      if (!isStrings(f.redact)) throw bad('redact is not a list of strings');
      out.redact = f.redact;
    }
    return out;
  });
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function checkRedactions(value: unknown, count: number): string[][] {
  if (!Array.isArray(value) || value.length !== count || !value.every(isStrings)) {
    throw new PolicyEngineError(`${ENTRYPOINT_REDACTIONS} is not one list of strings per text: ${JSON.stringify(value)?.slice(0, 200)}`);
  }
  return value as string[][];
}

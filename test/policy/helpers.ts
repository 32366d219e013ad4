// Helpers of the policy tests: run load -> schema -> model -> policy (the real
// Wasm) on YAML text, edit veil.spec.yaml, and gate tests that need opa.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { parse, stringify } from 'yaml';
import type { Diagnostic } from '../../compiler/diagnostics/diagnostic.ts';
import { loadSpec, type LoadedSpec } from '../../compiler/load/load-spec.ts';
import { buildModel, type Model } from '../../compiler/model/build-model.ts';
import { evaluatePolicies, type PolicyResult } from '../../compiler/policy/evaluate.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { findTool, missingToolHint } from '../../compiler/verify/find-tool.ts';
import { toolsRequired } from '../tools-required.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const VEIL_SPEC = join(ROOT, 'veil.spec.yaml');
export const VEIL = readFileSync(VEIL_SPEC, 'utf8');
export const FIXTURES = join(ROOT, 'test/fixtures/policy');
/** A fixed date for every evaluation, so no test depends on the calendar. */
export const TODAY = '2026-01-15';
export const GIB = 2 ** 30;

export function writeTemp(text: string, name = 'spec.yaml'): string {
  const file = join(mkdtempSync(join(tmpdir(), 'veilc-policy-')), name);
  writeFileSync(file, text);
  return file;
}

export interface Evaluated extends PolicyResult {
  model: Model;
  source: LoadedSpec;
}

/** The spec file through load, schema (which must pass), model and the Wasm policy. */
export async function evaluateFile(file: string, today = TODAY): Promise<Evaluated> {
  const source = loadSpec(file);
  const schema = validateSchema(source.data);
  expect(schema.findings, 'the test spec must be schema-valid').toEqual([]);
  const { model, findings } = buildModel(schema.spec);
  expect(findings, 'the test spec must model cleanly').toEqual([]);
  return { ...(await evaluatePolicies(model, source, { today })), model, source };
}

export function evaluateText(text: string, today = TODAY): Promise<Evaluated> {
  return evaluateFile(writeTemp(text), today);
}

/** veil.spec.yaml with each `from` (which must occur exactly once) replaced by `to`. */
export function edit(...pairs: [string, string][]): string {
  let text = VEIL;
  for (const [from, to] of pairs) {
    const at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`snippet must occur exactly once: ${JSON.stringify(from)}`);
    text = text.slice(0, at) + to + text.slice(at + from.length);
  }
  return text;
}

/** 1-based line of the only occurrence of `snippet` in `text`. */
export function lineOf(text: string, snippet: string): number {
  const at = text.indexOf(snippet);
  if (at < 0 || text.indexOf(snippet, at + 1) >= 0) throw new Error(`snippet must occur exactly once: ${JSON.stringify(snippet)}`);
  return text.slice(0, at).split('\n').length;
}

export const byRule = (diags: readonly Diagnostic[], rule: string) => diags.filter((d) => d.rule === rule);
export const rulesOf = (diags: readonly Diagnostic[]) => [...new Set(diags.map((d) => d.rule))].sort();

export { toolsRequired } from '../tools-required.ts';

/** `describe` when opa is there (or required: the tests then fail loudly), else a skip with the reason. */
export function describeWithOpa(): typeof describe | typeof describe.skip {
  if (findTool('opa') === null && !toolsRequired()) {
    console.warn(`${missingToolHint('opa')}: skipping the opa tests (under CI or VEILC_REQUIRE_TOOLS=1 they fail instead)`);
    return describe.skip;
  }
  return describe;
}

export function opaPath(): string {
  const t = findTool('opa');
  if (!t) throw new Error(missingToolHint('opa'));
  return t.path;
}

export function opa(args: string[], input?: string): string {
  return execFileSync(opaPath(), args, { cwd: ROOT, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024, stdio: ['pipe', 'pipe', 'pipe'] });
}

/**
 * veil.spec.yaml grown to `n` nodes in 10.50.0.0/16 (the first three servers,
 * the rest agents, MinIO on the first three) with one LAN-zone record per
 * node, or none with `records: false`. For scaling tests.
 */
export function generatedSpec(n: number, { records = true }: { records?: boolean } = {}): string {
  const spec = parse(VEIL.replace(/192\.168\.0\.0\/24/g, '10.50.0.0/16').replace(/192\.168\.0\./g, '10.50.0.'));
  const name = (i: number) => `node-${i}`;
  spec.nodes = Array.from({ length: n }, (_, i) => ({ name: name(i), address: `10.50.${Math.floor(i / 250) + 1}.${(i % 250) + 1}`, role: i < 3 ? 'server' : 'agent' }));
  spec.objectStore.nodes = [name(0), name(1), name(2)];
  const lan = spec.dns.zones.find((z: { name: string }) => z.name === spec.network.domain);
  lan.records = [
    ...lan.records.filter((r: { target?: string }) => !r.target?.startsWith('node/')),
    ...(records ? spec.nodes.map((x: { name: string }) => ({ name: x.name, target: `node/${x.name}` })) : []),
  ];
  return stringify(spec);
}

// Shared by the Unbound tests: models of the two fixture specs, the compiled
// unbound files, and the tool gate (tests needing a tool fail instead of
// skipping under CI or VEILC_REQUIRE_TOOLS=1).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { emitUnbound } from '../../compiler/emit/unbound/emit-unbound.ts';
import type { OutputFile } from '../../compiler/emit/output.ts';
import { loadSpec } from '../../compiler/load/load-spec.ts';
import { buildModel, type Model } from '../../compiler/model/build-model.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import type { Spec } from '../../compiler/schema/spec-types.ts';
import { writeTree } from '../../compiler/write/write-out.ts';
import { findTool } from '../../compiler/verify/find-tool.ts';
import { toolsRequired } from '../tools-required.ts';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const SPECS = {
  veil: join(ROOT, 'veil.spec.yaml'),
  nimbus: join(ROOT, 'test/fixtures/nimbus.spec.yaml'),
  /** Unbound-only fixture: zones inside home.arpa, a delegated child, fixed serial, action drop. */
  lab: join(ROOT, 'test/unbound/fixtures/lab.spec.yaml'),
} as const;
export type Fixture = keyof typeof SPECS;
export const FIXTURES = Object.keys(SPECS) as Fixture[];
export const HOSTS_SAMPLE = join(ROOT, 'test/unbound/fixtures/hosts-sample.txt');

export function spec(fixture: Fixture): Spec {
  const { spec: s, findings } = validateSchema(loadSpec(SPECS[fixture]).data);
  if (findings.length) throw new Error(`${fixture} is not schema-valid: ${findings.map((f) => f.message).join('; ')}`);
  return s;
}

export function modelOf(s: Spec): Model {
  return buildModel(s).model;
}

export function model(fixture: Fixture): Model {
  return modelOf(spec(fixture));
}

export function files(m: Model): Map<string, string> {
  return new Map(emitUnbound(m).map((f) => [f.path, f.content]));
}

const made: string[] = [];

/** A fresh temporary folder, removed after the calling test file (see removeTempDirsAfterAll). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Call once at the top of a test file that makes temporary folders. */
export function removeTempDirsAfterAll(): void {
  afterAll(() => {
    for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
  });
}

export function writeOut(out: readonly OutputFile[]): string {
  const dir = tempDir('veilc-unbound-out-');
  writeTree(dir, out);
  return dir;
}

export { toolsRequired } from '../tools-required.ts';

/** `describe` when every tool is present (or required: then the tests fail loudly), else `describe.skip` with a warning. */
export function describeWithTools(tools: string[]): typeof describe | typeof describe.skip {
  const missing = tools.filter((t) => findTool(t) === null);
  if (missing.length && !toolsRequired()) {
    console.warn(`${missing.join(', ')} not found: skipping these Unbound tests (apt-get install unbound bind9-dnsutils; under CI or VEILC_REQUIRE_TOOLS=1 they fail instead)`);
    return describe.skip;
  }
  return describe;
}

export function toolPath(name: string): string {
  const t = findTool(name);
  if (!t) throw new Error(`${name} is required for this test but not installed`);
  return t.path;
}

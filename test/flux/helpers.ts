// Shared by the Flux tests: models from the fixture specs (or from edited
// copies of them), the emitted tree, and its YAML documents.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { emitFlux } from '../../compiler/emit/flux/emit-flux.ts';
import { isKustomizeConfig } from '../../compiler/verify/kustomize.ts';
import { normalizeFiles, type OutputFile } from '../../compiler/emit/output.ts';
import { loadSpec } from '../../compiler/load/load-spec.ts';
import { buildModel, type Model } from '../../compiler/model/build-model.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { offlineSchemaLocations } from '../../compiler/verify/options.ts';
import type { VerifyOptions } from '../../compiler/verify/tool-check.ts';
import { findTool, missingToolHint } from '../../scripts/find-tool.mjs';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const SPECS = {
  veil: join(ROOT, 'veil.spec.yaml'),
  nimbus: join(ROOT, 'test/fixtures/nimbus.spec.yaml'),
} as const;
export type Fixture = keyof typeof SPECS;

/** The spec as the user wrote it (no schema defaults), to edit or to read expected values from. */
export function rawSpec(fixture: Fixture): Record<string, any> {
  return parse(readFileSync(SPECS[fixture], 'utf8')) as Record<string, any>;
}

/** A model from spec data, through the same schema stage (defaults included) as the pipeline. */
export function modelFromData(data: unknown): Model {
  const { spec, findings } = validateSchema(structuredClone(data));
  if (findings.length) throw new Error(`spec is not schema-valid: ${findings.map((f) => `${f.path.join('.')}: ${f.message}`).join('; ')}`);
  return buildModel(spec).model;
}

export function model(fixture: Fixture): Model {
  return modelFromData(loadSpec(SPECS[fixture]).data);
}

export function flux(m: Model): OutputFile[] {
  return normalizeFiles(emitFlux(m));
}

export interface Doc {
  file: string;
  obj: Record<string, any>;
}

/** Every YAML document of the files, kustomize configs included (they are documents too). */
export function docs(files: readonly OutputFile[]): Doc[] {
  return files.flatMap((f) => parseAllDocuments(f.content).map((d) => {
    if (d.errors.length) throw new Error(`${f.path}: ${d.errors[0]!.message}`);
    return { file: f.path, obj: d.toJS() as Record<string, any> };
  }));
}

/** The Kubernetes resources: documents of files that are not kustomize configs. */
export function resources(files: readonly OutputFile[]): Doc[] {
  return docs(files.filter((f) => !isKustomizeConfig(f.path.split('/').pop()!)));
}

export function one(all: Doc[], kind: string, name?: string): Record<string, any> {
  const found = all.filter((d) => d.obj.kind === kind && (name === undefined || d.obj.metadata?.name === name));
  if (found.length !== 1) throw new Error(`expected one ${kind}${name ? ` ${name}` : ''}, found ${found.length}`);
  return found[0]!.obj;
}

/** Tool tests must fail, not skip, in CI or with VEILC_REQUIRE_TOOLS=1. */
export function toolsRequired(): boolean {
  return Boolean(process.env.CI) || process.env.VEILC_REQUIRE_TOOLS === '1';
}

/** Why a tool test cannot run here, or null when it can. */
export function missing(tool: string): string | null {
  try {
    return findTool(tool) === null ? missingToolHint(tool) : null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** The offline schemas of this project's CI (shared/schemas beside the repository), or VEILC_SCHEMAS_DIR. */
export function schemasDir(): string | null {
  const dir = process.env.VEILC_SCHEMAS_DIR ?? join(ROOT, '../shared/schemas');
  return existsSync(join(dir, 'crds')) ? dir : null;
}

export function offlineOptions(dir: string): VerifyOptions {
  return { schemaLocations: offlineSchemaLocations(dir), kubernetesVersion: '1.34.0', env: process.env };
}

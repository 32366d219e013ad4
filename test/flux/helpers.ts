// Shared by the Flux tests: models from the fixture specs (or from edited
// copies of them), the emitted tree, and its YAML documents.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { emitFlux } from '../../compiler/emit/flux/emit-flux.ts';
import { isKustomizeConfig } from '../../compiler/verify/kustomize.ts';
import { normalizeFiles, type OutputFile } from '../../compiler/emit/output.ts';
import type { Model } from '../../compiler/model/build-model.ts';
import { offlineSchemaLocations } from '../../compiler/verify/options.ts';
import type { VerifyOptions } from '../../compiler/verify/tool-check.ts';
import { findTool, missingToolHint } from '../../compiler/verify/find-tool.ts';

import { model, modelFromData, rawSpec, ROOT, SPECS, type Fixture } from '../fixtures/fixtures.ts';

export { model, modelFromData, rawSpec, ROOT, SPECS, type Fixture };

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

export { toolsRequired } from '../tools-required.ts';

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

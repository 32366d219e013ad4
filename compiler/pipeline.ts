// The pipeline: load -> schema -> model -> policy -> emit. Each stage owns a
// folder; this file only wires them and places findings in the spec file.
import { SpecError, sortDiagnostics, type Diagnostic, type Finding } from './diagnostics/diagnostic.ts';
import { emitAll } from './emit/emit-all.ts';
import { fluxFindings } from './emit/flux/refusals.ts';
import type { OutputFile } from './emit/output.ts';
import { loadSpec, RecoverableLoadError, type LoadedSpec } from './load/load-spec.ts';
import { place } from './load/source.ts';
import { buildModel, type Model } from './model/build-model.ts';
import { repeatedKeys } from './model/keyed-lists.ts';
import { DEFAULT_PLACE, type OutputPlace } from './model/place.ts';
import { evaluatePolicies, evaluateSecrets } from './policy/evaluate.ts';
import { validateSchemaInPlace } from './schema/validate-schema.ts';
import type { Spec } from './schema/spec-types.ts';
import { mark } from './timing.ts';

export interface Validated {
  source: LoadedSpec;
  model: Model;
  diagnostics: Diagnostic[];
  rulesEvaluated: string[];
  /** Secret substrings found in the spec: reports mask them wherever they echo it. */
  redact: string[];
}

function placed(source: LoadedSpec, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((f) => place(source, f));
}

/**
  * Load and schema: the spec with the schema's defaults applied, and every
  * load and schema finding at once (sorted): a load problem that left a whole
  * document (a repeated key, a control character) does not hide the schema
  * findings of the rest of the file. Throws only what cannot be loaded at all.
 * `bytes`: the spec's content when it is not on disk (yet): `veilc init` checks before it writes.
 */
export function loadAndSchema(specFile: string, bytes?: Buffer): { source: LoadedSpec; spec: Spec; found: Diagnostic[] } {
  let source: LoadedSpec;
  let loadFindings: Diagnostic[] = [];
  try {
    source = bytes ? loadSpec(specFile, bytes) : loadSpec(specFile);
  } catch (e) {
    if (!(e instanceof RecoverableLoadError)) throw e;
    source = e.spec;
    loadFindings = e.diagnostics;
  }
  mark('load');
  // the loaded data is this call's own: validated, and given its defaults, without a copy
  const schema = validateSchemaInPlace(source.data);
  mark('schema');
  return { source, spec: schema.spec, found: sortDiagnostics([...loadFindings, ...placed(source, schema.findings)]) };
}

/**
 * loadAndSchema for a command: throws SpecError with every load and schema
 * finding, plus the secret rules' (which read nothing but strings, so they
 * judge a refused spec too) and the secrets found, so a credential is
 * reported and masked in the findings that would otherwise quote it. Every
 * command that reads a spec goes through here.
 */
export async function loadValid(specFile: string, bytes?: Buffer): Promise<{ source: LoadedSpec; spec: Spec }> {
  const { source, spec, found } = loadAndSchema(specFile, bytes);
  if (found.length) {
    const secrets = await evaluateSecrets(source.data, source);
    throw new SpecError(sortDiagnostics([...found, ...secrets.diagnostics]), source.text, secrets.redact);
  }
  return { source, spec };
}

/**
 * Load, schema, model and policy. Throws SpecError when the spec cannot even be modelled.
 * `place`: where the output folder and the spec sit in the Git repository (compiler/place/).
 * `bytes`: as for loadValid.
 */
export async function validateSpec(specFile: string, place: OutputPlace = DEFAULT_PLACE, bytes?: Buffer): Promise<Validated> {
  const { source, spec } = await loadValid(specFile, bytes);
  // facts, policies and emitters assume unique keys: a repeat stops here
  const repeats = repeatedKeys(spec);
  if (repeats.length) throw new SpecError(sortDiagnostics(placed(source, repeats)), source.text);
  const { model, findings: modelFindings } = buildModel(spec, place);
  mark('model');
  const policy = await evaluatePolicies(model, source);
  mark('policy');
  // what the Flux output cannot express (e.g. per-node drive sizes): denied here, at the spec line, before emitting
  const diagnostics = sortDiagnostics([...placed(source, modelFindings), ...placed(source, fluxFindings(model)), ...policy.diagnostics]);
  return { source, model, diagnostics, rulesEvaluated: policy.rulesEvaluated, redact: policy.redact };
}

export function hasDeny(diags: readonly Diagnostic[]): boolean {
  return diags.some((d) => d.severity === 'deny' && !d.waived);
}

export function compileModel(model: Model): OutputFile[] {
  const files = emitAll(model);
  mark('emit');
  return files;
}

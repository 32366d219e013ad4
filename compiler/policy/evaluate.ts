// Stage 4: Rego policies evaluated in-process through opa-wasm. The rules see
// the validated spec and the model's derived facts; what they find is placed
// at file:line:col here. Waivers are applied by the policy itself (package
// veil.waivers), judged against `today`. The secret rules also run alone on
// a spec the schema refused (evaluateSecrets), so a credential is found, and
// masked in the report, whatever else is wrong with the spec.
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { LoadedSpec } from '../load/load-spec.ts';
import { place } from '../load/source.ts';
import type { Model } from '../model/build-model.ts';
import { mark } from '../timing.ts';
import { loadPolicyEngine, POLICY_FILES, type PolicyFiles, type PolicyFinding } from './engine.ts';
import { policyInput } from './input.ts';
import { resolveToday } from './today.ts';

export interface PolicyResult {
  /** Placed findings, waivers already applied (waived ones carry `waived`). */
  diagnostics: Diagnostic[];
  /** Rule IDs that were evaluated; zero means the gate is broken (fail closed). */
  rulesEvaluated: string[];
  /** Secret substrings the secret rules found (their findings' `redact`), sorted: never echo them. */
  redact: string[];
}

export interface PolicyOptions {
  /** YYYY-MM-DD for waiver expiry; default $VEILC_TODAY, else today's local date. */
  today?: string;
  /** Another compiled policy (tests of the fail-closed paths). */
  files?: PolicyFiles;
}

export async function evaluatePolicies(model: Model, source: LoadedSpec, options: PolicyOptions = {}): Promise<PolicyResult> {
  const today = resolveToday(options.today);
  const engine = await loadPolicyEngine(options.files ?? POLICY_FILES);
  mark('policy-load');
  const findings = engine.findings(policyInput(model, today));
  return { diagnostics: placeAll(source, findings), rulesEvaluated: Object.keys(engine.catalog).sort(), redact: redactOf(findings) };
}

/**
 * The secret rules (package veil.secrets) alone on `data`, any JSON the
 * loader produced: what the pipeline runs when the schema refuses the spec.
 */
export async function evaluateSecrets(data: unknown, source: LoadedSpec, options: Pick<PolicyOptions, 'files'> = {}): Promise<Omit<PolicyResult, 'rulesEvaluated'>> {
  const engine = await loadPolicyEngine(options.files ?? POLICY_FILES);
  const findings = engine.secretFindings(data);
  return { diagnostics: placeAll(source, findings), redact: redactOf(findings) };
}

function placeAll(source: LoadedSpec, findings: readonly PolicyFinding[]): Diagnostic[] {
  return sortDiagnostics(findings.map((f): Diagnostic => {
    const d = place(source, { rule: f.rule, severity: f.severity, message: f.message, path: f.path, hint: f.hint });
    if (f.waived) d.waived = f.waived;
    return d;
  }));
}

function redactOf(findings: readonly PolicyFinding[]): string[] {
  return [...new Set(findings.flatMap((f) => f.redact ?? []))].sort();
}

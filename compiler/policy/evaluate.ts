// Stage 4: Rego policies evaluated in-process through opa-wasm.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { NotImplementedError } from '../emit/output.ts';
import type { LoadedSpec } from '../load/load-spec.ts';
import type { Model } from '../model/build-model.ts';

export interface PolicyResult {
  /** Placed findings, waivers already applied (waived ones carry `waived`). */
  diagnostics: Diagnostic[];
  /** Rule IDs that were evaluated; zero means the gate is broken (fail closed). */
  rulesEvaluated: string[];
}

export async function evaluatePolicies(_model: Model, _source: LoadedSpec): Promise<PolicyResult> {
  throw new NotImplementedError('policy stage');
}

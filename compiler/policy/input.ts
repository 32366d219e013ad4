// The document the Rego policies see as `input`: the schema-valid spec (with
// defaults applied), the derived facts of the model stage, and the date that
// waiver expiry is judged against. Plain JSON, built once per evaluation.
import type { Model } from '../model/build-model.ts';
import type { Facts } from '../model/facts.ts';
import type { Spec } from '../schema/spec-types.ts';

export interface PolicyInput {
  spec: Spec;
  facts: Facts;
  /** YYYY-MM-DD; a waiver whose `expires` is before this date has lapsed. */
  today: string;
}

export function policyInput(model: Model, today: string): PolicyInput {
  return { spec: model.spec, facts: model.facts, today };
}

// The schema validator, precompiled by scripts/gen-validator.ts (ajv standalone):
// no schema compilation at start-up. A test keeps it equal to a fresh build.
import type { ValidateFunction } from 'ajv';
import validate, { schema } from './validator.generated.ts';

export function loadValidator(): ValidateFunction {
  return validate as unknown as ValidateFunction;
}

/**
 * schema/veil.schema.json as the validator was generated from it, without the
 * editors' hover text (markdownDescription): the copy the generated code holds,
 * so the bundles do not carry the JSON a second time.
 */
export const validatorSchema = schema as Record<string, unknown>;

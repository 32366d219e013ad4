// The schema validator, precompiled by scripts/gen-validator.ts (ajv standalone):
// no schema compilation at start-up. A test keeps it equal to a fresh build.
import type { ValidateFunction } from 'ajv';
import validate from './validator.generated.ts';

export function loadValidator(): ValidateFunction {
  return validate as unknown as ValidateFunction;
}

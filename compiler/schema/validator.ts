// Builds the ajv validator for schema/veil.schema.json once per process.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import schema from '../../schema/veil.schema.json' with { type: 'json' };

let cached: ValidateFunction | undefined;

export const AJV_OPTIONS = { allErrors: true, useDefaults: true, strict: true, strictRequired: false, verbose: true } as const;

export function loadValidator(): ValidateFunction {
  cached ??= new Ajv2020(AJV_OPTIONS).compile(schema);
  return cached;
}

export { schema };

// A validator for the official SARIF 2.1.0 schema, which Microsoft's SARIF
// multitool package ships (sarif-2.1.0.json, JSON Schema 2020-12).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

export function sarifValidator(): ValidateFunction {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve('@microsoft/sarif-multitool-linux/package.json');
  const schema = JSON.parse(readFileSync(join(dirname(pkg), 'sarif-2.1.0.json'), 'utf8'));
  return new Ajv2020({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
}

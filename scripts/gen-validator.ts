// Precompiles the JSON Schema into standalone validation code
// (compiler/schema/validator.generated.ts), so veilc does not compile the
// schema with ajv on every start (~120 ms of a ~250 ms run before this).
// `--check` exits 1 when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as standaloneModule from 'ajv/dist/standalone/index.js';
import { AJV_OPTIONS } from '../compiler/schema/ajv-options.ts';

// CommonJS with module.exports = fn: the namespace's default is the function
const standaloneCode = standaloneModule.default as unknown as (ajv: Ajv2020, validate: unknown) => string;
const root = fileURLToPath(new URL('..', import.meta.url));
export const VALIDATOR_FILE = `${root}compiler/schema/validator.generated.ts`;

export function generateValidator(): string {
  // markdownDescription is editor hover text (scripts/gen-hover.ts): not needed to validate, kept out of the bundle
  const schema = JSON.parse(readFileSync(`${root}schema/veil.schema.json`, 'utf8'), (k, v) => (k === 'markdownDescription' ? undefined : v));
  const ajv = new Ajv2020({ ...AJV_OPTIONS, code: { source: true, esm: true, lines: true } });
  // standalone ESM still require()s ajv's runtime helpers; make them imports so
  // tsx, vitest and esbuild all resolve them the same way
  const code = standaloneCode(ajv, ajv.compile(schema)).replace(
    /const (\w+) = require\("(ajv\/dist\/runtime\/\w+)"\)\.default;/g,
    (_m: string, name: string, mod: string) => `import ${name}Module from "${mod}.js";\nconst ${name} = ${name}Module.default ?? ${name}Module; // CJS default: Node gives the exports object, vite the export`);
  // the code holds the root schema as an object literal: export that one copy
  // (error messages look descriptions and enums up in it) instead of bundling the JSON again
  const rootSchema = /^const (schema\d+) = \{"\$schema":/m.exec(code)?.[1];
  if (!rootSchema) throw new Error('ajv standalone code without the root schema literal');
  return `// @ts-nocheck\n// Generated from schema/veil.schema.json by scripts/gen-validator.ts; do not edit.\n${code}\nexport { ${rootSchema} as schema };\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const code = generateValidator();
  if (process.argv.includes('--check')) {
    if (readFileSync(VALIDATOR_FILE, 'utf8') !== code) { console.error('validator.generated.ts is stale: run `npm run gen:validator`'); process.exit(1); }
  } else writeFileSync(VALIDATOR_FILE, code);
}

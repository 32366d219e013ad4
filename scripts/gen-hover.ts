// Writes `markdownDescription` into schema/veil.schema.json from each key's
// `description` and `default`, so an editor's hover shows the default: the
// YAML language server shows markdownDescription (else the description) and
// never the default keyword itself (yaml-language-server, yamlHover.ts).
// Generated, not hand-kept: edit `description` and run `npm run gen` (this
// runs first). On a merge conflict in these lines, take either side's schema
// and run it again. `--check` exits 1 when the schema is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SCHEMA_FILE = `${root}schema/veil.schema.json`;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A default as the user would write it in the spec: YAML, flow style (`home.arpa`, `"null"`, `[alertname, namespace]`). */
export function yamlValue(v: unknown): string {
  return stringify(v, { collectionStyle: 'flow', lineWidth: 0, flowCollectionPadding: false }).trim();
}

/** The hover text of a key: its description, then its default. */
export function hoverText(description: string, dflt: unknown): string {
  return `${description}\n\nDefault: \`${yamlValue(dflt)}\``;
}

/**
 * The schema with markdownDescription set right after `description` on every
 * node that has a description and a default, and removed everywhere else.
 */
export function withHoverText(node: Json): Json {
  if (Array.isArray(node)) return node.map(withHoverText);
  if (node === null || typeof node !== 'object') return node;
  const out: { [k: string]: Json } = {};
  const hasBoth = typeof node.description === 'string' && 'default' in node;
  for (const [k, v] of Object.entries(node)) {
    if (k === 'markdownDescription') continue;
    // `default` and `examples` are values, not schemas: copied as they are
    out[k] = k === 'default' || k === 'examples' || k === 'enum' || k === 'const' ? v : withHoverText(v);
    if (k === 'description' && hasBoth) out.markdownDescription = hoverText(node.description as string, node.default);
  }
  return out;
}

export function generatedSchemaText(current: string): string {
  return `${JSON.stringify(withHoverText(JSON.parse(current) as Json), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const current = readFileSync(SCHEMA_FILE, 'utf8');
  const next = generatedSchemaText(current);
  if (process.argv.includes('--check')) {
    if (next !== current) { console.error('schema/veil.schema.json hover texts are stale: run `npm run gen:hover`'); process.exit(1); }
  } else if (next !== current) writeFileSync(SCHEMA_FILE, next);
}

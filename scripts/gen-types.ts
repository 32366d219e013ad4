// Derives compiler/schema/spec-types.ts from schema/veil.schema.json with the
// TypeScript compiler API, so the schema stays the one source of truth.
// `--check` exits 1 when the committed file differs (used by the drift test).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const f = ts.factory;
const root = fileURLToPath(new URL('..', import.meta.url));
export const SCHEMA_FILE = `${root}schema/veil.schema.json`;
export const TYPES_FILE = `${root}compiler/schema/spec-types.ts`;

interface JsonSchema {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  default?: unknown;
  additionalProperties?: boolean | JsonSchema;
}

function pascal(name: string): string {
  return name.replace(/(^|[-_])([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
}

function withDoc<T extends ts.Node>(node: T, description: string | undefined, dflt?: unknown): T {
  const lines = [...(description ? [description] : []), ...(dflt !== undefined ? [`@default ${JSON.stringify(dflt)}`] : [])];
  if (!lines.length) return node;
  const body = `*\n${lines.map((l) => ` * ${l.replace(/\*\//g, '*\\/')}`).join('\n')}\n `;
  return ts.addSyntheticLeadingComment(node, ts.SyntaxKind.MultiLineCommentTrivia, body, true);
}

function typeOf(s: JsonSchema): ts.TypeNode {
  if (s.$ref) return f.createTypeReferenceNode(pascal(s.$ref.replace('#/$defs/', '')));
  if (s.enum) return f.createUnionTypeNode(s.enum.map((v) => f.createLiteralTypeNode(typeof v === 'number' ? f.createNumericLiteral(v) : f.createStringLiteral(String(v)))));
  switch (s.type) {
    case 'string': return f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
    case 'integer': case 'number': return f.createKeywordTypeNode(ts.SyntaxKind.NumberKeyword);
    case 'boolean': return f.createKeywordTypeNode(ts.SyntaxKind.BooleanKeyword);
    case 'array': return f.createArrayTypeNode(parenthesize(typeOf(s.items ?? {})));
    case 'object': return objectType(s);
    default: return f.createKeywordTypeNode(ts.SyntaxKind.UnknownKeyword);
  }
}

function parenthesize(t: ts.TypeNode): ts.TypeNode {
  return ts.isUnionTypeNode(t) ? f.createParenthesizedType(t) : t;
}

function objectType(s: JsonSchema): ts.TypeNode {
  if (!s.properties) {
    const value = typeof s.additionalProperties === 'object' ? typeOf(s.additionalProperties) : f.createKeywordTypeNode(ts.SyntaxKind.UnknownKeyword);
    return f.createTypeReferenceNode('Record', [f.createKeywordTypeNode(ts.SyntaxKind.StringKeyword), value]);
  }
  const required = new Set(s.required ?? []);
  return f.createTypeLiteralNode(Object.entries(s.properties).map(([name, p]) =>
    // after validation ajv has filled every default in, so a defaulted key is always present
    withDoc(f.createPropertySignature(undefined, /^[A-Za-z_$][\w$]*$/.test(name) ? name : f.createStringLiteral(name),
      required.has(name) || p.default !== undefined ? undefined : f.createToken(ts.SyntaxKind.QuestionToken), typeOf(p)), p.description, p.default)));
}

export function generateTypes(schema: JsonSchema): string {
  const stmts: ts.Statement[] = [];
  for (const [name, def] of Object.entries(schema.$defs ?? {})) {
    stmts.push(withDoc(f.createTypeAliasDeclaration([f.createModifier(ts.SyntaxKind.ExportKeyword)], pascal(name), undefined, typeOf(def)), def.description));
  }
  const body = objectType(schema);
  stmts.push(withDoc(f.createTypeAliasDeclaration([f.createModifier(ts.SyntaxKind.ExportKeyword)], 'Spec', undefined, body), schema.description));
  const file = ts.createSourceFile('spec-types.ts', '', ts.ScriptTarget.ES2022, false, ts.ScriptKind.TS);
  const printer = ts.createPrinter({ newLine: ts.NewLineKind.LineFeed });
  const header = '// Generated from schema/veil.schema.json by scripts/gen-types.ts; do not edit.\n// Run `npm run gen:types` after changing the schema.\n\n';
  return header + stmts.map((s) => printer.printNode(ts.EmitHint.Unspecified, s, file)).join('\n\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = generateTypes(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as JsonSchema);
  if (process.argv.includes('--check')) {
    const current = readFileSync(TYPES_FILE, 'utf8');
    if (current !== out) {
      console.error('compiler/schema/spec-types.ts is stale: run `npm run gen:types`');
      process.exit(1);
    }
  } else writeFileSync(TYPES_FILE, out);
}

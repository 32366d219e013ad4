// Defaults in the editor's hover, proven with the real YAML language server:
// the schema carries markdownDescription generated from description and
// default (scripts/gen-hover.ts), and hovering a key shows its default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedSchemaText, yamlValue } from '../../scripts/gen-hover.ts';
import { ROOT } from '../foundation/helpers.ts';
import { keyPosition, startYamlLanguageServer, type YamlLanguageServer } from './lsp.ts';

const SCHEMA = join(ROOT, 'schema/veil.schema.json');
const SPEC = join(ROOT, 'veil.spec.yaml');

type Node = { description?: string; markdownDescription?: string; default?: unknown; properties?: Record<string, Node>; items?: Node; $defs?: Record<string, Node> };

function* nodes(n: Node, path = ''): Generator<[string, Node]> {
  yield [path, n];
  for (const [k, v] of Object.entries(n.properties ?? {})) yield* nodes(v, path ? `${path}.${k}` : k);
  if (n.items) yield* nodes(n.items, `${path}[]`);
}

describe('schema/veil.schema.json: hover texts', () => {
  it('are what scripts/gen-hover.ts generates from description and default (run `npm run gen`)', () => {
    const text = readFileSync(SCHEMA, 'utf8');
    expect(generatedSchemaText(text) === text, 'schema/veil.schema.json hover texts are stale: run `npm run gen`').toBe(true);
  });

  it('every key with a default has one: its description, then the default as YAML', () => {
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as Node;
    let withDefault = 0;
    for (const [path, n] of nodes(schema)) {
      if (n.default === undefined || !n.description) {
        expect(n.markdownDescription, path).toBeUndefined();
        continue;
      }
      withDefault++;
      expect(n.markdownDescription, path).toBe(`${n.description}\n\nDefault: \`${yamlValue(n.default)}\``);
    }
    expect(withDefault).toBeGreaterThan(50);
  });

  it('spells defaults as the spec would: plain words bare, strings YAML would misread quoted, lists in flow style', () => {
    expect(yamlValue('home.arpa')).toBe('home.arpa');
    expect(yamlValue('null')).toBe('"null"');
    expect(yamlValue('')).toBe('""');
    expect(yamlValue(['alertname', 'namespace'])).toBe('[alertname, namespace]');
    expect(yamlValue([{ name: 'null' }])).toBe('[{name: "null"}]');
    expect(yamlValue(3600)).toBe('3600');
  });
});

describe('hover in the real yaml-language-server, over LSP', () => {
  let server: YamlLanguageServer;
  beforeAll(async () => { server = await startYamlLanguageServer(ROOT); });
  afterAll(async () => { await server?.stop(); });

  const text = readFileSync(SPEC, 'utf8');
  const cases: [string, number, string][] = [
    // key, search from this line (0-based) of veil.spec.yaml, the default the hover must show
    ['domain', 0, 'home.arpa'],
    ['ttl', text.split('\n').findIndex((l) => l.startsWith('dns:')), '3600'],
    ['retention', text.split('\n').findIndex((l) => l.startsWith('monitoring:')), '10d'],
    ['receiver', text.split('\n').findIndex((l) => l.includes('route:')), '"null"'],
    ['controller', text.split('\n').findIndex((l) => l.startsWith('ingress:')), 'ingress-nginx'],
  ];

  for (const [key, from, dflt] of cases) {
    it(`hovering ${key}: shows the description and "Default: ${dflt}"`, async () => {
      const at = keyPosition(text, key, from);
      const shown = await server.hover(SPEC, text, at.line, at.character);
      expect(shown, `no hover at ${key}`).not.toBeNull();
      expect(shown).toContain(`Default: \`${dflt}\``);
    });
  }

  it('className, whose default depends on the controller (compiler/model/ingress.ts), names each controller\'s default', async () => {
    const at = keyPosition(text, 'className', text.split('\n').findIndex((l) => l.startsWith('ingress:')));
    const shown = await server.hover(SPEC, text, at.line, at.character);
    expect(shown).toMatch(/nginx\\?` for ingress-nginx, \\?`envoy-gateway\\?` for envoy-gateway/);
  });

  it('a key without a default shows its description and no default', async () => {
    const at = keyPosition(text, 'cidr');
    const shown = await server.hover(SPEC, text, at.line, at.character);
    expect(shown).toContain('The LAN as an IPv4 CIDR');
    expect(shown).not.toContain('Default:');
  });
});

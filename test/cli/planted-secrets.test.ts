// Issue 10, the planted-secret test: a distinct secret is planted in every
// string field of the spec that can hold one, field by field and shape by
// shape (a token, a URL with a password or a token as its user, a token in
// its query or fragment, user:password in a user name, "password: ..." in
// free text, a value under a secret-named key, a token as a key). Fields come
// from the schema (test/fixtures/schema-fields.ts), so a new field is planted
// without editing this test. Each planted spec must be refused before
// anything is written, and no secret may appear in any report of validate,
// check or compile, in any format, nor in any output file.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../compiler/report/render.ts';
import { accepts, instances, isFreeText, isUrlField, show, stringFields, type StringField } from '../fixtures/schema-fields.ts';
import { tempDir, writeTemp } from '../foundation/helpers.ts';
import { ROOT } from '../fixtures/fixtures.ts';
import { runCli } from './run-cli.ts';

const EVERY_FIELD = join(ROOT, 'test/fixtures/every-field.spec.yaml');
const fixture = () => parse(readFileSync(EVERY_FIELD, 'utf8')) as Record<string, unknown>;

type Path = (string | number)[];
interface Plant {
  name: string;
  shape: string;
  /** What must never be seen, matched case-insensitively. */
  secret: string;
  apply(data: any): void;
}

function setValue(data: any, path: Path, value: string): void {
  let node = data;
  for (const seg of path.slice(0, -1)) node = node[seg];
  node[path[path.length - 1]!] = value;
}

function renameKey(data: any, path: Path, key: string): void {
  let node = data;
  for (const seg of path.slice(0, -1)) node = node[seg];
  const old = path[path.length - 1] as string;
  const value = node[old];
  delete node[old];
  node[key] = value;
}

function addEntry(data: any, mapPath: Path, key: string, value: string): void {
  let node = data;
  for (const seg of mapPath) node = node[seg];
  node[key] = value;
}

let counter = 0;
/** A distinct lower-case core for each plant, found in any casing of any output. */
const core = () => `pl4nt${String(++counter).padStart(3, '0')}`;

/** Token shapes, most permissive first; a field gets the first its schema takes. */
const TOKENS = [
  (c: string) => `ghp_${c}${'Zq7w'.repeat(10)}`.slice(0, 40),
  (c: string) => `xoxb-2024061012-${c}abcdefgh`,
  (c: string) => `AKIA${c.toUpperCase()}${'QRSTUVWXYZ'}`.slice(0, 20),
];

function plants(): Plant[] {
  const data = fixture();
  const out: Plant[] = [];
  for (const f of stringFields()) {
    const name = show(f.template);
    const at = instances(data, f.template);
    if (!at.length) continue; // the coverage test below fails for it
    const first = at[0]!;
    const plantValue = (shape: string, make: (c: string) => string) => {
      const c = core();
      const v = make(c);
      out.push({ name, shape, secret: c, apply: (d) => setValue(d, first, v) });
    };
    if (f.isKey) {
      const token = TOKENS.find((t) => accepts(f, t('pl4nt000')));
      if (token) { const c = core(); out.push({ name, shape: 'token as a key', secret: c, apply: (d) => renameKey(d, first, token(c)) }); }
      if (accepts(f, 'db-password')) { const c = core(); out.push({ name, shape: 'secret-named key', secret: c, apply: (d) => addEntry(d, first.slice(0, -1), 'db-password', `${c}Xy9`) }); }
      continue;
    }
    const token = TOKENS.find((t) => accepts(f, t('pl4nt000')));
    if (token) plantValue('token', token);
    if (isUrlField(f)) {
      plantValue('URL with a password', (c) => `https://ops:${c}Tr0ub@lists.example.org/hosts`);
      plantValue('URL with a token as user', (c) => `https://glpat-${c}Fj3kQp9xLm@gitlab.example.org/hosts`);
      plantValue('URL with a token in its query', (c) => `https://lists.example.org/hosts?format=hosts&access_token=${c}Qx`);
      plantValue('URL with a token in its fragment', (c) => `https://lists.example.org/cb#id_token=${c}Qx&state=1`);
    }
    if (/user(name)?$/i.test(String(f.template[f.template.length - 1]))) plantValue('user:password', (c) => `alerts@example.org:${c}Pw`);
    if (isFreeText(f)) plantValue('password assignment', (c) => `the admin password: ${c}Hx!`);
  }
  return out;
}

const PLANTS = plants();

/** Every regular file under `dir`, as text. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((r) => join(dir, r)).filter((p) => statSync(p).isFile()).map((p) => readFileSync(p, 'utf8'));
}

function plantedSpec(ps: readonly Plant[]): string {
  const data = fixture();
  for (const p of ps) p.apply(data);
  return writeTemp(stringify(data));
}

describe('planted secrets', () => {
  it('reach every field that can hold one', () => {
    const data = fixture();
    for (const f of stringFields()) expect(instances(data, f.template).length, `every-field.spec.yaml has no ${show(f.template)}`).toBeGreaterThan(0);
    const planted = new Set(PLANTS.map((p) => p.name));
    // every free-text and URL field, and every field a token fits in
    for (const f of stringFields().filter((x: StringField) => !x.isKey && (isFreeText(x) || isUrlField(x)))) expect(planted).toContain(show(f.template));
    for (const n of ['cluster.description', 'nodes[].labels{}', 'nodes[].labels{}=', 'dns.filtering[].url', 'monitoring.alertmanager.receivers[].webhook.url',
      'monitoring.alertmanager.receivers[].email.authUsername', 'monitoring.prometheus.remoteWrite[].url', 'waivers[].reason']) expect(planted).toContain(n);
    expect(PLANTS.length).toBeGreaterThan(60);
  });

  it.each(PLANTS.map((p) => [`${p.name}: ${p.shape}`, p] as const))('%s is refused and never shown', async (_, p) => {
    const spec = plantedSpec([p]);
    const out = join(tempDir(), 'out');
    const r = await runCli(['compile', '--spec', spec, '--out', out, '--format', 'json']);
    expect(r.code, r.stdout + r.stderr).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect((r.stdout + r.stderr).toLowerCase()).not.toContain(p.secret);
    const text = await runCli(['validate', '--spec', spec]);
    expect(text.stdout.toLowerCase()).not.toContain(p.secret);
    expect(text.stdout).toContain('VEIL-SECRET-');
  });

  const shapes = [...new Set(PLANTS.map((p) => p.shape))];
  it.each(shapes.map((s) => [s]))('all "%s" plants at once: no report of validate, check or compile shows one, in any format', async (shape) => {
    // one plant per field, so plants of one shape never overwrite each other
    const group = PLANTS.filter((p) => p.shape === shape).filter((p, i, all) => all.findIndex((q) => q.name === p.name) === i);
    const spec = plantedSpec(group);
    const runs = [
      ...FORMATS.map((f) => ['validate', '--spec', spec, '--format', f]),
      ...FORMATS.map((f) => ['check', '--spec', spec, '--out', join(tempDir(), 'out'), '--skip-tools', '--format', f]),
      ...['text', 'json'].map((f) => ['compile', '--spec', spec, '--out', join(tempDir(), 'out'), '--format', f]),
    ];
    for (const args of runs) {
      const r = await runCli(args);
      const seen = (r.stdout + r.stderr).toLowerCase();
      expect(r.code, args.join(' ')).toBe(1);
      for (const p of group) expect(seen, `${args.join(' ')}: ${p.name}`).not.toContain(p.secret);
      const out = args[args.indexOf('--out') + 1];
      if (args.includes('--out')) for (const content of filesUnder(out!)) for (const p of group) expect(content.toLowerCase()).not.toContain(p.secret);
    }
  }, 120_000);
});

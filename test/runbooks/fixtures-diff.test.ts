// Compiling a different spec changes the runbooks exactly where the specs
// differ: every value only veil.spec.yaml has (names, addresses, zones,
// sizes, counts) shows in veil's runbooks and nowhere in nimbus's, and vice
// versa. Values come from the spec files, never from the emitter.
import { describe, expect, it } from 'vitest';
import { formatBytes, parseQuantity } from '../../compiler/model/quantity.ts';
import { BANNER } from '../../compiler/emit/runbooks/markdown.ts';
import { rawSpec, runbookText, type Fixture } from './helpers.ts';
import { sizeForms, specValues, tokenRegex } from './spec-values.ts';

/** All runbook text of a fixture, minus what may legitimately mention other clusters. */
function corpus(fixture: Fixture): string {
  const own = rawSpec(fixture);
  let text = [...runbookText(fixture).values()].join('\n');
  // the fixed first line names veilc's spec file, and a description is free text of this spec
  text = text.split(BANNER).join('');
  if (own.cluster.description) text = text.split(own.cluster.description).join('');
  return text;
}

/** Every written and derived size of a spec, in every form: written sizes plus raw and usable capacity (data/(data+parity) of raw). */
function allSizeForms(fixture: Fixture): Set<string> {
  const s = rawSpec(fixture);
  const forms = new Set(specValues(fixture).sizes.flatMap(sizeForms));
  const os = s.objectStore;
  if (os) {
    const drive = Number(parseQuantity(os.driveSize));
    const raw = os.servers * os.drivesPerServer * drive;
    forms.add(formatBytes(raw));
    forms.add(formatBytes(Math.floor((raw * os.erasure.data) / (os.erasure.data + os.erasure.parity))));
  }
  return forms;
}

interface Checked { kind: string; forms: string[] }

function distinctValues(self: Fixture, other: Fixture): Checked[] {
  const a = specValues(self), b = specValues(other);
  const theirs = new Set([b.clusterName, ...b.machines, ...b.addresses, ...b.dnsNames]);
  const theirSizes = allSizeForms(other);
  const out: Checked[] = [];
  for (const v of [a.clusterName]) if (!theirs.has(v)) out.push({ kind: 'cluster name', forms: [v] });
  for (const v of a.machines) if (!theirs.has(v)) out.push({ kind: 'host/node name', forms: [v] });
  for (const v of a.addresses) if (!theirs.has(v)) out.push({ kind: 'address', forms: [v] });
  for (const v of a.dnsNames) if (!theirs.has(v)) out.push({ kind: 'DNS name', forms: [v] });
  for (const v of a.sizes) {
    const forms = sizeForms(v);
    if (!forms.some((f) => theirSizes.has(f))) out.push({ kind: 'size', forms });
  }
  return out;
}

/** Counts as the runbooks state them, built from the raw spec. */
function countPhrases(fixture: Fixture): string[] {
  const s = rawSpec(fixture);
  const os = s.objectStore;
  return [
    `etcd-snapshot-retention: ${s.kubernetes.etcd.snapshots.retention}`,
    `All ${s.nodes.length} nodes should be listed`,
    ...(os ? [os, ...(os.pools ?? [])].map((p: { servers: number; drivesPerServer: number }) => `${p.servers} × ${p.drivesPerServer} = ${p.servers * p.drivesPerServer} drives`) : []),
  ];
}

const has = (text: string, forms: string[]) => forms.some((f) => tokenRegex(f).test(text));

/** Fenced blocks and inline code: where the runbooks put every name, address and command. */
function codeOf(markdown: string): string {
  const fenced = [...markdown.matchAll(/^(`{3,}|~{3,}).*\n([\s\S]*?)^\1\s*$/gm)].map((m) => m[2]!);
  const prose = markdown.replace(/^(`{3,}|~{3,}).*\n[\s\S]*?^\1\s*$/gm, '');
  const spans = [...prose.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
  return [...fenced, ...spans].join('\n');
}

/**
 * Absent means absent from the text, except that a one-word name (`resolver`,
 * `hive`) is only looked for where names are written, in code: the same word
 * in a sentence is English, not the other cluster's value.
 */
const mentions = (markdown: string, code: string, forms: string[]) =>
  forms.some((f) => tokenRegex(f).test(/^[a-z]+$/.test(f) ? code : markdown));

describe.each([
  ['veil', 'nimbus'],
  ['nimbus', 'veil'],
] as [Fixture, Fixture][])('values only %s declares', (self, other) => {
  const mine = corpus(self);
  const theirs = corpus(other);
  const theirCode = codeOf(theirs);
  const values = distinctValues(self, other);

  it('are many, of every kind', () => {
    expect(new Set(values.map((v) => v.kind))).toEqual(new Set(['cluster name', 'host/node name', 'address', 'DNS name', 'size']));
    expect(values.length).toBeGreaterThan(20);
  });

  it(`all appear in the ${self} runbooks`, () => {
    expect(values.filter((v) => !has(mine, v.forms)).map((v) => `${v.kind} ${v.forms.join(' / ')}`)).toEqual([]);
  });

  it(`none appears in the ${other} runbooks`, () => {
    expect(values.filter((v) => mentions(theirs, theirCode, v.forms)).map((v) => `${v.kind} ${v.forms.join(' / ')}`)).toEqual([]);
  });

  it('counts follow the spec', () => {
    const mineCounts = countPhrases(self);
    const theirCounts = countPhrases(other);
    for (const p of mineCounts) expect(mine, p).toContain(p);
    for (const p of mineCounts.filter((x) => !theirCounts.includes(x))) expect(theirs, p).not.toContain(p);
    expect(mineCounts.filter((x) => !theirCounts.includes(x)).length).toBeGreaterThan(0);
  });
});

describe('the matcher', () => {
  it('finds code in fences and spans, not in prose', () => {
    const code = codeOf('the resolver `resolver` here\n\n```bash\nssh hive\n```\nhive in prose\n');
    expect(code.split('\n').filter(Boolean).sort()).toEqual(['resolver', 'ssh hive'].sort());
    expect(mentions('a resolver', codeOf('a resolver'), ['resolver'])).toBe(false);
    expect(mentions('`resolver`', codeOf('`resolver`'), ['resolver'])).toBe(true);
  });

  it('matches whole tokens only', () => {
    expect(tokenRegex('192.168.0.1').test('gateway 192.168.0.160')).toBe(false);
    expect(tokenRegex('192.168.0.1').test('`192.168.0.1`')).toBe(true);
    expect(tokenRegex('192.168.0.100').test('`192.168.0.100-192.168.0.159`')).toBe(true);
    expect(tokenRegex('veil').test('npx veilc compile')).toBe(false);
    expect(tokenRegex('home.arpa').test('grafana.veil.home.arpa')).toBe(false);
    expect(tokenRegex('meteor-1').test('meteor-1.home.arpa')).toBe(true);
    expect(tokenRegex('meteor-1').test('meteor-10')).toBe(false);
  });
});

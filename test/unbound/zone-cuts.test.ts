// What the zone rules say about answers, checked on a real Unbound: every
// record VEIL-DNS-008 reports as hidden by a zone cut is queried and must get
// exactly the answer its message names (NODATA, NXDOMAIN, or the child zone's
// own record) and never its own address; without the child zones the same
// names answer with the parent's records, so the cut is the cause. A zone at
// the apex of a public domain (VEIL-DNS-009) answers NXDOMAIN and NODATA for
// public names it does not list, with fallback-enabled: no as compiled and
// with fallback-enabled: yes (fallback is not what hides them). Round-robin
// records are all served, each with its own TTL (why VEIL-DNS-010 warns).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Diagnostic } from '../../compiler/diagnostics/diagnostic.ts';
import { evaluateText } from '../policy/helpers.ts';
import { describeWithTools, files, modelOf, ROOT } from './helpers.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { startUnbound, type RunningUnbound } from './server.ts';

const run = describeWithTools(['unbound', 'dig']);
const SPEC = readFileSync(join(ROOT, 'test/unbound/fixtures/zone-cuts.spec.yaml'), 'utf8');

/** The spec without the child zones (lab.home.arpa and the zone inside the reverse zone). */
function withoutChildZones(): unknown {
  const s = parse(SPEC);
  s.dns.zones = s.dns.zones.filter((z: { name: string }) => z.name !== 'lab.home.arpa' && !z.name.endsWith('.in-addr.arpa'));
  return s;
}

function compiled(data: unknown, fallback = false): Map<string, string> {
  const out = files(modelOf(validateSchema(data).spec));
  if (!fallback) return out;
  return new Map([...out].map(([p, c]) => [p, p.endsWith('.conf') ? c.replace(/fallback-enabled: no/g, 'fallback-enabled: yes') : c]));
}

const A = (server: RunningUnbound, name: string) => server.dig(name, 'A');
const addresses = (r: ReturnType<RunningUnbound['dig']>, type = 'A') => r.answers.filter((x) => x.type === type).map((x) => x.data).sort();

run('zone rules against a real Unbound', () => {
  let cut: RunningUnbound;
  let control: RunningUnbound;
  let findings: Diagnostic[];

  beforeAll(async () => {
    findings = (await evaluateText(SPEC)).diagnostics;
    cut = await startUnbound({ files: compiled(parse(SPEC)), rpz: new Map() });
    control = await startUnbound({ files: compiled(withoutChildZones(), true), rpz: new Map() });
  });
  afterAll(async () => {
    await cut?.stop();
    await control?.stop();
  });

  it('VEIL-DNS-008: every hidden record gets the answer its finding names, never its own address', () => {
    const hidden = findings.filter((f) => f.rule === 'VEIL-DNS-008' && !f.message.startsWith('the PTR record'));
    expect(hidden.map((f) => f.message.split(' ')[0]).sort()).toEqual(['apps.lab.home.arpa', 'lab.home.arpa', 'nas.lab.home.arpa', 'printer.lab.home.arpa']);
    const spec = parse(SPEC);
    const written = (fqdn: string) => spec.dns.zones[0].records.find((r: { name: string }) => `${r.name}.home.arpa` === fqdn).address as string;
    for (const f of hidden) {
      const fqdn = f.message.split(' ')[0]!;
      const r = A(cut, `${fqdn}.`);
      expect(r.flags, fqdn).toContain('aa');
      expect(addresses(r), fqdn).not.toContain(written(fqdn));
      if (f.message.endsWith('a query gets NXDOMAIN')) expect(r.status, fqdn).toBe('NXDOMAIN');
      else if (f.message.includes('a query gets NODATA')) expect({ fqdn, status: r.status, a: addresses(r) }).toEqual({ fqdn, status: 'NOERROR', a: [] });
      else {
        expect(f.message).toMatch(/a query gets its own A record of that name$/);
        expect({ fqdn, status: r.status, a: addresses(r) }).toEqual({ fqdn, status: 'NOERROR', a: ['192.168.0.62'] });
      }
      // without the child zone, the parent's record is what Unbound serves
      expect({ fqdn, a: addresses(A(control, `${fqdn}.`)) }).toEqual({ fqdn, a: [written(fqdn)] });
    }
  });

  it('VEIL-DNS-008: a zone inside the reverse zone hides the PTR veilc compiles', () => {
    const ptr = findings.filter((f) => f.rule === 'VEIL-DNS-008' && f.message.startsWith('the PTR record'));
    expect(ptr.map((f) => f.path)).toEqual(['dns.zones[2].name']);
    expect(ptr[0]!.message).toContain('reverse lookups of 192.168.0.170 get NODATA');
    const r = cut.dig('170.0.168.192.in-addr.arpa.', 'PTR');
    expect({ status: r.status, ptr: addresses(r, 'PTR') }).toEqual({ status: 'NOERROR', ptr: [] });
    expect(addresses(control.dig('170.0.168.192.in-addr.arpa.', 'PTR'), 'PTR')).toEqual(['hive.home.arpa.']);
  });

  it('VEIL-DNS-009: the public apex answers NXDOMAIN and NODATA for names it does not list, fallback or not', () => {
    expect(findings.filter((f) => f.rule === 'VEIL-DNS-009').map((f) => f.path)).toEqual(['dns.zones[3].name']);
    for (const server of [cut, control]) {
      expect(addresses(A(server, 'nas.myfamily.net.'))).toEqual(['192.168.0.54']);
      const www = A(server, 'www.myfamily.net.');
      expect({ status: www.status, aa: www.flags.includes('aa') }).toEqual({ status: 'NXDOMAIN', aa: true });
      const mx = server.dig('myfamily.net.', 'MX');
      expect({ status: mx.status, mx: addresses(mx, 'MX') }).toEqual({ status: 'NOERROR', mx: [] });
    }
  });

  it('round-robin records are all served (VEIL-DNS-002 allows them), each with its own TTL (VEIL-DNS-010 warns)', () => {
    expect(findings.filter((f) => f.rule === 'VEIL-DNS-002')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'VEIL-DNS-010').map((f) => f.path)).toEqual(['dns.zones[0].records[8].ttl']);
    const r = A(cut, 'rr.home.arpa.');
    expect(r.answers.map((x) => `${x.data} ${x.ttl}`).sort()).toEqual(['192.168.0.60 60', '192.168.0.61 300']);
  });
});

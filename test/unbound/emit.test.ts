// The compiled out/unbound/ files against the design contract, with every
// expectation taken from the spec's YAML (expectations.ts and the raw spec),
// not from the emitter.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UsageError } from '../../compiler/diagnostics/diagnostic.ts';
import { emitUnbound } from '../../compiler/emit/unbound/emit-unbound.ts';
import { expectedFromYaml } from './expectations.ts';
import { FIXTURES, files, model, modelOf, spec, SPECS, type Fixture } from './helpers.ts';

type Raw = Record<string, any>;
const raw = (f: Fixture) => parse(readFileSync(SPECS[f], 'utf8')) as Raw;

/** 192.168.0.0/24 -> 0.168.192.in-addr.arpa; 10.20.0.0/16 -> 20.10.in-addr.arpa (whole octets of the prefix). */
function reverseZoneOf(cidr: string): string {
  const [addr, bits] = cidr.split('/') as [string, string];
  return `${addr.split('.').slice(0, Math.max(1, Math.floor(Number(bits) / 8))).reverse().join('.')}.in-addr.arpa`;
}

interface ZoneRecord { owner: string; ttl: number; type: string; data: string }
/** A tiny reader for the one-record-per-line files veilc writes. */
function readZone(text: string, origin: string): { origin: string; ttl: number; records: ZoneRecord[] } {
  const lines = text.split('\n').filter((l) => l && !l.startsWith(';'));
  const o = /^\$ORIGIN (\S+)$/.exec(lines[0]!)![1]!;
  const ttl = Number(/^\$TTL (\d+)$/.exec(lines[1]!)![1]);
  const records = lines.slice(2).map((l) => {
    const [owner, t, cls, type, ...data] = l.split(/\s+/);
    expect(cls).toBe('IN');
    const abs = owner === '@' ? origin : `${owner}.${origin}`;
    return { owner: abs, ttl: Number(t), type: type!, data: data.join(' ') };
  });
  return { origin: o, ttl, records };
}

function directives(conf: string): string[] {
  return conf.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

describe.each(FIXTURES)('out/unbound for %s', (fixture) => {
  const y = raw(fixture);
  const e = expectedFromYaml(SPECS[fixture]);
  const out = files(model(fixture));
  const zoneDir: string = y.dns.zoneDir ?? '/etc/unbound/zones';
  const rev = reverseZoneOf(y.network.cidr);
  const zones = [...e.zones, rev];
  const ns = `${y.dns.server}.${e.lanDomain}.`;
  const conf = out.get(`unbound/unbound.conf.d/${y.cluster.name}.conf`)!;

  it('holds one zone file per spec zone, the reverse zone, and <cluster>.conf', () => {
    expect([...out.keys()].sort()).toEqual([...zones.map((z) => `unbound/zones/${z}.zone`), `unbound/unbound.conf.d/${y.cluster.name}.conf`].sort());
  });

  it('writes each zone with $ORIGIN, $TTL and an SOA and NS naming the DNS host', () => {
    for (const z of zones) {
      const zf = readZone(out.get(`unbound/zones/${z}.zone`)!, `${z}.`);
      expect(zf.origin).toBe(`${z}.`);
      expect(zf.ttl).toBe(y.dns.ttl ?? 3600);
      const soa = zf.records[0]!;
      expect([soa.owner, soa.type, soa.data.split(' ')[0]]).toEqual([`${z}.`, 'SOA', ns]);
      expect(soa.data.split(' ')).toHaveLength(7);
      expect(zf.records.filter((r) => r.owner === `${z}.` && r.type === 'NS').map((r) => r.data)).toEqual([ns]);
    }
  });

  it('holds exactly the spec\'s A records in the forward zones (plus the name server\'s own address)', () => {
    const got = new Map<string, string[]>();
    for (const z of e.zones) {
      for (const r of readZone(out.get(`unbound/zones/${z}.zone`)!, `${z}.`).records) {
        if (r.type === 'A') got.set(r.owner, [...(got.get(r.owner) ?? []), r.data].sort());
      }
    }
    const want = new Map(e.a.map((a) => [a.name, a.addresses]));
    const server = (y.hosts as Raw[]).find((h) => h.name === y.dns.server)!;
    if (!want.has(ns)) want.set(ns, [server.address]);
    expect(Object.fromEntries([...got].sort())).toEqual(Object.fromEntries([...want].sort()));
  });

  it('holds one PTR per host and node in the reverse zone', () => {
    const ptr = readZone(out.get(`unbound/zones/${rev}.zone`)!, `${rev}.`).records.filter((r) => r.type === 'PTR');
    expect(ptr.map((r) => [r.owner, r.data]).sort()).toEqual(e.ptr.map((p) => [p.name, p.target]).sort());
  });

  it('opens with server: (usable through Debian\'s include-toplevel) and declares an auth-zone per zone', () => {
    const d = directives(conf);
    expect(d[0]).toBe('server:');
    for (const z of zones) {
      const at = d.indexOf(`name: "${z}."`);
      expect(d[at - 1]).toBe('auth-zone:');
      expect(d[at + 1]).toBe(`zonefile: "${zoneDir}/${z}.zone"`);
    }
    expect(d.filter((l) => l === 'auth-zone:')).toHaveLength(zones.length);
  });

  it('lets the LAN in, protects it from rebinding, and marks the unsigned zones insecure', () => {
    const d = directives(conf);
    expect(d).toContain(`access-control: ${y.network.cidr} allow`);
    expect(d).toContain(`private-address: ${y.network.cidr}`);
    for (const z of e.zones) expect(d).toContain(`private-domain: "${z}."`);
    for (const z of zones) expect(d).toContain(`domain-insecure: "${z}."`);
    expect(d).toContain('module-config: "respip validator iterator"');
  });

  it('declares each block list as rpz: NAME.rpz. from <zoneDir>/rpz/NAME.rpz.zone with its action', () => {
    const d = directives(conf);
    for (const l of e.lists) {
      const at = d.indexOf(`name: "${l.name}.rpz."`);
      expect(d[at - 1]).toBe('rpz:');
      expect(d.slice(at, at + 5)).toEqual(expect.arrayContaining([`zonefile: "${zoneDir}/rpz/${l.name}.rpz.zone"`, `rpz-action-override: ${l.action}`]));
    }
    // a hosts list is not RPZ: Unbound must never be pointed at its URL
    expect(conf).not.toMatch(/^\s*url:/m);
  });

  it('is deterministic, LF-only, and leaves no serial placeholder', () => {
    expect(files(model(fixture))).toEqual(out);
    for (const c of out.values()) {
      expect(c).not.toMatch(/\r|@@SERIAL@@/);
      expect(c.endsWith('\n')).toBe(true);
    }
  });
});

describe('Unbound default zones are lifted the way unbound.conf(5) prescribes', () => {
  const localZones = (f: Fixture) => directives(files(model(f)).get(`unbound/unbound.conf.d/${raw(f).cluster.name}.conf`)!).filter((l) => l.startsWith('local-zone:'));

  it('veil: home.arpa is served itself (nodefault); its /24 reverse zone is inside 168.192.in-addr.arpa (transparent)', () => {
    expect(localZones('veil')).toEqual(['local-zone: "home.arpa." nodefault', 'local-zone: "0.168.192.in-addr.arpa." transparent']);
  });

  it('nimbus: example.org needs nothing; 20.10.in-addr.arpa is inside 10.in-addr.arpa (transparent)', () => {
    expect(localZones('nimbus')).toEqual(['local-zone: "20.10.in-addr.arpa." transparent']);
  });

  it('lab: lab.home.arpa is inside home.arpa (transparent), and covers its child svc.lab.home.arpa', () => {
    expect(localZones('lab')).toEqual(['local-zone: "lab.home.arpa." transparent', 'local-zone: "5.16.172.in-addr.arpa." transparent']);
  });
});

describe('zone structure', () => {
  it('delegates a served child zone from its parent (lab: svc.lab.home.arpa)', () => {
    const lab = files(model('lab')).get('unbound/zones/lab.home.arpa.zone')!;
    expect(lab).toMatch(/^svc\s+\d+ IN NS\s+ns1\.lab\.home\.arpa\.$/m);
  });

  it('writes a record\'s own TTL and keeps round-robin addresses (lab: web)', () => {
    const svc = files(model('lab')).get('unbound/zones/svc.lab.home.arpa.zone')!;
    expect(svc.match(/^web\s+60 IN A\s+\S+$/gm)).toEqual([expect.stringMatching(/172\.16\.5\.50$/), expect.stringMatching(/172\.16\.5\.51$/)]);
  });
});

describe('inputs the emitter refuses', () => {
  it('throws on a record whose address did not resolve (the policy stage denies such specs)', () => {
    const m = model('veil');
    m.facts.dns!.zones[0]!.records[0]!.address = null;
    expect(() => emitUnbound(m)).toThrow(/dns\.zones\[0\]\.records\[0\].*no address/);
  });

  it('turns serial policy fixed without a value into a usage error', () => {
    const s = spec('veil');
    s.dns!.serial = { policy: 'fixed' };
    expect(() => emitUnbound(modelOf(s))).toThrow(UsageError);
  });

  it('keeps a block list URL with a line break inside its comment (no directive injection)', () => {
    const s = spec('veil');
    s.dns!.filtering[0]!.url = 'https://example.org/list\nserver:\n    do-not-query-localhost: no';
    const conf = files(modelOf(s)).get('unbound/unbound.conf.d/veil.conf')!;
    expect(conf).not.toMatch(/^\s*do-not-query-localhost/m);
    expect(directives(conf).filter((l) => l === 'server:')).toHaveLength(1);
  });

  it('emits nothing for a spec without dns', () => {
    const s = spec('veil');
    delete s.dns;
    expect(emitUnbound(modelOf(s))).toEqual([]);
  });
});

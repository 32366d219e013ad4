// The compiled zones and config, served by a real Unbound: every A and PTR
// record the spec implies is queried with dig and compared with answers
// computed from the YAML alone (expectations.ts), for both fixture specs.
// Block lists: the hosts sample is converted with hostsToRpz and served as the
// list's RPZ zone; a listed name must get the list's action (veil nxdomain,
// nimbus nodata, lab drop). The third spec
// (test/unbound/fixtures/lab.spec.yaml) puts the zones inside home.arpa and
// delegates a child zone.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { emptyRpzZone, hostsToRpz, type RpzAction } from '../../compiler/emit/unbound/hosts-to-rpz.ts';
import { expectedFromYaml, type Expected } from './expectations.ts';
import { describeWithTools, FIXTURES, files, HOSTS_SAMPLE, model, spec, SPECS } from './helpers.ts';
import { startUnbound, type RunningUnbound } from './server.ts';

const run = describeWithTools(['unbound', 'dig']);
const hosts = readFileSync(HOSTS_SAMPLE, 'utf8');
/** Listed in the sample; resolvable nowhere else (no upstream), so only the RPZ can answer for it. */
const BLOCKED = 'ads.tracker.example.';
const NOT_LISTED_EXTERNAL = 'www.example.com.';

function rpzFor(e: Expected): Map<string, string> {
  return new Map(e.lists.map((l) => [`${l.name}.rpz.zone`, hostsToRpz(hosts, { zone: `${l.name}.rpz.`, action: l.action as RpzAction })]));
}

for (const fixture of FIXTURES) {
  run(`a real Unbound serving the compiled ${fixture} zones`, () => {
    const expected = expectedFromYaml(SPECS[fixture]);
    let server: RunningUnbound;

    beforeAll(async () => {
      server = await startUnbound({ files: files(model(fixture)), rpz: rpzFor(expected) });
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('the fixture has records to check', () => {
      expect(expected.a.length).toBeGreaterThanOrEqual(5);
      expect(expected.ptr.length).toBeGreaterThanOrEqual(3);
      expect(expected.lists.length).toBeGreaterThan(0);
    });

    it('answers every A record with the spec\'s addresses and TTL, authoritatively', () => {
      for (const e of expected.a) {
        const r = server.dig(e.name, 'A');
        expect({ name: e.name, status: r.status }).toEqual({ name: e.name, status: 'NOERROR' });
        expect(r.flags, `${e.name} not authoritative:\n${r.raw}`).toContain('aa');
        const a = r.answers.filter((x) => x.type === 'A');
        expect({ name: e.name, addresses: a.map((x) => x.data).sort() }).toEqual({ name: e.name, addresses: e.addresses });
        expect({ name: e.name, ttls: [...new Set(a.map((x) => x.ttl))] }).toEqual({ name: e.name, ttls: [e.ttl] });
      }
    });

    it('answers every PTR record with the host or node name in the LAN domain', () => {
      for (const e of expected.ptr) {
        const r = server.dig(e.name, 'PTR');
        expect({ name: e.name, status: r.status, ptr: r.answers.filter((x) => x.type === 'PTR').map((x) => x.data) })
          .toEqual({ name: e.name, status: 'NOERROR', ptr: [e.target] });
        expect(r.answers[0]!.ttl).toBe(e.ttl);
      }
    });

    it('serves each zone with an SOA and NS naming the DNS host in the LAN domain', () => {
      const y = spec(fixture);
      for (const z of expected.zones) {
        const ns = server.dig(`${z}.`, 'NS');
        expect(ns.answers.map((x) => x.data)).toEqual([`${y.dns!.server}.${expected.lanDomain}.`]);
        const soa = server.dig(`${z}.`, 'SOA');
        expect(soa.answers[0]!.data.split(' ')[0]).toBe(`${y.dns!.server}.${expected.lanDomain}.`);
      }
    });

    it('resolves the name server itself (the NS target) to the DNS host\'s address', () => {
      const y = spec(fixture);
      const host = y.hosts.find((h) => h.name === y.dns!.server)!;
      expect(server.dig(`${y.dns!.server}.${expected.lanDomain}.`, 'A').answers.map((x) => x.data)).toEqual([host.address]);
    });

    it('answers NXDOMAIN for a name inside a zone that the spec does not declare', () => {
      for (const z of expected.zones) {
        const r = server.dig(`no-such-name-veilc.${z}.`, 'A');
        expect({ zone: z, status: r.status }).toEqual({ zone: z, status: 'NXDOMAIN' });
        expect(r.flags).toContain('aa');
      }
    });

    it('answers NXDOMAIN, not a leak, for an unassigned LAN address in the reverse zone', () => {
      const used = new Set(expected.ptr.map((p) => p.name));
      const base = expected.ptr[0]!.name.split('.').slice(1).join('.');
      const free = Array.from({ length: 250 }, (_, i) => `${i + 2}.${base}`).find((n) => !used.has(n))!;
      expect(server.dig(free, 'PTR').status).toBe('NXDOMAIN');
    });

    it('applies the block list: a listed name gets the list\'s action', async () => {
      const action = expected.lists[0]!.action;
      const r = server.dig(BLOCKED, 'A');
      if (action === 'nxdomain') expect(r.status, r.raw).toBe('NXDOMAIN');
      else if (action === 'nodata') expect({ status: r.status, answers: r.answers }, r.raw).toEqual({ status: 'NOERROR', answers: [] });
      else expect(r.status).toBe('NO-REPLY');
      // Unbound logs each hit (rpz-log: yes) with the list's name
      expect(await server.waitForLog(/rpz: applied/)).toMatch(new RegExp(`rpz: applied \\[${expected.lists[0]!.name}\\] ${BLOCKED.replace(/\./g, '\\.')}`));
    });

    it('does not resolve a name outside every zone and every list', () => {
      const r = server.dig(NOT_LISTED_EXTERNAL, 'A');
      expect(r.answers).toEqual([]);
      expect(r.status).toBe('SERVFAIL');
    });
  });
}


run('a real Unbound before the first block-list download', () => {
  it('starts and serves the zones with an empty RPZ zone in place of the list (nothing blocked yet)', async () => {
    const e = expectedFromYaml(SPECS.veil);
    const server = await startUnbound({ files: files(model('veil')), rpz: new Map(e.lists.map((l) => [`${l.name}.rpz.zone`, emptyRpzZone(`${l.name}.rpz.`)])) });
    try {
      expect(server.dig(e.a[0]!.name, 'A').answers.map((x) => x.data)).toEqual(e.a[0]!.addresses);
      expect(server.dig(BLOCKED, 'A').status).toBe('SERVFAIL');
    } finally {
      await server.stop();
    }
  });

  it('refuses to start at all when the RPZ zone file is missing (why the host needs the empty one)', async () => {
    await expect(startUnbound({ files: files(model('veil')), rpz: new Map() })).rejects.toThrow(/cannot open zonefile .*stevenblack\.rpz\.zone/);
  });
});

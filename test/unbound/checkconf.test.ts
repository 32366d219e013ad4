// unbound-checkconf over the compiled tree: accepts what veilc compiles for
// every fixture, and really rejects broken zones, broken config, missing and
// orphaned zone files.
import { appendFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitUnbound } from '../../compiler/emit/unbound/emit-unbound.ts';
import { rewriteZonefiles, verifyUnboundCheckconf, zonefileRefs } from '../../compiler/verify/unbound-checkconf.ts';
import { describeWithTools, FIXTURES, model, writeOut, removeTempDirsAfterAll } from './helpers.ts';

removeTempDirsAfterAll();

const run = describeWithTools(['unbound-checkconf']);
const env = process.env;

run('unbound-checkconf on the compiled tree', () => {
  it.each(FIXTURES)('accepts the %s config and zones', async (fixture) => {
    const out = emitUnbound(model(fixture));
    const r = await verifyUnboundCheckconf(writeOut(out), { env });
    expect(r.problems).toEqual([]);
    expect({ ran: r.ran, ok: r.ok, checked: r.checked }).toEqual({ ran: true, ok: true, checked: out.length });
  });

  it('rejects a malformed record, naming the zone file and line', async () => {
    const dir = writeOut(emitUnbound(model('veil')));
    appendFileSync(join(dir, 'unbound/zones/home.arpa.zone'), 'broken 3600 IN A 300.1.2.3\n');
    const r = await verifyUnboundCheckconf(dir, { env });
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toMatch(/unbound\/zones\/home\.arpa\.zone \d+:\d+/);
  });

  it('rejects an unknown directive, naming the config line', async () => {
    const dir = writeOut(emitUnbound(model('nimbus')));
    appendFileSync(join(dir, 'unbound/unbound.conf.d/nimbus.conf'), 'server:\n    no-such-option: yes\n');
    const r = await verifyUnboundCheckconf(dir, { env });
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toMatch(/unbound\/unbound\.conf\.d\/nimbus\.conf:\d+: error: unknown keyword 'no-such-option'/);
  });

  it('rejects an auth-zone whose file was not compiled, and a zone file nothing serves', async () => {
    const dir = writeOut(emitUnbound(model('veil')));
    rmSync(join(dir, 'unbound/zones/veil.home.arpa.zone'));
    writeFileSync(join(dir, 'unbound/zones/stray.example.zone'), '$ORIGIN stray.example.\n');
    const r = await verifyUnboundCheckconf(dir, { env });
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^unbound\/unbound\.conf\.d\/veil\.conf:\d+: zonefile \/etc\/unbound\/zones\/veil\.home\.arpa\.zone of veil\.home\.arpa\. is not compiled/),
      'unbound/zones/stray.example.zone: no auth-zone in unbound/unbound.conf.d/ serves it',
    ]));
  });
});

describe('the verifier without the tool', () => {
  it('reports a skip with the reason instead of passing silently', async () => {
    const r = await verifyUnboundCheckconf(writeOut(emitUnbound(model('veil'))), { env: { ...env, VEILC_UNBOUND_CHECKCONF: '/nonexistent/unbound-checkconf' } });
    expect(r.ran).toBe(false);
    expect(r.skipped).toMatch(/VEILC_UNBOUND_CHECKCONF/);
  });
});

describe('zonefile rewriting', () => {
  it('finds the zonefile of every auth-zone and rpz clause, with its zone and line', () => {
    const conf = ['server:', '    interface: 127.0.0.1', 'auth-zone:', '    name: "a.example."', '    zonefile: "/z/a.zone"', 'rpz:', '    name: "l.rpz."', '    # comment', '    zonefile: "/z/rpz/l.rpz.zone"', ''].join('\n');
    expect(zonefileRefs(conf)).toEqual([
      { line: 5, clause: 'auth-zone', zone: 'a.example.', path: '/z/a.zone' },
      { line: 9, clause: 'rpz', zone: 'l.rpz.', path: '/z/rpz/l.rpz.zone' },
    ]);
    const rewritten = rewriteZonefiles(conf, (r) => `/tmp/${r.clause}`);
    expect(rewritten.split('\n')).toEqual(conf.split('\n').map((l, i) => (i === 4 ? '    zonefile: "/tmp/auth-zone"' : i === 8 ? '    zonefile: "/tmp/rpz"' : l)));
  });
});

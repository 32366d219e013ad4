// `veilc rpz` (runRpz): reads the list's zone name and action from the spec,
// converts a hosts file from --in or stdin, writes --out or stdout.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRpz, type RpzIo } from '../../compiler/cli/rpz-command.ts';
import { hostsToRpz } from '../../compiler/emit/unbound/hosts-to-rpz.ts';
import { HOSTS_SAMPLE, SPECS, tempDir, removeTempDirsAfterAll } from './helpers.ts';

removeTempDirsAfterAll();

function io(stdin = ''): RpzIo & { out: () => string; err: () => string } {
  let out = '', err = '';
  return {
    stdout: { write: (s: string) => { out += s; } },
    stderr: { write: (s: string) => { err += s; } },
    stdin: (async function* () { yield stdin; })(),
    out: () => out,
    err: () => err,
  };
}

describe('veilc rpz', () => {
  it('writes the RPZ zone of a spec list to --out, with the list\'s zone and action', async () => {
    const target = join(tempDir('veilc-rpz-'), 'stevenblack.rpz.zone');
    const t = io();
    expect(await runRpz({ list: 'stevenblack', spec: SPECS.veil, in: HOSTS_SAMPLE, out: target }, t)).toBe(0);
    const zone = readFileSync(target, 'utf8');
    expect(zone).toContain('$ORIGIN stevenblack.rpz.\n');
    expect(zone).toMatch(/^ads\.tracker\.example CNAME \.$/m);
    expect(t.out()).toBe('');
    // the same zone the real-server tests serve (hostsToRpz), so that path is the one tested there
    expect(zone).toBe(hostsToRpz(readFileSync(HOSTS_SAMPLE, 'utf8'), { zone: 'stevenblack.rpz.', action: 'nxdomain' }));
    expect(t.err()).toMatch(/stevenblack\.rpz\. 7 names \(1 duplicates, 14 local entries skipped\), action nxdomain -> /);
  });

  it('reads stdin and writes stdout when --in and --out are absent (nimbus: nodata)', async () => {
    const t = io('0.0.0.0 ads.example.com\n');
    expect(await runRpz({ list: 'adlist', spec: SPECS.nimbus }, t)).toBe(0);
    expect(t.out()).toContain('$ORIGIN adlist.rpz.\n');
    expect(t.out()).toMatch(/^ads\.example\.com CNAME \*\.$/m);
  });

  it('exits 2 naming the lists when the spec has no such list', async () => {
    const t = io();
    expect(await runRpz({ list: 'nope', spec: SPECS.veil, in: HOSTS_SAMPLE }, t)).toBe(2);
    expect(t.err()).toMatch(/no block list named "nope"[\s\S]*hint: lists in the spec: stevenblack/);
  });

  it('exits 1 and writes nothing for a malformed list, naming the lines', async () => {
    const dir = tempDir('veilc-rpz-');
    const input = join(dir, 'hosts');
    writeFileSync(input, '0.0.0.0 ok.example\n<html>\n0.0.0.0 bad..example\n');
    const target = join(dir, 'out.zone');
    const t = io();
    expect(await runRpz({ list: 'stevenblack', spec: SPECS.veil, in: input, out: target }, t)).toBe(1);
    expect(existsSync(target)).toBe(false);
    expect(t.err()).toMatch(/line 2: expected "ADDRESS NAME\.\.\.", found "<html>"/);
    expect(t.err()).toMatch(/line 3: bad\.\.example has an empty label/);
  });

  it('exits 1 rather than replace a zone with an empty one', async () => {
    const dir = tempDir('veilc-rpz-');
    const target = join(dir, 'out.zone');
    writeFileSync(target, 'previous zone\n');
    const t = io('127.0.0.1 localhost\n');
    expect(await runRpz({ list: 'stevenblack', spec: SPECS.veil, out: target }, t)).toBe(1);
    expect(readFileSync(target, 'utf8')).toBe('previous zone\n');
    expect(t.err()).toMatch(/no names to block/);
  });

  it('exits 2 for a list that is already RPZ', async () => {
    const spec = join(tempDir('veilc-rpz-'), 'spec.yaml');
    writeFileSync(spec, readFileSync(SPECS.veil, 'utf8').replace('      format: hosts\n', '      format: rpz\n'));
    const t = io();
    expect(await runRpz({ list: 'stevenblack', spec, in: HOSTS_SAMPLE }, t)).toBe(2);
    expect(t.err()).toMatch(/already in RPZ format[\s\S]*hint: install the downloaded file as is, as \/etc\/unbound\/zones\/rpz\/stevenblack\.rpz\.zone/);
    // an empty stand-in is still what such a list needs before its first download
    const t2 = io();
    expect(await runRpz({ list: 'stevenblack', spec, empty: true }, t2)).toBe(0);
    expect(t2.out()).toContain('$ORIGIN stevenblack.rpz.\n');
  });

  it('exits 1 with the spec line for a spec the schema rejects', async () => {
    const spec = join(tempDir('veilc-rpz-'), 'spec.yaml');
    writeFileSync(spec, readFileSync(SPECS.veil, 'utf8').replace('      format: hosts\n', '      format: host\n'));
    const t = io();
    expect(await runRpz({ list: 'stevenblack', spec, in: HOSTS_SAMPLE }, t)).toBe(1);
    const line = readFileSync(spec, 'utf8').split('\n').findIndex((l) => l.includes('format: host')) + 1;
    expect(t.err()).toContain(`spec.yaml:${line}:`);
  });

  it('exits 2 when the input cannot be read or the output cannot be written', async () => {
    const dir = tempDir('veilc-rpz-');
    const t1 = io();
    expect(await runRpz({ list: 'stevenblack', spec: SPECS.veil, in: join(dir, 'missing') }, t1)).toBe(2);
    expect(t1.err()).toMatch(/cannot read .*missing: no such file or folder \(ENOENT\)/);
    const t2 = io();
    expect(await runRpz({ list: 'stevenblack', spec: SPECS.veil, in: HOSTS_SAMPLE, out: join(dir, 'no-such-dir', 'z.zone') }, t2)).toBe(2);
    expect(t2.err()).toMatch(/cannot write/);
  });

  it('--empty writes the list\'s zone with no entries (to have in place before the first download)', async () => {
    const t = io();
    expect(await runRpz({ list: 'adlist', spec: SPECS.nimbus, empty: true }, t)).toBe(0);
    const lines = t.out().split('\n').filter((l) => l && !l.startsWith(';') && !l.startsWith('$'));
    expect(lines.map((l) => l.split(' ').slice(0, 4).join(' '))).toEqual(['@ 3600 IN SOA', '@ 3600 IN NS']);
    expect(t.out()).toContain('$ORIGIN adlist.rpz.\n');
    const t2 = io();
    expect(await runRpz({ list: 'adlist', spec: SPECS.nimbus, empty: true, in: HOSTS_SAMPLE }, t2)).toBe(2);
  });
});

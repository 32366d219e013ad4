// The hosts -> RPZ converter: what a StevenBlack-style list becomes, and what
// it refuses. Expected zone lines are written out by hand from the sample.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertHosts, HostsFormatError, hostsToRpz, parseHosts } from '../../compiler/emit/unbound/hosts-to-rpz.ts';
import { HOSTS_SAMPLE } from './helpers.ts';

const sample = readFileSync(HOSTS_SAMPLE, 'utf8');

/** The sample's blocked names, by hand: lowercased, deduplicated, sorted; the header's local names dropped. */
const SAMPLE_NAMES = [
  '_dmarc-spam.example.org',
  'ads.tracker.example',
  'beacon.example.com',
  'legacy-sink.example.com',
  'metrics.tracker.example',
  'pixel.example.com',
  'telemetry.example.net',
];

const body = (zone: string) => zone.split('\n').filter((l) => l && !l.startsWith(';') && !l.startsWith('$') && !l.startsWith('@'));
const soaSerial = (zone: string) => Number(/ SOA \S+ \S+ (\d+) /.exec(zone)![1]);

function problemsOf(text: string): { line: number; message: string }[] {
  try {
    parseHosts(text, 'x.rpz.');
  } catch (e) {
    if (e instanceof HostsFormatError) return e.problems;
    throw e;
  }
  throw new Error('expected a HostsFormatError');
}

describe('hostsToRpz', () => {
  it('turns the StevenBlack-format sample into NXDOMAIN triggers (CNAME .), sorted and deduplicated', () => {
    const zone = hostsToRpz(sample, { zone: 'stevenblack.rpz.', action: 'nxdomain' });
    expect(body(zone)).toEqual(SAMPLE_NAMES.map((n) => `${n} CNAME .`));
    expect(zone).toContain('$ORIGIN stevenblack.rpz.\n');
    expect(zone).toMatch(/^@ \d+ IN SOA localhost\. hostmaster\.localhost\. \d+ /m);
    expect(zone).toMatch(/^@ \d+ IN NS localhost\.$/m);
  });

  it('counts what it read: entries, duplicates and the local names it skipped', () => {
    const { stats } = convertHosts(sample, { zone: 'stevenblack.rpz.', action: 'nxdomain' });
    // 8 blocking entries in the sample (ads.tracker.example twice); 14 header lines name the machine itself
    expect({ names: stats.names.length, entries: stats.entries, duplicates: stats.duplicates, localSkipped: stats.localSkipped })
      .toEqual({ names: 7, entries: 8, duplicates: 1, localSkipped: 14 });
  });

  it('encodes nodata as CNAME *. and drop as CNAME rpz-drop. (Unbound RPZ actions)', () => {
    expect(body(hostsToRpz('0.0.0.0 a.example\n', { zone: 'l.rpz.', action: 'nodata' }))).toEqual(['a.example CNAME *.']);
    expect(body(hostsToRpz('0.0.0.0 a.example\n', { zone: 'l.rpz.', action: 'drop' }))).toEqual(['a.example CNAME rpz-drop.']);
  });

  it('is deterministic: the order of the input lines does not matter', () => {
    const lines = sample.split('\n');
    const shuffled = [...lines].reverse().join('\n');
    expect(hostsToRpz(shuffled, { zone: 'l.rpz.', action: 'nxdomain' })).toBe(hostsToRpz(sample, { zone: 'l.rpz.', action: 'nxdomain' }));
  });

  it('derives the serial from the content unless one is given', () => {
    const a = hostsToRpz('0.0.0.0 a.example\n', { zone: 'l.rpz.', action: 'nxdomain' });
    const b = hostsToRpz('0.0.0.0 b.example\n', { zone: 'l.rpz.', action: 'nxdomain' });
    expect(soaSerial(a)).not.toBe(soaSerial(b));
    expect(soaSerial(hostsToRpz('0.0.0.0 a.example\n', { zone: 'l.rpz.', action: 'nxdomain' }))).toBe(soaSerial(a));
    expect(soaSerial(hostsToRpz('0.0.0.0 a.example\n', { zone: 'l.rpz.', action: 'nxdomain', serial: 42 }))).toBe(42);
  });

  it('accepts CRLF line endings, a byte-order mark, tabs, trailing dots and several names per line', () => {
    const text = '\uFEFF0.0.0.0\tOne.Example.\r\n127.0.0.1 two.example three.example # c\r\n:: four.example\r\n';
    expect(body(hostsToRpz(text, { zone: 'l.rpz', action: 'nxdomain' }))).toEqual([
      'four.example CNAME .', 'one.example CNAME .', 'three.example CNAME .', 'two.example CNAME .',
    ]);
  });

  it('rejects malformed lines, reporting every one with its line number', () => {
    const text = [
      '0.0.0.0 fine.example',          // 1
      'ads.example.com',               // 2: no address
      '0.0.0.0',                       // 3: no name
      '0.0.0.0 bad..example',          // 4: empty label
      '0.0.0.0 bad$name.example',      // 5: bad character
      '0.0.0.0 *.wild.example',        // 6: hosts files have no wildcards
      '0.0.0.0 bücher.example',        // 7: not punycode
      '192.168.1.5 nas.example',       // 8: a redirect, not a block
      `0.0.0.0 ${'a'.repeat(64)}.example`, // 9: label over 63
      `0.0.0.0 ${Array.from({ length: 5 }, () => 'b'.repeat(60)).join('.')}`, // 10: name over 255 octets
    ].join('\n');
    expect(problemsOf(text).map((p) => p.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(problemsOf('192.168.1.5 nas.example').map((p) => p.message)[0]).toMatch(/not to a sink address/);
    expect(problemsOf('0.0.0.0 bücher.example').map((p) => p.message)[0]).toMatch(/punycode/);
  });

  it('names the lines in the error message', () => {
    expect(() => hostsToRpz('0.0.0.0 ok.example\n0.0.0.0 bad..example\n', { zone: 'l.rpz.', action: 'nxdomain' }))
      .toThrow(/line 2: bad\.\.example has an empty label/);
  });

  it('gives an empty but valid zone for a list of local names only', () => {
    const zone = hostsToRpz('127.0.0.1 localhost\n::1 ip6-localhost\n', { zone: 'l.rpz.', action: 'nxdomain' });
    expect(body(zone)).toEqual([]);
    expect(zone).toMatch(/ SOA /);
  });
});

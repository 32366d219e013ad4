// SOA serials: derived from the zone's content (policy content) or taken from
// the spec (policy fixed); never from a clock.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../compiler/diagnostics/diagnostic.ts';
import { applySerial, chooseSerial, contentSerial, SERIAL_PLACEHOLDER } from '../../compiler/emit/unbound/serial.ts';
import { files, model, modelOf, spec } from './helpers.ts';

const serialOf = (zone: string) => Number(/ IN SOA\s+\S+ \S+ (\d+) /.exec(zone)![1]);
const zoneSerials = (f: Map<string, string>) => new Map([...f].filter(([p]) => p.endsWith('.zone')).map(([p, c]) => [p, serialOf(c)]));

describe('content serials', () => {
  it('are 32-bit, non-zero, stable for equal text and differ for different text', () => {
    const texts = ['a', 'b', 'a ', 'zone one', 'zone two', ''];
    const serials = texts.map(contentSerial);
    for (const s of serials) {
      expect(Number.isInteger(s)).toBe(true);
      expect(s).toBeGreaterThanOrEqual(1);
      expect(s).toBeLessThanOrEqual(0xffffffff);
    }
    expect(new Set(serials).size).toBe(texts.length);
    expect(texts.map(contentSerial)).toEqual(serials);
  });

  it('replace exactly one placeholder', () => {
    expect(applySerial(`x ${SERIAL_PLACEHOLDER} y`, { policy: 'fixed', value: 7 })).toBe('x 7 y');
    expect(() => applySerial('no placeholder', { policy: 'content' })).toThrow(/exactly one/);
    expect(() => applySerial(`${SERIAL_PLACEHOLDER}${SERIAL_PLACEHOLDER}`, { policy: 'content' })).toThrow(/exactly one/);
  });

  it('policy fixed without a value is a usage error with a hint, not a crash', () => {
    expect(() => chooseSerial('x', { policy: 'fixed' })).toThrow(UsageError);
  });
});

describe('serials of the compiled zones', () => {
  it('change for the zone whose content changed, and only for it', () => {
    const before = zoneSerials(files(model('veil')));
    const s = spec('veil');
    const hive = s.hosts.find((h) => h.name === 'hive')!;
    hive.address = '192.168.0.171';
    const after = zoneSerials(files(modelOf(s)));
    // hive is in home.arpa (A) and in the reverse zone (PTR); veil.home.arpa does not mention it
    expect(after.get('unbound/zones/home.arpa.zone')).not.toBe(before.get('unbound/zones/home.arpa.zone'));
    expect(after.get('unbound/zones/0.168.192.in-addr.arpa.zone')).not.toBe(before.get('unbound/zones/0.168.192.in-addr.arpa.zone'));
    expect(after.get('unbound/zones/veil.home.arpa.zone')).toBe(before.get('unbound/zones/veil.home.arpa.zone'));
  });

  it('do not change when the spec changes elsewhere or its records are reordered', () => {
    const before = zoneSerials(files(model('veil')));
    const s = spec('veil');
    s.monitoring!.prometheus.retention = '30d';
    s.dns!.zones[0]!.records.reverse();
    expect(zoneSerials(files(modelOf(s)))).toEqual(before);
  });

  it('are the spec\'s value under policy fixed (lab fixture: 2024060101)', () => {
    const serials = [...zoneSerials(files(model('lab'))).values()];
    expect(serials.length).toBe(3);
    expect(new Set(serials)).toEqual(new Set([2024060101]));
  });

  it('differ between zones of the same spec (each hashes its own content)', () => {
    const serials = [...zoneSerials(files(model('veil'))).values()];
    expect(new Set(serials).size).toBe(serials.length);
  });
});

// Where a zone's name sits (compiler/model/special-use.ts, public-suffix.ts):
// special-use names are exempt from VEIL-DNS-009 and never looked up in the
// Public Suffix List; every other name is.
import { describe, expect, it } from 'vitest';
import { isSpecialUse } from '../../compiler/model/special-use.ts';
import { modelFromData, rawSpec } from '../fixtures/fixtures.ts';

describe('isSpecialUse', () => {
  it('holds for the registry\'s names and every name under them', () => {
    for (const n of ['home.arpa', 'veil.home.arpa', 'a.b.home.arpa', 'internal', 'nas.internal', 'printer.local', 'localhost', 'x.test', 'x.invalid',
      'example', 'example.com', 'lab.example.org', 'www.example.net', 'x.onion', 'x.alt', 'ipv4only.arpa', 'resolver.arpa', 'x.service.arpa',
      '10.in-addr.arpa', '0.0.10.in-addr.arpa', '168.192.in-addr.arpa', '1.168.192.in-addr.arpa', '254.169.in-addr.arpa',
      '16.172.in-addr.arpa', '31.172.in-addr.arpa', '5.20.172.in-addr.arpa', '8.e.f.ip6.arpa', 'b.e.f.ip6.arpa',
      '0.in-addr.arpa', '127.in-addr.arpa', '1.0.0.127.in-addr.arpa', '2.0.192.in-addr.arpa', '113.0.203.in-addr.arpa', '64.100.in-addr.arpa',
      '127.100.in-addr.arpa', 'd.f.ip6.arpa', '1.d.f.ip6.arpa', '8.b.d.0.1.0.0.2.ip6.arpa', `1.${'0.'.repeat(31)}ip6.arpa`]) {
      expect(isSpecialUse(n), n).toBe(true);
    }
  });

  it('does not hold for public names, made-up top-level names, or names that only end in the same letters', () => {
    for (const n of ['myfamily.net', 'lan.myfamily.net', 'co.uk', 'duckdns.org', 'printers.lan', 'home', 'arpa', 'in-addr.arpa', 'myhome.arpa',
      'notexample.com', 'example.co', 'xlocal', 'internal.net', '15.172.in-addr.arpa', '32.172.in-addr.arpa', '192.in-addr.arpa',
      '169.254.in-addr.arpa', 'c.e.f.ip6.arpa', 'e.f.ip6.arpa', '63.100.in-addr.arpa', '128.100.in-addr.arpa', '100.in-addr.arpa',
      '3.0.192.in-addr.arpa', 'c.f.ip6.arpa', 'f.ip6.arpa', `2.${'0.'.repeat(31)}ip6.arpa`]) {
      expect(isSpecialUse(n), n).toBe(false);
    }
  });
});

describe('zone facts', () => {
  const zonesOf = (names: string[]) => {
    const raw = rawSpec('veil');
    raw.dns.zones = names.map((name) => ({ name }));
    return modelFromData(raw).facts.dns!.zones.map(({ name, specialUse, publicSuffix, registrableDomain }) => ({ name, specialUse, publicSuffix, registrableDomain }));
  };

  it('look special-use names up in no list, and every other name up in the Public Suffix List', () => {
    expect(zonesOf(['home.arpa', 'lab.example.org', 'myfamily.net', 'lan.myfamily.co.uk', 'duckdns.org', 'printers.lan'])).toEqual([
      { name: 'home.arpa', specialUse: true, publicSuffix: null, registrableDomain: null },
      { name: 'lab.example.org', specialUse: true, publicSuffix: null, registrableDomain: null },
      { name: 'myfamily.net', specialUse: false, publicSuffix: 'net', registrableDomain: 'myfamily.net' },
      { name: 'lan.myfamily.co.uk', specialUse: false, publicSuffix: 'co.uk', registrableDomain: 'myfamily.co.uk' },
      { name: 'duckdns.org', specialUse: false, publicSuffix: 'duckdns.org', registrableDomain: null },
      { name: 'printers.lan', specialUse: false, publicSuffix: null, registrableDomain: null },
    ]);
  });
});

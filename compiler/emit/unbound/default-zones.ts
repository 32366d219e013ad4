// Zones Unbound serves by itself unless told otherwise: the IPv4 and name
// zones listed under "The default zones" in unbound.conf(5) (Unbound 1.17:
// localhost, home.arpa (RFC 8375), onion, test, invalid, and the AS112 reverse
// zones of RFC 6303). A default zone is `static`: it answers NXDOMAIN for
// everything below it, shadowing an auth-zone of ours inside it. unbound.conf(5)
// on `nodefault`: "Use nodefault if you use exactly that zone, if you want to
// use a subzone, use transparent." (A `nodefault` on a subzone does nothing;
// test/unbound checks both against a real server.)
import { absolute, isAtOrBelow, isBelow, relative } from './names.ts';

const range = (from: number, to: number, suffix: string) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${from + i}.${suffix}`);

export const UNBOUND_DEFAULT_ZONES: readonly string[] = [
  'localhost',
  'home.arpa',
  'onion',
  'test',
  'invalid',
  '127.in-addr.arpa',
  // RFC 1918 (unless unblock-lan-zones: yes)
  '10.in-addr.arpa',
  ...range(16, 31, '172.in-addr.arpa'),
  '168.192.in-addr.arpa',
  // RFC 3330 this-network, link-local, TEST-NET-1..3, broadcast; RFC 6598 shared space
  '0.in-addr.arpa',
  '254.169.in-addr.arpa',
  '2.0.192.in-addr.arpa',
  '100.51.198.in-addr.arpa',
  '113.0.203.in-addr.arpa',
  '255.255.255.255.in-addr.arpa',
  ...range(64, 127, '100.in-addr.arpa'),
];

export interface LocalZoneOverride {
  zone: string;
  type: 'nodefault' | 'transparent';
  /** The default zone it lifts. */
  shadows: string;
}

/** How to stop Unbound's default zones from shadowing `zone`, or null when none covers it. */
export function defaultZoneOverride(zone: string): LocalZoneOverride | null {
  const d = UNBOUND_DEFAULT_ZONES.find((dz) => isAtOrBelow(zone, dz));
  if (!d) return null;
  return relative(zone).toLowerCase() === d
    ? { zone: absolute(d), type: 'nodefault', shadows: absolute(d) }
    : { zone: absolute(zone), type: 'transparent', shadows: absolute(d) };
}

/**
 * Overrides for every served zone, without redundancy: a zone below one that
 * is already overridden (lifted with nodefault, or made transparent) is
 * covered by it, since Unbound applies the closest enclosing local zone.
 */
export function localZoneOverrides(zones: readonly string[]): LocalZoneOverride[] {
  const all = zones.map(defaultZoneOverride).filter((o): o is LocalZoneOverride => o !== null);
  const unique = all.filter((o, i) => all.findIndex((x) => x.zone === o.zone) === i);
  return unique.filter((o) => !unique.some((other) => other !== o && isBelow(o.zone, other.zone)));
}

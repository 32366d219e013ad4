// RFC 1035 master-file writer (section 5): $ORIGIN, $TTL, a one-line SOA and
// one record per line with an explicit owner, TTL and class, so every line
// stands alone (`veilc plan` itemizes zones line by line).
import { commentText } from './comment.ts';
import { absolute } from './names.ts';
import { SERIAL_PLACEHOLDER, applySerial, type SerialPolicy } from './serial.ts';

export interface Rr {
  /** Relative to the origin, or `@` for the apex. */
  owner: string;
  ttl: number;
  type: 'NS' | 'A' | 'PTR' | 'CNAME';
  /** RDATA as written in the file; names are absolute (trailing dot). */
  data: string;
}

export interface Soa {
  /** Primary server (MNAME), absolute. */
  primary: string;
  /** Mailbox (RNAME) in DNS form, absolute, e.g. hostmaster.veil.home.arpa. (RFC 2142). */
  mailbox: string;
  refresh: number;
  retry: number;
  expire: number;
  /** Negative-caching TTL (RFC 2308 section 4: the SOA MINIMUM field). */
  negativeTtl: number;
}

export interface ZoneContent {
  origin: string;
  /** $TTL and the TTL of SOA and NS. */
  ttl: number;
  soa: Soa;
  /** Comment lines at the top, without the leading `; `. */
  header: string[];
  records: Rr[];
}

/**
 * SOA timers. They steer secondaries (refresh, retry, expire), of which this
 * setup has none, and negative caching, which clients do. Values inside the
 * ranges RFC 1912 section 2.2 recommends (refresh 20 min-12 h, retry below
 * refresh, expire 2-4 weeks).
 */
export const SOA_TIMERS = { refresh: 3600, retry: 900, expire: 1_209_600 } as const;

/**
 * Negative TTL: RFC 2308 section 5 suggests 1-3 hours; capped by the zone's own
 * TTL so that a spec with short TTLs also forgets "no such name" quickly (a
 * name just added to the spec becomes visible without waiting an hour).
 */
export function negativeTtl(ttl: number): number {
  return Math.min(ttl, 3600);
}

/** Renders the zone with its serial chosen by `serial` (computed over the text with a placeholder). */
export function renderZone(z: ZoneContent, serial: SerialPolicy): string {
  return applySerial(renderWithPlaceholder(z), serial);
}

export function renderWithPlaceholder(z: ZoneContent): string {
  const soa = z.soa;
  const rows: [string, number, string, string][] = [
    ['@', z.ttl, 'SOA', `${absolute(soa.primary)} ${absolute(soa.mailbox)} ${SERIAL_PLACEHOLDER} ${soa.refresh} ${soa.retry} ${soa.expire} ${soa.negativeTtl}`],
    ...z.records.map((r): [string, number, string, string] => [r.owner, r.ttl, r.type, r.data]),
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  const ttlWidth = Math.max(...rows.map((r) => String(r[1]).length));
  return [
    ...z.header.map((h) => (h ? `; ${commentText(h)}` : ';')),
    `$ORIGIN ${absolute(z.origin)}`,
    `$TTL ${z.ttl}`,
    ...rows.map(([owner, ttl, type, data]) => `${owner.padEnd(width)} ${String(ttl).padStart(ttlWidth)} IN ${type.padEnd(5)} ${data}`),
    '',
  ].join('\n');
}

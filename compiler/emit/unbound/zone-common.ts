// What every compiled zone shares: the name server (the DNS host's name in the
// LAN zone), the SOA, the header comment, and the other zones it may delegate to.
import type { Model } from '../../model/build-model.ts';
import type { DnsFacts } from '../../model/facts.ts';
import { compileCommand } from '../veilc-command.ts';
import { absolute, isBelow } from './names.ts';
import { negativeTtl, SOA_TIMERS, type Rr, type Soa, type ZoneContent } from './zone-file.ts';

export function dnsOf(model: Model): { dns: NonNullable<Model['spec']['dns']>; facts: DnsFacts } {
  const dns = model.spec.dns, facts = model.facts.dns;
  if (!dns || !facts) throw new Error('the Unbound emitter needs a spec with dns');
  return { dns, facts };
}

/** `<dns.server>.<network.domain>.`: the one name server of every zone. */
export function nameServer(model: Model): string {
  const { dns, facts } = dnsOf(model);
  return absolute(`${dns.server}.${facts.lanZone}`);
}

/** The DNS host's address, needed for glue; the policy stage denies a server that is not a declared host. */
export function nameServerAddress(model: Model): string {
  const { dns, facts } = dnsOf(model);
  if (!facts.serverAddress) throw new Error(`dns.server ${dns.server} is not a declared host, so its name server has no address: the policy stage should have denied this spec`);
  return facts.serverAddress;
}

export function soaFor(model: Model): Soa {
  const { dns, facts } = dnsOf(model);
  // RFC 2142 section 7: hostmaster@ is the mailbox for DNS matters; one for the whole LAN
  return { primary: nameServer(model), mailbox: absolute(`hostmaster.${facts.lanZone}`), ...SOA_TIMERS, negativeTtl: negativeTtl(dns.ttl) };
}

export function headerFor(model: Model, zone: string, what: string): string[] {
  const { dns } = dnsOf(model);
  return [
    `${zone}: ${what} of cluster ${model.spec.cluster.name}, served by Unbound on ${dns.server}.`,
    `Compiled by veilc from the spec: do not edit; change the spec and run \`${compileCommand(model)}\`.`,
  ];
}

/** Every zone the emitter compiles: the spec's zones, then the reverse zone. */
export function servedZones(model: Model): string[] {
  const { facts } = dnsOf(model);
  return [...facts.zones.map((z) => z.name), ...(facts.reverse ? [facts.reverse.zone] : [])];
}

/**
 * Served zones directly below `zone` (not below another served child): each
 * needs a delegation (NS at the zone cut, RFC 1034 section 4.2.1) in `zone`.
 */
export function childZones(model: Model, zone: string): string[] {
  const below = servedZones(model).filter((z) => isBelow(z, zone));
  return below.filter((c) => !below.some((other) => other !== c && isBelow(c, other)));
}

export function zoneContent(model: Model, zone: string, what: string, records: Rr[]): ZoneContent {
  const { dns } = dnsOf(model);
  return { origin: zone, ttl: dns.ttl, soa: soaFor(model), header: headerFor(model, zone, what), records: sortRecords(dedupe(records)) };
}

/** Stable order: apex first, then by owner, type and data; never by spec order alone. */
export function sortRecords(records: Rr[]): Rr[] {
  const typeRank = { NS: 0, A: 1, CNAME: 2, PTR: 3 } as const;
  // each owner split into labels once: a comparator that split both sides did it ~2 log n times per record
  const keyed = records.map((r) => ({ r, labels: ownerLabels(r.owner) }));
  keyed.sort((a, b) => cmpOwner(a.labels, b.labels) || typeRank[a.r.type] - typeRank[b.r.type] || cmpData(a.r.data, b.r.data));
  return keyed.map((k) => k.r);
}

/** An owner's labels, rightmost first (`@`, the apex, has none). */
function ownerLabels(owner: string): string[] {
  return owner === '@' ? [] : owner.split('.').reverse();
}

/**
 * Owners (as ownerLabels) in DNS canonical order (RFC 4034 section 6.1:
 * compare from the rightmost label), with numeric labels compared as numbers
 * so that reverse zones read 9, 10, 11 rather than 10, 11, 9.
 */
function cmpOwner(la: readonly string[], lb: readonly string[]): number {
  for (let i = 0; i < Math.min(la.length, lb.length); i++) {
    const x = la[i]!, y = lb[i]!;
    const d = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : cmp(x, y);
    if (d) return d;
  }
  return la.length - lb.length;
}

/** An RRset holds no duplicate records (RFC 2181 section 5). */
function dedupe(records: Rr[]): Rr[] {
  const seen = new Set<string>();
  return records.filter((r) => {
    const k = `${r.owner} ${r.type} ${r.data}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Addresses compare numerically (192.168.0.9 before 192.168.0.10). */
function cmpData(a: string, b: string): number {
  const ip = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/;
  const ma = ip.exec(a), mb = ip.exec(b);
  if (ma && mb) {
    for (let i = 1; i <= 4; i++) {
      const d = Number(ma[i]) - Number(mb[i]);
      if (d) return d;
    }
    return 0;
  }
  return cmp(a, b);
}

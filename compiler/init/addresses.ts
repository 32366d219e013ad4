// Free addresses of the LAN for the values init proposes (the MetalLB pool, a
// DNS host in the commented example): never the network or broadcast address,
// the gateway, a node, a host, or the DHCP range (the address plan's rules,
// VEIL-NET-002/005/006).
import { fromNumber, parseCidr, parseRange, toNumber } from '../model/ipv4.ts';
import type { InitAnswers } from './answers.ts';

/** Addresses init must not hand out, as numbers. */
function taken(a: InitAnswers, extra: readonly string[] = []): (n: number) => boolean {
  const singles = new Set([a.gateway, ...a.nodes.map((n) => n.address), ...(a.dnsHost ? [a.dnsHost.address] : []), ...extra.filter((x) => !x.includes('-'))].map(toNumber));
  const ranges = [...(a.dhcpRange ? [a.dhcpRange] : []), ...(a.pool ? [a.pool] : []), ...extra.filter((x) => x.includes('-'))].map(parseRange);
  return (n) => singles.has(n) || ranges.some((r) => n >= r.first && n <= r.last);
}

/**
 * The highest block of `size` consecutive free host addresses (FIRST-LAST),
 * shrinking the size until one fits; undefined when the LAN has no free host
 * address at all. Highest, because DHCP servers usually hand out the low end.
 */
export function freeBlock(a: InitAnswers, size: number, extra: readonly string[] = []): string | undefined {
  const net = parseCidr(a.cidr);
  const isTaken = taken(a, extra);
  const firstHost = net.prefix >= 31 ? net.network : net.network + 1;
  const lastHost = net.prefix >= 31 ? net.broadcast : net.broadcast - 1;
  for (let want = Math.min(size, lastHost - firstHost + 1); want >= 1; want--) {
    let run = 0;
    for (let n = lastHost; n >= firstHost; n--) {
      run = isTaken(n) ? 0 : run + 1;
      if (run === want) return `${fromNumber(n)}-${fromNumber(n + want - 1)}`;
    }
  }
  return undefined;
}

/** One free host address, the highest (see freeBlock). */
export function freeAddress(a: InitAnswers, extra: readonly string[] = []): string | undefined {
  return freeBlock(a, 1, extra)?.split('-')[0];
}

/** The first address of a FIRST-LAST range. */
export function firstOf(range: string): string {
  return range.split('-')[0]!;
}

/** The first host address of the LAN: the usual gateway. */
export function firstHost(cidr: string): string {
  const net = parseCidr(cidr);
  return fromNumber(net.prefix >= 31 ? net.network : net.network + 1);
}

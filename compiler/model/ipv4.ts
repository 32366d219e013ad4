// IPv4 arithmetic on 32-bit unsigned numbers; parsing is ipaddr.js's.
import ipaddr from 'ipaddr.js';

export function toNumber(address: string): number {
  const [a, b, c, d] = ipaddr.IPv4.parse(address).octets as [number, number, number, number];
  return ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
}

export function fromNumber(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export interface Cidr {
  cidr: string;
  prefix: number;
  network: number;
  broadcast: number;
  /** Host bits that are set in the written address (192.168.0.1/24 has them). */
  hostBitsSet: boolean;
}

export function parseCidr(text: string): Cidr {
  const [addr, bits] = ipaddr.IPv4.parseCIDR(text) as [ipaddr.IPv4, number];
  const value = toNumber(addr.toString());
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  const network = (value & mask) >>> 0;
  return { cidr: `${fromNumber(network)}/${bits}`, prefix: bits, network, broadcast: (network | (~mask >>> 0)) >>> 0, hostBitsSet: network !== value };
}

export interface Range {
  first: number;
  last: number;
  size: number;
}

export function parseRange(text: string): Range {
  const [a, b] = text.split('-') as [string, string];
  const first = toNumber(a), last = toNumber(b);
  return { first, last, size: last >= first ? last - first + 1 : 0 };
}

/** The in-addr.arpa zone covering the network, on the enclosing octet boundary (RFC 1035 3.5). */
export function reverseZone(c: Cidr): string {
  const octets = Math.max(1, Math.floor(c.prefix / 8));
  return fromNumber(c.network).split('.').slice(0, octets).reverse().join('.') + '.in-addr.arpa';
}

/** Owner name of an address inside its reverse zone, e.g. "160" for 192.168.0.160 in 0.168.192.in-addr.arpa. */
export function reverseOwner(address: number, zone: string): string {
  const octetsInZone = zone.split('.').length - 2;
  return fromNumber(address).split('.').slice(octetsInZone).reverse().join('.');
}

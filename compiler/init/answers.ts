// What `veilc init` needs to know, and how a typed value is read: from flags
// or from a prompt, each checked against the schema's own value types
// (schema/veil.schema.json $defs), so init and validate agree on what is valid.
import { UsageError } from '../diagnostics/diagnostic.ts';
import schemaJson from '../../schema/veil.schema.json' with { type: 'json' };

/** The optional sections init can write live; the others are written as comments. */
export const SECTIONS = ['load-balancer', 'ingress', 'dns', 'monitoring', 'object-store'] as const;
export type Section = (typeof SECTIONS)[number];

export type Role = 'server' | 'agent';

export interface InitNode {
  name: string;
  address: string;
  /** Omitted: the schema's default (server). */
  role?: Role;
}

export interface InitHost {
  name: string;
  address: string;
}

export interface InitAnswers {
  name: string;
  cidr: string;
  gateway: string;
  /** FIRST-LAST; omitted when the LAN has no DHCP server to avoid. */
  dhcpRange?: string;
  /** LAN DNS domain; omitted: the schema's default (home.arpa). */
  domain?: string;
  nodes: InitNode[];
  sections: Section[];
  /** MetalLB pool FIRST-LAST; omitted: a free block of the LAN is chosen. */
  pool?: string;
  /** The LAN host that runs Unbound (needed by the dns section). */
  dnsHost?: InitHost;
  /** Size of each MinIO drive (Kubernetes quantity). */
  driveSize?: string;
  drivesPerServer?: number;
}

const defs = (schemaJson as unknown as { $defs: Record<string, { pattern: string; description: string }> }).$defs;

/** The schema's value types init reads. */
export type ValueType = 'label' | 'ipv4' | 'ipv4Cidr' | 'ipv4Range' | 'quantity' | 'dnsName';

/** Whether `text` is a value of the schema type `type` (the schema's own pattern). */
export function isValue(type: ValueType, text: string): boolean {
  return new RegExp(defs[type]!.pattern).test(text);
}

/** What a value of `type` looks like, from the schema's description. */
export function describeType(type: ValueType): string {
  return defs[type]!.description;
}

/** `text` as a value of `type`, or a UsageError naming the flag and the expected form. */
export function value(type: ValueType, text: string, what: string): string {
  const t = text.trim();
  if (!isValue(type, t)) throw new UsageError(`${what}: ${JSON.stringify(t)} is not valid`, `expected ${describeType(type)}`);
  return t;
}

/** `name=address[:role]`, e.g. `meteor-1=192.168.0.201:server`. */
export function parseNode(text: string): InitNode {
  const m = /^([^=\s]+)=([^:\s]+)(?::(\w+))?$/.exec(text.trim());
  if (!m) throw new UsageError(`node ${JSON.stringify(text)}: expected NAME=ADDRESS[:ROLE]`, 'e.g. meteor-1=192.168.0.201 or worker-1=192.168.0.211:agent');
  const role = m[3];
  if (role !== undefined && role !== 'server' && role !== 'agent') throw new UsageError(`node ${JSON.stringify(text)}: role ${JSON.stringify(role)} is not server or agent`);
  return { name: value('label', m[1]!, 'node name'), address: value('ipv4', m[2]!, `address of node ${m[1]}`), ...(role ? { role: role as Role } : {}) };
}

/** Nodes separated by commas or spaces. */
export function parseNodes(text: string): InitNode[] {
  return text.split(/[\s,]+/).filter(Boolean).map(parseNode);
}

/** `name=address` of a LAN host. */
export function parseHost(text: string, what: string): InitHost {
  const m = /^([^=\s]+)=(\S+)$/.exec(text.trim());
  if (!m) throw new UsageError(`${what} ${JSON.stringify(text)}: expected NAME=ADDRESS`, 'e.g. skaia=192.168.0.160');
  return { name: value('label', m[1]!, `${what} name`), address: value('ipv4', m[2]!, `${what} address`) };
}

/** Section names separated by commas or spaces; `none` or nothing for none. */
export function parseSections(text: string): Section[] {
  const names = text.split(/[\s,]+/).filter((s) => s && s !== 'none');
  for (const n of names) {
    if (!(SECTIONS as readonly string[]).includes(n)) throw new UsageError(`unknown section ${JSON.stringify(n)}`, `choose from ${SECTIONS.join(', ')}`);
  }
  return SECTIONS.filter((s) => names.includes(s));
}

/** Sections a chosen one cannot work without: an ingress needs a load-balancer address. */
export function withNeeds(sections: readonly Section[]): Section[] {
  const s = new Set(sections);
  if (s.has('ingress')) s.add('load-balancer');
  return SECTIONS.filter((x) => s.has(x));
}

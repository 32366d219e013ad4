// What the DNS must answer, computed straight from the spec's YAML with no
// veilc code (no schema defaults, no model, no emitter): the independent
// side of the real-server tests.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface ExpectedA { name: string; addresses: string[]; ttl: number }
export interface ExpectedPtr { name: string; target: string; ttl: number }
export interface Expected {
  a: ExpectedA[];
  ptr: ExpectedPtr[];
  zones: string[];
  lanDomain: string;
  lists: { name: string; action: string }[];
}

type Raw = Record<string, any>;

export function expectedFromYaml(file: string): Expected {
  const y = parse(readFileSync(file, 'utf8')) as Raw;
  const dns = y.dns as Raw;
  const ttl: number = dns.ttl ?? 3600; // the schema default, as documented in the README
  const domain: string = y.network.domain ?? 'home.arpa';
  const exposure = (y.objectStore?.exposure ?? {}) as Raw;
  const target = (t: string): string => {
    if (t === 'ingress') return y.ingress.address;
    if (t === 'object-store') return exposure.mode === 'loadBalancer' ? exposure.address : y.ingress.address;
    const [kind, name] = t.split('/');
    const list = (kind === 'host' ? y.hosts : y.nodes) as Raw[];
    const hit = list.find((h) => h.name === name);
    if (!hit) throw new Error(`fixture target ${t} names nothing`);
    return hit.address;
  };
  const byName = new Map<string, ExpectedA>();
  for (const z of dns.zones as Raw[]) {
    for (const r of (z.records ?? []) as Raw[]) {
      const name = `${r.name === '@' ? z.name : `${r.name}.${z.name}`}.`;
      const address: string = r.address ?? target(r.target);
      const e: ExpectedA = byName.get(name) ?? { name, addresses: [], ttl: r.ttl ?? ttl };
      if (!e.addresses.includes(address)) e.addresses.push(address);
      byName.set(name, e);
    }
  }
  const ptr: ExpectedPtr[] = [];
  if (dns.reverse !== false) {
    for (const h of [...(y.hosts ?? []), ...y.nodes] as Raw[]) {
      ptr.push({ name: `${(h.address as string).split('.').reverse().join('.')}.in-addr.arpa.`, target: `${h.name}.${domain}.`, ttl });
    }
  }
  return {
    a: [...byName.values()].map((e) => ({ ...e, addresses: [...e.addresses].sort() })),
    ptr,
    zones: (dns.zones as Raw[]).map((z) => z.name),
    lanDomain: domain,
    lists: ((dns.filtering ?? []) as Raw[]).map((l) => ({ name: l.name, action: l.action ?? 'nxdomain' })),
  };
}

// Stage 3: derive facts (addresses as numbers, capacities, erasure geometry,
// quorums, resolved DNS) from a schema-valid spec. Pure: no I/O.
import type { Finding } from '../diagnostics/diagnostic.ts';
import type { Spec } from '../schema/spec-types.ts';
import type { AddressFact, BgpFacts, DnsFacts, EtcdFacts, Facts, MonitoringFacts, NetworkFacts, Path, RangeFact, RecordFact, RecordRef, ZoneFacts } from './facts.ts';
import { sharedKeys } from './group.ts';
import { fromNumber, parseCidr, parseRange, reverseOwner, reverseZone, toNumber } from './ipv4.ts';
import { erasureFacts } from './object-store.ts';
import { DEFAULT_PLACE, type OutputPlace } from './place.ts';
import { dnsEntryAddress, entryPoints } from './ingress.ts';
import { publicSuffixOf } from './public-suffix.ts';
import { isSpecialUse } from './special-use.ts';
import { parseQuantity } from './quantity.ts';

export interface Model {
  spec: Spec;
  facts: Facts;
  /** Where the output folder and the spec sit in the Git repository (Flux paths, runbook commands). */
  place: OutputPlace;
}

export interface ModelResult {
  model: Model;
  findings: Finding[];
}

export function buildModel(spec: Spec, place: OutputPlace = DEFAULT_PLACE): ModelResult {
  const findings: Finding[] = [];
  const bytes = (q: string, path: Path): number => {
    const b = parseQuantity(q);
    if (b === undefined) {
      findings.push({ rule: 'VEIL-MODEL-003', severity: 'deny', path, message: `${q} is not a whole number of bytes`, hint: 'use a binary suffix with a whole number, e.g. 125Gi or 512Mi' });
      return 0;
    }
    if (b > BigInt(Number.MAX_SAFE_INTEGER)) {
      findings.push({ rule: 'VEIL-MODEL-003', severity: 'deny', path, message: `${q} is larger than veilc can reason about (2^53 bytes)`, hint: 'use a realistic size' });
      return 0;
    }
    return Number(b);
  };
  const network = networkFacts(spec, findings);
  const facts: Facts = {
    network,
    ingress: entryPoints(spec),
    etcd: etcdFacts(spec),
    erasure: spec.objectStore ? erasureFacts(spec, bytes) : null,
    dns: spec.dns ? dnsFacts(spec, network) : null,
    monitoring: spec.monitoring ? monitoringFacts(spec, bytes) : null,
    storage: { uses: storageUses(spec) },
  };
  return { model: { spec, facts, place }, findings };
}

function address(owner: string, text: string, path: Path): AddressFact {
  return { owner, address: text, value: toNumber(text), path };
}

function range(name: string, text: string, path: Path, findings: Finding[]): RangeFact {
  const r = parseRange(text);
  if (r.last < r.first) {
    findings.push({ rule: 'VEIL-MODEL-002', severity: 'deny', path, message: `range ${text} ends before it starts`, hint: 'write the lower address first: FIRST-LAST' });
  }
  return { name, first: fromNumber(r.first), last: fromNumber(r.last), firstValue: r.first, lastValue: r.last, size: r.size, path };
}

function networkFacts(spec: Spec, findings: Finding[]): NetworkFacts {
  const c = parseCidr(spec.network.cidr);
  if (c.hostBitsSet) {
    findings.push({ rule: 'VEIL-MODEL-001', severity: 'deny', path: ['network', 'cidr'], message: `${spec.network.cidr} has host bits set`, hint: `did you mean ${c.cidr}?` });
  }
  const gateway = address('gateway', spec.network.gateway, ['network', 'gateway']);
  const statics = [
    gateway,
    ...spec.hosts.map((h, i) => address(`host/${h.name}`, h.address, ['hosts', i, 'address'])),
    ...spec.nodes.map((n, i) => address(`node/${n.name}`, n.address, ['nodes', i, 'address'])),
  ];
  const serviceAddresses: AddressFact[] = [];
  if (spec.ingress) serviceAddresses.push(address('ingress', spec.ingress.address, ['ingress', 'address']));
  if (spec.ingress?.retiring) serviceAddresses.push(address('ingress-retiring', spec.ingress.retiring.address, ['ingress', 'retiring', 'address']));
  const exp = spec.objectStore?.exposure;
  if (exp?.mode === 'loadBalancer' && exp.address) serviceAddresses.push(address('object-store', exp.address, ['objectStore', 'exposure', 'address']));
  return {
    cidr: c.cidr,
    prefix: c.prefix,
    network: c.network,
    broadcast: c.broadcast,
    reverseZone: reverseZone(c),
    gateway,
    dhcp: spec.network.dhcp ? range('dhcp', spec.network.dhcp.range, ['network', 'dhcp', 'range'], findings) : null,
    statics,
    sharedStatics: sharedKeys(statics, (s) => String(s.value)),
    pools: (spec.loadBalancer?.pools ?? []).map((p, i) => ({ ...range(p.name, p.range, ['loadBalancer', 'pools', i, 'range'], findings), mode: p.mode })),
    serviceAddresses,
    bgp: bgpFacts(spec),
  };
}

function bgpFacts(spec: Spec): BgpFacts | null {
  const bgp = spec.loadBalancer?.bgp;
  if (!bgp) return null;
  return {
    myASN: bgp.myASN,
    peers: bgp.peers.map((p, i) => ({
      name: p.name,
      address: p.address,
      value: toNumber(p.address),
      peerASN: p.peerASN,
      holdTime: p.holdTime ?? null,
      nodes: p.nodes ?? [],
      path: ['loadBalancer', 'bgp', 'peers', i],
    })),
  };
}

/** etcd needs a majority of members: quorum = floor(n/2)+1 (etcd FAQ, "What is failure tolerance?"). */
function etcdFacts(spec: Spec): EtcdFacts {
  const members = spec.nodes.filter((n) => n.role === 'server').map((n) => n.name);
  const count = members.length;
  const q = count === 0 ? 0 : Math.floor(count / 2) + 1;
  return { members, count, quorum: q, tolerance: count - q };
}

/** Where a zone's name sits: special-use (reserved), or else by the Public Suffix List. */
function zoneStanding(name: string): Pick<ZoneFacts, 'specialUse' | 'publicSuffix' | 'registrableDomain'> {
  return isSpecialUse(name) ? { specialUse: true, publicSuffix: null, registrableDomain: null } : { specialUse: false, ...publicSuffixOf(name) };
}

function dnsFacts(spec: Spec, net: NetworkFacts): DnsFacts {
  const dns = spec.dns!;
  const hostAddr = new Map(spec.hosts.map((h) => [h.name, h.address]));
  const nodeAddr = new Map(spec.nodes.map((x) => [x.name, x.address]));
  const exp = spec.objectStore?.exposure;
  const ingressAddress = dnsEntryAddress(spec);
  const resolve = (target: string): string | null => {
    if (target === 'ingress') return ingressAddress;
    if (target === 'object-store') return exp?.mode === 'loadBalancer' ? exp.address ?? null : ingressAddress;
    const [kind, name] = target.split('/') as [string, string];
    return (kind === 'host' ? hostAddr.get(name) : nodeAddr.get(name)) ?? null;
  };
  const lanZone = spec.network.domain;
  const zones = dns.zones.map((z, zi) => ({
    name: z.name,
    isLanZone: z.name === lanZone,
    ...zoneStanding(z.name),
    path: ['dns', 'zones', zi] as Path,
    records: z.records.map((r, ri): RecordFact => ({
      zone: z.name,
      name: r.name,
      fqdn: r.name === '@' ? z.name : `${r.name}.${z.name}`,
      target: r.target ?? null,
      address: r.address ?? (r.target ? resolve(r.target) : null),
      ttl: r.ttl ?? dns.ttl,
      path: ['dns', 'zones', zi, 'records', ri],
    })),
  }));
  const inNet = (v: number) => v > net.network && v < net.broadcast;
  // each address parsed once: a comparator that parsed both sides parsed each ~2 log n times
  const ptrs = [
    ...spec.hosts.map((h, i) => ({ name: h.name, address: h.address, value: toNumber(h.address), path: ['hosts', i, 'address'] as Path })),
    ...spec.nodes.map((x, i) => ({ name: x.name, address: x.address, value: toNumber(x.address), path: ['nodes', i, 'address'] as Path })),
  ]
    .filter((h) => inNet(h.value))
    .sort((a, b) => a.value - b.value)
    .map((h) => {
      const owner = reverseOwner(h.value, net.reverseZone);
      return { owner, name: `${owner}.${net.reverseZone}`, address: h.address, fqdn: `${h.name}.${lanZone}`, path: h.path };
    });
  const ingressHosts: DnsFacts['ingressHosts'] = [];
  const m = spec.monitoring;
  if (m?.prometheus.host) ingressHosts.push({ host: m.prometheus.host, component: 'prometheus', path: ['monitoring', 'prometheus', 'host'] });
  if (m?.alertmanager.host) ingressHosts.push({ host: m.alertmanager.host, component: 'alertmanager', path: ['monitoring', 'alertmanager', 'host'] });
  if (m?.grafana.host) ingressHosts.push({ host: m.grafana.host, component: 'grafana', path: ['monitoring', 'grafana', 'host'] });
  if (exp?.mode === 'ingress') {
    if (exp.apiHost) ingressHosts.push({ host: exp.apiHost, component: 'minio-api', path: ['objectStore', 'exposure', 'apiHost'] });
    if (exp.consoleHost) ingressHosts.push({ host: exp.consoleHost, component: 'minio-console', path: ['objectStore', 'exposure', 'consoleHost'] });
  }
  return {
    server: dns.server,
    serverAddress: hostAddr.get(dns.server) ?? null,
    lanZone,
    zones,
    recordsByFqdn: recordsByFqdn(zones),
    reverse: dns.reverse ? { zone: net.reverseZone, records: ptrs } : null,
    ingressHosts,
    ingressAddress,
  };
}

/**
 * [zone index, record index] of every record, by owner name, names in
 * first-seen order. A null-prototype object: `__proto__` is a plain key in
 * it, and V8 makes it a dictionary at once, where an ordinary object took
 * each of thousands of names as one more hidden class (5,000 names in a
 * fresh process: 11-22 against 31-37 ms; V8 still internalises each name).
 */
function recordsByFqdn(zones: DnsFacts['zones']): Record<string, RecordRef[]> {
  const byName: Record<string, RecordRef[]> = Object.create(null);
  zones.forEach((z, zi) => z.records.forEach((r, ri) => (byName[r.fqdn] ??= []).push([zi, ri])));
  return byName;
}

/** Prometheus sizes are base-2 with B/KB/MB/GB/TB/PB/EB spellings (prometheus/common units.Base2Bytes). */
export function prometheusSize(b: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  let i = 0, v = b;
  while (i < units.length - 1 && v >= 1024 && v % 1024 === 0) { v /= 1024; i++; }
  return `${v}${units[i]}`;
}

function monitoringFacts(spec: Spec, bytes: (q: string, p: Path) => number): MonitoringFacts {
  const p = spec.monitoring!.prometheus;
  const rs = p.retentionSize ? bytes(p.retentionSize, ['monitoring', 'prometheus', 'retentionSize']) : null;
  return {
    prometheusVolumeBytes: bytes(p.storage.size, ['monitoring', 'prometheus', 'storage', 'size']),
    retentionSizeBytes: rs,
    retentionSizePrometheus: rs === null ? null : prometheusSize(rs),
  };
}

function storageUses(spec: Spec): { class: string; path: Path }[] {
  const out: { class: string; path: Path }[] = [];
  const m = spec.monitoring;
  if (m) {
    out.push({ class: m.prometheus.storage.class, path: ['monitoring', 'prometheus', 'storage', 'class'] });
    out.push({ class: m.alertmanager.storage.class, path: ['monitoring', 'alertmanager', 'storage', 'class'] });
    out.push({ class: m.grafana.storage.class, path: ['monitoring', 'grafana', 'storage', 'class'] });
  }
  const os = spec.objectStore;
  if (os) {
    out.push({ class: os.storageClass, path: ['objectStore', 'storageClass'] });
    // a pool without its own class uses the first pool's, already listed
    os.pools.forEach((p, i) => { if (p.storageClass !== undefined) out.push({ class: p.storageClass, path: ['objectStore', 'pools', i, 'storageClass'] }); });
  }
  return out;
}

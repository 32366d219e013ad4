// ADDRESSING.md: every address and name of the cluster, in one place, sorted
// the way the LAN is laid out.
import type { Model } from '../../model/build-model.ts';
import { fromNumber, toNumber } from '../../model/ipv4.ts';
import { navigation, title } from './common.ts';
import { code, image, link, MarkdownDoc, table, text } from './markdown.ts';
import { compiled, outLink, pictureLink, runbookLink } from './paths.ts';

/** Record names by a key of the record, in zone order; built once so a table row is a lookup, not a scan. */
function indexRecords(model: Model, key: (r: { target: string | null; address: string | null }) => string | null): (k: string) => string[] {
  const index = new Map<string, string[]>();
  for (const z of model.facts.dns?.zones ?? []) {
    for (const r of z.records) {
      const k = key(r);
      if (k === null) continue;
      const names = index.get(k);
      if (names) names.push(r.fqdn);
      else index.set(k, [r.fqdn]);
    }
  }
  return (k) => index.get(k) ?? [];
}

function poolOf(model: Model, address: string): string | undefined {
  const v = toNumber(address);
  return model.facts.network.pools.find((p) => v >= p.firstValue && v <= p.lastValue)?.name;
}

const codes = (xs: readonly string[]) => (xs.length ? xs.map(code).join(', ') : '—');

export function addressingRunbook(model: Model): MarkdownDoc {
  const s = model.spec;
  const net = model.facts.network;
  // names in the compiled zones that point at a target (e.g. `node/NAME`), or at an address
  const namesFor = indexRecords(model, (r) => r.target);
  const namesAt = indexRecords(model, (r) => r.address);
  const d = new MarkdownDoc();
  d.heading(1, title('ADDRESSING', model));
  d.add(navigation('ADDRESSING'));
  d.add(`Every address and name of ${code(s.cluster.name)}, as the spec declares them. DNS serving and checks: ${link('DNS', runbookLink('DNS'))}; bring-up order: ${link('Cold start', runbookLink('COLD-START'))}.`);

  d.heading(2, 'Network');
  d.add(table(['Item', 'Value'], [
    ['LAN', code(net.cidr)],
    ['Network address', code(fromNumber(net.network))],
    ['Broadcast address', code(fromNumber(net.broadcast))],
    ['Gateway', code(net.gateway.address)],
    ['LAN domain', code(s.network.domain)],
    ['DHCP range', net.dhcp ? `${code(`${net.dhcp.first}-${net.dhcp.last}`)} (${net.dhcp.size} addresses)` : 'none declared'],
  ]));

  d.heading(2, 'Address map');
  d.add('Everything that takes an address on the LAN, in address order. Static addresses must stay outside the DHCP range and the load-balancer pools; service addresses must lie inside a pool.');
  d.add(image(`Address plan of ${s.cluster.name}: ${net.cidr}, coloured by what takes each address`, pictureLink('address-plan')));
  const rows: { key: number; order: number; cells: string[] }[] = [];
  const statics = net.statics.map((a) => ({ a, kind: a.owner === 'gateway' ? 'gateway' : a.owner.split('/')[0]!, name: a.owner === 'gateway' ? 'gateway' : a.owner.split('/')[1]! }));
  for (const { a, kind, name } of statics) {
    rows.push({ key: a.value, order: 1, cells: [code(a.address), '1', kind, code(name), codes(namesAt(a.address))] });
  }
  if (net.dhcp) rows.push({ key: net.dhcp.firstValue, order: 0, cells: [code(`${net.dhcp.first}-${net.dhcp.last}`), String(net.dhcp.size), 'DHCP range', '—', '—'] });
  for (const p of net.pools) rows.push({ key: p.firstValue, order: 0, cells: [code(`${p.first}-${p.last}`), String(p.size), `load-balancer pool (${p.mode})`, code(p.name), '—'] });
  for (const a of net.serviceAddresses) rows.push({ key: a.value, order: 2, cells: [code(a.address), '1', `service address in pool ${code(poolOf(model, a.address) ?? '?')}`, code(a.owner), codes(namesAt(a.address))] });
  rows.sort((x, y) => x.key - y.key || x.order - y.order);
  d.add(table(['Address', 'Count', 'What', 'Name', 'DNS names'], rows.map((r) => r.cells), [1]));

  d.heading(2, 'Hosts');
  d.add(s.hosts.length
    ? table(['Host', 'Address', 'Roles', 'DNS names', 'Notes'], s.hosts.map((h) => [code(h.name), code(h.address), h.roles.join(', ') || '—', codes(namesFor(`host/${h.name}`)), text(h.description ?? '')]))
    : 'No LAN hosts are declared.');

  d.heading(2, 'Nodes');
  const members = new Set(model.facts.etcd.members);
  d.add(table(['Node', 'Address', 'Role', 'etcd member', 'Labels', 'DNS names'], s.nodes.map((n) => [
    code(n.name), code(n.address), n.role, members.has(n.name) ? 'yes' : 'no',
    Object.entries(n.labels).map(([k, v]) => code(`${k}=${v}`)).join(', ') || '—',
    codes(namesFor(`node/${n.name}`)),
  ])));
  d.add(`Each node's hostname must be its name here: k3s registers a node under its hostname, and ${link('Cold start', runbookLink('COLD-START'))} sets it.`);

  d.heading(2, 'Load-balancer pools');
  d.add(net.pools.length
    ? table(['Pool', 'Range', 'Addresses', 'Mode', 'Auto-assign'], net.pools.map((p, i) => [code(p.name), code(`${p.first}-${p.last}`), String(p.size), p.mode, s.loadBalancer!.pools[i]!.autoAssign ? 'yes' : 'no']), [2])
    : 'No load-balancer pools are declared.');

  d.heading(2, 'Dedicated service addresses');
  d.add(net.serviceAddresses.length
    ? table(['Service', 'Address', 'Pool', 'DNS names'], net.serviceAddresses.map((a) => [code(a.owner), code(a.address), code(poolOf(model, a.address) ?? '?'), codes(namesAt(a.address))]))
    : 'No service asks for a fixed address.');

  d.heading(2, 'DNS names');
  const dns = model.facts.dns;
  if (!dns) {
    d.add('The spec declares no DNS.');
  } else {
    d.add(`Served by ${code(dns.server)}${dns.serverAddress ? ` (${code(dns.serverAddress)})` : ''}; the TTL is in seconds.`);
    for (const z of dns.zones) {
      d.heading(3, `Zone ${z.name}`);
      d.add(`Compiled to ${link(compiled.zoneFile(z.name), outLink(compiled.zoneFile(z.name)))}${z.isLanZone ? ' (the LAN zone)' : ''}.`);
      d.add(z.records.length
        ? table(['Name', 'Type', 'Address', 'Target', 'TTL'], z.records.map((r) => [code(r.fqdn), 'A', r.address ? code(r.address) : 'unresolved', r.target ? code(r.target) : 'literal', String(r.ttl)]), [4])
        : 'No records.');
    }
    if (dns.reverse) {
      d.heading(3, `Reverse zone ${dns.reverse.zone}`);
      d.add(`Compiled to ${link(compiled.zoneFile(dns.reverse.zone), outLink(compiled.zoneFile(dns.reverse.zone)))}: one PTR per host and node.`);
      d.add(table(['Name', 'Type', 'Points to', 'Address'], dns.reverse.records.map((p) => [code(`${p.owner}.${dns.reverse!.zone}`), 'PTR', code(`${p.fqdn}.`), code(p.address)])));
    }
    d.heading(3, 'Ingress host names');
    d.add(dns.ingressHosts.length
      ? table(['Host', 'Serves', 'Resolves to'], dns.ingressHosts.map((h) => [code(h.host), h.component, codes(dns.zones.flatMap((z) => z.records.filter((r) => r.fqdn === h.host && r.address).map((r) => r.address!)))]))
      : 'No component is exposed by host name.');
  }
  return d;
}

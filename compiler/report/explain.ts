// `veilc explain`: the derived facts in words and aligned tables, so a human
// can check the arithmetic the policies judge: erasure sets and capacity,
// tolerance in drives and nodes, what losing each node does, etcd quorum, and
// the address plan. A pure function of the model; no colour, no I/O.
import type { Model } from '../model/build-model.ts';
import { drivesPerServerInSet } from '../model/erasure.ts';
import type { EtcdFacts, NetworkFacts, NodeLossFact, PoolFacts } from '../model/facts.ts';
import { fromNumber } from '../model/ipv4.ts';
import { formatBytes } from '../model/quantity.ts';

/** Rows as columns padded to the widest cell; the last column is not padded. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], indent = '  '): string {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: readonly string[]) => indent + r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const plural = (n: number, word: string) => counted(n, word, `${word}s`);

function fields(pairs: readonly [string, string][]): string {
  const w = Math.max(...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`).join('\n');
}

export function explain(model: Model): string {
  const sections = [
    `${model.spec.cluster.name}: derived facts`,
    objectStore(model),
    nodeLoss(model),
    controlPlane(model.facts.etcd),
    addressPlan(model.facts.network),
  ];
  return `${sections.filter((s) => s !== '').join('\n\n')}\n`;
}

function objectStore(model: Model): string {
  const e = model.facts.erasure;
  const os = model.spec.objectStore;
  if (!e || !os) return 'Object store\n  none declared';
  const head = `Object store (MinIO "${os.name}" in namespace ${os.namespace})`;
  const first = e.pools[0]!;
  const parity = first.setSize === null
    ? `EC:${e.parity} in every pool`
    : e.storageClassStandardRequired
      ? `EC:${e.parity} in every pool; MinIO's default for ${first.setSize} drives (the first pool's sets decide it) is EC:${e.defaultParity}, so the manifests set MINIO_STORAGE_CLASS_STANDARD=EC:${e.parity}`
      : `EC:${e.parity} in every pool, MinIO's default for ${first.setSize} drives (the first pool's sets decide it)`;
  let capacity = `raw ${formatBytes(e.rawBytes)}, usable ${formatBytes(e.usableBytes)}${e.pools.length > 1 ? ` (${e.pools.map((p) => `${p.name} ${formatBytes(p.usableBytes)}`).join(' + ')})` : ''}`;
  if (e.requiredUsableBytes !== null) {
    const headroom = e.requiredUsableBytes > 0 ? Math.floor(((e.usableBytes - e.requiredUsableBytes) * 100) / e.requiredUsableBytes) : 0;
    capacity += `; required ${formatBytes(e.requiredUsableBytes)}, headroom ${headroom}%`;
  }
  return [
    head,
    fields([
      ['pools', `${e.pools.map((p) => p.name).join(', ')} (every server lists every pool, in this order; each pool has its own erasure sets)`],
      ['parity', parity],
      ['capacity', capacity],
      ['writes', "MinIO's default storage class optimises for availability: an object written while drives are offline gets one more parity block per offline drive (up to half the set), so a write needs only a majority of its set's drives; reads of an object written at full health need its data drives"],
      ['survives', `${plural(e.readNodeTolerance, 'whole node')} for reads, ${plural(e.writeNodeTolerance, 'whole node')} for writes (every pool must keep its quorum); ${plural(e.requiredNodeFailures, 'node')} required`],
    ]),
    ...e.pools.map((p) => `\n${pool(p, e.parity)}`),
  ].join('\n');
}

/** The most sets or servers a per-set table shows; larger pools get a sentence. */
const TABLE_LIMIT = 16;

function pool(p: PoolFacts, parity: number): string {
  const code = `EC(${p.data},${parity})`;
  const head = `  Pool ${p.name} (${p.index === 0 ? 'the first pool' : `pool ${p.index + 1}`})`;
  const layout: [string, string] = ['layout', `${plural(p.servers, 'server')} x ${plural(p.drivesPerServer, 'drive')} = ${plural(p.totalDrives, 'drive')}, ${formatBytes(p.driveBytes)} each, class ${p.storageClass}, on ${p.serverNodes.join(', ')}`];
  const indented = (text: string) => text.split('\n').map((l) => `  ${l}`).join('\n');
  if (p.setSize === null) {
    return `${head}\n${indented(fields([layout, ['erasure sets', `none: MinIO finds no set size from 2 to 16 for ${plural(p.totalDrives, 'drive')} on ${plural(p.servers, 'server')}, so ${code} cannot be formed`]]))}`;
  }
  const spread = p.hostsPerSet === 1 ? `all on one server` : `each on ${p.hostsPerSet} servers with ${plural(p.drivesPerHostInSet, 'drive')} each`;
  const sets = `${plural(p.setCount, 'set')} of ${p.setSize} drives, ${spread} (sizes MinIO accepts here: ${p.possibleSetSizes.join(', ')}; it takes the largest)`;
  const codeLine = p.setSize === p.requestedSetSize
    ? `${code}: ${p.data} data + ${parity} parity per set`
    : `${code} asks for sets of ${p.requestedSetSize}, but MinIO forms sets of ${p.setSize}; the figures below are for those sets with EC:${parity}`;
  const share = `${p.setSize - Math.min(parity, p.setSize)}/${p.setSize}`;
  const writes = p.parityWriteQuorum === p.writeQuorum
    ? `writes ${p.writeQuorum} of ${p.setSize} (a majority of the set)`
    : `writes ${p.writeQuorum} of ${p.setSize} (a majority: objects written while drives are offline get more parity; MinIO's cluster health check already reports writes unhealthy below ${p.parityWriteQuorum})`;
  const tolerance = (drives: number, nodes: number) => `${plural(drives, 'drive')} per set, ${plural(nodes, 'whole node')}`;
  const lines = [
    head,
    indented(fields([
      layout,
      ['erasure sets', sets],
      ['code', codeLine],
      ['capacity', `raw ${formatBytes(p.rawBytes)}, usable ${formatBytes(p.usableBytes)} (${share} of the drives)`],
      ['quorum', `reads need ${p.readQuorum} of ${p.setSize} drives, ${writes}`],
      ['reads survive', tolerance(p.readDriveTolerance, p.readNodeTolerance)],
      ['writes survive', tolerance(p.writeDriveTolerance, p.writeNodeTolerance)],
    ])),
  ];
  if (p.setCount <= TABLE_LIMIT && p.servers <= TABLE_LIMIT && p.serverNodes.length === p.servers) {
    lines.push('', '    Drives of each erasure set on each node:', table(
      ['set', ...p.serverNodes],
      drivesPerServerInSet(p.servers, p.drivesPerServer, p.setSize).map((counts, i) => [String(i + 1), ...counts.map(String)]),
      '      ',
    ));
  }
  return lines.join('\n');
}

/** Drives one node holds in each set it has drives in, per pool on that node. */
export function lostPerSet(loss: NodeLossFact, multiplePools: boolean): string {
  return loss.pools.map((l) => {
    const per = l.sets === 1 ? String(l.drivesPerSet) : `${l.drivesPerSet} in each of ${l.sets} sets`;
    return multiplePools ? `${l.pool} ${per}` : per;
  }).join(', ');
}

function nodeLoss(model: Model): string {
  const e = model.facts.erasure;
  const etcd = model.facts.etcd;
  const members = new Set(etcd.members);
  const rows = model.spec.nodes.map((n) => {
    const loss = e?.nodeLoss.find((l) => l.node === n.name);
    const drives = loss ? lostPerSet(loss, e!.pools.length > 1) : '-';
    const reads = loss ? (loss.readsSurvive ? 'keep working' : 'stop') : '-';
    const writes = loss ? (loss.writesSurvive ? 'keep working' : 'stop') : '-';
    const left = etcd.count - 1;
    const cp = members.has(n.name)
      ? `${left} of ${etcd.count} members left: ${left >= etcd.quorum ? 'keeps quorum' : 'loses quorum, the API stops'}`
      : 'not a member';
    return [n.name, drives, reads, writes, cp];
  });
  return `When one node is lost\n${table(['node', 'drives lost per set', 'MinIO reads', 'MinIO writes', 'etcd'], rows)}`;
}

function controlPlane(etcd: EtcdFacts): string {
  if (etcd.count === 0) return 'Control plane (embedded etcd)\n  no server node: no control plane';
  return `Control plane (embedded etcd)\n${fields([
    ['members', `${etcd.members.join(', ')} (${etcd.count})`],
    ['quorum', `${etcd.quorum} of ${etcd.count} (floor(n/2)+1)`],
    ['tolerance', `${plural(etcd.tolerance, 'member')} may fail${etcd.count % 2 === 0 ? `, the same as ${etcd.count - 1} members` : ''}`],
  ])}`;
}

function addressPlan(net: NetworkFacts): string {
  type Row = { from: number; to: number; cells: string[] };
  const rows: Row[] = [];
  const single = (value: number, address: string, what: string, note: string) => rows.push({ from: value, to: value, cells: [address, what, note] });
  const range = (first: number, last: number, what: string, note: string) => rows.push({ from: first, to: last, cells: [`${fromNumber(first)}-${fromNumber(last)}`, what, note] });
  if (net.prefix < 31) {
    single(net.network, fromNumber(net.network), 'network address', 'not assignable');
    single(net.broadcast, fromNumber(net.broadcast), 'broadcast address', 'not assignable');
  }
  for (const s of net.statics) single(s.value, s.address, s.owner, 'static');
  if (net.dhcp) range(net.dhcp.firstValue, net.dhcp.lastValue, 'DHCP range', counted(net.dhcp.size, 'address', 'addresses'));
  for (const p of net.pools) range(p.firstValue, p.lastValue, `pool ${p.name}`, `MetalLB ${p.mode}, ${counted(p.size, 'address', 'addresses')}`);
  for (const a of net.serviceAddresses) {
    const pool = net.pools.find((p) => a.value >= p.firstValue && a.value <= p.lastValue);
    single(a.value, a.address, a.owner, pool ? `LoadBalancer from pool ${pool.name}` : 'LoadBalancer, in no pool');
  }
  // by address; a range before the single addresses inside it
  rows.sort((x, y) => x.from - y.from || (y.to - y.from) - (x.to - x.from));
  return `Address plan (${net.cidr})\n${table(['address', 'what', 'note'], rows.map((r) => r.cells))}`;
}

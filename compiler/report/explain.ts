// `veilc explain`: the derived facts in words and aligned tables, so a human
// can check the arithmetic the policies judge: erasure sets and capacity,
// tolerance in drives and nodes, what losing each node does, etcd quorum, and
// the address plan. A pure function of the model; no colour, no I/O.
import type { Model } from '../model/build-model.ts';
import type { EtcdFacts, NetworkFacts } from '../model/facts.ts';
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
  const code = `EC(${e.data},${e.parity})`;
  const head = `Object store (MinIO "${os.name}" in namespace ${os.namespace})`;
  const sizes = e.minDriveBytes === e.maxDriveBytes ? `${formatBytes(e.minDriveBytes)} each` : `${formatBytes(e.minDriveBytes)} to ${formatBytes(e.maxDriveBytes)} (each counted as ${formatBytes(e.minDriveBytes)})`;
  const layout: [string, string] = ['layout', `${plural(e.servers, 'server')} x ${plural(e.drivesPerServer, 'drive')} = ${plural(e.totalDrives, 'drive')}, ${sizes}`];
  if (e.setSize === null) {
    return `${head}\n${fields([layout, ['erasure sets', `none: MinIO finds no set size from 2 to 16 for ${plural(e.totalDrives, 'drive')} on ${plural(e.servers, 'server')}, so ${code} cannot be formed`]])}`;
  }
  const sets = `${plural(e.setCount, 'set')} of ${e.setSize} drives (sizes MinIO accepts here: ${e.possibleSetSizes.join(', ')}; it takes the largest)`;
  const codeLine = e.setSize === e.requestedSetSize
    ? `${code}: ${e.data} data + ${e.parity} parity per set`
    : `${code} asks for sets of ${e.requestedSetSize}, but MinIO forms sets of ${e.setSize}; the figures below are for those sets with EC:${e.parity}`;
  const parity = e.storageClassStandardRequired
    ? `EC:${e.parity}; MinIO's default for ${e.setSize} drives is EC:${e.defaultParity}, so the manifests set MINIO_STORAGE_CLASS_STANDARD=EC:${e.parity}`
    : `EC:${e.parity}, MinIO's default for ${e.setSize} drives`;
  const share = `${e.setSize - Math.min(e.parity, e.setSize)}/${e.setSize}`;
  let capacity = `raw ${formatBytes(e.rawBytes)}, usable ${formatBytes(e.usableBytes)} (${share} of the drives at the smallest size)`;
  if (e.requiredUsableBytes !== null) {
    const headroom = e.requiredUsableBytes > 0 ? Math.floor(((e.usableBytes - e.requiredUsableBytes) * 100) / e.requiredUsableBytes) : 0;
    capacity += `; required ${formatBytes(e.requiredUsableBytes)}, headroom ${headroom}%`;
  }
  const tolerance = (drives: number, nodes: number) => `${plural(drives, 'drive')} per set, ${plural(nodes, 'whole node')}`;
  const perNode = table(
    ['set', ...e.serverNodes],
    e.drivesPerNodeInSet.map((counts, i) => [String(i + 1), ...counts.map(String)]),
    '    ',
  );
  return [
    head,
    fields([
      layout,
      ['erasure sets', sets],
      ['code', codeLine],
      ['parity', parity],
      ['capacity', capacity],
      ['quorum', `reads need ${e.readQuorum} of ${e.setSize} drives, writes ${e.writeQuorum} of ${e.setSize}${e.writeQuorum !== e.readQuorum ? ' (one more, because data = parity)' : ''}`],
      ['reads survive', tolerance(e.readDriveTolerance, e.readNodeTolerance)],
      ['writes survive', tolerance(e.writeDriveTolerance, e.writeNodeTolerance)],
      ['required', `${plural(e.requiredNodeFailures, 'node')} may fail`],
    ]),
    '',
    '  Drives of each erasure set on each node:',
    perNode,
  ].join('\n');
}

function nodeLoss(model: Model): string {
  const e = model.facts.erasure;
  const etcd = model.facts.etcd;
  const members = new Set(etcd.members);
  const rows = model.spec.nodes.map((n) => {
    const loss = e?.setSize != null ? e.nodeLoss.find((l) => l.node === n.name) : undefined;
    const drives = loss ? loss.drivesPerSet.join(' / ') : '-';
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

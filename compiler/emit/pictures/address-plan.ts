// The address plan as drawing data: everything that takes an address on the
// LAN (from the model's network facts), and the LAN as grids of cells. A /24
// or smaller is one grid of single addresses; a larger LAN is an overview of
// 256 cells (each a block of addresses) plus a full-resolution grid for each
// block of 256 that holds something, so no prefix the schema allows draws more
// than a few thousand cells. Pure: no I/O, no drawing.
import type { Model } from '../../model/build-model.ts';
import { fromNumber } from '../../model/ipv4.ts';

export type AddressKind =
  | 'reserved' | 'gateway' | 'dhcp' | 'pool-l2' | 'pool-bgp' | 'service'
  | 'host' | 'node-server' | 'node-agent' | 'bgp-peer';

/** Kinds that are ranges of addresses, as opposed to one address each. */
export const RANGE_KINDS: ReadonlySet<AddressKind> = new Set(['dhcp', 'pool-l2', 'pool-bgp']);

/** Which kind a cell shows when it holds several things: later wins (a service address over its pool, a node over anything). */
const PRIORITY: readonly AddressKind[] = ['dhcp', 'pool-l2', 'pool-bgp', 'reserved', 'service', 'bgp-peer', 'host', 'node-agent', 'node-server', 'gateway'];

/** Legend order. */
export const KIND_ORDER: readonly AddressKind[] = ['reserved', 'gateway', 'dhcp', 'pool-l2', 'pool-bgp', 'service', 'host', 'node-server', 'node-agent', 'bgp-peer'];

/** Something that takes one address, or a range of them. */
export interface PlanItem {
  kind: AddressKind;
  /** Its name in the spec (`meteor-1`, pool `default`, `ingress`), or what it is (`gateway`, `DHCP`). */
  name: string;
  /** What it is, in words: `node, server`, `MetalLB pool, L2`. */
  what: string;
  /** Addresses as 32-bit numbers, first <= last. */
  first: number;
  last: number;
  /** As written: `192.168.0.201`, or `192.168.0.100-192.168.0.159`. */
  addresses: string;
  size: number;
  /** Free text from the spec (a host's description), or null. */
  note: string | null;
  /** Whether any of it lies inside the LAN (only that part is drawn on the grid). */
  onLan: boolean;
}

export interface Cell {
  /** The addresses the cell stands for. */
  first: number;
  last: number;
  /** What the cell is drawn as (the highest-priority thing in it), or null when nothing takes it. */
  kind: AddressKind | null;
  /** Every kind in the cell, highest priority first (a block of the overview may hold several). */
  kinds: AddressKind[];
  /** Indexes into AddressPlanPicture.items of everything in the cell, in item order. */
  items: number[];
  /** The cell's own label: the last octet, or the block's first address without the LAN's fixed octets. */
  label: string;
  /** A name under the label: the one thing in a single-address cell, or a range where it starts. */
  caption: string | null;
}

/** Whole rows of cells alike (nothing or the same ranges, no single address), drawn as one band. */
export interface Fold {
  first: number;
  last: number;
  kind: AddressKind | null;
  items: number[];
}

export type GridRow = { cells: Cell[] } | { fold: Fold };

export interface GridPanel {
  /** e.g. `192.168.0.0/24`, or `192.168.0.0/16 in blocks of 256`. */
  title: string;
  columns: number;
  /** Addresses per cell: 1, or a power of two for the overview of a large LAN. */
  cellSize: number;
  rows: GridRow[];
}

/** Rows folded into one band: runs of at least this many alike rows, in the grids of a LAN larger than 256. */
export const FOLD_MIN_ROWS = 3;

export interface AddressPlanPicture {
  cluster: string;
  cidr: string;
  /** Addresses in the LAN (2^(32-prefix)). */
  size: number;
  /** The overview (for a LAN larger than 256 addresses) and the full-resolution grids. */
  panels: GridPanel[];
  /** Blocks of 256 that hold something but got no grid of their own (over DETAIL_LIMIT). */
  blocksNotShown: number;
  /** Everything that takes an address, by first address (ranges before the singles inside them). */
  items: PlanItem[];
  /** Kinds present on the grid, in legend order. */
  kinds: AddressKind[];
}

/** Full-resolution grids drawn for a LAN larger than 256 addresses, at most. */
export const DETAIL_LIMIT = 4;

const BLOCK = 256;

function roleWords(roles: readonly string[]): string {
  return roles.length ? `host, ${roles.join(', ')}` : 'host';
}

/** Everything on the LAN the spec gives an address, from the model's network facts. */
export function planItems(model: Model): PlanItem[] {
  const net = model.facts.network;
  const items: PlanItem[] = [];
  const inLan = (first: number, last: number) => last >= net.network && first <= net.broadcast;
  const single = (kind: AddressKind, name: string, what: string, value: number, address: string, note: string | null = null) =>
    items.push({ kind, name, what, first: value, last: value, addresses: address, size: 1, note, onLan: inLan(value, value) });
  if (net.prefix < 31) {
    single('reserved', 'network', 'network address, not assignable', net.network, fromNumber(net.network));
    single('reserved', 'broadcast', 'broadcast address, not assignable', net.broadcast, fromNumber(net.broadcast));
  }
  const hosts = new Map(model.spec.hosts.map((h) => [h.name, h]));
  const nodes = new Map(model.spec.nodes.map((n) => [n.name, n]));
  for (const s of net.statics) {
    const [kind, name] = s.owner.includes('/') ? s.owner.split('/') as [string, string] : [s.owner, s.owner];
    if (kind === 'host') {
      const h = hosts.get(name);
      single('host', name, roleWords(h?.roles ?? []), s.value, s.address, h?.description ?? null);
    } else if (kind === 'node') {
      const role = nodes.get(name)?.role ?? 'server';
      single(role === 'agent' ? 'node-agent' : 'node-server', name, `node, ${role}`, s.value, s.address);
    } else {
      single('gateway', s.owner, 'default gateway', s.value, s.address);
    }
  }
  const range = (kind: AddressKind, name: string, what: string, r: { firstValue: number; lastValue: number; first: string; last: string; size: number }) => {
    const [first, last] = r.firstValue <= r.lastValue ? [r.firstValue, r.lastValue] : [r.lastValue, r.firstValue];
    items.push({ kind, name, what, first, last, addresses: `${r.first}-${r.last}`, size: last - first + 1, note: null, onLan: inLan(first, last) });
  };
  if (net.dhcp) range('dhcp', 'DHCP', 'DHCP dynamic range', net.dhcp);
  for (const p of net.pools) range(p.mode === 'bgp' ? 'pool-bgp' : 'pool-l2', p.name, `MetalLB pool, ${p.mode === 'bgp' ? 'BGP' : 'L2'}`, p);
  for (const a of net.serviceAddresses) {
    const pool = net.pools.find((p) => a.value >= p.firstValue && a.value <= p.lastValue);
    single('service', a.owner, pool ? `LoadBalancer address, pool ${pool.name}` : 'LoadBalancer address, in no pool', a.value, a.address);
  }
  for (const p of net.bgp?.peers ?? []) single('bgp-peer', p.name, `BGP peer, AS ${p.peerASN}`, p.value, p.address);
  // by address; a range before what lies inside it; then by kind and name, so equal addresses keep one order
  const rank = (k: AddressKind) => KIND_ORDER.indexOf(k);
  return items.sort((x, y) => x.first - y.first || (y.last - y.first) - (x.last - x.first) || rank(x.kind) - rank(y.kind) || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
}

/** Where things are, for building cells in O(cells x ranges + items): singles bucketed by cell, ranges scanned. */
interface Index {
  singles: Map<number, number[]>;
  ranges: number[];
}

function indexItems(items: readonly PlanItem[], origin: number, cellSize: number): Index {
  const singles = new Map<number, number[]>();
  const ranges: number[] = [];
  items.forEach((it, i) => {
    if (!it.onLan) return;
    if (RANGE_KINDS.has(it.kind)) { ranges.push(i); return; }
    const cell = Math.floor((it.first - origin) / cellSize);
    // appended in place: copying the list per item was quadratic in a cell's items (up to 256 in a /16 overview)
    const inCell = singles.get(cell);
    if (inCell) inCell.push(i);
    else singles.set(cell, [i]);
  });
  return { singles, ranges };
}

function kindsIn(items: readonly PlanItem[], inCell: readonly number[]): AddressKind[] {
  const kinds = new Set(inCell.map((i) => items[i]!.kind));
  return PRIORITY.filter((k) => kinds.has(k)).reverse();
}

/** Octets of an address from index `from` on, joined: the part of a label that varies within the LAN. */
function octetsFrom(address: number, from: number, to = 4): string {
  return fromNumber(address).split('.').slice(from, to).join('.');
}

function grid(items: readonly PlanItem[], title: string, origin: number, count: number, cellSize: number, label: (first: number) => string, fold: boolean): GridPanel {
  const index = indexItems(items, origin, cellSize);
  const cells: Cell[] = [];
  const named = new Set<number>();
  for (let c = 0; c < count; c++) {
    const first = origin + c * cellSize;
    const last = first + cellSize - 1;
    const inCell = [
      ...index.ranges.filter((i) => items[i]!.first <= last && items[i]!.last >= first),
      ...(index.singles.get(c) ?? []),
    ].sort((a, b) => a - b);
    const kinds = kindsIn(items, inCell);
    const kind = kinds[0] ?? null;
    let caption: string | null = null;
    if (cellSize === 1 && kind !== null) {
      const shown = inCell.filter((i) => items[i]!.kind === kind);
      // a range is named in the first of its cells it shows in (its first address may show a service address instead)
      const unnamed = RANGE_KINDS.has(kind) ? shown.find((i) => !named.has(i)) : shown[0];
      if (unnamed !== undefined) { caption = items[unnamed]!.name; named.add(unnamed); }
    }
    cells.push({ first, last, kind, kinds, items: inCell, label: label(first), caption });
  }
  const columns = Math.min(16, count);
  const rows: { cells: Cell[] }[] = [];
  for (let i = 0; i < cells.length; i += columns) rows.push({ cells: cells.slice(i, i + columns) });
  return { title, columns, cellSize, rows: fold ? folded(items, rows) : rows };
}

/** The signature of a row that may fold: its ranges, when every cell holds exactly those and nothing else; else null. */
function foldKey(items: readonly PlanItem[], row: { cells: Cell[] }): string | null {
  const key = row.cells[0]!.items.join(',');
  const alike = row.cells.every((c) => c.caption === null && c.items.join(',') === key && c.items.every((i) => RANGE_KINDS.has(items[i]!.kind)));
  return alike ? key : null;
}

/** Runs of at least FOLD_MIN_ROWS alike rows become one band. */
function folded(items: readonly PlanItem[], rows: readonly { cells: Cell[] }[]): GridRow[] {
  const out: GridRow[] = [];
  for (let i = 0; i < rows.length;) {
    const key = foldKey(items, rows[i]!);
    let j = i + 1;
    if (key !== null) while (j < rows.length && foldKey(items, rows[j]!) === key) j++;
    if (key !== null && j - i >= FOLD_MIN_ROWS) {
      const c = rows[i]!.cells[0]!;
      out.push({ fold: { first: c.first, last: rows[j - 1]!.cells[rows[j - 1]!.cells.length - 1]!.last, kind: c.kind, items: c.items } });
      i = j;
    } else {
      out.push(rows[i]!);
      i += 1;
    }
  }
  return out;
}

/** Every cell of a panel (folded rows have none). */
export function cellsOf(panel: GridPanel): Cell[] {
  return panel.rows.flatMap((r) => ('cells' in r ? r.cells : []));
}

/**
 * The picture's data. A LAN of up to 256 addresses is one grid of single
 * addresses; a larger one is an overview of 256 equal blocks plus one
 * full-resolution grid per block of 256 that holds something (a single address
 * or a range's first or last address), up to DETAIL_LIMIT of them.
 */
export function addressPlan(model: Model): AddressPlanPicture {
  const net = model.facts.network;
  const items = planItems(model);
  const size = net.broadcast - net.network + 1;
  const panels: GridPanel[] = [];
  let blocksNotShown = 0;
  if (size <= BLOCK) {
    panels.push(grid(items, net.cidr, net.network, size, 1, (a) => octetsFrom(a, 3), false));
  } else {
    const cellSize = size / BLOCK;
    const fixed = Math.floor(net.prefix / 8);
    const zeroOctets = Math.floor(Math.log2(cellSize) / 8);
    const blockPrefix = 32 - Math.log2(cellSize);
    const lead = fixed ? `${octetsFrom(net.network, 0, fixed)}.` : '';
    panels.push(grid(items, `${net.cidr} in 256 blocks of ${cellSize} (/${blockPrefix}), labelled by what follows ${lead || 'nothing'}`, net.network, BLOCK, cellSize, (a) => octetsFrom(a, fixed, 4 - zeroOctets), false));
    const blocks = new Set<number>();
    for (const it of items) {
      // the network and broadcast addresses alone are no reason for a grid
      if (!it.onLan || it.kind === 'reserved') continue;
      const ends = RANGE_KINDS.has(it.kind) ? [Math.max(it.first, net.network), Math.min(it.last, net.broadcast)] : [it.first];
      for (const a of ends) blocks.add(Math.floor((a - net.network) / BLOCK));
    }
    const sorted = [...blocks].sort((a, b) => a - b);
    for (const b of sorted.slice(0, DETAIL_LIMIT)) {
      const origin = net.network + b * BLOCK;
      panels.push(grid(items, `${fromNumber(origin)}/24`, origin, BLOCK, 1, (a) => octetsFrom(a, 3), true));
    }
    blocksNotShown = Math.max(0, sorted.length - DETAIL_LIMIT);
  }
  const present = new Set(panels.flatMap((p) => p.rows.flatMap((r) => ('cells' in r ? r.cells.flatMap((c) => c.kinds) : r.fold.kind ? [r.fold.kind] : []))));
  return {
    cluster: model.spec.cluster.name,
    cidr: net.cidr,
    size,
    panels,
    blocksNotShown,
    items,
    kinds: KIND_ORDER.filter((k) => present.has(k)),
  };
}

// Draws the erasure layout (erasure-layout.ts) as SVG: each server pool as a
// grid of servers x drives coloured by erasure set, the data and parity blocks
// of one object, the drives of the lost node crossed out, and the model's
// verdict for every node. Pure.
import { type ErasurePicture, type PoolLayout } from './erasure-layout.ts';
import { DATA_BLOCK, LOST, OK, SET_INK, setFill } from './palette.ts';
import { el, fit, hatch, type Markup, MUTED, RULE, text, textWidth, type Picture } from './svg.ts';

const ID = 'erasure-layout';
const MARGIN = 28;
const LABEL_W = 58;
const CELL_H = 34;
const GAP = 4;
const HEAD_H = 40;
const SIDE_W = 260;
const ROW = 22;
const PARITY_FILL = `url(#${ID}-parity)`;

function columnWidth(p: PoolLayout): number {
  return p.columns.length <= 6 ? 104 : p.columns.length <= 10 ? 74 : 54;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function poolHeading(p: PoolLayout): string {
  return `Pool ${p.name} · ${p.index === 0 ? 'the first pool' : `pool ${p.index + 1}`}`;
}

function poolSummary(p: PoolLayout): string {
  const sets = p.setSize === null ? 'no erasure set fits: MinIO would refuse to start' : `${plural(p.setCount, 'erasure set')} of ${p.setSize} drives`;
  return `${plural(p.servers, 'server')} × ${plural(p.drivesPerServer, 'drive')} of ${p.driveSize} (${p.storageClass}) · ${sets}`;
}

/** A red cross over a lost drive. */
function cross(x: number, y: number, w: number, h: number): Markup {
  return el('g', { stroke: LOST, 'stroke-width': 2, 'stroke-linecap': 'round' },
    el('line', { x1: x + 6, y1: y + 6, x2: x + w - 6, y2: y + h - 6 }),
    el('line', { x1: x + w - 6, y1: y + 6, x2: x + 6, y2: y + h - 6 }));
}

function grid(p: PoolLayout, x: number, y: number): { markup: Markup; width: number; height: number } {
  const colW = columnWidth(p);
  const cellW = colW - GAP;
  const chars = Math.floor((cellW - 4) / (11 * 0.602));
  const parts: Markup[] = [];
  p.columns.forEach((c, i) => {
    const cx = x + LABEL_W + i * colW;
    const ink = c.lost ? LOST : undefined;
    const node = c.node ?? 'no node';
    parts.push(
      text(cx + cellW / 2, y + 14, fit(node, chars), { size: 11, mono: true, weight: 'bold', anchor: 'middle', fill: ink, tooltip: c.address ? `${node} ${c.address}` : node }),
      text(cx + cellW / 2, y + 29, fit(`${p.name}-${c.server}`, chars), { size: 10, mono: true, anchor: 'middle', fill: ink ?? MUTED }),
    );
  });
  p.driveNames.forEach((d, r) => parts.push(text(x + LABEL_W - 10, y + HEAD_H + r * (CELL_H + GAP) + CELL_H / 2 + 4, d, { size: 11, mono: true, anchor: 'end', fill: MUTED })));
  const colOf = new Map(p.columns.map((c, i) => [c.server, i]));
  for (const d of p.drives) {
    const cx = x + LABEL_W + colOf.get(d.server)! * colW;
    const cy = y + HEAD_H + d.drive * (CELL_H + GAP);
    const label = d.set === null ? 'no set' : `set ${d.set + 1}`;
    const shown = fit(label, chars);
    parts.push(el('g', { opacity: d.lost ? 0.55 : null },
      el('rect', { x: cx, y: cy, width: cellW, height: CELL_H, rx: 5, fill: d.set === null ? '#e2e8f0' : setFill(d.set), stroke: d.lost ? LOST : '#ffffff', 'stroke-width': d.lost ? 2 : 1 },
        el('title', {}, `${p.name}-${d.server} ${p.driveNames[d.drive]}: ${label}${d.lost ? ', on the lost node' : ''}`))));
    // a lost drive's set stays readable over its cross, on a white pill
    if (d.lost) {
      const w = textWidth(shown, 11, true) + 8;
      parts.push(cross(cx, cy, cellW, CELL_H), el('rect', { x: cx + cellW / 2 - w / 2, y: cy + CELL_H / 2 - 8, width: w, height: 16, rx: 8, fill: '#ffffff', opacity: 0.9 }));
    }
    parts.push(text(cx + cellW / 2, cy + CELL_H / 2 + 4, shown, { size: 11, mono: true, anchor: 'middle', fill: d.lost ? LOST : SET_INK }));
  }
  const width = LABEL_W + p.columns.length * colW - GAP;
  let height = HEAD_H + p.drivesPerServer * (CELL_H + GAP) - GAP;
  if (p.hiddenServers) {
    const first = p.columns[0]!.server, last = p.columns[p.columns.length - 1]!.server;
    parts.push(text(x + LABEL_W, y + height + 16, `Drawn: servers ${first}–${last} of ${p.servers}; the other ${p.hiddenServers} are laid out alike.`, { size: 11, fill: MUTED }));
    height += 22;
  }
  return { markup: el('g', {}, ...parts), width, height };
}

/** One object's blocks in a set: data, then parity, each on a different drive of the set. */
function blocks(p: PoolLayout, lossNode: string | null, x: number, y: number): { markup: Markup; height: number } {
  const size = p.dataBlocks + p.parityBlocks;
  const bw = Math.min(26, (SIDE_W - 8) / size - 4);
  const parts: Markup[] = [text(x, y + 12, `One object in a set of ${size} drives`, { size: 12, weight: 'bold' })];
  for (let i = 0; i < size; i++) {
    const parity = i >= p.dataBlocks;
    parts.push(el('rect', { x: x + i * (bw + 4), y: y + 22, width: bw, height: bw, rx: 3, fill: parity ? PARITY_FILL : DATA_BLOCK, stroke: parity ? '#ea580c' : 'none' }));
  }
  const lines: [string, string | undefined][] = [
    [`${p.dataBlocks} data + ${p.parityBlocks} parity blocks, one per drive;`, undefined],
    ['which drives hold parity differs per object.', undefined],
    [`Reads need ${p.readQuorum} drives of a set, writes ${p.writeQuorum}.`, undefined],
  ];
  if (p.loss && lossNode) lines.push([`${lossNode} lost: ${p.loss.drivesPerSet} ${p.loss.drivesPerSet === 1 ? 'drive' : 'drives'} in ${p.loss.sets === 1 ? 'its set' : `each of ${p.loss.sets} sets`}.`, LOST]);
  lines.forEach(([line, fill], i) => parts.push(text(x, y + 22 + bw + 18 + i * 17, line, { size: 12, fill: fill ?? MUTED })));
  return { markup: el('g', {}, ...parts), height: 22 + bw + 18 + lines.length * 17 };
}

function verdict(ok: boolean): [string, string] {
  return ok ? ['✓ keep working', OK] : ['✗ stop', LOST];
}

function lossTable(e: ErasurePicture, x: number, y: number, width: number): { markup: Markup; height: number } {
  const parts: Markup[] = [text(x, y + 14, 'If one node is lost', { size: 14, weight: 'bold' })];
  if (!e.nodeLoss.length) {
    parts.push(text(x, y + 36, 'No node hosts a MinIO server.', { size: 12, fill: MUTED }));
    return { markup: el('g', {}, ...parts), height: 44 };
  }
  const nodeW = Math.max(64, ...e.nodeLoss.map((r) => textWidth(r.node, 12, true))) + 24;
  const lostW = Math.max(150, ...e.nodeLoss.map((r) => textWidth(r.lost, 12, true))) + 24;
  const cols = [x + 8, x + 8 + nodeW, x + 8 + nodeW + lostW, x + 8 + nodeW + lostW + 130];
  const head = ['node', 'drives lost per set', 'MinIO reads', 'MinIO writes'];
  head.forEach((h, i) => parts.push(text(cols[i]!, y + 40, h, { size: 11, weight: 'bold', fill: MUTED })));
  e.nodeLoss.forEach((r, i) => {
    const ry = y + 48 + i * ROW;
    const shown = r.node === e.shownLoss?.node;
    if (shown) parts.push(el('rect', { x, y: ry, width, height: ROW, rx: 4, fill: '#fef2f2' }));
    const [reads, readInk] = verdict(r.readsSurvive);
    const [writes, writeInk] = verdict(r.writesSurvive);
    parts.push(
      text(cols[0]!, ry + 15, r.node, { size: 12, mono: true, weight: shown ? 'bold' : 'normal' }),
      text(cols[1]!, ry + 15, r.lost, { size: 12, mono: true }),
      text(cols[2]!, ry + 15, reads, { size: 12, fill: readInk, weight: 'bold' }),
      text(cols[3]!, ry + 15, writes, { size: 12, fill: writeInk, weight: 'bold' }),
    );
  });
  let height = 48 + e.nodeLoss.length * ROW;
  if (e.nodeLossNotShown) {
    parts.push(text(cols[0]!, y + height + 15, `… and ${e.nodeLossNotShown} more nodes`, { size: 12, fill: MUTED }));
    height += ROW;
  }
  return { markup: el('g', {}, ...parts), height: height + 4 };
}

function description(e: ErasurePicture): string {
  const pools = e.pools.map((p) => `pool ${p.name}: ${poolSummary(p)}, each object ${p.dataBlocks} data + ${p.parityBlocks} parity blocks`);
  const loss = e.shownLoss
    ? ` Drawn lost: node ${e.shownLoss.node}, whose loss ${e.shownLoss.readsSurvive ? 'keeps' : 'stops'} reads and ${e.shownLoss.writesSurvive ? 'keeps' : 'stops'} writes.`
    : '';
  return `MinIO ${e.store} of cluster ${e.cluster}, EC:${e.parity}: ${pools.join('; ')}.${loss} The deployment survives ${plural(e.readNodeTolerance, 'lost node')} for reads and ${e.writeNodeTolerance} for writes; the spec requires ${e.requiredNodeFailures}.`;
}

export function drawErasureLayout(e: ErasurePicture): Picture {
  const lossNode = e.shownLoss?.node ?? null;
  const gridWidths = e.pools.map((p) => LABEL_W + p.columns.length * columnWidth(p));
  const width = Math.max(820, ...gridWidths.map((w) => MARGIN + w + 24 + SIDE_W + MARGIN));
  const body: Markup[] = [
    text(MARGIN, 40, `Erasure layout · MinIO ${e.store} (${e.cluster})`, { size: 20, weight: 'bold' }),
    text(MARGIN, 62, `EC:${e.parity} in every pool · ${plural(e.pools.length, 'server pool')} · ${e.totalDrives} drives · usable ${e.usable} of ${e.raw} raw${e.required ? ` (required ${e.required})` : ''}`, { size: 13, fill: MUTED }),
    text(MARGIN, 80, `Survives ${plural(e.readNodeTolerance, 'lost node')} for reads, ${e.writeNodeTolerance} for writes (required: ${e.requiredNodeFailures})`, { size: 13, fill: e.readNodeTolerance >= e.requiredNodeFailures && e.writeNodeTolerance >= e.requiredNodeFailures ? MUTED : LOST }),
  ];
  let y = 104;
  for (const p of e.pools) {
    body.push(
      el('line', { x1: MARGIN, y1: y, x2: width - MARGIN, y2: y, stroke: RULE }),
      text(MARGIN, y + 26, poolHeading(p), { size: 15, weight: 'bold' }),
      text(MARGIN, y + 45, poolSummary(p), { size: 12, fill: MUTED }),
    );
    const g = grid(p, MARGIN, y + 58);
    const side = blocks(p, lossNode, MARGIN + g.width + 28, y + 58 + HEAD_H);
    body.push(g.markup, side.markup);
    y += 58 + Math.max(g.height, HEAD_H + side.height) + 22;
  }
  body.push(el('line', { x1: MARGIN, y1: y, x2: width - MARGIN, y2: y, stroke: RULE }));
  const t = lossTable(e, MARGIN, y + 12, width - 2 * MARGIN);
  body.push(t.markup);
  y += 12 + t.height;
  if (lossNode) {
    body.push(cross(MARGIN, y + 4, 22, 18), text(MARGIN + 30, y + 17, `drives of ${lossNode}, the node drawn lost (the model's worst case; rows above: every node)`, { size: 12, fill: MUTED }));
    y += 26;
  }
  return {
    id: ID,
    width,
    height: y + MARGIN - 8,
    title: `Erasure layout of MinIO ${e.store} in ${e.cluster}`,
    desc: description(e),
    defs: [hatch(`${ID}-parity`, '#fb923c', '#fff7ed')],
    body,
  };
}

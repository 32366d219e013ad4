// Draws the address plan (address-plan.ts) as SVG: the grids, a legend of the
// colours in use, and a key listing everything that takes an address. Pure.
import { type AddressKind, type AddressPlanPicture, type Cell, type Fold, type GridPanel, cellsOf, RANGE_KINDS } from './address-plan.ts';
import { ADDRESS, FREE, LOST } from './palette.ts';
import { fromNumber } from '../../model/ipv4.ts';
import { el, fit, group, hatch, type Markup, MUTED, RULE, text, textWidth, type Picture } from './svg.ts';

const ID = 'address-plan';
const MARGIN = 28;
const CELL_W = 48;
const CELL_H = 40;
const GAP = 3;
const ROW = 20;
const FOLD_H = 22;
/** Rows of the key, at most; the rest are counted. */
export const KEY_LIMIT = 40;

const gridWidth = (columns: number) => columns * CELL_W + (columns - 1) * GAP;
const RESERVED_FILL = `url(#${ID}-reserved)`;

function fillOf(kind: AddressKind | null): string {
  if (kind === null) return FREE.fill;
  return kind === 'reserved' ? RESERVED_FILL : ADDRESS[kind].fill;
}

function edgeOf(kind: AddressKind | null): string | null {
  return (kind === null ? FREE : ADDRESS[kind]).edge ?? null;
}

function inkOf(kind: AddressKind | null): string {
  return kind === null ? FREE.ink : ADDRESS[kind].ink;
}

function cellTooltip(p: AddressPlanPicture, c: Cell): string {
  const where = c.first === c.last ? fromNumber(c.first) : `${fromNumber(c.first)}-${fromNumber(c.last)}`;
  return `${where}: ${c.items.map((i) => `${p.items[i]!.name} (${p.items[i]!.what})`).join('; ')}`;
}

function drawCell(p: AddressPlanPicture, c: Cell, x: number, y: number): Markup {
  const ink = inkOf(c.kind);
  const labelSize = Math.min(12, (CELL_W - 6) / (c.label.length * 0.602));
  const rect = { x, y, width: CELL_W, height: CELL_H, rx: 4, fill: fillOf(c.kind), stroke: edgeOf(c.kind) };
  if (c.kind === null) return group([el('rect', rect), text(x + CELL_W / 2, y + 25, c.label, { size: labelSize, mono: true, fill: ink, anchor: 'middle' })]);
  const single = c.first === c.last;
  const held = c.items.filter((i) => !RANGE_KINDS.has(p.items[i]!.kind)).length;
  const caption = c.caption === null ? null : fit(c.caption, 10);
  const others = single ? [] : c.kinds.slice(1, 5);
  return el('g', {},
    el('rect', rect, el('title', {}, cellTooltip(p, c))),
    text(x + CELL_W / 2, y + (caption || others.length ? 17 : 25), c.label, { size: labelSize, mono: true, fill: ink, anchor: 'middle', weight: RANGE_KINDS.has(c.kind) ? 'normal' : 'bold' }),
    caption ? text(x + CELL_W / 2, y + 31, caption, { size: Math.min(8.5, Math.max(7, (CELL_W - 4) / (caption.length * 0.602))), mono: true, fill: ink, anchor: 'middle' }) : null,
    // a block of the overview that holds more than one kind: a dot for each of the others
    ...others.map((k, i) => el('rect', { x: x + CELL_W / 2 - (others.length * 10 - 3) / 2 + i * 10, y: y + 25, width: 7, height: 7, rx: 2, fill: fillOf(k), stroke: '#ffffff', 'stroke-width': 1 })),
    // one address more than one thing claims: the key and the policies say which
    single && held > 1 ? el('circle', { cx: x + CELL_W - 6, cy: y + 6, r: 3.5, fill: LOST, stroke: '#ffffff' }) : null,
  );
}

function drawFold(p: AddressPlanPicture, f: Fold, x: number, y: number, width: number): Markup {
  const what = f.items.length ? f.items.map((i) => p.items[i]!.name).join(', ') : 'free';
  return el('g', {},
    el('rect', { x, y, width, height: FOLD_H, rx: 4, fill: fillOf(f.kind), stroke: edgeOf(f.kind), 'stroke-dasharray': '4 3' }),
    text(x + width / 2, y + FOLD_H / 2 + 4, `${fromNumber(f.first)} – ${fromNumber(f.last)} · ${f.last - f.first + 1} addresses · ${what}`, { size: 11, mono: true, fill: inkOf(f.kind), anchor: 'middle' }),
  );
}

function drawPanel(p: AddressPlanPicture, panel: GridPanel, x: number, y: number): { markup: Markup; height: number } {
  const parts: Markup[] = [text(x, y + 12, panel.title, { size: 12, weight: 'bold', fill: MUTED })];
  let ry = y + 22;
  for (const row of panel.rows) {
    if ('fold' in row) {
      parts.push(drawFold(p, row.fold, x, ry, gridWidth(panel.columns)));
      ry += FOLD_H + GAP;
    } else {
      row.cells.forEach((c, i) => parts.push(drawCell(p, c, x + i * (CELL_W + GAP), ry)));
      ry += CELL_H + GAP;
    }
  }
  return { markup: el('g', {}, ...parts), height: ry - GAP - y };
}

function swatch(kind: AddressKind | null, x: number, y: number): Markup {
  return el('rect', { x, y, width: 14, height: 14, rx: 3, fill: fillOf(kind), stroke: edgeOf(kind) });
}

function legend(p: AddressPlanPicture, x: number, y: number, width: number): { markup: Markup; height: number } {
  const entries: [AddressKind | null, string][] = [...p.kinds.map((k): [AddressKind, string] => [k, ADDRESS[k].legend]), [null, FREE.legend]];
  const parts: Markup[] = [];
  let cx = x, cy = y;
  for (const [kind, label] of entries) {
    const w = 14 + 6 + textWidth(label, 12, false) + 18;
    if (cx + w > x + width && cx > x) { cx = x; cy += ROW; }
    parts.push(swatch(kind, cx, cy), text(cx + 20, cy + 11.5, label, { size: 12 }));
    cx += w;
  }
  const shared = p.panels.some((panel) => cellsOf(panel).some((c) => c.first === c.last && c.items.filter((i) => !RANGE_KINDS.has(p.items[i]!.kind)).length > 1));
  if (shared) {
    cy += ROW;
    parts.push(el('circle', { cx: x + 7, cy: cy + 7, r: 3.5, fill: LOST }), text(x + 20, cy + 11.5, 'an address held by more than one of these', { size: 12 }));
  }
  return { markup: el('g', {}, ...parts), height: cy - y + ROW };
}

function key(p: AddressPlanPicture, x: number, y: number, width: number): { markup: Markup; height: number } {
  const shown = p.items.slice(0, KEY_LIMIT);
  const addrChars = Math.max(...shown.map((it) => it.addresses.length), 9);
  const nameChars = Math.min(20, Math.max(...shown.map((it) => it.name.length), 4));
  const addrX = x + 22, nameX = addrX + addrChars * 12 * 0.602 + 14, whatX = nameX + nameChars * 12 * 0.602 + 14;
  const whatChars = Math.max(10, Math.floor((x + width - whatX) / (12 * 0.62)));
  const rows: Markup[] = [text(x, y + 12, 'What takes an address', { size: 13, weight: 'bold' })];
  shown.forEach((it, i) => {
    const ry = y + 22 + i * ROW;
    const what = `${it.what}${it.size > 1 ? `, ${it.size} addresses` : ''}${it.onLan ? '' : ', outside the LAN'}${it.note ? `: ${it.note}` : ''}`;
    rows.push(el('g', {},
      swatch(it.kind, x, ry + 1),
      text(addrX, ry + 12, it.addresses, { size: 12, mono: true }),
      text(nameX, ry + 12, fit(it.name, nameChars), { size: 12, mono: true, weight: 'bold', tooltip: it.name.length > nameChars ? it.name : undefined }),
      text(whatX, ry + 12, fit(what, whatChars), { size: 12, fill: MUTED, tooltip: [...what].length > whatChars ? what : undefined }),
    ));
  });
  let height = 22 + shown.length * ROW;
  if (p.items.length > shown.length) {
    rows.push(text(addrX, y + height + 12, `… and ${p.items.length - shown.length} more`, { size: 12, fill: MUTED }));
    height += ROW;
  }
  return { markup: el('g', {}, ...rows), height };
}

/** A sentence for <desc>: what the picture shows, for readers who cannot see it. */
function description(p: AddressPlanPicture): string {
  const listed = p.items.filter((it) => it.kind !== 'reserved');
  const named = listed.slice(0, 24).map((it) => `${it.what.split(',')[0]} ${it.name} ${it.addresses}`);
  const more = listed.length > named.length ? `, and ${listed.length - named.length} more` : '';
  const grids = p.panels[0]!.cellSize === 1 ? `a grid of its ${p.size} addresses` : `an overview of 256 blocks of ${p.panels[0]!.cellSize} addresses and a grid for each of ${p.panels.length - 1} blocks of 256 in use`;
  return `The LAN ${p.cidr} of cluster ${p.cluster} as ${grids}, coloured by what takes each address: ${named.join('; ')}${more}.`;
}

export function drawAddressPlan(p: AddressPlanPicture): Picture {
  const width = Math.max(gridWidth(16), gridWidth(p.panels[0]!.columns)) + 2 * MARGIN;
  const inner = width - 2 * MARGIN;
  const body: Markup[] = [];
  const gateway = p.items.find((it) => it.kind === 'gateway');
  body.push(
    text(MARGIN, 40, `Address plan · ${p.cluster}`, { size: 20, weight: 'bold' }),
    text(MARGIN, 62, `${p.cidr} · ${p.size} addresses${gateway ? ` · gateway ${gateway.addresses}` : ''}`, { size: 13, fill: MUTED }),
  );
  let y = 84;
  for (const panel of p.panels) {
    const drawn = drawPanel(p, panel, MARGIN, y);
    body.push(drawn.markup);
    y += drawn.height + 18;
  }
  if (p.blocksNotShown) {
    body.push(text(MARGIN, y + 4, `${p.blocksNotShown} more blocks of 256 hold addresses; the key lists what is in them.`, { size: 12, fill: MUTED }));
    y += ROW;
  }
  const lg = legend(p, MARGIN, y, inner);
  body.push(lg.markup);
  y += lg.height + 14;
  body.push(el('line', { x1: MARGIN, y1: y, x2: width - MARGIN, y2: y, stroke: RULE }));
  y += 14;
  const k = key(p, MARGIN, y, inner);
  body.push(k.markup);
  y += k.height + MARGIN;
  return {
    id: ID,
    width,
    height: y,
    title: `Address plan of ${p.cluster}: ${p.cidr}`,
    desc: description(p),
    defs: [hatch(`${ID}-reserved`, '#cbd5e1', '#f1f5f9')],
    body,
  };
}

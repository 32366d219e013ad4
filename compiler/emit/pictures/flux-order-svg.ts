// Draws the Flux dependency order (flux-order.ts) as SVG: one row per level,
// top to bottom, a box per Kustomization (name, path, wait, what it applies),
// and an arrow per dependsOn edge labelled with what the later stage needs. Pure.
import type { FluxOrderPicture, StageBox } from './flux-order.ts';
import { ACCENT } from './palette.ts';
import { el, fit, type Markup, MUTED, num, text, textWidth, wrap, type Picture } from './svg.ts';

const ID = 'flux-order';
const MARGIN = 28;
const WIDTH = 820;
const ROW_GAP = 58;
const BOX_GAP = 24;
const PAD = 12;
const LINE = 16;
/** Lines of contents a box shows, at most. */
export const CONTENT_LINES = 5;

interface Placed { box: StageBox; x: number; y: number; w: number; h: number; lines: string[] }

function contentLines(box: StageBox, width: number): string[] {
  const chars = Math.floor((width - 2 * PAD) / (12 * 0.62));
  const lines = box.contents.flatMap((c) => wrap(c, chars).slice(0, 3));
  return lines.length > CONTENT_LINES ? [...lines.slice(0, CONTENT_LINES - 1), '…'] : lines;
}

function place(p: FluxOrderPicture): { placed: Placed[]; height: number } {
  const byLevel = new Map<number, StageBox[]>();
  for (const b of p.boxes) byLevel.set(b.level, [...(byLevel.get(b.level) ?? []), b]);
  const inner = WIDTH - 2 * MARGIN;
  const placed: Placed[] = [];
  let y = 84;
  for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    const row = byLevel.get(level)!;
    const w = Math.min(560, (inner - (row.length - 1) * BOX_GAP) / row.length);
    const total = row.length * w + (row.length - 1) * BOX_GAP;
    const items = row.map((box, i) => {
      const lines = contentLines(box, w);
      return { box, x: MARGIN + (inner - total) / 2 + i * (w + BOX_GAP), y, w, h: PAD + 18 + 16 + lines.length * LINE + PAD - 2, lines };
    });
    const h = Math.max(...items.map((it) => it.h));
    for (const it of items) placed.push({ ...it, h });
    y += h + ROW_GAP;
  }
  return { placed, height: y - ROW_GAP };
}

function drawBox(b: Placed): Markup {
  const glue = b.box.level === 0;
  const parts: Markup[] = [
    el('rect', { x: b.x, y: b.y, width: b.w, height: b.h, rx: 8, fill: glue ? '#f1f5f9' : '#eff6ff', stroke: glue ? '#94a3b8' : '#93c5fd', 'stroke-width': 1.5 }),
    text(b.x + PAD, b.y + PAD + 13, b.box.name, { size: 14, mono: true, weight: 'bold' }),
  ];
  if (b.box.wait) {
    const bx = b.x + PAD + textWidth(b.box.name, 14, true) + 10;
    parts.push(
      el('rect', { x: bx, y: b.y + PAD, width: 108, height: 17, rx: 8.5, fill: '#fef3c7', stroke: '#f59e0b' }),
      text(bx + 54, b.y + PAD + 12.5, 'waits until Ready', { size: 10.5, anchor: 'middle', fill: '#92400e' }),
    );
  }
  const pathChars = Math.floor((b.w - 2 * PAD) / (11 * 0.602));
  parts.push(text(b.x + PAD, b.y + PAD + 31, fit(b.box.path, pathChars), { size: 11, mono: true, fill: MUTED, tooltip: b.box.path }));
  b.lines.forEach((line, i) => parts.push(text(b.x + PAD, b.y + PAD + 50 + i * LINE, line, { size: 12 })));
  return el('g', {}, el('title', {}, `${b.box.name}: ${b.box.contents.join('; ')}`), ...parts);
}

/** Where each edge leaves its source and enters its target: spread along the box's bottom and top edges. */
function ports(placed: readonly Placed[], edges: FluxOrderPicture['edges']): { from: [number, number]; to: [number, number] }[] {
  const at = new Map(placed.map((b) => [b.box.name, b]));
  const spread = (b: Placed, i: number, n: number) => b.x + b.w / 2 + (i - (n - 1) / 2) * Math.min(28, b.w / (n + 1));
  const outs = new Map<string, typeof edges[number][]>();
  const ins = new Map<string, typeof edges[number][]>();
  for (const e of edges) {
    outs.set(e.from, [...(outs.get(e.from) ?? []), e]);
    ins.set(e.to, [...(ins.get(e.to) ?? []), e]);
  }
  const cx = (name: string) => { const b = at.get(name)!; return b.x + b.w / 2; };
  for (const list of outs.values()) list.sort((a, b) => cx(a.to) - cx(b.to));
  for (const list of ins.values()) list.sort((a, b) => cx(a.from) - cx(b.from));
  return edges.map((e) => {
    const s = at.get(e.from)!, t = at.get(e.to)!;
    const o = outs.get(e.from)!, n = ins.get(e.to)!;
    return { from: [spread(s, o.indexOf(e), o.length), s.y + s.h], to: [spread(t, n.indexOf(e), n.length), t.y] };
  });
}

function drawEdges(p: FluxOrderPicture, placed: readonly Placed[]): Markup[] {
  const lines: Markup[] = [];
  const labels: Markup[] = [];
  ports(placed, p.edges).forEach(({ from: [x1, y1], to: [x2, y2] }, i) => {
    const e = p.edges[i]!;
    const dy = Math.max(24, (y2 - y1) / 2);
    lines.push(el('path', {
      d: `M ${num(x1)} ${num(y1)} C ${num(x1)} ${num(y1 + dy)} ${num(x2)} ${num(y2 - dy)} ${num(x2)} ${num(y2 - 2)}`,
      fill: 'none', stroke: ACCENT, 'stroke-width': 1.6, 'marker-end': `url(#${ID}-arrow)`,
    }, el('title', {}, `${e.to} depends on ${e.from}${e.needs.length ? `: needs ${e.needs.join(', ')}` : ''}`)));
    if (e.needs.length) {
      const label = `needs ${e.needs.join(', ')}`;
      const w = textWidth(label, 10.5, true) + 10;
      const mx = (x1 + x2) / 2, my = (y1 + y2) / 2;
      labels.push(el('g', {},
        el('rect', { x: mx - w / 2, y: my - 9, width: w, height: 17, rx: 8.5, fill: '#ffffff', stroke: '#bfdbfe' }),
        text(mx, my + 3.5, label, { size: 10.5, mono: true, anchor: 'middle', fill: ACCENT })));
    }
  });
  return [...lines, ...labels];
}

function description(p: FluxOrderPicture): string {
  const order = p.boxes.slice(1).map((b) => {
    const deps = p.edges.filter((e) => e.to === b.name && e.from !== p.cluster).map((e) => e.from);
    return `${b.name}${b.wait ? ' (waits until Ready)' : ''}${deps.length ? ` after ${deps.join(' and ')}` : ' first'}`;
  });
  return `The Flux Kustomizations of ${p.cluster}, applied by the Kustomization ${p.cluster}: ${order.length ? order.join('; ') : 'none'}.`;
}

export function drawFluxOrder(p: FluxOrderPicture): Picture {
  const { placed, height } = place(p);
  const body: Markup[] = [
    text(MARGIN, 40, `Flux order · ${p.cluster}`, { size: 20, weight: 'bold' }),
    text(MARGIN, 62, 'Each Kustomization starts once those it depends on are Ready; an arrow says what the later one needs.', { size: 13, fill: MUTED }),
    ...drawEdges(p, placed),
    ...placed.map(drawBox),
  ];
  return {
    id: ID,
    width: WIDTH,
    height: height + MARGIN,
    title: `Flux dependency order of ${p.cluster}`,
    desc: description(p),
    defs: [el('marker', { id: `${ID}-arrow`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      el('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: ACCENT }))],
    body,
  };
}

// Draws the Flux dependency order (flux-order.ts) as SVG: a box per
// Kustomization (name, path, wait, what it applies) and an arrow per dependsOn
// edge labelled with what the later stage needs. Where boxes and arrows go is
// dagre's layered layout (the Sugiyama method Graphviz's dot uses), not ours. Pure.
import dagre from '@dagrejs/dagre';
import type { FluxOrderPicture, StageBox } from './flux-order.ts';
import { ACCENT } from './palette.ts';
import { el, fit, type Markup, MUTED, num, text, textWidth, wrap, type Picture } from './svg.ts';

const ID = 'flux-order';
const MARGIN = 28;
/** Top of the graph, below the heading. */
const TOP = 84;
/** At least as wide as the heading's subtitle. */
const MIN_WIDTH = 760;
const BOX_W = 380;
const PAD = 12;
const LINE = 16;
const LABEL_SIZE = 10.5;
/** Lines of contents a box shows, at most. */
export const CONTENT_LINES = 5;

export interface Placed { box: StageBox; x: number; y: number; w: number; h: number; lines: string[] }
export interface Routed { from: string; to: string; needs: string[]; points: { x: number; y: number }[]; label: { x: number; y: number; w: number } | null }

function contentLines(box: StageBox): string[] {
  const chars = Math.floor((BOX_W - 2 * PAD) / (12 * 0.62));
  // each item in at most three lines, the third ending in … when cut
  const lines = box.contents.flatMap((c) => {
    const all = wrap(c, chars);
    return all.length > 3 ? [...all.slice(0, 2), fit(`${all[2]} …`, chars)] : all;
  });
  return lines.length > CONTENT_LINES ? [...lines.slice(0, CONTENT_LINES - 1), '…'] : lines;
}

const edgeLabel = (needs: readonly string[]) => (needs.length ? `needs ${needs.join(', ')}` : null);

/**
 * Boxes and edge routes from dagre (top to bottom, ranks by dependsOn), shifted
 * below the heading. Nodes and edges go in in picture order, which dagre keeps
 * for ties, so the same spec gives the same drawing.
 */
export function placeFluxOrder(p: FluxOrderPicture): { placed: Placed[]; routed: Routed[]; width: number; height: number } {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 36, edgesep: 16, marginx: MARGIN, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const lines = new Map(p.boxes.map((b) => [b.name, contentLines(b)]));
  for (const b of p.boxes) g.setNode(b.name, { width: BOX_W, height: PAD + 18 + 16 + lines.get(b.name)!.length * LINE + PAD - 2 });
  p.edges.forEach((e, i) => {
    const label = edgeLabel(e.needs);
    g.setEdge(e.from, e.to, label ? { width: textWidth(label, LABEL_SIZE, true) + 10, height: 17, labelpos: 'c' } : {}, String(i));
  });
  dagre.layout(g);
  const graph = g.graph();
  const placed = p.boxes.map((box) => {
    const n = g.node(box.name);
    return { box, x: n.x! - n.width / 2, y: TOP + n.y! - n.height / 2, w: n.width, h: n.height, lines: lines.get(box.name)! };
  });
  const routed = p.edges.map((e, i) => {
    const d = g.edge({ v: e.from, w: e.to, name: String(i) });
    const points = (d.points ?? []).map((pt: { x: number; y: number }) => ({ x: pt.x, y: TOP + pt.y }));
    return { ...e, points, label: d.width && d.x !== undefined && d.y !== undefined ? { x: d.x, y: TOP + d.y, w: d.width } : null };
  });
  return { placed, routed, width: Math.max(MIN_WIDTH, graph.width ?? 0), height: TOP + (graph.height ?? 0) };
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

function drawEdges(routed: readonly Routed[]): Markup[] {
  const lines: Markup[] = [];
  const labels: Markup[] = [];
  for (const e of routed) {
    const [first, ...rest] = e.points;
    if (!first) continue;
    lines.push(el('path', {
      d: `M ${num(first.x)} ${num(first.y)}${rest.map((pt) => ` L ${num(pt.x)} ${num(pt.y)}`).join('')}`,
      fill: 'none', stroke: ACCENT, 'stroke-width': 1.6, 'stroke-linejoin': 'round', 'marker-end': `url(#${ID}-arrow)`,
    }, el('title', {}, `${e.to} depends on ${e.from}${e.needs.length ? `: needs ${e.needs.join(', ')}` : ''}`)));
    const label = edgeLabel(e.needs);
    if (label && e.label) {
      const { x, y, w } = e.label;
      labels.push(el('g', {},
        el('rect', { x: x - w / 2, y: y - 8.5, width: w, height: 17, rx: 8.5, fill: '#ffffff', stroke: '#bfdbfe' }),
        text(x, y + 3.5, label, { size: LABEL_SIZE, mono: true, anchor: 'middle', fill: ACCENT })));
    }
  }
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
  const { placed, routed, width, height } = placeFluxOrder(p);
  const body: Markup[] = [
    text(MARGIN, 40, `Flux order · ${p.cluster}`, { size: 20, weight: 'bold' }),
    text(MARGIN, 62, 'Each Kustomization starts once those it depends on are Ready; an arrow says what the later one needs.', { size: 13, fill: MUTED }),
    ...drawEdges(routed),
    ...placed.map(drawBox),
  ];
  return {
    id: ID,
    width,
    height: height + MARGIN,
    title: `Flux dependency order of ${p.cluster}`,
    desc: description(p),
    defs: [el('marker', { id: `${ID}-arrow`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
      el('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: ACCENT }))],
    body,
  };
}

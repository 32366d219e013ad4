// A small SVG writer for the pictures: every string handed to it is text and
// is escaped, markup exists only as values this module builds, so no spec value
// can open an element or an attribute. Output is deterministic (attributes in
// the order given, numbers rounded to 0.1) and self-contained: no fonts,
// scripts, styles or URLs from outside, only `url(#id)` references into the
// same document. Pure: no I/O.
import { visible } from '../../text/visible.ts';

/** Serialised markup. Only this module makes it (the class is not exported); a plain string is always text. */
class Markup {
  constructor(readonly xml: string) {}
}
export type { Markup };

export type Child = Markup | string | null | undefined | false;
export type Attrs = Record<string, string | number | null | undefined | false>;

// XML 1.0's Char production: anything else (C0 controls, lone surrogates,
// U+FFFE/FFFF) makes a document ill-formed, so it is drawn as U+FFFD.
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text or an attribute value as XML: control, bidirectional and other
 * invisible characters as visible escapes (as in the runbooks: a picture never
 * hides or reorders text), `& < > " '` as entities, and whatever XML still
 * cannot hold (a lone surrogate) as U+FFFD.
 */
export function escapeXml(text: string): string {
  if (PLAIN.test(text)) return text;
  return visible(text, { lines: true }).replace(NOT_XML_CHAR, '\uFFFD').replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

/** Text that escapeXml returns as it is: printable ASCII except `& < > " '` (most attribute values: colours, ids, numeric strings). */
const PLAIN = /^[\x20\x21\x23-\x25\x28-\x3b\x3d\x3f-\x7e]*$/;

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** A coordinate or length: at most one decimal, never `-0`, never exponent notation. */
export function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`not a finite number: ${n}`);
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}

const NAME = /^[a-zA-Z][-a-zA-Z0-9:]*$/;

function attributes(attrs: Attrs): string {
  let out = '';
  // for-in, not Object.entries (an array per attribute): every Attrs is an object literal, all keys its own
  for (const k in attrs) {
    if (!NAME.test(k)) throw new Error(`bad attribute name ${k}`);
    const v = attrs[k];
    if (v === null || v === undefined || v === false) continue;
    out += ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`;
  }
  return out;
}

/**
 * An element. Strings among the children are text (escaped). An element with
 * only element children puts each on its own line, so a drift diff reads by
 * element; mixed content stays on one line (a newline in <text> would draw as a space).
 */
export function el(name: string, attrs: Attrs = {}, ...children: Child[]): Markup {
  if (!NAME.test(name)) throw new Error(`bad element name ${name}`);
  const kids = children.filter((c): c is Markup | string => c !== null && c !== undefined && c !== false);
  if (!kids.length) return new Markup(`<${name}${attributes(attrs)}/>`);
  const block = kids.every((c) => c instanceof Markup);
  const inner = kids.map((c) => (c instanceof Markup ? c.xml : escapeXml(c))).join(block ? '\n' : '');
  return new Markup(block ? `<${name}${attributes(attrs)}>\n${inner}\n</${name}>` : `<${name}${attributes(attrs)}>${inner}</${name}>`);
}

/** Elements side by side, without a wrapper. */
export function group(children: readonly Child[]): Markup {
  return new Markup(children.filter((c): c is Markup | string => !!c).map((c) => (c instanceof Markup ? c.xml : escapeXml(c))).join('\n'));
}

/** The fonts: generic families with common local faces first; nothing is fetched. */
export const SANS = "'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif";
export const MONO = "'DejaVu Sans Mono', Menlo, Consolas, monospace";

/**
 * Width of a line of text, in px: monospace advances are 0.6 em in the
 * fonts above (DejaVu Sans Mono: 1233/2048); proportional text is estimated
 * at 0.62 em, wide enough for DejaVu Sans, the widest of them.
 */
export function textWidth(text: string, size: number, mono: boolean): number {
  return [...text].length * size * (mono ? 0.602 : 0.62);
}

/** The text cut to at most `max` characters, with an ellipsis when cut. */
export function fit(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return max <= 1 ? '…' : `${chars.slice(0, max - 1).join('')}…`;
}

/** Words wrapped to lines of at most `max` characters; a longer word is cut. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if ([...line].length + 1 + [...word].length <= max) line += ` ${word}`;
    else { lines.push(fit(line, max)); line = word; }
  }
  if (line) lines.push(fit(line, max));
  return lines;
}

export interface TextOptions {
  size?: number;
  mono?: boolean;
  weight?: 'normal' | 'bold';
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  /** A tooltip for viewers that show one (the full text of a cut label). */
  tooltip?: string;
}

/** One line of text with its baseline at y. */
export function text(x: number, y: number, content: string, o: TextOptions = {}): Markup {
  return el('text', {
    x, y,
    'font-family': o.mono ? MONO : null,
    'font-size': o.size ?? 12,
    'font-weight': o.weight === 'bold' ? 'bold' : null,
    fill: o.fill ?? INK,
    'text-anchor': o.anchor && o.anchor !== 'start' ? o.anchor : null,
  }, o.tooltip ? el('title', {}, o.tooltip) : null, content);
}

export const INK = '#1e293b';
export const MUTED = '#64748b';
export const PAPER = '#ffffff';
export const RULE = '#cbd5e1';

/** A diagonal hatch, for what is not a thing of its own (reserved addresses, parity blocks). */
export function hatch(id: string, color: string, background: string): Markup {
  return el('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    el('rect', { width: 6, height: 6, fill: background }),
    el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: color, 'stroke-width': 2.5 }));
}

export interface Picture {
  /** Prefix of every id in the picture, so several can share one HTML page. */
  id: string;
  width: number;
  height: number;
  title: string;
  desc: string;
  defs?: Markup[];
  body: Markup[];
}

/**
 * An SVG element: <title> and <desc> first, which SVG-AAM makes the accessible
 * name and description, and a white card so the picture reads on dark pages
 * too. `aria` adds role="img" with aria-labelledby/-describedby for inline use
 * in HTML; a file stays within the SVG 1.1 DTD, which has no ARIA attributes.
 */
export function svgElement(p: Picture, position: { x?: number; y?: number; aria?: boolean } = {}): Markup {
  return el('svg', {
    xmlns: position.x === undefined ? 'http://www.w3.org/2000/svg' : null,
    x: position.x ?? null,
    y: position.y ?? null,
    width: Math.ceil(p.width),
    height: Math.ceil(p.height),
    viewBox: `0 0 ${Math.ceil(p.width)} ${Math.ceil(p.height)}`,
    role: position.aria ? 'img' : null,
    'aria-labelledby': position.aria ? `${p.id}-title` : null,
    'aria-describedby': position.aria ? `${p.id}-desc` : null,
    'font-family': SANS,
  },
  el('title', { id: `${p.id}-title` }, p.title),
  el('desc', { id: `${p.id}-desc` }, p.desc),
  p.defs?.length ? el('defs', {}, ...p.defs) : null,
  el('rect', { width: Math.ceil(p.width), height: Math.ceil(p.height), rx: 10, fill: PAPER, stroke: RULE }),
  ...p.body);
}

/** The document text: the svg element and a final newline (no XML declaration: UTF-8 is XML's default). */
export function svgDocument(p: Picture): string {
  return `${svgElement(p).xml}\n`;
}

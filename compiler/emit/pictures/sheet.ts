// The pictures for `veilc explain --format svg|html`: several pictures of one
// spec as a single SVG document (stacked, each a nested <svg> that keeps its
// own viewBox and ids) or as one self-contained HTML page. Pure: no I/O.
import type { Model } from '../../model/build-model.ts';
import { drawPictures, type PictureName } from './emit-pictures.ts';
import { el, escapeXml, PAPER, svgElement, type Picture } from './svg.ts';

/** Space between stacked pictures, px. */
const GAP = 16;

function chosen(model: Model, names: readonly PictureName[]): Picture[] {
  return drawPictures(model).filter((d) => names.includes(d.name)).map((d) => d.picture);
}

/**
 * One SVG document holding the named pictures the spec has, top to bottom, in
 * PICTURES order (a spec without an object store has no erasure layout). Width
 * is the widest picture's; the others stay left-aligned at their own size.
 */
export function pictureSheetSvg(model: Model, names: readonly PictureName[]): string {
  const pictures = chosen(model, names);
  if (pictures.length === 1) return `${svgElement(pictures[0]!).xml}\n`;
  const width = Math.max(...pictures.map((p) => Math.ceil(p.width)));
  let y = 0;
  const placed = pictures.map((p) => {
    const markup = svgElement(p, { x: 0, y });
    y += Math.ceil(p.height) + GAP;
    return markup;
  });
  const height = Math.max(0, y - GAP);
  const cluster = model.spec.cluster.name;
  return `${el('svg', { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}` },
    el('title', {}, `veil cluster ${cluster}: ${pictures.map((p) => p.title).join('; ')}`),
    ...placed).xml}\n`;
}

/** A standalone HTML page (no scripts, no external resources) with each named picture inline, under its title. */
export function picturePageHtml(model: Model, names: readonly PictureName[]): string {
  const pictures = chosen(model, names);
  const title = escapeXml(`veil cluster ${model.spec.cluster.name}`);
  const figures = pictures.map((p) => `<figure>\n${svgElement(p, { aria: true }).xml}\n<figcaption>${escapeXml(p.title)}</figcaption>\n</figure>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    `<style>body{margin:24px;background:#f1f5f9;font-family:sans-serif}figure{margin:0 0 24px}svg{max-width:100%;height:auto;background:${PAPER}}figcaption{color:#475569;font-size:13px;margin-top:4px}</style>`,
    '</head>',
    '<body>',
    `<h1>${title}</h1>`,
    ...figures,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

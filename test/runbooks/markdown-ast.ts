// What a Markdown file *is* to GitHub, by GitHub's own parser: cmark-gfm
// (Debian package cmark-gfm) with the extensions github.com enables, as its
// XML syntax tree. The structure is the sequence of nodes that are not plain
// text; an autolink whose visible text is its own target counts as text (a
// reader sees where it goes).
import { execFileSync } from 'node:child_process';
import { findTool } from '../../compiler/verify/find-tool.ts';

export const GFM_EXTENSIONS = ['table', 'strikethrough', 'autolink', 'tagfilter'];

/** The cmark-gfm XML tree of `markdown`. */
export function gfmXml(markdown: string): string {
  const tool = findTool('cmark-gfm');
  if (!tool) throw new Error('cmark-gfm is not installed (apt-get install cmark-gfm)');
  return execFileSync(tool.path, ['--to', 'xml', ...GFM_EXTENSIONS.flatMap((e) => ['-e', e])], { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/**
 * The node types of the tree in document order, text nodes left out:
 * `heading:2`, `paragraph`, `softbreak`, `code_block:bash`, `html_block`,
 * `link`, `table_cell`, ... Two files with the same structure differ in
 * their text only: no block, break, cell, link or HTML more or less.
 */
export function structure(markdown: string): string[] {
  const xml = gfmXml(markdown);
  const out: string[] = [];
  const tag = /<(\w+)((?:\s+[\w:]+="[^"]*")*)\s*(\/?)>|<\/(\w+)>/g;
  const linkText: { dest: string; text: string; at: number }[] = [];
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [, open, attrs = '', , close] = m;
    if (close) {
      if (close === 'link') {
        const l = linkText.pop()!;
        // an autolink shows its own target: text, not structure
        if (l.text === l.dest || `mailto:${l.text}` === l.dest) out.splice(l.at, 1);
      }
      continue;
    }
    if (!open || open === 'document' || open === 'text') {
      if (open === 'text' && linkText.length) {
        const end = xml.indexOf('</text>', tag.lastIndex);
        linkText[linkText.length - 1]!.text += unescapeXml(xml.slice(tag.lastIndex, end));
      }
      continue;
    }
    const attr = (name: string) => unescapeXml(new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1] ?? '');
    if (open === 'link') linkText.push({ dest: attr('destination'), text: '', at: out.length });
    out.push(open === 'heading' ? `heading:${attr('level')}` : open === 'code_block' ? `code_block:${attr('info')}` : open);
  }
  return out;
}

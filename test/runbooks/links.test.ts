// Every relative link in the runbooks resolves: to a file (or folder) of the
// compiled tree, and, with a #fragment, to a heading of the target runbook
// under GitHub's anchor rules. The slugger here is written independently of
// compiler/emit/runbooks/markdown.ts, and pinned by known GitHub anchors.
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compiledTree, type Fixture } from './helpers.ts';

/** GitHub heading anchors (github-slugger), as a second implementation. */
function githubAnchor(heading: string): string {
  let out = '';
  for (const ch of heading.trim().toLowerCase()) {
    if (ch === ' ') out += '-';
    else if (ch === '-' || ch === '_' || /[\p{L}\p{N}\p{M}]/u.test(ch)) out += ch;
  }
  return out;
}

/** Anchors of a Markdown document: ATX headings outside fences, with GitHub's -1, -2 suffixes for repeats. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  let fence: string | null = null;
  for (const line of markdown.split('\n')) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1]!;
      else if (f[1]!.startsWith(fence[0]!) && f[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!h) continue;
    const text = h[1]!.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const base = githubAnchor(text);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

/** Inline links and images outside code: [text](target). */
function linksOf(markdown: string): string[] {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^ {0,3}(`{3,}|~{3,})/.test(line)) inFence = !inFence;
    if (inFence) continue;
    // code spans hold no links; a link whose text is code keeps its `](target)`
    const noCode = line.replace(/`[^`]*`/g, '');
    for (const m of noCode.matchAll(/\]\(([^)\s]+)\)/g)) out.push(m[1]!);
  }
  return out;
}

describe('the independent GitHub slugger agrees with GitHub on known headings', () => {
  it.each([
    ['Bring-up order', 'bring-up-order'],
    ['1. DNS', '1-dns'],
    ['8. Kustomizations, in order', '8-kustomizations-in-order'],
    ['Reference: k3s configuration', 'reference-k3s-configuration'],
    ['Zone home.arpa', 'zone-homearpa'],
    ['Join meteor-2', 'join-meteor-2'],
    ['What is `mc`?', 'what-is-mc'],
    ['A  B', 'a--b'],
  ])('%s -> #%s', (heading, anchor) => {
    expect(githubAnchor(heading.replace(/`/g, ''))).toBe(anchor);
  });
});

describe.each(['veil', 'nimbus'] as Fixture[])('links in the %s runbooks', (fixture) => {
  const files = compiledTree(fixture);
  const byPath = new Map(files.map((f) => [f.path, f.content]));
  const docs = files.filter((f) => f.path.startsWith('docs/') && f.path.endsWith('.md'));

  it('are checked against the whole compiled tree', () => {
    expect(files.some((f) => f.path.startsWith('flux/')) && files.some((f) => f.path.startsWith('unbound/'))).toBe(true);
    expect(docs.map((d) => d.path)).toEqual(['docs/ADDRESSING.md', 'docs/BACKUPS.md', 'docs/CHANGES.md', 'docs/COLD-START.md', 'docs/DNS.md', 'docs/STORAGE.md']);
  });

  it.each(docs.map((d) => [d.path, d.content] as const))('%s: every relative link resolves', (path, content) => {
    const links = linksOf(content).filter((l) => !/^[a-z][a-z0-9+.-]*:/i.test(l));
    expect(links.length).toBeGreaterThan(0);
    const broken: string[] = [];
    for (const l of links) {
      const [target, fragment] = l.split('#') as [string, string | undefined];
      const resolved = target === '' ? path : posix.normalize(posix.join(posix.dirname(path), target)).replace(/\/$/, '');
      const exists = byPath.has(resolved) || files.some((f) => f.path.startsWith(`${resolved}/`));
      if (!exists || resolved.startsWith('..')) {
        broken.push(`${l} (no ${resolved} in the compiled tree)`);
        continue;
      }
      if (fragment !== undefined) {
        const doc = byPath.get(resolved);
        if (doc === undefined || !anchorsOf(doc).has(fragment)) broken.push(`${l} (no heading #${fragment} in ${resolved})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('link every runbook from every other runbook', () => {
    for (const d of docs) {
      const targets = new Set(linksOf(d.content).map((l) => posix.normalize(posix.join('docs', l.split('#')[0]!))));
      for (const other of docs) if (other.path !== d.path) expect(targets, `${d.path} -> ${other.path}`).toContain(other.path);
    }
  });
});

describe('the link checker itself', () => {
  it('flags a missing anchor and a missing file', () => {
    const md = '# A\n\n## Two words\n\n```bash\n# Not a heading\n```\n';
    expect([...anchorsOf(md)]).toEqual(['a', 'two-words']);
    expect(linksOf('[x](./B.md#c) `[y](z)` [w](../unbound/x.zone)')).toEqual(['./B.md#c', '../unbound/x.zone']);
  });
});

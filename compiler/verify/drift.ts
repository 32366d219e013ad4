// Drift: does the committed out/ equal what the spec compiles to (the files
// and their ownership manifest)? Any difference means someone edited out/ by
// hand or forgot to recompile; the gate fails either way. out/ may come from a
// pull request, so it is read with lstat semantics (write/tree.ts): a link is
// reported as a link, never followed, and no byte of its target is read or
// printed. Paths and diff lines are printed with control characters made
// visible, so a file name cannot forge a CI log line.
import { createTwoFilesPatch } from 'diff';
import type { OutputFile } from '../emit/output.ts';
import { MANIFEST_NAME, parseManifest } from '../write/manifest.ts';
import { visible } from '../text/visible.ts';
import { KIND_WORDS, type TreeSnapshot } from '../write/tree.ts';

export interface Drift {
  /** Files the spec compiles to that are missing from out/. */
  added: string[];
  /** Files whose bytes differ. */
  changed: string[];
  /** Files the committed manifest lists that the spec no longer compiles to (compile removes them). */
  removed: string[];
  /** Files and folders veilc did not write: not in the committed manifest (compile refuses them without --prune-unknown). */
  unknown: string[];
  /** Symbolic links and other non-regular entries (`.` for out/ itself): never followed or opened. */
  links: string[];
  /** One short unified diff (or a one-line note) per entry above, capped per file. */
  diffs: string[];
  /** Changed file -> the first line (1-based) of the committed file that differs. */
  firstDifference: Record<string, number>;
}

const MAX_DIFF_LINES = 40;

/** `actual` is the committed tree as read by readOutSnapshot/readTreeSnapshot. */
export function computeDrift(expected: readonly OutputFile[], actual: TreeSnapshot, outLabel = 'out'): Drift {
  const label = (p: string) => visible(p ? `${outLabel}/${p}` : outLabel);
  const drift: Drift = { added: [], changed: [], removed: [], unknown: [], links: [], diffs: [], firstDifference: {} };
  if (actual.root !== 'dir' && actual.root !== 'missing') {
    drift.links.push('.');
    drift.diffs.push(`${label('')}: ${KIND_WORDS[actual.root]} where veilc writes a folder (not followed)`);
    return drift;
  }
  const want = new Map(expected.map((f) => [f.path, f.content]));
  const have = new Map(actual.entries.map((e) => [e.path, e]));
  const committedText = have.get(MANIFEST_NAME);
  const committed = committedText?.kind === 'file' ? parseManifest(committedText.content) : null;
  for (const [path, content] of want) {
    const cur = have.get(path);
    if (cur === undefined) drift.added.push(path);
    else if (cur.kind !== 'file') continue; // reported below as a link
    else if (cur.content !== content) { drift.changed.push(path); drift.firstDifference[path] = firstDifferingLine(cur.content, content); }
    else continue;
    drift.diffs.push(shortDiff(label(path), cur?.kind === 'file' ? cur.content : '', content));
  }
  for (const e of actual.entries) {
    if (e.kind !== 'file') {
      drift.links.push(e.path);
      drift.diffs.push(`${label(e.path)}: ${KIND_WORDS[e.kind]} where veilc ${want.has(e.path) ? 'writes a file' : 'writes nothing'} (not followed)`);
    } else if (!want.has(e.path)) {
      (committed && Object.hasOwn(committed.files, e.path) ? drift.removed : drift.unknown).push(e.path);
      drift.diffs.push(shortDiff(label(e.path), e.content, ''));
    }
  }
  for (const k of ['added', 'changed', 'removed', 'unknown', 'links'] as const) drift[k].sort();
  return drift;
}

export function hasDrift(d: Drift): boolean {
  return d.added.length + d.changed.length + d.removed.length + d.unknown.length + d.links.length > 0;
}

/** `a/` is what is committed, `b/` what the spec compiles to. */
function shortDiff(path: string, committed: string, compiled: string): string {
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, committed, compiled, undefined, undefined, { context: 2 });
  const lines = patch.split('\n').filter((l) => !l.startsWith('====')).filter((l, i, all) => i < all.length - 1 || l !== '').map((l) => visible(l));
  return lines.length > MAX_DIFF_LINES ? [...lines.slice(0, MAX_DIFF_LINES), `... ${lines.length - MAX_DIFF_LINES} more diff lines`].join('\n') : lines.join('\n');
}

/** The first 1-based line at which `a` and `b` differ (one past the shorter when one is a prefix of the other). */
export function firstDifferingLine(a: string, b: string): number {
  const la = a.split('\n'), lb = b.split('\n');
  let i = 0;
  while (i < la.length && i < lb.length && la[i] === lb[i]) i++;
  return Math.min(i + 1, Math.max(la.length, 1));
}

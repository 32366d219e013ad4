// Drift: does the committed out/ equal what the spec compiles to? Any added,
// changed or removed file means someone edited out/ by hand or forgot to
// recompile; the gate fails either way.
import { createTwoFilesPatch } from 'diff';
import type { OutputFile } from '../emit/output.ts';

export interface Drift {
  added: string[];
  changed: string[];
  removed: string[];
  /** Short unified diffs, one per changed/added/removed file, capped per file. */
  diffs: string[];
}

const MAX_DIFF_LINES = 40;

export function computeDrift(expected: readonly OutputFile[], actual: readonly OutputFile[], outLabel = 'out'): Drift {
  const want = new Map(expected.map((f) => [f.path, f.content]));
  const have = new Map(actual.map((f) => [f.path, f.content]));
  const added: string[] = [], changed: string[] = [], removed: string[] = [], diffs: string[] = [];
  for (const [path, content] of want) {
    const cur = have.get(path);
    if (cur === undefined) added.push(path);
    else if (cur !== content) changed.push(path);
    else continue;
    diffs.push(shortDiff(`${outLabel}/${path}`, cur ?? '', content));
  }
  for (const [path, content] of have) {
    if (!want.has(path)) {
      removed.push(path);
      diffs.push(shortDiff(`${outLabel}/${path}`, content, ''));
    }
  }
  return { added: added.sort(), changed: changed.sort(), removed: removed.sort(), diffs };
}

export function hasDrift(d: Drift): boolean {
  return d.added.length + d.changed.length + d.removed.length > 0;
}

/** `a/` is what is committed, `b/` what the spec compiles to. */
function shortDiff(path: string, committed: string, compiled: string): string {
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, committed, compiled, undefined, undefined, { context: 2 });
  const lines = patch.split('\n').filter((l) => !l.startsWith('====')).filter((l, i, all) => i < all.length - 1 || l !== '');
  return lines.length > MAX_DIFF_LINES ? [...lines.slice(0, MAX_DIFF_LINES), `... ${lines.length - MAX_DIFF_LINES} more diff lines`].join('\n') : lines.join('\n');
}

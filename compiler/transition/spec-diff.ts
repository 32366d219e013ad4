// Which spec values differ between the base spec and the new one, as paths in
// the NEW spec (that is where a finding points). Lists of named items (nodes,
// pools, zones, records) are matched by name, so inserting a node does not
// read as every later node changing; other lists compare as a whole.
import type { PathSegment, SpecPath } from '../diagnostics/diagnostic.ts';

export interface SpecChange {
  /** Path in the new spec; for a removal, the path of the list or mapping it was removed from. */
  path: SpecPath;
  /** Path in the base spec (what was there). */
  basePath: SpecPath;
  change: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const named = (xs: unknown[]): xs is { name: string }[] => xs.length > 0 && xs.every((x) => isObject(x) && typeof x.name === 'string');

/** Every value that differs between two specs (schema defaults applied to both), in new-spec order. */
export function specChanges(base: unknown, next: unknown): SpecChange[] {
  const out: SpecChange[] = [];
  walk(base, next, [], [], out);
  return out;
}

function walk(a: unknown, b: unknown, path: PathSegment[], basePath: PathSegment[], out: SpecChange[]): void {
  if (isObject(a) && isObject(b)) {
    for (const k of [...new Set([...Object.keys(b), ...Object.keys(a)])]) {
      if (!(k in b)) out.push({ path, basePath: [...basePath, k], change: 'removed', before: a[k], after: undefined });
      else if (!(k in a)) out.push({ path: [...path, k], basePath, change: 'added', before: undefined, after: b[k] });
      else walk(a[k], b[k], [...path, k], [...basePath, k], out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && (named(a) || named(b)) && (a.length === 0 || named(a)) && (b.length === 0 || named(b))) {
    const before = new Map((a as { name: string }[]).map((x, i) => [x.name, i]));
    const after = new Map((b as { name: string }[]).map((x, i) => [x.name, i]));
    (b as { name: string }[]).forEach((x, i) => {
      const j = before.get(x.name);
      if (j === undefined) out.push({ path: [...path, i], basePath, change: 'added', before: undefined, after: x });
      else walk(a[j], x, [...path, i], [...basePath, j], out);
    });
    (a as { name: string }[]).forEach((x, j) => {
      if (!after.has(x.name)) out.push({ path, basePath: [...basePath, j], change: 'removed', before: x, after: undefined });
    });
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push({ path, basePath, change: 'changed', before: a, after: b });
}

/** Does `path` lie at or below `prefix`? */
export function under(path: SpecPath, prefix: SpecPath): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => path[i] === s);
}

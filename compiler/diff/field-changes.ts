// Leaf-level differences between two JSON values: what `plan` prints per
// resource or record (`~ spec.replicas: 3 -> 4`) and what the transition rules
// classify. Pure.

/** One leaf that differs; `before` undefined = added, `after` undefined = removed. */
export interface FieldChange {
  /** `spec.x`, `metadata.annotations["metallb.io/loadBalancerIPs"]`, `args[4]` */
  path: string;
  before?: unknown;
  after?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(key)) return `${parent}[${JSON.stringify(key)}]`;
  return parent ? `${parent}.${key}` : key;
}

/**
 * Leaf-level differences between two JSON values, keys in sorted order; lists
 * compare item by item (index paths), so an inserted item shows as the items
 * after it changing, as `kubectl diff` would show it too.
 */
export function fieldChanges(a: unknown, b: unknown, path = ''): FieldChange[] {
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((k) => fieldChanges(a[k], b[k], childPath(path, k)));
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: FieldChange[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...fieldChanges(a[i], b[i], childPath(path, i)));
    return out;
  }
  if (a === b || (a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b))) return [];
  return [{ path: path || '(value)', ...(a !== undefined ? { before: a } : {}), ...(b !== undefined ? { after: b } : {}) }];
}

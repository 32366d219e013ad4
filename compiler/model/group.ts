// Grouping by key, done once in TypeScript. The Wasm policy engine has no
// comprehension indexing: a Rego group-by ({k: [x | ...; x.key == k]}) or a
// pairwise i<j comparison is O(n^2) there (1,000 entries ~45 ms, 8,000
// ~2.2 s, measured with opa-wasm 1.10), so rules that look entries up by key
// or compare them pairwise read indexes built here instead.

/** Key -> the values of the items with that key, in item order; keys in first-seen order. */
export function groupBy<T, V>(items: readonly T[], key: (item: T) => string, value: (item: T, index: number) => V): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  items.forEach((item, i) => {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(value(item, i));
    else groups.set(k, [value(item, i)]);
  });
  return groups;
}

/** Ascending indexes of the items that share a key with another item: one list per such key, first-seen order. */
export function sharedKeys<T>(items: readonly T[], key: (item: T) => string): number[][] {
  return [...groupBy(items, key, (_, i) => i).values()].filter((g) => g.length > 1);
}

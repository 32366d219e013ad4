// "did you mean ...?" for near-miss keys and enum values.

export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDist = Infinity;
  const w = word.toLowerCase();
  // a suggestion must be closer than a rewrite: at most a third of the word (min 2 edits)
  const limit = Math.max(2, Math.floor(word.length / 3));
  for (const c of candidates) {
    // the distance is at least the difference in length: skip the matrix (a hostile key can be 1 MB long)
    if (Math.abs(w.length - c.length) > limit) continue;
    const d = distance(w, c.toLowerCase());
    if (d < bestDist) { best = c; bestDist = d; }
  }
  return best !== undefined && bestDist <= limit ? best : undefined;
}

/** Damerau-Levenshtein (optimal string alignment): a swapped pair counts as one edit. */
export function distance(a: string, b: string): number {
  const rows = a.length + 1, cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

// What changed inside one plan item, value by value, the way `terraform plan`
// shows an update in place (`~ spec.replicas: 3 -> 4`): leaf fields of a
// Kubernetes object or a DNS record (compiler/diff/field-changes.ts), and
// changed lines of a runbook section.

/** Lines of a text item (a runbook section) that only one side has, in order, capped. */
export interface LineChanges {
  removed: string[];
  added: string[];
  /** Changed lines not listed because of the cap. */
  more: number;
}

const MAX_LINES = 12;

/** Lines removed and added between two texts (a longest-common-subsequence diff), at most 12 listed. */
export function lineChanges(before: string, after: string): LineChanges {
  const a = before.split('\n'), b = after.split('\n');
  // LCS table; runbook sections are short (tens of lines), so O(n*m) is fine
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: string[] = [], added: string[] = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) { i++; j++; } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(b[j++]!);
    else removed.push(a[i++]!);
  }
  const keep = (xs: string[]) => xs.filter((l) => l.trim() !== '');
  const r = keep(removed), ad = keep(added);
  const listedRemoved = r.slice(0, MAX_LINES), listedAdded = ad.slice(0, Math.max(0, MAX_LINES - listedRemoved.length));
  return { removed: listedRemoved, added: listedAdded, more: r.length + ad.length - listedRemoved.length - listedAdded.length };
}

/** A value as a plan line shows it: JSON, long ones cut in the middle. */
export function showValue(v: unknown, max = 80): string {
  const text = JSON.stringify(v) ?? 'null';
  return text.length <= max ? text : `${text.slice(0, max - 20)}…${text.slice(-19)}`;
}

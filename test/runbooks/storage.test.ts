// STORAGE.md's failure table: worst cases checked by brute force over every
// choice of failed nodes, with read/write survival from MinIO's quorum rules
// (read quorum = data drives; write quorum = data, plus one when data ==
// parity), not from the emitter's helpers.
import { describe, expect, it } from 'vitest';
import { failureRows } from '../../compiler/emit/runbooks/storage.ts';
import type { ErasureFacts } from '../../compiler/model/facts.ts';
import { model, runbookText, type Fixture } from './helpers.ts';

function subsets<T>(xs: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (xs.length < k) return [];
  const [head, ...rest] = xs as [T, ...T[]];
  return [...subsets(rest, k - 1).map((s) => [head, ...s]), ...subsets(rest, k)];
}

function bruteForce(e: ErasureFacts, failedNodes: number): number {
  const idx = e.serverNodes.map((_, i) => i);
  let worst = 0;
  for (const down of subsets(idx, failedNodes)) {
    for (const set of e.drivesPerNodeInSet) worst = Math.max(worst, down.reduce((a, i) => a + (set[i] ?? 0), 0));
  }
  return worst;
}

function survives(e: ErasureFacts, lost: number): { reads: boolean; writes: boolean } {
  const size = e.setSize!;
  const data = size - e.parity;
  const writeQuorum = data === e.parity ? data + 1 : data;
  return { reads: size - lost >= data, writes: size - lost >= writeQuorum };
}

/** Rows of the Markdown table whose header starts with `| Failure |`. */
function failureTable(md: string): string[][] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith('| Failure |'));
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!.split('|').slice(1, -1).map((c) => c.trim()));
  return rows;
}

describe.each(['veil', 'nimbus'] as Fixture[])('%s failure table', (fixture) => {
  const e = model(fixture).facts.erasure!;
  const md = runbookText(fixture).get('docs/STORAGE.md')!;

  it('has one drive, one node and two nodes, worst case, as MinIO quorum rules say', () => {
    const expected: string[][] = [];
    const yn = (b: boolean) => (b ? 'yes' : '**no**');
    const add = (label: string, lost: number) => {
      const s = survives(e, lost);
      expected.push([label, String(lost), yn(s.reads), yn(s.writes)]);
    };
    add('One drive', 1);
    add('One node', bruteForce(e, 1));
    add('Two nodes', bruteForce(e, 2));
    expect(failureTable(md)).toEqual(expected);
  });

  it('the rows come from the facts, so a different layout changes them', () => {
    const oneDrivePerSetNode: ErasureFacts = { ...e, drivesPerNodeInSet: [e.serverNodes.map(() => 1)] };
    expect(failureRows(oneDrivePerSetNode).find((r) => r.failure === 'Two nodes')!.drivesLost).toBe(2);
    expect(failureRows(e).find((r) => r.failure === 'Two nodes')!.drivesLost).toBe(bruteForce(e, 2));
  });
});

describe('veil matches the plan', () => {
  it('EC(4,2) on 3 nodes x 2 drives: one node is fine, two nodes stop reads and writes', () => {
    const rows = failureTable(runbookText('veil').get('docs/STORAGE.md')!);
    expect(rows.map((r) => [r[0], r[2], r[3]])).toEqual([
      ['One drive', 'yes', 'yes'],
      ['One node', 'yes', 'yes'],
      ['Two nodes', '**no**', '**no**'],
    ]);
  });
});

// STORAGE.md's failure tables: worst cases checked by brute force over every
// choice of failed drives and nodes, on the sets MinIO forms from the compiled
// server arguments (expanded with the port of MinIO's ellipses code), with
// read/write survival decided as MinIO's put path, read quorum and locks do
// (test/fixtures/minio-quorum.ts), not from the emitter's helpers.
import { describe, expect, it } from 'vitest';
import { minioVolumeArg } from '../../compiler/emit/flux/minio-args.ts';
import { failureRows } from '../../compiler/emit/runbooks/storage.ts';
import type { PoolFacts } from '../../compiler/model/facts.ts';
import { minioSets } from '../flux/minio-ellipses.ts';
import { getSucceeds, lockSucceeds, putSucceeds } from '../fixtures/minio-quorum.ts';
import { model, runbookText, type Fixture } from './helpers.ts';

function subsets<T>(xs: readonly T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (xs.length < k) return [];
  const [head, ...rest] = xs as [T, ...T[]];
  return [...subsets(rest, k - 1).map((s) => [head, ...s]), ...subsets(rest, k)];
}

/** Drives of each set on each server, from the pool's compiled argument as MinIO expands it. */
function setsOnServers(p: PoolFacts, namespace: string): number[][] {
  const { sets } = minioSets(minioVolumeArg(p, namespace));
  return sets.map((set) => Array.from({ length: p.servers }, (_, i) => set.filter((ep) => ep.startsWith(`http://${p.name}-${i}.`)).length));
}

/** [drives lost in the worst set, reads survive, writes survive] when `k` servers go, worst case. */
function bruteForce(p: PoolFacts, parity: number, namespace: string, k: number): [number, boolean, boolean] {
  const sets = setsOnServers(p, namespace);
  const size = p.setSize!;
  let worst = 0, reads = true, writes = true;
  for (const down of subsets(sets[0]!.map((_, i) => i), k)) {
    for (const set of sets) {
      const offline = down.reduce((a, i) => a + set[i]!, 0);
      const hosts = set.filter((c) => c > 0).length, lostHosts = down.filter((i) => set[i]! > 0).length;
      worst = Math.max(worst, offline);
      reads &&= getSucceeds(size, parity, offline) && lockSucceeds(hosts, lostHosts, false);
      writes &&= putSucceeds(size, parity, offline) && lockSucceeds(hosts, lostHosts, true);
    }
  }
  return [worst, reads, writes];
}

/** Rows of every Markdown table whose header starts with `| Failure |`, one list per table. */
function failureTables(md: string): string[][][] {
  const lines = md.split('\n');
  const tables: string[][][] = [];
  lines.forEach((l, start) => {
    if (!l.startsWith('| Failure |')) return;
    const rows: string[][] = [];
    for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++) rows.push(lines[i]!.split('|').slice(1, -1).map((c) => c.trim()));
    tables.push(rows);
  });
  return tables;
}

const yn = (b: boolean) => (b ? 'yes' : '**no**');

describe.each(['veil', 'nimbus'] as Fixture[])('%s failure tables', (fixture) => {
  const m = model(fixture);
  const e = m.facts.erasure!;
  const ns = m.spec.objectStore!.namespace;
  const md = runbookText(fixture).get('docs/STORAGE.md')!;

  it('one table per pool: one drive, one node and two nodes, worst case, as MinIO decides', () => {
    const expected = e.pools.map((p) => {
      const one: [string, string, string, string] = ['One drive', '1', yn(getSucceeds(p.setSize!, e.parity, 1)), yn(putSucceeds(p.setSize!, e.parity, 1))];
      const nodes = [1, 2].map((k) => {
        const [lost, reads, writes] = bruteForce(p, e.parity, ns, k);
        return [k === 1 ? 'One node' : 'Two nodes', String(lost), yn(reads), yn(writes)];
      });
      return [one, ...nodes];
    });
    expect(failureTables(md)).toEqual(expected);
  });

  it('the rows come from the facts, so a different layout changes them', () => {
    const p = e.pools[0]!;
    const wider: PoolFacts = { ...p, hostsPerSet: p.setSize!, drivesPerHostInSet: 1, servers: p.setSize!, serverNodes: Array.from({ length: p.setSize! }, (_, i) => `n${i}`) };
    expect(failureRows(wider).find((r) => r.failure === 'Two nodes')!.drivesLost).toBe(2);
    expect(failureRows(p).find((r) => r.failure === 'Two nodes')!.drivesLost).toBe(bruteForce(p, e.parity, ns, 2)[0]);
  });
});

describe('veil matches the plan', () => {
  it('EC(4,2) on 3 nodes x 2 drives: one node is fine, two nodes stop reads and writes', () => {
    const rows = failureTables(runbookText('veil').get('docs/STORAGE.md')!)[0]!;
    expect(rows.map((r) => [r[0], r[2], r[3]])).toEqual([
      ['One drive', 'yes', 'yes'],
      ['One node', 'yes', 'yes'],
      ['Two nodes', '**no**', '**no**'],
    ]);
  });
});

describe('nimbus: two pools', () => {
  const md = runbookText('nimbus').get('docs/STORAGE.md')!;

  it('a section per pool, and the node-loss table names each pool a node serves', () => {
    expect(md).toContain('### Pool objects\n');
    expect(md).toContain('### Pool objects-fast\n');
    expect(md).toMatch(/\| `cirrus-1` \| objects 1, objects-fast 2 \| yes \| yes \|/);
    expect(md).toMatch(/\| `stratus-1` \| objects 1 \| yes \| yes \|/);
  });

  it('says how to add a pool: restart every server at once, then check each StatefulSet', () => {
    const section = md.slice(md.indexOf('## Add a server pool'));
    expect(section).toContain('kubectl -n storage delete pod -l app.kubernetes.io/name=minio --wait=false');
    expect(section).toContain('kubectl -n storage rollout status statefulset/objects --timeout=600s');
    expect(section).toContain('kubectl -n storage rollout status statefulset/objects-fast --timeout=600s');
  });
});

// The MinIO geometry the policies rely on, checked against a transcription of
// MinIO's own algorithm (cmd/endpoint-ellipses.go getSetIndexes and
// github.com/minio/pkg ellipses expansion), kept here independent of
// compiler/model/erasure.ts, plus exact capacity arithmetic and the fix hints.
import { describe, expect, it } from 'vitest';
import { erasureAlternatives } from '../../compiler/model/erasure-alternatives.ts';
import { chooseSetSize, drivesPerServerInSet, layout, nodeTolerance, possibleSetSizes, quorum, setSpread, symmetryLength } from '../../compiler/model/erasure.ts';
import { buildModel } from '../../compiler/model/build-model.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { getSucceeds, lockSucceeds, putSucceeds } from '../fixtures/minio-quorum.ts';
import { GIB } from './helpers.ts';

const SET_SIZES = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];

/** getSetIndexes for one pool `http://minio-{0...S-1}.svc/data{0...D-1}` (or one ellipsis when S or D is 1). */
function minioSetSize(servers: number, drives: number): number | undefined {
  // FindEllipsesPatterns parses right to left: the drive pattern first, then the server pattern
  const patterns = [drives > 1 ? drives : 0, servers > 1 ? servers : 0].filter((n) => n > 0);
  const total = servers * drives;
  if (total < 2) return undefined;
  let counts = SET_SIZES.filter((s) => total % s === 0);
  // possibleSetCountsWithSymmetry: the last pattern examined (the server one) decides
  counts = counts.filter((ss) => {
    let symmetry = false;
    for (const len of patterns) symmetry = len > ss ? len % ss === 0 : ss % len === 0;
    return symmetry;
  });
  if (!counts.length) return undefined;
  // commonSetDriveCount: the largest size, i.e. the fewest sets
  let best: number | undefined, prevD = total / counts[0]!;
  for (const c of counts) if (total % c === 0 && total / c <= prevD) { prevD = total / c; best = c; }
  return best;
}

/** ArgPattern.Expand: the first pattern (drives) is the outer loop, the server varies fastest. */
function minioEndpoints(servers: number, drives: number): { server: number; drive: number }[] {
  const out: { server: number; drive: number }[] = [];
  for (let d = 0; d < drives; d++) for (let s = 0; s < servers; s++) out.push({ server: s, drive: d });
  return out;
}

describe('set size and layout match MinIO', () => {
  it('for every layout up to 12 servers x 8 drives', () => {
    for (let s = 1; s <= 12; s++) {
      for (let d = 1; d <= 8; d++) {
        expect(chooseSetSize(s, d), `${s} x ${d}`).toBe(minioSetSize(s, d));
        const size = minioSetSize(s, d);
        if (size === undefined) continue;
        const expected = minioEndpoints(s, d).map((e, i) => ({ ...e, set: Math.floor(i / size) }));
        expect(layout(s, d, size).map(({ server, drive, set }) => ({ server, drive, set })), `${s} x ${d}`).toEqual(expected);
      }
    }
  });

  it('for every layout the erasure alternatives search (64 servers x 16 drives): the largest of the possible sizes', () => {
    for (let s = 1; s <= 64; s++) {
      for (let d = 1; d <= 16; d++) {
        expect(chooseSetSize(s, d), `${s} x ${d}`).toBe(minioSetSize(s, d));
        expect(chooseSetSize(s, d), `${s} x ${d}`).toBe(possibleSetSizes(s * d, symmetryLength(s, d)).at(-1));
      }
    }
  });

  it('for the plan and the known awkward cases', () => {
    expect(chooseSetSize(3, 2)).toBe(6);
    expect(chooseSetSize(4, 1)).toBe(4);
    expect(chooseSetSize(5, 1)).toBe(5);
    expect(chooseSetSize(1, 1)).toBeUndefined();
    // 17 drives: no size in 2..16 divides a prime above 16
    expect(chooseSetSize(17, 1)).toBeUndefined();
    // 4 x 3 = 12: 6 and 3 are not symmetric with 4 servers, 12 is
    expect(chooseSetSize(4, 3)).toBe(12);
  });
});

function model(yaml: object) {
  const { spec, findings } = validateSchema(yaml);
  expect(findings).toEqual([]);
  return buildModel(spec).model.facts.erasure!;
}

function subsets(n: number, k: number): number[][] {
  if (k === 0) return [[]];
  if (n < k) return [];
  return [...subsets(n - 1, k - 1).map((s) => [...s, n - 1]), ...subsets(n - 1, k)];
}

function store(servers: number, drives: number, data: number, parity: number, size = '1Gi') {
  const nodes = Array.from({ length: Math.max(servers, 4) }, (_, i) => ({ name: `n${i + 1}`, address: `10.0.0.${i + 10}` }));
  return {
    cluster: { name: 't' }, network: { cidr: '10.0.0.0/24', gateway: '10.0.0.1' }, nodes,
    objectStore: { erasure: { data, parity }, servers, drivesPerServer: drives, driveSize: size, nodes: nodes.slice(0, servers).map((n) => n.name), credentials: { secretRef: { name: 'root' } } },
  };
}

describe('reads and writes with servers down, as MinIO decides them', () => {
  it('every set of a layout MinIO accepts spreads evenly: hostsPerSet servers with drivesPerHost drives each', () => {
    let checked = 0;
    for (let servers = 1; servers <= 16; servers++) {
      for (let drives = 1; drives <= 16; drives++) {
        const size = chooseSetSize(servers, drives);
        if (size === undefined) continue;
        const { hosts, drivesPerHost } = setSpread(servers, size);
        for (const set of drivesPerServerInSet(servers, drives, size)) {
          expect(set.filter((c) => c > 0), `${servers}x${drives}`).toEqual(Array(hosts).fill(drivesPerHost));
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('node tolerance = brute force over every set of lost servers, with the put path, read quorum and dsync locks', () => {
    let checked = 0;
    for (let servers = 1; servers <= 8; servers++) {
      for (let drives = 1; drives <= 6; drives++) {
        const size = chooseSetSize(servers, drives);
        if (size === undefined) continue;
        const sets = drivesPerServerInSet(servers, drives, size);
        for (let parity = 0; parity <= Math.floor(size / 2); parity++) {
          const survives = (k: number, write: boolean) => subsets(servers, k).every((down) => sets.every((set) => {
            const offline = down.reduce((a, i) => a + set[i]!, 0);
            const hosts = set.filter((c) => c > 0).length;
            const lostHosts = down.filter((i) => set[i]! > 0).length;
            return (write ? putSucceeds(size, parity, offline) : getSucceeds(size, parity, offline)) && lockSucceeds(hosts, lostHosts, write);
          }));
          const brute = (write: boolean) => { let k = 0; while (k < servers && survives(k + 1, write)) k++; return k; };
          const t = nodeTolerance(setSpread(servers, size), quorum(size, parity), servers);
          expect({ layout: `${servers}x${drives} EC:${parity}`, reads: t.reads, writes: t.writes })
            .toEqual({ layout: `${servers}x${drives} EC:${parity}`, reads: brute(false), writes: brute(true) });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(80);
  });

  it('the issue\'s 3 x 4 EC:2: one lost server stops reads, not writes (7 of 12 drives are a majority)', () => {
    const e = model(store(3, 4, 10, 2));
    const p = e.pools[0]!;
    expect([p.readQuorum, p.writeQuorum, p.parityWriteQuorum]).toEqual([10, 7, 10]);
    expect([p.readNodeTolerance, p.writeNodeTolerance]).toEqual([0, 1]);
    expect(e.nodeLoss.map((l) => [l.readsSurvive, l.writesSurvive])).toEqual([[false, true], [false, true], [false, true]]);
  });

  it('a write needs a majority whatever the parity: 16 x 1 with EC:1 and EC:8 both take 9 drives', () => {
    expect(quorum(16, 1).writeQuorum).toBe(9);
    expect(quorum(16, 8).writeQuorum).toBe(9);
    expect(putSucceeds(16, 1, 7)).toBe(true);
    expect(putSucceeds(16, 1, 8)).toBe(false);
  });
});

describe('usable capacity', () => {
  it('is exact where floating point lands a byte short: 11 x 5 drives, EC(6,5), 1 GiB each', () => {
    // 6/11 of 55 drives = 30 drives' worth
    expect(model(store(11, 5, 6, 5)).usableBytes).toBe(30 * GIB);
  });

  it('adds up the pools, each with its own drive size and sets', () => {
    const y = store(3, 2, 4, 2, '125Gi') as ReturnType<typeof store> & { objectStore: Record<string, unknown> };
    // 4 servers x 1 drive of 250 GiB: one set of 4, EC(2,2)
    y.objectStore.pools = [{ name: 'b', servers: 4, drivesPerServer: 1, driveSize: '250Gi', erasure: { data: 2 }, nodes: ['n1', 'n2', 'n3', 'n4'] }];
    const e = model(y);
    expect(e.pools.map((p) => [p.name, p.setSize, p.usableBytes / GIB])).toEqual([['minio', 6, 500], ['minio-b', 4, 500]]);
    expect([e.usableBytes, e.rawBytes, e.totalDrives]).toEqual([1000 * GIB, 1750 * GIB, 10]);
    // 3 x 2 EC:2 survives one node for both; 4 x 1 EC:2 one for writes: the deployment survives 1
    expect([e.readNodeTolerance, e.writeNodeTolerance]).toEqual([1, 1]);
    // n1..n3 carry a server of each pool, n4 only one of pool b
    expect(e.nodeLoss.map((l) => [l.node, l.pools.map((x) => `${x.pool}:${x.drivesPerSet}`).join(' ')])).toEqual([
      ['n1', 'minio:2 minio-b:1'], ['n2', 'minio:2 minio-b:1'], ['n3', 'minio:2 minio-b:1'], ['n4', 'minio-b:1'],
    ]);
  });
});

describe('MINIO_STORAGE_CLASS_STANDARD is needed exactly when parity differs from the default', () => {
  it.each([
    [3, 2, 4, 2, true], // 6 drives default EC:3
    [3, 2, 3, 3, false],
    [4, 1, 2, 2, false], // 4 drives default EC:2
    [4, 2, 6, 2, true], // 8 drives default EC:4
    [4, 2, 4, 4, false],
  ])('%i x %i EC(%i,%i): %s', (s, d, data, parity, required) => {
    expect(model(store(s, d, data, parity)).storageClassStandardRequired).toBe(required);
  });
});

describe('fix hints', () => {
  it('5 x 1 with EC(4,2): 3 servers x 2 drives keeps a node of tolerance; EC(3,2) fits 5 drives', () => {
    const alt = erasureAlternatives({ servers: 5, drivesPerServer: 1, data: 4, parity: 2, allowedNodes: 5, requiredNodeFailures: 1, parityFixed: false });
    expect(alt.layouts[0]).toEqual({ servers: 3, drivesPerServer: 2, totalDrives: 6, extraNodes: 0 });
    // 2 x 3 also forms a set of 6 but one node holds 3 drives, more than parity 2
    expect(alt.layouts).not.toContainEqual({ servers: 2, drivesPerServer: 3, totalDrives: 6, extraNodes: 0 });
    expect(alt.codes).toEqual([{ data: 3, parity: 2 }]);
  });

  it('parity above half the set: the largest valid parity, then the default', () => {
    expect(erasureAlternatives({ servers: 4, drivesPerServer: 2, data: 2, parity: 6, allowedNodes: 4, requiredNodeFailures: 1, parityFixed: false }).codes)
      .toEqual([{ data: 4, parity: 4 }]);
    expect(erasureAlternatives({ servers: 3, drivesPerServer: 2, data: 5, parity: 1, allowedNodes: 3, requiredNodeFailures: 1, parityFixed: false }).codes)
      .toEqual([{ data: 5, parity: 1 }, { data: 3, parity: 3 }]);
  });

  it('an added pool keeps the deployment\'s parity: only the code with that parity is offered', () => {
    expect(erasureAlternatives({ servers: 3, drivesPerServer: 2, data: 5, parity: 1, allowedNodes: 3, requiredNodeFailures: 1, parityFixed: true }).codes)
      .toEqual([{ data: 5, parity: 1 }]);
    // EC:4 cannot fit sets of 6 at all
    expect(erasureAlternatives({ servers: 3, drivesPerServer: 2, data: 2, parity: 4, allowedNodes: 3, requiredNodeFailures: 1, parityFixed: true }).codes).toEqual([]);
  });

  it('a layout offered for node failures survives them, and says when it needs more nodes', () => {
    // 3 x 4 EC(10,2) on 3 nodes: sets of 12 that survive a node need at least 6 servers
    const alt = erasureAlternatives({ servers: 3, drivesPerServer: 4, data: 10, parity: 2, allowedNodes: 3, requiredNodeFailures: 1, parityFixed: false });
    expect(alt.tolerantLayouts).toEqual([{ servers: 6, drivesPerServer: 2, totalDrives: 12, extraNodes: 3 }]);
    const t = nodeTolerance(setSpread(6, 12), quorum(12, 2), 6);
    expect(Math.min(t.reads, t.writes)).toBeGreaterThanOrEqual(1);
  });

  it('no codes when MinIO forms no set at all', () => {
    expect(erasureAlternatives({ servers: 17, drivesPerServer: 1, data: 4, parity: 2, allowedNodes: 17, requiredNodeFailures: 1, parityFixed: false }).codes).toEqual([]);
  });
});

// Server pools in another order, on the pinned MinIO: the evidence behind
// VEIL-CHANGE-015 (compiler/transition/rules/minio.ts). MinIO's source
// accepts a new pool order (poolMeta.validate, cmd/erasure-server-pool-decom.go);
// the docs say nothing. Here a three-pool deployment gets objects in every
// pool, every server stops, and every server starts again with the compiled
// arguments of a spec that lists the added pools the other way round: every
// object must still be readable and writable, and MinIO must report the pools
// in the new order.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { destroy, ROOT_CREDENTIALS, startDeployment, type Deployment } from './deployment.ts';
import { MINIO, run, WHY } from './find-minio.ts';
import { compiledPools, layoutModel, type PoolLayout } from './layout-model.ts';
import { s3Request, storageInfo } from './s3.ts';

// the first pool and two added pools of different shapes, so each is recognisable by its sets
const FIRST: PoolLayout = { servers: 2, drivesPerServer: 2, data: 2 };
const B: PoolLayout = { servers: 2, drivesPerServer: 3, data: 4 };
const C: PoolLayout = { servers: 2, drivesPerServer: 4, data: 6 };
const KEYS = Array.from({ length: 24 }, (_, i) => `before-${i}`);
const body = (key: string) => Buffer.from(`${key} `.repeat(4096));

run('a real MinIO restarted with its added server pools in another order', () => {
  const before = layoutModel([FIRST, B, C], '10Gi', ['b', 'c']);
  const after = layoutModel([FIRST, C, B], '10Gi', ['c', 'b']);
  let d: Deployment | undefined;
  /** pool name -> keys whose object lives on that pool's drives */
  const placed = new Map<string, string[]>();

  beforeAll(async () => {
    if (!MINIO) throw new Error(WHY);
    const first = await startDeployment({ minio: MINIO, pools: compiledPools(before), storageClassStandard: before.facts.erasure!.storageClassStandard });
    d = first;
    expect([200, 409]).toContain((await s3Request(first.livePort(), ROOT_CREDENTIALS, 'PUT', '/veilc')).status);
    for (const k of KEYS) expect((await s3Request(first.livePort(), ROOT_CREDENTIALS, 'PUT', `/veilc/${k}`, body(k))).status).toBe(200);
    // where MinIO put each object: its folder on a drive of one pool's first server
    for (const [pi, p] of compiledPools(before).entries()) {
      const s = first.servers.find((x) => x.pool === pi && x.ordinal === 0)!;
      placed.set(p.name, KEYS.filter((k) => existsSync(join(s.dir, 'data0', 'veilc', k))));
    }
    await first.stopAll();
    // the same servers (ports and folders follow their pool), the pools in the new order
    const ports = compiledPools(after).map((p) => [...new Set(first.servers.filter((s) => compiledPools(before)[s.pool]!.name === p.name).map((s) => s.port))]);
    d = await startDeployment({ minio: MINIO, pools: compiledPools(after), storageClassStandard: after.facts.erasure!.storageClassStandard, reuse: { dir: first.dir, ports } });
  }, 300_000);
  afterAll(async () => { await destroy(d); }, 30_000);

  it('the spec\'s new order only swaps the added pools\' arguments on the command line', () => {
    const [a, b] = [compiledPools(before), compiledPools(after)];
    expect(b.map((p) => p.name)).toEqual(['minio', 'minio-c', 'minio-b']);
    expect(b).toEqual([a[0], a[2], a[1]]);
  });

  it('before the restart, objects were on more than one pool (so the test can see a lost pool)', () => {
    expect([...placed.values()].filter((keys) => keys.length > 0).length, JSON.stringify(Object.fromEntries(placed))).toBeGreaterThan(1);
    expect([...placed.values()].flat().sort()).toEqual([...KEYS].sort());
  });

  it('MinIO reports the pools in the new order', async () => {
    const info = await storageInfo(d!.livePort(), ROOT_CREDENTIALS);
    expect(after.facts.erasure!.pools.map((p) => p.setSize)).toEqual([4, 8, 6]);
    expect(info.Backend.DrivesPerSet).toEqual([4, 8, 6]);
  }, 60_000);

  it('every object written before is readable, and new ones can be written', async () => {
    const port = d!.livePort();
    // a loaded machine can fail a request right after start-up (main's real-MinIO test saw the same):
    // a lost object stays lost for the 30 s of tries, a slow one does not
    const deadline = Date.now() + 30_000;
    for (const k of KEYS) {
      const statuses: number[] = [];
      for (;;) {
        const r = await s3Request(port, ROOT_CREDENTIALS, 'GET', `/veilc/${k}`).catch(() => ({ status: 0, body: Buffer.alloc(0) }));
        statuses.push(r.status);
        if (r.status === 200 && r.body.equals(body(k))) break;
        if (Date.now() > deadline) expect.fail(`${k}: GET ${statuses.join(',')}\n${d!.logs()}`);
        await new Promise((res) => setTimeout(res, 1000));
      }
    }
    expect((await s3Request(port, ROOT_CREDENTIALS, 'PUT', '/veilc/after-reorder', body('after'))).status).toBe(200);
  }, 180_000);
});

// veilc's MinIO model against a real MinIO server (the pinned release, built
// by scripts/toolchain.sh into tools/bin/minio). For each layout, the compiled
// server arguments start a real distributed MinIO on loopback
// (deployment.ts); its admin API and metrics must report the erasure sets,
// parity and usable capacity veilc computed; then one node is lost (its
// servers killed) and a GET of an object written before and a PUT of a new
// one must succeed exactly when veilc's read and write tolerance say so.
// The two-pool case grows a running deployment the way MinIO grows: first
// pool alone, an object written, then every server restarted with the second
// pool appended.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Model } from '../../compiler/model/build-model.ts';
import { destroy, ROOT_CREDENTIALS, startDeployment, type Deployment, type Server } from './deployment.ts';
import { MINIO, run, WHY } from './find-minio.ts';
import { compiledPools, layoutModel, type PoolLayout } from './layout-model.ts';
import { clusterMetric, s3Request, storageInfo } from './s3.ts';

const object = Buffer.alloc(1024 * 1024, 'veil');

/** A bucket, and one object in it, written while every drive is online: the PUT's status (200 or 503). */
async function writeObject(port: number, key: string): Promise<number> {
  const bucket = await s3Request(port, ROOT_CREDENTIALS, 'PUT', '/veilc');
  expect([200, 409]).toContain(bucket.status);
  const put = (await s3Request(port, ROOT_CREDENTIALS, 'PUT', `/veilc/${key}`, object)).status;
  expect([200, 503]).toContain(put);
  return put;
}

/** Drives of a server: the data<N> folders under its working folder. */
function drivesOf(s: Server): string[] {
  return readdirSync(s.dir).filter((n) => /^data\d+$/.test(n)).map((n) => join(s.dir, n));
}

/**
 * The node-loss tests start from an object with a shard on every drive. A PUT
 * succeeds at write quorum, so on a loaded machine a drive that timed out can
 * miss its shard; then a later loss leaves fewer shards than the read quorum
 * and the GET fails for a reason the layout does not explain (seen: 503 on
 * EC(4,2) with the load average at 24). Rewrite until every drive holds it.
 * The same load can cost the fresh deployment its write quorum for a moment
 * after every server said it had it (seen once: 503 on the first PUT while
 * the end-to-end tier ran beside it); that PUT is repeated too, within the
 * same 60 s.
 */
async function writeToEveryDrive(d: Deployment, key: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const put = await writeObject(d.livePort(), key);
    const missing = d.servers.flatMap(drivesOf).filter((drive) => !existsSync(join(drive, 'veilc', key, 'xl.meta')));
    if (put === 200 && !missing.length) return;
    if (Date.now() > deadline) throw new Error(`after 60 s of writes ${key} ${put === 200 ? `still has no shard on ${missing.join(', ')}` : `is still refused (${put})`}`);
    await new Promise((res) => setTimeout(res, 1000));
  }
}

/** What MinIO reports about pools, sets and capacity, next to veilc's model. */
async function compareWithModel(d: Deployment, m: Model): Promise<void> {
  const e = m.facts.erasure!;
  const info = await storageInfo(d.livePort(), ROOT_CREDENTIALS);
  expect({
    setsPerPool: info.Backend.TotalSets,
    setSize: info.Backend.DrivesPerSet,
    parity: info.Backend.StandardSCParity,
    dataDrives: info.Backend.StandardSCData,
  }).toEqual({
    setsPerPool: e.pools.map((p) => p.setCount),
    setSize: e.pools.map((p) => p.setSize),
    parity: e.parity,
    dataDrives: e.pools.map((p) => p.setSize! - e.parity),
  });
  expect(info.Disks.length).toBe(e.totalDrives);
  // every drive folder is on the same filesystem here: the model, given that size per drive, must match MinIO's usable capacity
  const sizes = [...new Set(info.Disks.map((x) => x.totalspace))];
  expect(sizes).toHaveLength(1);
  const sized = layoutModelOf(m, String(sizes[0]));
  expect(await clusterMetric(d.livePort(), 'minio_cluster_capacity_usable_total_bytes')).toBe(sized.facts.erasure!.usableBytes);
  expect(await clusterMetric(d.livePort(), 'minio_cluster_capacity_raw_total_bytes')).toBe(sized.facts.erasure!.rawBytes);
}

/** The same layout with another drive size. */
function layoutModelOf(m: Model, driveSize: string): Model {
  return layoutModel(m.facts.erasure!.pools.map((p) => ({ servers: p.servers, drivesPerServer: p.drivesPerServer, data: p.data })), driveSize);
}

/** Kills every server the model places on `node`, and waits until the others see its drives offline. */
async function loseNode(d: Deployment, m: Model, node: string): Promise<void> {
  const victims = m.facts.erasure!.pools.flatMap((p, pi) => p.serverNodes.flatMap((n, ordinal) => (n === node ? [{ pool: pi, ordinal }] : [])));
  expect(victims.length).toBeGreaterThan(0);
  const ports = victims.map((v) => d.servers.find((s) => s.pool === v.pool && s.ordinal === v.ordinal)!.port);
  for (const v of victims) await d.kill(v.pool, v.ordinal);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const info = await storageInfo(d.livePort(), ROOT_CREDENTIALS).catch(() => null);
    const gone = info?.Disks.filter((x) => ports.some((p) => x.endpoint.startsWith(`http://127.0.0.1:${p}/`)));
    if (gone?.length && gone.every((x) => x.state !== 'ok')) return;
    if (Date.now() > deadline) throw new Error(`MinIO did not notice the lost servers within 60 s:\n${d.logs()}`);
    await new Promise((res) => setTimeout(res, 500));
  }
}

/**
 * Whether an operation succeeds within 30 s of tries; the statuses it got.
 * After a loss the survivors can sit exactly at read quorum, where one drive
 * call that times out on a loaded machine fails a request (seen: 404 while
 * the load average was 20); a layout veilc says survives must succeed once
 * MinIO has settled, and one it says fails must fail on every try.
 */
async function succeeds(op: () => Promise<{ status: number; body: Buffer }>, ok: (r: { status: number; body: Buffer }) => boolean): Promise<{ ok: boolean; statuses: number[] }> {
  const statuses: number[] = [];
  const deadline = Date.now() + 30_000;
  do {
    const r = await op().catch(() => ({ status: 0, body: Buffer.alloc(0) }));
    statuses.push(r.status);
    if (ok(r)) return { ok: true, statuses };
    await new Promise((res) => setTimeout(res, 1500));
  } while (Date.now() < deadline);
  return { ok: false, statuses };
}

async function getAndPut(d: Deployment, existing: string): Promise<{ get: boolean; put: boolean; statuses: string }> {
  const port = d.livePort();
  const get = await succeeds(() => s3Request(port, ROOT_CREDENTIALS, 'GET', `/veilc/${existing}`), (r) => r.status === 200 && r.body.equals(object));
  const put = await succeeds(() => s3Request(port, ROOT_CREDENTIALS, 'PUT', `/veilc/after-loss-${Date.now()}`, object), (r) => r.status === 200);
  // which drives MinIO itself counts as online, for the failure message
  const info = await storageInfo(port, ROOT_CREDENTIALS).catch(() => null);
  const drives = info ? info.Disks.map((x) => `${x.endpoint} ${x.state}`).join('; ') : 'storage info unavailable';
  return { get: get.ok, put: put.ok, statuses: `GET ${get.statuses.join(',')} PUT ${put.statuses.join(',')}; drives: ${drives}` };
}

const LAYOUTS: [string, PoolLayout, { reads: boolean; writes: boolean }][] = [
  // the expected outcome is written out (worked by hand from MinIO's rules), and must also be what veilc's model says
  ['3 servers x 2 drives, EC(4,2): a lost node takes 2 of 6 drives', { servers: 3, drivesPerServer: 2, data: 4 }, { reads: true, writes: true }],
  ['4 servers x 1 drive, EC(2,2): a lost node takes 1 of 4 drives', { servers: 4, drivesPerServer: 1, data: 2 }, { reads: true, writes: true }],
  ['3 servers x 4 drives, EC(10,2): a lost node takes 4 of 12 drives, reads fail, writes go on', { servers: 3, drivesPerServer: 4, data: 10 }, { reads: false, writes: true }],
  ['2 servers x 2 drives, EC(2,2): a lost node takes 2 of 4 drives, reads go on, writes fail', { servers: 2, drivesPerServer: 2, data: 2 }, { reads: true, writes: false }],
];

for (const [title, layout, expected] of LAYOUTS) {
  run(`a real MinIO, ${title}`, () => {
    const m = layoutModel([layout]);
    let d: Deployment | undefined;

    beforeAll(async () => {
      if (!MINIO) throw new Error(WHY);
      d = await startDeployment({ minio: MINIO, pools: compiledPools(m), storageClassStandard: m.facts.erasure!.storageClassStandard });
      await writeToEveryDrive(d, 'before-loss');
    }, 210_000);
    afterAll(async () => { await destroy(d); }, 30_000);

    it('veilc\'s model agrees with the hand-worked outcome', () => {
      const loss = m.facts.erasure!.nodeLoss.find((l) => l.node === 'meteor-1')!;
      expect({ reads: loss.readsSurvive, writes: loss.writesSurvive }).toEqual(expected);
    });

    it('MinIO reports the sets, parity and usable capacity veilc computed', async () => {
      await compareWithModel(d!, m);
    }, 60_000);

    it('with one node lost, a GET of an old object and a PUT of a new one succeed exactly as veilc\'s read and write tolerance say', async () => {
      await loseNode(d!, m, 'meteor-1');
      const r = await getAndPut(d!, 'before-loss');
      const loss = m.facts.erasure!.nodeLoss.find((l) => l.node === 'meteor-1')!;
      expect({ get: r.get, put: r.put }, r.statuses).toEqual({ get: loss.readsSurvive, put: loss.writesSurvive });
    }, 180_000);
  });
}

run('a real MinIO grown by a second server pool (3 x 2 EC(4,2), then 4 x 1 EC(2,2))', () => {
  const one = layoutModel([{ servers: 3, drivesPerServer: 2, data: 4 }]);
  const two = layoutModel([{ servers: 3, drivesPerServer: 2, data: 4 }, { servers: 4, drivesPerServer: 1, data: 2 }]);
  let d: Deployment | undefined;

  beforeAll(async () => {
    if (!MINIO) throw new Error(WHY);
    const before = await startDeployment({ minio: MINIO, pools: compiledPools(one), storageClassStandard: one.facts.erasure!.storageClassStandard });
    d = before;
    await writeToEveryDrive(before, 'before-expansion');
    // every server restarts at once with the new pool list, as MinIO's expansion procedure says
    await before.stopAll();
    const ports = [[...new Set(before.servers.map((s) => s.port))]];
    d = await startDeployment({ minio: MINIO, pools: compiledPools(two), storageClassStandard: two.facts.erasure!.storageClassStandard, reuse: { dir: before.dir, ports } });
  }, 240_000);
  afterAll(async () => { await destroy(d); }, 30_000);

  it('the compiled arguments keep the first pool\'s argument first and unchanged', () => {
    expect(compiledPools(two)[0]).toEqual(compiledPools(one)[0]);
    expect(compiledPools(two)).toHaveLength(2);
  });

  it('MinIO reports both pools with the sets, parity and usable capacity veilc computed', async () => {
    await compareWithModel(d!, two);
  }, 60_000);

  it('the object written before the expansion is still there', async () => {
    const r = await s3Request(d!.livePort(), ROOT_CREDENTIALS, 'GET', '/veilc/before-expansion');
    expect(r.status).toBe(200);
    expect(r.body.equals(object)).toBe(true);
  }, 30_000);

  it('losing a node that runs a server of each pool: GET and PUT as veilc\'s deployment-wide tolerance says', async () => {
    const loss = two.facts.erasure!.nodeLoss.find((l) => l.node === 'meteor-1')!;
    expect(loss.pools.map((p) => p.pool)).toEqual(['minio', 'minio-b']);
    await loseNode(d!, two, 'meteor-1');
    const r = await getAndPut(d!, 'before-expansion');
    expect({ get: r.get, put: r.put }, r.statuses).toEqual({ get: loss.readsSurvive, put: loss.writesSurvive });
    expect({ get: r.get, put: r.put }).toEqual({ get: true, put: true });
  }, 180_000);
});

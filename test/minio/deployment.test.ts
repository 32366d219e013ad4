// The loopback MinIO harness itself (deployment.ts): a port found free can be
// bound by another test's server before MinIO binds it. The server then exits
// ("Specified port is already in use") and the others wait for it: the start
// must fail at once, not after the readiness timeout, and a fresh deployment
// must try again on other ports.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server as NetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { destroy, freePortBlock, startDeployment, type Deployment } from './deployment.ts';
import { MINIO, run, WHY } from './find-minio.ts';
import { compiledPools, layoutModel } from './layout-model.ts';

run('the loopback MinIO harness when a port is taken', () => {
  // one server: its argument names one port, so any free one will do
  const m = layoutModel([{ servers: 1, drivesPerServer: 4, data: 2 }]);
  let blocker: NetServer | undefined;
  const sockets = new Set<Socket>();
  let taken = 0;
  let d: Deployment | undefined;

  beforeAll(async () => {
    if (!MINIO) throw new Error(WHY);
    // whoever connects to it (MinIO to its own endpoint, the harness's health probe) is held open: closed in afterAll
    blocker = createServer((socket) => { sockets.add(socket); });
    await new Promise<void>((res) => blocker!.listen(0, '127.0.0.1', res));
    taken = (blocker.address() as { port: number }).port;
  });
  afterAll(async () => {
    await destroy(d);
    for (const socket of sockets) socket.destroy();
    await new Promise((res) => blocker?.close(res));
  }, 30_000);

  it('a restart on a taken port fails as soon as its server exits, naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'veilc-minio-'));
    try {
      const started = Date.now();
      await expect(startDeployment({ minio: MINIO!, pools: compiledPools(m), storageClassStandard: m.facts.erasure!.storageClassStandard, reuse: { dir, ports: [[taken]] } }))
        .rejects.toThrow(/minio minio-0 exited before it was ready[\s\S]*Specified port is already in use/);
      expect(Date.now() - started).toBeLessThan(60_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('a fresh deployment given a taken port starts again on other ports', async () => {
    const handed: number[][] = [];
    const portBlock = async (count: number, used: ReadonlySet<number>) => {
      const block = handed.length === 0 ? [taken] : await freePortBlock(count, used);
      handed.push(block);
      return block;
    };
    d = await startDeployment({ minio: MINIO!, pools: compiledPools(m), storageClassStandard: m.facts.erasure!.storageClassStandard, portBlock });
    expect(handed.length).toBe(2);
    expect(d.servers.map((s) => s.port)).toEqual(handed[1]);
    expect(d.servers.map((s) => s.port)).not.toContain(taken);
  }, 240_000);
});

// The end-to-end harness's own parts, without a cluster: what is seeded is
// derived from the model (fresh spec edits change it), the servers serve what
// they should and nothing else, and the throwaway edits do what they say.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { compileModel } from '../../compiler/pipeline.ts';
import { gatewaySpec, model, modelFromData, rawSpec } from '../fixtures/fixtures.ts';
import { git } from '../fixtures/git.ts';
import { CHARTS_DIR, serveCharts } from './chart-repository.ts';
import { serveGit } from './git-http.ts';
import { ingressBeforePool, reorder } from './misorder.ts';
import { claims, nodeObjects, secretObjects, storageObjects } from './seed.ts';
import { pointHelmRepositories } from './workspace.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'veilc-e2e-harness-'));
  dirs.push(d);
  return d;
}

function get(url: string, method = 'GET'): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('seed: derived from the model', () => {
  it('makes one claim per MinIO drive and per monitoring volume, and one local volume per claim and allowed node', () => {
    const spec = rawSpec('veil');
    const base = claims(modelFromData(spec));
    const servers = spec.objectStore.nodes.length;
    expect(base.filter((c) => c.owner.startsWith('minio')).length).toBe(servers * spec.objectStore.drivesPerServer);
    // a fresh edit: four smaller drives per server, a bigger Grafana volume
    spec.objectStore.drivesPerServer = 4;
    spec.objectStore.driveSize = '63Gi';
    spec.monitoring.grafana.storage.size = '7Gi';
    const m = modelFromData(spec);
    const edited = claims(m);
    expect(edited.filter((c) => c.owner.startsWith('minio')).map((c) => c.size)).toEqual(Array(servers * 4).fill('63Gi'));
    expect(edited.filter((c) => c.owner === 'grafana').map((c) => c.size)).toEqual(['7Gi']);
    const pvs = storageObjects(m).filter((o: any) => o.kind === 'PersistentVolume') as any[];
    expect(pvs.length).toBe(edited.reduce((n, c) => n + c.nodes.length, 0));
    expect(new Set(pvs.map((p) => p.metadata.name)).size).toBe(pvs.length);
    for (const pv of pvs.filter((p) => p.metadata.name.startsWith('minio'))) {
      expect(pv.spec.capacity.storage).toBe('63Gi');
      expect(spec.objectStore.nodes).toContain(pv.spec.nodeAffinity.required.nodeSelectorTerms[0].matchExpressions[0].values[0]);
    }
  });

  it('gives each pool its own class and nodes (nimbus: two server pools, two classes)', () => {
    const m = model('nimbus');
    const objects = storageObjects(m) as any[];
    expect(objects.filter((o) => o.kind === 'StorageClass').map((o) => o.metadata.name)).toEqual(['fast-ssd', 'local-path']);
    for (const pool of m.facts.erasure!.pools) {
      const mine = claims(m).filter((c) => c.owner.startsWith(`minio pool ${pool.name} `));
      expect(mine.length).toBe(pool.servers * pool.drivesPerServer);
      expect(new Set(mine.map((c) => c.storageClass))).toEqual(new Set([pool.storageClass]));
      expect(new Set(mine.flatMap((c) => c.nodes))).toEqual(new Set(pool.nodes));
    }
  });

  it('registers every node with the spec labels, servers with the k3s server roles, agents without', () => {
    const nodes = nodeObjects(model('nimbus')) as any[];
    expect(nodes.map((n) => n.metadata.name)).toEqual(['cirrus-1', 'cirrus-2', 'cirrus-3', 'stratus-1']);
    expect(nodes[0].metadata.labels.zone).toBe('rack-a');
    expect(nodes[0].metadata.labels['node-role.kubernetes.io/control-plane']).toBe('true');
    expect(nodes[3].metadata.labels['node-role.kubernetes.io/control-plane']).toBeUndefined();
    expect(nodes.every((n) => n.metadata.annotations['kwok.x-k8s.io/node'] === 'fake')).toBe(true);
  });

  it("creates the Secrets COLD-START asks for, with dummy values only", () => {
    const secrets = secretObjects(model('nimbus')) as any[];
    expect(secrets.map((s) => `${s.metadata.namespace}/${s.metadata.name}`)).toContain('storage/objects-root');
    const root = secrets.find((s) => s.metadata.name === 'objects-root');
    expect(Object.keys(root.stringData).sort()).toEqual(['password', 'user']);
    for (const s of secrets) for (const v of Object.values(s.stringData)) expect(v).toMatch(/^e2e-dummy-/);
  });
});

describe('throwaway edits', () => {
  it('points every HelmRepository at the local chart repository and nothing else', () => {
    const files = compileModel(model('veil'));
    const pointed = pointHelmRepositories(files, 'http://127.0.0.1:1/');
    const repos = pointed.flatMap((f) => (f.path.endsWith('.yaml') ? parseAllDocuments(f.content).map((d) => d.toJS()) : [])).filter((o) => o?.kind === 'HelmRepository');
    expect(repos.length).toBeGreaterThan(0);
    expect(repos.every((r) => r.spec.url === 'http://127.0.0.1:1/')).toBe(true);
    const changed = pointed.filter((f, i) => f.content !== files[i]!.content).map((f) => f.path);
    expect(changed).toEqual(files.filter((f) => f.content.includes('kind: HelmRepository')).map((f) => f.path));
  });

  it('refuses an OCI HelmRepository, which a classic repository cannot stand in for', () => {
    expect(() => pointHelmRepositories(compileModel(modelFromData(gatewaySpec())), 'http://127.0.0.1:1/')).toThrow(/OCI/);
  });

  it('re-orders Kustomizations as asked and refuses names the tree lacks', () => {
    const files = compileModel(model('veil'));
    const edited = ingressBeforePool(files);
    const deps = (name: string) => parse(edited.find((f) => f.path === `flux/veil/${name}.yaml`)!.content).spec.dependsOn;
    expect(deps('infra-configs')).toEqual([{ name: 'infra-ingress' }]);
    expect(deps('infra-ingress')).toEqual([{ name: 'infra-controllers' }]);
    expect(() => reorder({ nowhere: [] })(files)).toThrow(/no Kustomization nowhere/);
  });
});

describe('servers', () => {
  it('serves a repository over git smart HTTP to a real git client, fetch only', async () => {
    const root = tmp();
    const work = join(root, 'work');
    execFileSync('git', ['init', '-q', work]);
    writeFileSync(join(work, 'a.txt'), 'hello\n');
    git(work, 'add', 'a.txt');
    git(work, 'commit', '-q', '-m', 'one');
    git(root, 'clone', '-q', '--bare', work, join(root, 'served', 'r.git'));
    const server = await serveGit(join(root, 'served'));
    try {
      const clone = join(root, 'clone');
      // asynchronously: the server answers from this process's event loop
      await promisify(execFile)('git', ['clone', '-q', `${server.url}r.git`, clone], { timeout: 30_000 });
      expect(readFileSync(join(clone, 'a.txt'), 'utf8')).toBe('hello\n');
      // no push, no path outside the served folder
      expect((await get(`${server.url}r.git/info/refs?service=git-receive-pack`)).status).toBe(403);
      expect((await get(`${server.url}..%2Fwork%2F.git/info/refs?service=git-upload-pack`)).status).toBe(403);
      expect((await get(`${server.url}nothing.git/info/refs?service=git-upload-pack`)).status).not.toBe(200);
    } finally {
      await server.close();
    }
  });

  it('serves the vendored charts as a Helm repository: the index and its archives, nothing else', async () => {
    const repo = await serveCharts();
    try {
      const index = parse((await get(`${repo.url}index.yaml`)).body.toString('utf8'));
      const urls = Object.values(index.entries).flatMap((versions: any) => versions.flatMap((v: any) => v.urls as string[]));
      expect(urls.length).toBeGreaterThan(0);
      for (const u of urls) {
        const r = await get(new URL(u, repo.url).href);
        expect(r.status, u).toBe(200);
        expect(r.body.equals(readFileSync(join(CHARTS_DIR, u)))).toBe(true);
      }
      expect((await get(`${repo.url}SOURCE.md`)).status).toBe(404);
      expect((await get(`${repo.url}..%2F..%2Fpackage.json`)).status).toBe(404);
      expect((await get(`${repo.url}index.yaml`, 'DELETE')).status).toBe(404);
    } finally {
      await repo.close();
    }
  });
});

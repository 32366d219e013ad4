// The end-to-end harness's own parts, without a cluster: what is seeded is
// derived from the model (fresh spec edits change it), the servers serve what
// they should and nothing else, and the throwaway edits do what they say.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { compileModel } from '../../compiler/pipeline.ts';
import { gatewaySpec, model, modelFromData, rawSpec, ROOT, SPECS } from '../fixtures/fixtures.ts';
import { git } from '../fixtures/git.ts';
import { CHARTS_DIR, serveCharts } from './chart-repository.ts';
import { serveGit } from './git-http.ts';
import { ingressBeforePool, reorder } from './misorder.ts';
import { claims, nodeObjects, secretObjects, storageObjects } from './seed.ts';
import { E2E_TOOLS, type E2ECluster } from './cluster.ts';
import { addressProblems, expectedAddresses, placementProblems } from './outcome.ts';
import { expectedFluxObjects } from './reconcile.ts';
import { createWorkspace, pointHelmRepositories } from './workspace.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'veilc-e2e-harness-'));
  dirs.push(d);
  return d;
}

function send(url: string, method: string, body?: Buffer, contentType?: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: contentType ? { 'content-type': contentType } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const get = (url: string, method = 'GET') => send(url, method);

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
    expect(() => reorder({ 'infra-gateway': [] })(files)).toThrow(/no Kustomization infra-gateway/);
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
      // a request body http-backend never reads (no such repository) neither crashes the server nor hangs
      const post = await send(`${server.url}nothing.git/git-upload-pack`, 'POST', Buffer.alloc(256 * 1024, 'x'), 'application/x-git-upload-pack-request');
      expect(post.status).not.toBe(200);
      await promisify(execFile)('git', ['ls-remote', `${server.url}r.git`], { timeout: 30_000 });
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

/** An E2ECluster that answers list() from fixed objects (for the outcome checks). */
function fakeCluster(objects: Record<string, any[]>): E2ECluster {
  return { list: async (path: string) => objects[path] ?? [] } as unknown as E2ECluster;
}
const lb = (namespace: string, name: string, ip: string | null) => ({ metadata: { namespace, name }, spec: { type: 'LoadBalancer' }, status: { loadBalancer: { ingress: ip ? [{ ip }] : [] } } });

describe('outcome checks, on objects made up here', () => {
  const m = model('nimbus');
  const entry = m.facts.ingress[0]!;
  const storeAddress = m.spec.objectStore!.exposure.address!;
  const store = m.spec.objectStore!.namespace;

  it('wants each spec address on a LoadBalancer Service of the right namespace, and every such Service to have one', async () => {
    expect(expectedAddresses(m).map((e) => e.address)).toEqual([entry.address, storeAddress]);
    const good = [lb(entry.namespace, 'ctl', entry.address), lb(store, 'minio', storeAddress)];
    expect(await addressProblems(fakeCluster({ '/api/v1/services': good }), m)).toEqual([]);
    const swapped = [lb(entry.namespace, 'ctl', storeAddress), lb(store, 'minio', entry.address)];
    expect((await addressProblems(fakeCluster({ '/api/v1/services': swapped }), m)).join('\n')).toMatch(new RegExp(`${entry.address.replace(/\./g, '\\.')} .* not to a Service in ${entry.namespace}`));
    const pending = [lb(entry.namespace, 'ctl', null), lb(store, 'minio', storeAddress)];
    expect(await addressProblems(fakeCluster({ '/api/v1/services': pending }), m)).toEqual([`Service ${entry.namespace}/ctl (LoadBalancer) has no address`, `no LoadBalancer Service has ${entry.address}, the current entry point (${entry.controller})'s address`]);
  });

  it('finds a MinIO server on a node its pool does not allow, two on one node, and a drive on another node', async () => {
    const pool = m.facts.erasure!.pools[1]!;
    const pv = (name: string, node: string) => ({ metadata: { name }, spec: { nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: [node] }] }] } } } });
    const outside = m.spec.nodes.map((n) => n.name).find((n) => !pool.nodes.includes(n))!;
    const pods = [0, 1, 2].map((i) => ({
      metadata: { name: `${pool.name}-${i}` },
      spec: { nodeName: i === 0 ? outside : pool.nodes[1], volumes: [{ persistentVolumeClaim: { claimName: `d-${i}` } }, { persistentVolumeClaim: { claimName: `e-${i}` } }] },
    }));
    const pvcs = [0, 1, 2].flatMap((i) => ['d', 'e'].map((x) => ({ metadata: { namespace: store, name: `${x}-${i}` }, spec: { volumeName: `pv-${x}-${i}`, storageClassName: pool.storageClass }, status: { phase: 'Bound' } })));
    const pvs = [0, 1, 2].flatMap((i) => ['d', 'e'].map((x) => pv(`pv-${x}-${i}`, i === 2 && x === 'e' ? pool.nodes[0]! : (pods[i]!.spec.nodeName as string))));
    const problems = (await placementProblems(fakeCluster({ '/api/v1/persistentvolumeclaims': pvcs, '/api/v1/persistentvolumes': pvs, [`/api/v1/namespaces/${store}/pods`]: pods }), m)).join('\n');
    expect(problems).toContain(`${pool.name}-0 runs on ${outside}, which pool ${pool.name} does not allow`);
    expect(problems).toContain(`MinIO servers ${pool.name}-1 and ${pool.name}-2 share node ${pool.nodes[1]}`);
    expect(problems).toContain(`claim e-2 of ${pool.name}-2 (on ${pool.nodes[1]}) is bound to a volume on ${pool.nodes[0]}`);
    // the other pool's servers are not scheduled at all, and Grafana's claim is missing
    expect(problems).toContain(`MinIO server ${store}/${m.facts.erasure!.pools[0]!.name}-0 is not scheduled`);
    expect(problems).toMatch(/no \S+ \S+ claim for grafana/);
  });

  it('expects bootstrap\'s Kustomization, the glue and every Kustomization and HelmRelease of the tree, in the spec\'s Flux namespace', () => {
    const expected = expectedFluxObjects(compileModel(m), m.spec).map((e) => `${e.kind} ${e.namespace}/${e.name}`);
    expect(expected.slice(0, 2)).toEqual([`Kustomization ${m.spec.flux.namespace}/flux-system`, `Kustomization ${m.spec.flux.namespace}/${m.spec.cluster.name}`]);
    expect(expected).toEqual(expect.arrayContaining([`Kustomization ${m.spec.flux.namespace}/infra-configs`, `HelmRelease ${entry.namespace}/${entry.controller}`]));
    expect(new Set(expected).size).toBe(expected.length);
  });
});

describe('the throwaway repository', () => {
  it('lays the tree out where the spec says Flux syncs it (nimbus: flux.path and bootstrapPath of its own)', async () => {
    const root = tmp();
    mkdirSync(join(root, 'served'));
    const text = readFileSync(SPECS.nimbus, 'utf8');
    const ws = await createWorkspace({ dir: join(root, 'repo'), served: join(root, 'served'), specText: text, gitBaseUrl: 'http://127.0.0.1:1/', chartsUrl: 'http://127.0.0.1:2/' });
    const spec = ws.model.spec;
    const tracked = git(ws.work, 'ls-files').split('\n');
    const synced = spec.flux.path!.replace(/^\.\//, '');
    const bootstrapDir = spec.flux.bootstrapPath!.replace(/^\.\//, '');
    expect(tracked).toEqual(expect.arrayContaining([`${synced}/kustomization.yaml`, `${bootstrapDir}/${spec.cluster.name}.yaml`, `${bootstrapDir}/flux-system/gotk-sync.yaml`, 'out/flux/nimbus/kustomization.yaml', 'veil.spec.yaml']));
    const sync = parseAllDocuments(readFileSync(join(ws.work, bootstrapDir, 'flux-system/gotk-sync.yaml'), 'utf8')).map((d) => d.toJS());
    expect(sync.map((o) => `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`)).toEqual([`GitRepository ${spec.flux.namespace}/${spec.flux.sourceRef}`, `Kustomization ${spec.flux.namespace}/flux-system`]);
    expect(sync[1].spec.path).toBe(spec.flux.bootstrapPath);
    // the bare repository holds the commit, on main
    expect(git(join(root, 'served', `${spec.cluster.name}.git`), 'rev-parse', 'main').trim()).toBe(ws.head);
  });
});

it('every binary of the tier is a suite tool, so CI builds it', () => {
  const suite = /^SUITE_TOOLS="([^"]*)"$/m.exec(readFileSync(join(ROOT, 'scripts/toolchain.versions'), 'utf8'))![1]!.split(/\s+/);
  expect(suite).toEqual(expect.arrayContaining([...E2E_TOOLS]));
});

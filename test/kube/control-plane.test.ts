// The control-plane harness itself: the servers are the pinned builds, the
// API server reports its real version (Helm compares charts' kubeVersion with
// it), services get k3s's CIDR, the CRD fixtures are served, kubectl and the
// kubeconfig work, and stop() leaves nothing behind.
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { CRD_DIR, describeWithControlPlane, pinnedVersion, SERVICE_CIDR, useControlPlane, yamlFilesUnder } from './control-plane.ts';


const crdFiles = yamlFilesUnder(CRD_DIR);
const cp = useControlPlane({ crds: crdFiles });

function inCidr(ip: string, cidr: string): boolean {
  const toNum = (a: string) => a.split('.').reduce((n, o) => n * 256 + Number(o), 0);
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  return Math.floor(toNum(ip) / size) === Math.floor(toNum(base!) / size);
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(port, '127.0.0.1');
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
  });
}

describeWithControlPlane('the control-plane harness', () => {
  it('runs the pinned kube-apiserver, which reports its release (not v0.0.0-master)', async () => {
    const r = await cp().request('GET', '/version');
    expect(r.status).toBe(200);
    const want = pinnedVersion('kube-apiserver');
    expect(r.body.gitVersion).toBe(want);
    expect(`v${r.body.major}.${r.body.minor}.`).toBe(want.replace(/\d+$/, ''));
  });

  it('gives kubectl a working kubeconfig (TLS verified against the generated CA, bearer token)', async () => {
    const v = await cp().kubectl(['version', '-o', 'json']);
    expect(v.code, v.stderr).toBe(0);
    const info = JSON.parse(v.stdout);
    expect(info.clientVersion.gitVersion).toBe(pinnedVersion('kubectl'));
    expect(info.serverVersion.gitVersion).toBe(pinnedVersion('kube-apiserver'));
    const ns = await cp().kubectl(['get', 'namespaces', '-o', 'name']);
    expect(ns.code, ns.stderr).toBe(0);
    expect(ns.stdout.split('\n')).toEqual(expect.arrayContaining(['namespace/default', 'namespace/kube-system']));
    // a wrong token is refused: authentication is real
    const anon = await cp().kubectl(['get', 'namespaces', '--token=not-the-token']);
    expect(anon.code).not.toBe(0);
    expect(anon.stderr).toMatch(/Unauthorized|must be logged in/i);
  });

  it(`allocates Service addresses from k3s's service CIDR ${SERVICE_CIDR}`, async () => {
    await cp().ensureNamespaces(['harness']);
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'probe', namespace: 'harness' }, spec: { ports: [{ name: 'http', port: 80 }] } };
    const r = await cp().request('POST', '/api/v1/namespaces/harness/services', JSON.stringify(svc));
    expect(r.status, r.text).toBe(201);
    expect(inCidr(r.body.spec.clusterIP, SERVICE_CIDR), r.body.spec.clusterIP).toBe(true);
  });

  it('serves every CRD fixture, Established', async () => {
    const r = await cp().request('GET', '/apis/apiextensions.k8s.io/v1/customresourcedefinitions');
    const served = new Map<string, any>((r.body.items as any[]).map((c) => [c.metadata.name, c]));
    const expected = crdFiles.map((f) => parse(readFileSync(f, 'utf8')).metadata.name as string).sort();
    expect([...served.keys()].sort()).toEqual(expected);
    for (const name of expected) {
      expect(served.get(name).status.conditions.some((c: any) => c.type === 'Established' && c.status === 'True'), name).toBe(true);
    }
  });

  it('stop() ends every process, closes the ports and removes the folder', async () => {
    const plane = cp();
    const port = Number(new URL(plane.server).port);
    const etcdPort = Number(new URL(plane.etcd).port);
    const pgids = readdirSync(`${plane.dir}/pgids`).map((f) => Number(readFileSync(`${plane.dir}/pgids/${f}`, 'utf8')));
    expect(pgids.length).toBeGreaterThanOrEqual(2);
    await plane.stop();
    for (const pgid of pgids) expect(() => process.kill(-pgid, 0), `process group ${pgid}`).toThrow();
    expect(await portOpen(port)).toBe(false);
    expect(await portOpen(etcdPort)).toBe(false);
    expect(existsSync(plane.dir)).toBe(false);
    await plane.stop(); // idempotent: afterAll calls it again
  }, 60_000);
});

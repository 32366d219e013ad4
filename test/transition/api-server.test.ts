// The transition classes against a real kube-apiserver 1.34 (test/kube's
// control plane, Flux and MetalLB CRDs installed): for each edit, the base
// output is applied for real and the new output is sent as the server-side
// apply dry run a Flux reconcile would send. Every compiled document veilc
// calls `forbidden` by the API server (refusedBy kubernetes-api) must be
// refused, and every other document (update, create, or forbidden only by
// another system: MinIO, a MetalLB webhook, helm upgrade) must be accepted.
// Each edit also names the documents it expects refused, so an edit that
// stops reaching the API server fails here instead of passing on nothing.
// The claim rules (claimUpdate: what a PersistentVolumeClaim update does, for
// Grafana's chart-made claim) are checked on a bound claim of k3s's
// local-path class and of a class that allows expansion.
import { expect, it } from 'vitest';
import { emitAll } from '../../compiler/emit/emit-all.ts';
import { claimUpdate } from '../../compiler/transition/rules/kubernetes.ts';
import { modelOfBase } from '../../compiler/transition/base-model.ts';
import type { Transition } from '../../compiler/transition/transition.ts';
import { CRD_DIR, describeWithControlPlane, useControlPlane, yamlFilesUnder, type ApplyResult } from '../kube/control-plane.ts';
import { describeDocument, manifestDocuments, type ManifestDocument } from '../kube/manifests.ts';
import { edit, ORBIT, transition, validated } from './helpers.ts';

const LUNA_2 = (t: string) => edit(t, '  - name: luna-1\n    address: 10.40.0.21\n    role: agent\n', '  - name: luna-1\n    address: 10.40.0.21\n    role: agent\n  - name: luna-2\n    address: 10.40.0.22\n    role: agent\n');
const item = (name: string, servers = 4) => `    - name: ${name}\n      servers: ${servers}\n      drivesPerServer: 1\n      driveSize: 200Gi\n      nodes: [sol-1, sol-2, sol-3, luna-1]\n      erasure: { data: 2 }\n`;
const POOLS = (t: string, ...names: string[]) => edit(t, '  credentials:\n', `  pools:\n${names.map((n) => item(n)).join('')}  credentials:\n`);

/** [title, base spec, new spec, documents the API server must refuse (`Kind name`)] */
const EDITS: [string, string, string, string[]][] = [
  ['a larger MinIO drive (VEIL-CHANGE-001)', ORBIT, edit(ORBIT, 'driveSize: 100Gi', 'driveSize: 120Gi'), ['StatefulSet vault']],
  ['another MinIO storage class (VEIL-CHANGE-001)', ORBIT, edit(ORBIT, '  storageClass: local-path\n  nodes', '  storageClass: nvme\n  nodes'), ['StatefulSet vault']],
  ['more drives per server (VEIL-CHANGE-001, -010)', ORBIT, edit(edit(ORBIT, 'drivesPerServer: 2', 'drivesPerServer: 4'), 'erasure: { data: 6, parity: 2 }', 'erasure: { data: 12, parity: 4 }'), ['StatefulSet vault']],
  ['a larger drive in an added pool (VEIL-CHANGE-001)', POOLS(ORBIT, 'archive'), edit(POOLS(ORBIT, 'archive'), 'driveSize: 200Gi', 'driveSize: 250Gi'), ['StatefulSet vault-archive']],
  // MinIO refuses these; Kubernetes takes them (replicas and args may change)
  ['a fifth server in the pool (VEIL-CHANGE-010, MinIO only)', ORBIT,
    edit(edit(LUNA_2(ORBIT), 'servers: 4\n', 'servers: 5\n'), 'nodes: [sol-1, sol-2, sol-3, luna-1]', 'nodes: [sol-1, sol-2, sol-3, luna-1, luna-2]').replace('erasure: { data: 6, parity: 2 }', 'erasure: { data: 8, parity: 2 }'), []],
  ['an added pool (VEIL-CHANGE-014)', ORBIT, POOLS(ORBIT, 'archive'), []],
  ['added pools in another order (VEIL-CHANGE-015)', POOLS(ORBIT, 'cold', 'archive'), POOLS(ORBIT, 'archive', 'cold'), []],
  ['another parity on the same sets (VEIL-CHANGE-011)', ORBIT, edit(ORBIT, 'erasure: { data: 6, parity: 2 }', 'erasure: { data: 5, parity: 3 }'), []],
  ['an agent node', ORBIT, LUNA_2(ORBIT), []],
  // MetalLB's webhook refuses a pool that drops an assigned address; the bare API server has no webhook
  ['an address pool that shrinks past the ingress address (VEIL-CHANGE-030, MetalLB only)', ORBIT, edit(ORBIT, 'range: 10.40.0.200-10.40.0.219', 'range: 10.40.0.205-10.40.0.219'), []],
  ['Grafana\'s claim grows (helm upgrade refuses it, the HelmRelease itself is fine)', ORBIT, edit(ORBIT, 'size: 4Gi, class: local-path', 'size: 6Gi, class: local-path'), []],
  ['a longer Flux interval', ORBIT, edit(ORBIT, 'storageClasses: [local-path, nvme]\n', 'storageClasses: [local-path, nvme]\n\nflux:\n  interval: 30m\n'), []],
];

function documentsOf(text: string, base: boolean): ManifestDocument[] {
  const model = base ? modelOfBase('orbit.spec.yaml', Buffer.from(text)).model! : validated(text).model;
  return manifestDocuments(emitAll(model));
}

/** Whether veilc says the API server refuses this document's change. */
function refusedByApi(t: Transition, d: ManifestDocument): boolean {
  const c = t.changes.find((x) => x.kind === d.kind && x.name === d.name && x.namespace === (d.namespace ?? ''))
    ?? t.changes.find((x) => x.kind === d.kind && x.name === d.name);
  return c?.action === 'forbidden' && c.reasons.some((r) => r.action === 'forbidden' && r.refusedBy === 'kubernetes-api');
}

const label = (r: ApplyResult) => `${r.document.kind} ${r.document.name}`;

const cp = useControlPlane({ crds: yamlFilesUnder(CRD_DIR) });

describeWithControlPlane('transition classes on a real kube-apiserver', () => {
  it.each(EDITS)('%s', async (_title, baseText, nextText, refused) => {
    const t = transition(baseText, nextText);
    const results = await cp().dryRunUpdate(documentsOf(baseText, true), documentsOf(nextText, false));
    const report = results.map((r) => `${describeDocument(r.document)}: ${r.ok ? 'accepted' : `${r.reason} ${r.message}`}; veilc: ${refusedByApi(t, r.document) ? 'refused' : 'accepted'}`).join('\n');
    // the API server's verdict on every document is veilc's
    for (const r of results) expect(r.ok, report).toBe(!refusedByApi(t, r.document));
    expect(results.filter((r) => !r.ok).map(label), report).toEqual(refused);
    for (const r of results.filter((x) => !x.ok)) expect(r.message).toMatch(/updates to statefulset spec for fields other than/);
  }, 120_000);
});

/** A manifest document made here (not compiled). */
function doc(object: Record<string, any>): ManifestDocument {
  return { file: 'test', index: 0, apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name, namespace: object.metadata.namespace, object };
}

const STORAGE_CLASSES = [
  // as k3s ships it (k3s-io/k3s manifests/local-storage.yaml): no allowVolumeExpansion
  doc({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'local-path' }, provisioner: 'rancher.io/local-path', reclaimPolicy: 'Delete', volumeBindingMode: 'WaitForFirstConsumer' }),
  doc({ apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'nvme' }, provisioner: 'example.com/nvme', allowVolumeExpansion: true }),
];

const claim = (name: string, size: string, cls: string) => doc({
  apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name, namespace: 'claims' },
  spec: { accessModes: ['ReadWriteOnce'], storageClassName: cls, resources: { requests: { storage: size } } },
});

/** [title, before, after, the API server's refusal or null]: it must refuse exactly what claimUpdate calls forbidden. */
const CLAIMS: [string, { size: string; class: string }, { size: string; class: string }, RegExp | null][] = [
  ['local-path grows', { size: '4Gi', class: 'local-path' }, { size: '6Gi', class: 'local-path' }, /storageclass that provisions the pvc must support resize/],
  ['local-path shrinks', { size: '6Gi', class: 'local-path' }, { size: '4Gi', class: 'local-path' }, /can not be less than status.capacity/],
  ['another class', { size: '4Gi', class: 'local-path' }, { size: '4Gi', class: 'nvme' }, /spec is immutable after creation/],
  ['a class that allows expansion grows', { size: '4Gi', class: 'nvme' }, { size: '6Gi', class: 'nvme' }, null],
];

describeWithControlPlane('claim updates on a real kube-apiserver', () => {
  it.each(CLAIMS.map((c, i) => [...c, i] as const))('%s', async (_title, before, after, refusal, i) => {
    const api = cp();
    expect((await api.applyDocuments(STORAGE_CLASSES)).every((r) => r.ok)).toBe(true);
    await api.ensureNamespaces(['claims']);
    // a claim of its own per case: without kube-controller-manager a deleted claim keeps its protection finalizer
    const name = `data-${i}`;
    const [created] = await api.applyDocuments([claim(name, before.size, before.class)]);
    expect(created!.ok, created!.message).toBe(true);
    // resizing is for bound claims only: bind it as the PV controller would (status only; nothing runs here)
    const bound = await api.request('PATCH', `/api/v1/namespaces/claims/persistentvolumeclaims/${name}/status`, JSON.stringify({ status: { phase: 'Bound', capacity: { storage: before.size }, accessModes: ['ReadWriteOnce'] } }), 'application/merge-patch+json');
    expect(bound.status, bound.text).toBe(200);
    const [r] = await api.applyDocuments([claim(name, after.size, after.class)], { dryRun: true });
    const v = claimUpdate('claim', before, after);
    expect(v, 'claimUpdate judges every case here').not.toBeNull();
    expect(r!.ok, `${r!.reason} ${r!.message}; veilc: ${v!.action} ${v!.text}`).toBe(!(v!.action === 'forbidden' && v!.refusedBy === 'kubernetes-api'));
    if (refusal) expect(r!.message, r!.message).toMatch(refusal);
    else expect(r!.ok, r!.message).toBe(true);
  }, 60_000);
});

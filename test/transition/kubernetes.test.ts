// Kubernetes update validation: StatefulSet immutable fields and claim updates,
// each from a before/after pair of the "orbit" spec.
import { describe, expect, it } from 'vitest';
import { claimUpdate, immutableStatefulSetFields } from '../../compiler/transition/rules/kubernetes.ts';
import { changeOf, edit, findingsOf, lineOf, ORBIT, transition } from './helpers.ts';

describe('StatefulSet immutable fields (VEIL-CHANGE-001)', () => {
  it('a larger driveSize is forbidden at the new value, and says local-path cannot grow', () => {
    const next = edit(ORBIT, 'driveSize: 100Gi', 'driveSize: 110Gi');
    const t = transition(ORBIT, next);
    const sts = changeOf(t, 'StatefulSet', 'vault');
    expect(sts.action).toBe('forbidden');
    expect(sts.reasons[0]).toMatchObject({ rule: 'VEIL-CHANGE-001', refusedBy: 'kubernetes-api' });
    expect(sts.reasons[0]!.text).toMatch(/requests\.storage: 100Gi -> 110Gi/);
    expect(sts.reasons[0]!.text).toMatch(/local-path has no volume expansion/);
    expect(sts.fields.map((f) => [f.path, f.before, f.after])).toContainEqual(['spec.volumeClaimTemplates[1].spec.resources.requests.storage', '100Gi', '110Gi']);
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-001', 'deny', lineOf(next, 'driveSize: 110Gi')]]);
    expect(sts.line).toBe(lineOf(next, 'driveSize: 110Gi'));
  });

  it('another storage class is forbidden at the storageClass line', () => {
    const next = edit(ORBIT, '  storageClass: local-path\n  nodes', '  storageClass: nvme\n  nodes');
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'StatefulSet', 'vault').reasons[0]!.text).toMatch(/storageClassName: local-path -> nvme/);
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-001', 'deny', lineOf(next, 'storageClass: nvme')]]);
  });

  it('a selector, serviceName or podManagementPolicy that differs from what is deployed is forbidden', () => {
    // a tree compiled by an older veilc: the deployed StatefulSet had other immutable fields
    const t = transition(ORBIT, ORBIT, {
      baseOut: (files) => files.map((f) => (f.path.endsWith('minio-statefulset.yaml')
        ? { ...f, content: f.content.replace('podManagementPolicy: Parallel', 'podManagementPolicy: OrderedReady').replace('serviceName: vault-hl', 'serviceName: vault-headless') }
        : f)),
    });
    const sts = changeOf(t, 'StatefulSet', 'vault');
    expect(sts.action).toBe('forbidden');
    expect(sts.fields.map((f) => f.path).sort()).toEqual(['spec.podManagementPolicy', 'spec.serviceName']);
    const rules = t.diagnostics.map((d) => [d.rule, d.severity]);
    expect(rules).toContainEqual(['VEIL-CHANGE-001', 'deny']);
  });

  it('replicas and the pod template are updates the API server takes', () => {
    const d = { key: 'k', fields: [{ path: 'spec.replicas', before: 3, after: 4 }, { path: 'spec.template.spec.containers[0].image', before: 'a', after: 'b' }, { path: 'spec.persistentVolumeClaimRetentionPolicy.whenScaled', before: 'Retain', after: 'Delete' }, { path: 'metadata.labels.x', before: '1', after: '2' }] };
    expect(immutableStatefulSetFields(d)).toEqual([]);
    expect(immutableStatefulSetFields({ ...d, fields: [{ path: 'spec.volumeClaimTemplates[0].metadata.name', before: 'data0', after: 'disk0' }] })).toHaveLength(1);
  });

  it('an image change reaches the StatefulSet as a plain update', () => {
    const next = edit(ORBIT, 'storageClasses:', 'versions:\n  images:\n    minio: quay.io/minio/minio:RELEASE.2025-10-15T17-29-55Z\n\nstorageClasses:');
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'StatefulSet', 'vault').action).toBe('update');
    expect(findingsOf(t)).toEqual([]);
  });
});

describe('claim updates (PersistentVolumeClaim validation and resize admission)', () => {
  it.each([
    [{ size: '5Gi', class: 'local-path' }, { size: '8Gi', class: 'local-path' }, 'forbidden', /no volume expansion/],
    [{ size: '5Gi', class: 'nvme' }, { size: '8Gi', class: 'nvme' }, 'procedure', /only if StorageClass nvme sets allowVolumeExpansion/],
    [{ size: '5Gi', class: 'nvme' }, { size: '4Gi', class: 'nvme' }, 'forbidden', /cannot shrink/],
    [{ size: '5Gi', class: 'nvme' }, { size: '5Gi', class: 'local-path' }, 'forbidden', /immutable/],
  ] as const)('%o -> %o is %s', (before, after, action, text) => {
    const v = claimUpdate('c', before, after)!;
    expect(v.action).toBe(action);
    expect(v.text).toMatch(text);
  });

  it('the same size in another spelling is no change', () => {
    expect(claimUpdate('c', { size: '1Gi', class: 'x' }, { size: '1024Mi', class: 'x' })).toBeNull();
  });

  it('Grafana: a larger claim on local-path is forbidden (the Helm upgrade fails) at the size line (VEIL-CHANGE-002)', () => {
    const next = edit(ORBIT, 'storage: { size: 4Gi, class: local-path }', 'storage: { size: 6Gi, class: local-path }');
    const t = transition(ORBIT, next);
    const hr = changeOf(t, 'HelmRelease', 'kube-prometheus-stack');
    expect(hr.action).toBe('forbidden');
    expect(hr.reasons.find((r) => r.rule)!.text).toMatch(/Grafana claim: 4Gi -> 6Gi.*no volume expansion.*rolls the release back/);
    // Flux's apply of the HelmRelease goes through; helm-controller's patch of the claim does not (test/transition/api-server.test.ts)
    expect(hr.reasons.find((r) => r.rule)!.refusedBy).toBe('helm-upgrade');
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-002', 'deny', lineOf(next, 'size: 6Gi')]]);
  });

  it('Grafana on a class veilc does not know: a procedure (warn)', () => {
    const base = edit(ORBIT, 'storage: { size: 4Gi, class: local-path }', 'storage: { size: 4Gi, class: nvme }');
    const next = edit(base, 'size: 4Gi, class: nvme', 'size: 9Gi, class: nvme');
    const t = transition(base, next);
    expect(changeOf(t, 'HelmRelease', 'kube-prometheus-stack').action).toBe('procedure');
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-002', 'warn', lineOf(next, 'size: 9Gi')]]);
  });
});

describe('operator-made claims (VEIL-CHANGE-003)', () => {
  it('Prometheus growing on local-path changes nothing on disk: an update without a finding', () => {
    const next = edit(ORBIT, 'size: 30Gi, class: local-path', 'size: 40Gi, class: local-path');
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'HelmRelease', 'kube-prometheus-stack').action).toBe('update');
    expect(findingsOf(t)).toEqual([]);
  });

  it('Alertmanager on another class is a procedure at the class', () => {
    const next = edit(ORBIT, 'storage: { size: 1Gi, class: local-path }', 'storage: { size: 1Gi, class: nvme }');
    const t = transition(ORBIT, next);
    const hr = changeOf(t, 'HelmRelease', 'kube-prometheus-stack');
    expect(hr.action).toBe('procedure');
    expect(hr.reasons.find((r) => r.rule)!.text).toMatch(/alertmanager: storage class local-path -> nvme reaches only claims the operator creates/);
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-003', 'warn', lineOf(next, 'size: 1Gi, class: nvme')]]);
  });
});

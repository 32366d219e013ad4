// Changing one value of the spec changes exactly the lines that carry it,
// and nothing else: no reordering, no collateral edits.
import { describe, expect, it } from 'vitest';
import type { OutputFile } from '../../compiler/emit/output.ts';
import { flux, modelFromData, rawSpec } from './helpers.ts';

interface LineChange { file: string; before: string; after: string }

function changedLines(a: readonly OutputFile[], b: readonly OutputFile[]): LineChange[] {
  expect(b.map((f) => f.path)).toEqual(a.map((f) => f.path));
  const out: LineChange[] = [];
  a.forEach((fa, i) => {
    const la = fa.content.split('\n'), lb = b[i]!.content.split('\n');
    expect(lb.length, fa.path).toBe(la.length);
    la.forEach((line, j) => { if (line !== lb[j]) out.push({ file: fa.path, before: line.trim(), after: lb[j]!.trim() }); });
  });
  return out;
}

describe('one spec value, exactly the expected lines', () => {
  it('the ingress address: only the MetalLB annotation of the ingress-nginx Service', () => {
    const raw = rawSpec('veil');
    const before = flux(modelFromData(raw));
    const old = raw.ingress.address as string;
    const next = '192.168.0.225'; // another address of veil's pool
    raw.ingress.address = next;
    expect(changedLines(before, flux(modelFromData(raw)))).toEqual([
      { file: 'flux/veil/infrastructure/ingress/ingress-nginx.yaml', before: `metallb.io/loadBalancerIPs: ${old}`, after: `metallb.io/loadBalancerIPs: ${next}` },
    ]);
  });

  it('the drive size: only the storage request of each drive claim of the StatefulSet', () => {
    const raw = rawSpec('veil');
    const before = flux(modelFromData(raw));
    const old = raw.objectStore.driveSize as string;
    raw.objectStore.driveSize = '150Gi';
    const claim = { file: 'flux/veil/platform/storage/minio-statefulset.yaml', before: `storage: ${old}`, after: 'storage: 150Gi' };
    expect(changedLines(before, flux(modelFromData(raw)))).toEqual(Array.from({ length: raw.objectStore.drivesPerServer }, () => claim));
  });

  it('the Prometheus retention: only the retention line', () => {
    const raw = rawSpec('veil');
    const before = flux(modelFromData(raw));
    const old = raw.monitoring.prometheus.retention as string;
    raw.monitoring.prometheus.retention = '30d';
    expect(changedLines(before, flux(modelFromData(raw)))).toEqual([
      { file: 'flux/veil/platform/monitoring/kube-prometheus-stack.yaml', before: `retention: ${old}`, after: 'retention: 30d' },
    ]);
  });
});

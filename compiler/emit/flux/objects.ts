// Small builders shared by the components: Namespaces and HelmReleases, in the
// conventional key order (apiVersion, kind, metadata, spec).
import type { Spec } from '../../schema/spec-types.ts';
import type { ChartSource } from './sources.ts';

export interface NamespaceOptions {
  labels?: Record<string, string>;
  /**
   * Keep the namespace when Flux garbage-collects the Kustomization: deleting
   * it would delete the PersistentVolumeClaims inside, and with them the data
   * (Flux docs, Kustomization "Garbage collection": kustomize.toolkit.fluxcd.io/prune: disabled).
   */
  keepOnPrune?: boolean;
}

export function namespace(name: string, o: NamespaceOptions = {}): object {
  const metadata: Record<string, unknown> = { name };
  if (o.keepOnPrune) metadata.annotations = { 'kustomize.toolkit.fluxcd.io/prune': 'disabled' };
  if (o.labels && Object.keys(o.labels).length) metadata.labels = o.labels;
  return { apiVersion: 'v1', kind: 'Namespace', metadata };
}

/** What helm-controller does with a chart's crds/ folder (Flux docs, HelmRelease "Install/Upgrade configuration", crds). */
export type CrdPolicy = 'Skip' | 'Create' | 'CreateReplace';

export interface HelmReleaseOptions {
  name: string;
  namespace: string;
  chart: string;
  version: string;
  source: ChartSource;
  /**
   * CRDs shipped in the chart's crds/ folder: Helm installs them once and never
   * upgrades them; Flux's CreateReplace does (Flux docs, HelmRelease
   * "Install/Upgrade configuration", crds). `true` is CreateReplace on install
   * and upgrade; a pair states both policies (written out even when Flux's default).
   */
  chartCrds?: true | { install: CrdPolicy; upgrade: CrdPolicy };
  values?: Record<string, unknown>;
}

export function helmRelease(spec: Spec, o: HelmReleaseOptions): object {
  const remediation = { retries: 3 };
  const install: Record<string, unknown> = {};
  const upgrade: Record<string, unknown> = {};
  if (o.chartCrds) {
    const p = o.chartCrds === true ? { install: 'CreateReplace', upgrade: 'CreateReplace' } : o.chartCrds;
    install.crds = p.install;
    upgrade.crds = p.upgrade;
  }
  install.remediation = remediation;
  upgrade.remediation = { ...remediation, remediateLastFailure: true };
  const s: Record<string, unknown> = {
    interval: spec.flux.interval,
    chart: {
      spec: {
        chart: o.chart,
        version: o.version,
        sourceRef: { kind: 'HelmRepository', name: o.source.name, namespace: spec.flux.namespace },
      },
    },
    releaseName: o.name,
    install,
    upgrade,
  };
  if (o.values && Object.keys(o.values).length) s.values = o.values;
  return {
    apiVersion: 'helm.toolkit.fluxcd.io/v2',
    kind: 'HelmRelease',
    metadata: { name: o.name, namespace: o.namespace },
    spec: s,
  };
}

/** Two replicas of an entry point when there are two nodes to put them on: one node can be drained without losing ingress. */
export function entryReplicas(nodeCount: number): number {
  return Math.min(2, nodeCount);
}

/** A soft spread over nodes: replicas prefer different nodes but still schedule when a node is down or drained. */
export function spreadOverNodes(matchLabels: Record<string, string>): object[] {
  return [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels } }];
}

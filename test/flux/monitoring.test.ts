// kube-prometheus-stack for veil: retention, WAL compression, volumes, the
// DNS names as ingress hosts, alert routing, and the k3s control plane as
// static scrape targets that match the flags the k3s servers are started with.
import { describe, expect, it } from 'vitest';
import { k3sServers } from '../../compiler/model/k3s.ts';
import { secretNeeds } from '../../compiler/emit/runbooks/common.ts';
import { flux, model, modelFromData, one, rawSpec, resources } from './helpers.ts';

const m = model('veil');
const raw = rawSpec('veil');
const hr = one(resources(flux(m)), 'HelmRelease', 'kube-prometheus-stack');
const v = hr.spec.values;

describe('veil monitoring', () => {
  it('pins the chart from the prometheus-community repository and installs its CRDs', () => {
    expect(hr.spec.chart.spec).toEqual({ chart: 'kube-prometheus-stack', version: m.spec.versions.charts.kubePrometheusStack, sourceRef: { kind: 'HelmRepository', name: 'prometheus-community', namespace: 'flux-system' } });
    expect(hr.spec.install.crds).toBe('CreateReplace');
    expect(hr.spec.upgrade.crds).toBe('CreateReplace');
  });

  it('retention, retention size in Prometheus units (base-2 GB), WAL compression', () => {
    const p = v.prometheus.prometheusSpec;
    expect(p.retention).toBe(raw.monitoring.prometheus.retention);
    expect(raw.monitoring.prometheus.retentionSize).toBe('17Gi');
    expect(p.retentionSize).toBe('17GB');
    expect(p.walCompression).toBe(raw.monitoring.prometheus.walCompression);
  });

  it('a volume of the spec size and class for Prometheus, Alertmanager and Grafana', () => {
    const claim = (c: any) => [c.volumeClaimTemplate.spec.storageClassName, c.volumeClaimTemplate.spec.resources.requests.storage];
    const s = raw.monitoring;
    expect(claim(v.prometheus.prometheusSpec.storageSpec)).toEqual([s.prometheus.storage.class, s.prometheus.storage.size]);
    expect(claim(v.alertmanager.alertmanagerSpec.storage)).toEqual([s.alertmanager.storage.class, s.alertmanager.storage.size]);
    expect([v.grafana.persistence.enabled, v.grafana.persistence.storageClassName, v.grafana.persistence.size]).toEqual([true, s.grafana.storage.class, s.grafana.storage.size]);
  });

  it('ingress hosts are DNS names the spec resolves to the ingress address, on the ingress class', () => {
    const names = new Set(m.facts.dns!.zones.flatMap((z) => z.records.filter((r) => r.address === raw.ingress.address).map((r) => r.fqdn)));
    for (const ing of [v.prometheus.ingress, v.alertmanager.ingress, v.grafana.ingress]) {
      expect(ing.enabled).toBe(true);
      expect(ing.ingressClassName).toBe(raw.ingress.className);
      for (const h of ing.hosts) expect(names.has(h), h).toBe(true);
    }
    expect([v.prometheus.ingress.hosts, v.alertmanager.ingress.hosts, v.grafana.ingress.hosts]).toEqual([[raw.monitoring.prometheus.host], [raw.monitoring.alertmanager.host], [raw.monitoring.grafana.host]]);
  });

  it('k3s control plane: etcd 2381, controller manager 10257 and scheduler 10259 over HTTPS, kube-proxy 10249, on the servers', () => {
    const servers = raw.nodes.filter((n: any) => (n.role ?? 'server') === 'server').map((n: any) => n.address);
    const ports = { kubeEtcd: 2381, kubeControllerManager: 10257, kubeScheduler: 10259, kubeProxy: 10249 } as const;
    for (const [c, port] of Object.entries(ports)) {
      expect(v[c].endpoints, c).toEqual(servers);
      expect(v[c].service, c).toEqual({ enabled: true, port, targetPort: port });
    }
    expect(v.kubeControllerManager.serviceMonitor.https).toBe(true);
    expect(v.kubeScheduler.serviceMonitor.https).toBe(true);
    // the flags that open those ports are in the k3s server config the runbooks install
    for (const s of k3sServers(m.spec)) {
      const cfg = Object.fromEntries(s.config);
      expect(cfg['etcd-expose-metrics'], s.node).toBe(true);
      expect(cfg['kube-controller-manager-arg'], s.node).toContain('bind-address=0.0.0.0');
      expect(cfg['kube-scheduler-arg'], s.node).toContain('bind-address=0.0.0.0');
      expect(cfg['kube-proxy-arg'], s.node).toContain('metrics-bind-address=0.0.0.0');
    }
  });

  it('resilience: two Alertmanagers on different nodes behind a PDB; Grafana recreated, not rolled, on its volume', () => {
    expect(v.alertmanager.alertmanagerSpec.replicas).toBe(2);
    expect(v.alertmanager.alertmanagerSpec.podAntiAffinity).toBe('hard');
    expect(v.alertmanager.podDisruptionBudget).toEqual({ enabled: true, minAvailable: 1 });
    expect(v.grafana.deploymentStrategy).toEqual({ type: 'Recreate' });
    expect(v.grafana.admin.existingSecret).toBe(raw.monitoring.grafana.adminSecret.name);
  });

  it('Grafana reads the admin Secret with the chart\'s default keys when the spec names none', () => {
    expect(raw.monitoring.grafana.adminSecret).toEqual({ name: 'grafana-admin' });
    expect(v.grafana.admin).toEqual({ existingSecret: 'grafana-admin', userKey: 'admin-user', passwordKey: 'admin-password' });
  });

  it('Grafana honours the spec\'s key names (admin.userKey, admin.passwordKey), and the runbook asks for those keys', () => {
    const r = rawSpec('veil');
    r.monitoring.grafana.adminSecret = { name: 'ops-grafana', userKey: 'login', passwordKey: 'secret' };
    const mm = modelFromData(r);
    const values = one(resources(flux(mm)), 'HelmRelease', 'kube-prometheus-stack').spec.values;
    expect(values.grafana.admin).toEqual({ existingSecret: 'ops-grafana', userKey: 'login', passwordKey: 'secret' });
    expect(secretNeeds(mm).find((n) => n.name === 'ops-grafana')).toMatchObject({ namespace: 'monitoring', keys: ['login', 'secret'] });
  });

  it('no remote_write when the spec lists none', () => {
    expect(raw.monitoring.prometheus.remoteWrite).toBeUndefined();
    expect(v.prometheus.prometheusSpec).not.toHaveProperty('remoteWrite');
  });
});

describe('veil ingress-nginx and MetalLB', () => {
  const all = resources(flux(m));
  it('ingress-nginx: two replicas spread over nodes with a PDB, LoadBalancer on the ingress address', () => {
    const c = one(all, 'HelmRelease', 'ingress-nginx').spec.values.controller;
    expect(c.replicaCount).toBe(2);
    expect(c.minAvailable).toBe(1);
    expect(c.topologySpreadConstraints[0].topologyKey).toBe('kubernetes.io/hostname');
    expect(c.service).toEqual({ type: 'LoadBalancer', annotations: { 'metallb.io/loadBalancerIPs': raw.ingress.address } });
  });

  it('MetalLB runs in a privileged namespace (its speaker uses the host network)', () => {
    const ns = one(all, 'Namespace', 'metallb-system');
    expect(ns.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('privileged');
  });

  it('stateful namespaces survive Flux garbage collection', () => {
    for (const name of [raw.monitoring.namespace, raw.objectStore.namespace]) {
      expect(one(all, 'Namespace', name).metadata.annotations['kustomize.toolkit.fluxcd.io/prune']).toBe('disabled');
    }
  });
});

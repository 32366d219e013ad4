// kube-prometheus-stack: Prometheus, Alertmanager and Grafana with persistent
// volumes, retention, ingress hosts, the spec's alert routing, optional
// remote_write, and scraping of the k3s control plane.
// Values keys: charts/kube-prometheus-stack/values.yaml of
// prometheus-community/helm-charts (alertmanager.*, prometheus.*, grafana.*,
// kubeEtcd/kubeControllerManager/kubeScheduler/kubeProxy.*) and, for
// grafana.*, charts/grafana/values.yaml of grafana/helm-charts.
//
// k3s runs etcd, the controller manager, the scheduler and kube-proxy inside
// the k3s process, not as pods, so the chart cannot discover them: it gets the
// server nodes' addresses as static endpoints, on the ports compiler/model/k3s.ts
// opens with the server flags etcd-expose-metrics and the *-bind-address args
// (the cold-start runbook sets the same flags from the same module).
import type { Model } from '../../model/build-model.ts';
import { CONTROLLER_MANAGER_PORT, ETCD_METRICS_PORT, k3sServers, KUBE_PROXY_METRICS_PORT, SCHEDULER_PORT } from '../../model/k3s.ts';
import { entryFor } from '../../model/ingress.ts';
import { alertmanagerConfig, alertmanagerSecrets } from './alertmanager.ts';
import { helmRelease, namespace } from './objects.ts';
import { backendTimeouts, chartRoute, ROUTE_TIMEOUT } from './routes.ts';
import { REPOS } from './sources.ts';

export const MONITORING_RELEASE = 'kube-prometheus-stack';

/**
 * Two Alertmanagers (they gossip and deduplicate) when there are two nodes.
 * Prometheus stays single, so it gets no PodDisruptionBudget: on one replica a
 * PDB either blocks every drain (minAvailable 1) or protects nothing; a second
 * copy would double its disk and scrape load (remote_write is the durable path).
 */
export function alertmanagerReplicas(model: Model): number {
  return Math.min(2, model.spec.nodes.length);
}

function claim(storage: { size: string; class: string }): object {
  return { volumeClaimTemplate: { spec: { storageClassName: storage.class, accessModes: ['ReadWriteOnce'], resources: { requests: { storage: storage.size } } } } };
}

/** The IngressClass that serves Ingress objects, when an ingress-nginx entry point runs (current or retiring). */
function ingressClass(model: Model): string | undefined {
  return entryFor(model.spec, 'ingress')?.className;
}

function hostIngress(model: Model, host: string | undefined): Record<string, unknown> | undefined {
  const cls = ingressClass(model);
  if (!host || !cls) return undefined;
  return { enabled: true, ingressClassName: cls, hosts: [host], paths: ['/'], pathType: 'Prefix' };
}

function controlPlane(model: Model): Record<string, unknown> {
  const endpoints = k3sServers(model.spec).map((s) => s.address);
  const service = (port: number) => ({ enabled: true, port, targetPort: port });
  // controller manager and scheduler serve HTTPS with a self-signed certificate
  // and delegated authn/authz; the chart's Prometheus role may GET /metrics
  const https = { https: true, insecureSkipVerify: true };
  return {
    kubeEtcd: { enabled: true, endpoints, service: service(ETCD_METRICS_PORT) },
    kubeControllerManager: { enabled: true, endpoints, service: service(CONTROLLER_MANAGER_PORT), serviceMonitor: https },
    kubeScheduler: { enabled: true, endpoints, service: service(SCHEDULER_PORT), serviceMonitor: https },
    // kube-proxy runs on every node, agents included (their k3s config sets the same bind address)
    kubeProxy: { enabled: true, endpoints: model.spec.nodes.map((n) => n.address), service: service(KUBE_PROXY_METRICS_PORT) },
  };
}

function prometheusValues(model: Model): Record<string, unknown> {
  const p = model.spec.monitoring!.prometheus;
  const spec: Record<string, unknown> = { replicas: 1, retention: p.retention };
  // Prometheus spells sizes base-2 as KB/MB/GB (prometheus/common units), which the operator's CRD pattern accepts
  const size = model.facts.monitoring?.retentionSizePrometheus;
  if (size) spec.retentionSize = size;
  spec.walCompression = p.walCompression;
  spec.storageSpec = claim(p.storage);
  if (p.host) spec.externalUrl = `http://${p.host}`;
  if (p.remoteWrite.length) {
    // prometheus-operator RemoteWriteSpec: basicAuth reads username and password from the Secret
    spec.remoteWrite = p.remoteWrite.map((t) => ({
      name: t.name,
      url: t.url,
      ...(t.basicAuthSecret ? { basicAuth: { username: { name: t.basicAuthSecret.name, key: 'username' }, password: { name: t.basicAuthSecret.name, key: 'password' } } } : {}),
    }));
  }
  const out: Record<string, unknown> = {};
  const ing = hostIngress(model, p.host);
  if (ing) out.ingress = ing;
  const route = chartRoute(model, p.host);
  if (route) out.route = route;
  out.prometheusSpec = spec;
  return out;
}

function alertmanagerValues(model: Model): Record<string, unknown> {
  const m = model.spec.monitoring!;
  const replicas = alertmanagerReplicas(model);
  const spec: Record<string, unknown> = {
    replicas,
    // hard: with node-local volumes two replicas on one node would stay there for good
    podAntiAffinity: replicas > 1 ? 'hard' : '',
    storage: claim(m.alertmanager.storage),
  };
  if (m.alertmanager.host) spec.externalUrl = `http://${m.alertmanager.host}`;
  const secrets = alertmanagerSecrets(m);
  if (secrets.length) spec.secrets = secrets;
  const out: Record<string, unknown> = { config: alertmanagerConfig(m) };
  const ing = hostIngress(model, m.alertmanager.host);
  if (ing) out.ingress = ing;
  const route = chartRoute(model, m.alertmanager.host);
  if (route) out.route = route;
  if (replicas > 1) out.podDisruptionBudget = { enabled: true, minAvailable: 1 };
  out.alertmanagerSpec = spec;
  return out;
}

function grafanaValues(model: Model): Record<string, unknown> {
  const g = model.spec.monitoring!.grafana;
  const out: Record<string, unknown> = {};
  // grafana chart (charts/grafana/values.yaml, admin.*): the Secret and the two keys its pods read
  if (g.adminSecret) out.admin = { existingSecret: g.adminSecret.name, userKey: g.adminSecret.userKey, passwordKey: g.adminSecret.passwordKey };
  const cls = ingressClass(model);
  if (g.host && cls) out.ingress = { enabled: true, ingressClassName: cls, hosts: [g.host], path: '/' };
  const route = chartRoute(model, g.host);
  if (route) out.route = route;
  out.persistence = { enabled: true, type: 'pvc', storageClassName: g.storage.class, accessModes: ['ReadWriteOnce'], size: g.storage.size };
  // a ReadWriteOnce volume: the old pod must release it before the new one starts
  out.deploymentStrategy = { type: 'Recreate' };
  return out;
}

/**
 * The timeout of the chart-made HTTPRoutes (Envoy Gateway's BackendTrafficPolicy,
 * picked by the release label both charts put on their routes:
 * app.kubernetes.io/instance), or nothing when no route is compiled.
 */
export function monitoringRouteTimeouts(model: Model): object[] {
  const m = model.spec.monitoring!;
  const hosts = [m.prometheus.host, m.alertmanager.host, m.grafana.host];
  if (!hosts.some((h) => chartRoute(model, h))) return [];
  return [backendTimeouts(MONITORING_RELEASE, m.namespace, { labels: { 'app.kubernetes.io/instance': MONITORING_RELEASE } }, { requestTimeout: ROUTE_TIMEOUT })];
}

export function kubePrometheusStack(model: Model): object[] {
  const { spec } = model;
  const m = spec.monitoring!;
  const values = {
    alertmanager: alertmanagerValues(model),
    grafana: grafanaValues(model),
    ...controlPlane(model),
    prometheus: prometheusValues(model),
  };
  return [
    namespace(m.namespace, { keepOnPrune: true }),
    helmRelease(spec, { name: MONITORING_RELEASE, namespace: m.namespace, chart: 'kube-prometheus-stack', version: spec.versions.charts.kubePrometheusStack, source: REPOS.prometheusCommunity, chartCrds: true, values }),
  ];
}

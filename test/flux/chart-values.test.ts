// HelmRelease values are free-form in the CRD schema, so kubeconform cannot
// tell a misspelt key from a real one, and Helm silently ignores unknown keys.
// Every key veilc sets must be one the chart documents in its values.yaml.
// The lists below were read from those files (keep them in step with the
// pinned chart versions when bumping):
//  - ingress-nginx: kubernetes/ingress-nginx charts/ingress-nginx/values.yaml
//  - kube-prometheus-stack: prometheus-community/helm-charts charts/kube-prometheus-stack/values.yaml
//    (alertmanager.*, prometheus.*, kubeEtcd/kubeControllerManager/kubeScheduler/kubeProxy.*)
//    and grafana/helm-charts charts/grafana/values.yaml for grafana.* (the subchart)
//  - metallb: veilc sets no values (the chart's defaults)
//  - gateway-helm (Envoy Gateway): envoyproxy/gateway charts/gateway-helm/charts/crds/values.yaml
//    (the crds subchart, under crds.)
// A test below holds every listed path to the values.yaml files of the packaged
// charts in test/fixtures/charts (see SOURCE.md); test/helm/helm-template.test.ts
// checks the compiled values against them directly.
// A path ending in `*` is documented as an object or list the chart passes
// through whole (a Kubernetes or Alertmanager type), so its inside is not the chart's.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gatewaySpec, migrationSpec } from '../fixtures/fixtures.ts';
import { chartValuesFiles, CHARTS_DIR, isChartKey, type ValuesFile } from '../helm/charts.ts';
import { flux, model, modelFromData, rawSpec, resources } from './helpers.ts';

const DOCUMENTED: Record<string, string[]> = {
  'ingress-nginx': [
    'controller.replicaCount', 'controller.minAvailable', 'controller.ingressClass',
    'controller.ingressClassResource.name', 'controller.ingressClassResource.enabled', 'controller.ingressClassResource.default',
    'controller.topologySpreadConstraints*', 'controller.service.type', 'controller.service.annotations*',
  ],
  metallb: [],
  'gateway-helm': ['crds.gatewayAPI.safeUpgradePolicy.enabled'],
  'kube-prometheus-stack': [
    'alertmanager.config*',
    'alertmanager.ingress.enabled', 'alertmanager.ingress.ingressClassName', 'alertmanager.ingress.hosts*', 'alertmanager.ingress.paths*', 'alertmanager.ingress.pathType',
    'alertmanager.podDisruptionBudget.enabled', 'alertmanager.podDisruptionBudget.minAvailable',
    'alertmanager.alertmanagerSpec.replicas', 'alertmanager.alertmanagerSpec.podAntiAffinity', 'alertmanager.alertmanagerSpec.storage*',
    'alertmanager.alertmanagerSpec.externalUrl', 'alertmanager.alertmanagerSpec.secrets*',
    'grafana.admin.existingSecret', 'grafana.admin.userKey', 'grafana.admin.passwordKey',
    'grafana.ingress.enabled', 'grafana.ingress.ingressClassName', 'grafana.ingress.hosts*', 'grafana.ingress.path',
    'grafana.persistence.enabled', 'grafana.persistence.type', 'grafana.persistence.storageClassName', 'grafana.persistence.accessModes*', 'grafana.persistence.size',
    'grafana.deploymentStrategy*',
    ...['kubeEtcd', 'kubeControllerManager', 'kubeScheduler', 'kubeProxy'].flatMap((c) => [`${c}.enabled`, `${c}.endpoints*`, `${c}.service.enabled`, `${c}.service.port`, `${c}.service.targetPort`]),
    'kubeControllerManager.serviceMonitor.https', 'kubeControllerManager.serviceMonitor.insecureSkipVerify',
    'kubeScheduler.serviceMonitor.https', 'kubeScheduler.serviceMonitor.insecureSkipVerify',
    'prometheus.ingress.enabled', 'prometheus.ingress.ingressClassName', 'prometheus.ingress.hosts*', 'prometheus.ingress.paths*', 'prometheus.ingress.pathType',
    'prometheus.prometheusSpec.replicas', 'prometheus.prometheusSpec.retention', 'prometheus.prometheusSpec.retentionSize',
    'prometheus.prometheusSpec.walCompression', 'prometheus.prometheusSpec.storageSpec*', 'prometheus.prometheusSpec.externalUrl',
    'prometheus.prometheusSpec.remoteWrite*',
    // the charts' own HTTPRoute (ingress.controller: envoy-gateway)
    ...['alertmanager', 'prometheus', 'grafana'].flatMap((c) => [`${c}.route.main.enabled`, `${c}.route.main.hostnames*`, `${c}.route.main.parentRefs*`]),
  ],
};

/** Paths of the values veilc sets, cut where the documented list says the chart takes a whole object. */
function undocumentedKeys(values: unknown, documented: readonly string[]): string[] {
  const whole = documented.filter((d) => d.endsWith('*')).map((d) => d.slice(0, -1));
  const exact = new Set(documented.filter((d) => !d.endsWith('*')));
  const out: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (whole.includes(path)) return;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      for (const [k, child] of Object.entries(v)) walk(child, path ? `${path}.${k}` : k);
      return;
    }
    if (!exact.has(path)) out.push(path);
  };
  walk(values, '');
  return out;
}

function releases(files: ReturnType<typeof flux>) {
  return resources(files).filter((d) => d.obj.kind === 'HelmRelease').map((d) => d.obj);
}

describe('every values key veilc sets is documented by its chart', () => {
  const everything = rawSpec('nimbus');
  everything.monitoring.grafana.adminSecret = { name: 'grafana-admin' };
  everything.monitoring.prometheus.remoteWrite[0].basicAuthSecret = { name: 'mimir-auth' };
  for (const [name, m] of [['veil', model('veil')], ['nimbus', model('nimbus')], ['nimbus with every option', modelFromData(everything)]] as const) {
    it(name, () => {
      const hrs = releases(flux(m));
      expect(hrs.map((h) => h.spec.chart.spec.chart).sort()).toEqual(['ingress-nginx', 'kube-prometheus-stack', 'metallb']);
      for (const hr of hrs) expect(undocumentedKeys(hr.spec.values ?? {}, DOCUMENTED[hr.spec.chart.spec.chart]!), hr.metadata.name).toEqual([]);
    });
  }

  for (const [name, m, charts] of [
    ['veil with envoy-gateway', modelFromData(gatewaySpec()), ['gateway-helm', 'kube-prometheus-stack', 'metallb']],
    ['veil with envoy-gateway beside ingress-nginx', modelFromData(migrationSpec('192.168.0.221', true)), ['gateway-helm', 'ingress-nginx', 'kube-prometheus-stack', 'metallb']],
  ] as const) {
    it(name, () => {
      const hrs = releases(flux(m));
      expect(hrs.map((h) => h.spec.chart.spec.chart).sort()).toEqual(charts);
      for (const hr of hrs) expect(undocumentedKeys(hr.spec.values ?? {}, DOCUMENTED[hr.spec.chart.spec.chart]!), hr.metadata.name).toEqual([]);
      // the monitoring UIs go through the charts' routes; their Ingresses only while ingress-nginx still runs
      const kps = hrs.find((h) => h.spec.chart.spec.chart === 'kube-prometheus-stack')!.spec.values;
      for (const c of [kps.alertmanager, kps.prometheus, kps.grafana]) {
        expect(c.route.main.enabled).toBe(true);
        expect(c.ingress?.enabled).toBe((charts as readonly string[]).includes('ingress-nginx') ? true : undefined);
      }
    });
  }

  it('the check notices a misspelt or invented key', () => {
    expect(undocumentedKeys({ controller: { replicaCnt: 2, service: { annotations: { anything: 'x' } } } }, DOCUMENTED['ingress-nginx']!)).toEqual(['controller.replicaCnt']);
    expect(undocumentedKeys({ prometheus: { prometheusSpec: { retentionSize: '1GB', walCompresion: true } } }, DOCUMENTED['kube-prometheus-stack']!)).toEqual(['prometheus.prometheusSpec.walCompresion']);
  });
});

/** The packaged charts of the pinned versions (test/fixtures/charts/SOURCE.md), each with its subcharts' values. */
const UPSTREAM: Record<string, string> = {
  'ingress-nginx': 'ingress-nginx-4.15.1.tgz',
  'kube-prometheus-stack': 'kube-prometheus-stack-77.14.0.tgz',
  'gateway-helm': 'gateway-helm-v1.9.0.tgz',
};
const upstreamValues = new Map<string, ValuesFile[]>();
function chartValues(chart: string): ValuesFile[] {
  if (!upstreamValues.has(chart)) upstreamValues.set(chart, chartValuesFiles(join(CHARTS_DIR, UPSTREAM[chart]!)));
  return upstreamValues.get(chart)!;
}

/** Listed paths that are not keys of the chart's or its subcharts' values.yaml (see hasKey). */
function notInChart(documented: readonly string[], chart: string): string[] {
  return documented.filter((d) => !isChartKey(chartValues(chart), d.replace(/\*$/, '').split('.')));
}

describe('the listed keys are keys of the pinned charts\' upstream values.yaml', () => {
  for (const chart of Object.keys(UPSTREAM)) {
    it(chart, () => {
      expect(DOCUMENTED[chart]!.length).toBeGreaterThan(0);
      expect(notInChart(DOCUMENTED[chart]!, chart)).toEqual([]);
    });
  }

  it('a key the chart does not have is found, in the parent chart and in a subchart', () => {
    expect(notInChart(['prometheus.route.main.enabled', 'prometheus.route.primary.enabled', 'grafana.route.main.hostnames*', 'grafana.routes.main.hostnames*'], 'kube-prometheus-stack'))
      .toEqual(['prometheus.route.primary.enabled', 'grafana.routes.main.hostnames*']);
    expect(notInChart(['crds.gatewayAPI.safeUpgradePolicy.enabled', 'crds.gatewayApi.safeUpgradePolicy.enabled'], 'gateway-helm')).toEqual(['crds.gatewayApi.safeUpgradePolicy.enabled']);
    // commented-out keys count only as keys of their own mapping, at their siblings' indentation
    expect(notInChart(['prometheus.ingress.pathType', 'prometheus.ingress.pathTypes', 'prometheus.pathType', 'grafana.persistence.storageClassName', 'grafana.storageClassName'], 'kube-prometheus-stack'))
      .toEqual(['prometheus.ingress.pathTypes', 'prometheus.pathType', 'grafana.storageClassName']);
  });
});

describe('the Alertmanager configuration is consistent', () => {
  for (const fixture of ['veil', 'nimbus'] as const) {
    it(`${fixture}: every route names a defined receiver, and the chart's default routes are replaced`, () => {
      const v = releases(flux(model(fixture))).find((h) => h.metadata.name === 'kube-prometheus-stack')!.spec.values;
      const cfg = v.alertmanager.config;
      const names = new Set(cfg.receivers.map((r: { name: string }) => r.name));
      const raw = rawSpec(fixture).monitoring.alertmanager;
      expect(cfg.route.receiver).toBe(raw.route.receiver);
      expect(names.has(cfg.route.receiver)).toBe(true);
      expect(cfg.route.routes.map((r: any) => r.receiver)).toEqual(raw.route.routes.map((r: any) => r.receiver));
      for (const r of cfg.route.routes) expect(names.has(r.receiver), r.receiver).toBe(true);
      expect(cfg.route.routes.map((r: any) => r.matchers)).toEqual(raw.route.routes.map((r: any) => r.matchers));
    });
  }
});

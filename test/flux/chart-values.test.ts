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
// A path ending in `*` is documented as an object or list the chart passes
// through whole (a Kubernetes or Alertmanager type), so its inside is not the chart's.
import { describe, expect, it } from 'vitest';
import { flux, model, modelFromData, rawSpec, resources } from './helpers.ts';

const DOCUMENTED: Record<string, string[]> = {
  'ingress-nginx': [
    'controller.replicaCount', 'controller.minAvailable', 'controller.ingressClass',
    'controller.ingressClassResource.name', 'controller.ingressClassResource.enabled', 'controller.ingressClassResource.default',
    'controller.topologySpreadConstraints*', 'controller.service.type', 'controller.service.annotations*',
  ],
  metallb: [],
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

  it('the check notices a misspelt or invented key', () => {
    expect(undocumentedKeys({ controller: { replicaCnt: 2, service: { annotations: { anything: 'x' } } } }, DOCUMENTED['ingress-nginx']!)).toEqual(['controller.replicaCnt']);
    expect(undocumentedKeys({ prometheus: { prometheusSpec: { retentionSize: '1GB', walCompresion: true } } }, DOCUMENTED['kube-prometheus-stack']!)).toEqual(['prometheus.prometheusSpec.walCompresion']);
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

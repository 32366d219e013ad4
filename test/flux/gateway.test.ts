// The Gateway API option (ingress.controller: envoy-gateway) of veil.spec.yaml:
// the tree installs the standard-channel CRDs from their Git repository, Envoy
// Gateway by HelmRelease, one GatewayClass and one Gateway on the spec's
// address, and one HTTPRoute per host, and nothing of ingress-nginx; during a
// migration both run side by side.
import { describe, expect, it } from 'vitest';
import { fluxLayout } from '../../compiler/emit/flux/layout.ts';
import { gatewaySpec, migrationSpec } from '../fixtures/fixtures.ts';
import { docs, flux, model, modelFromData, rawSpec, resources, type Doc } from './helpers.ts';

const ofKind = (all: Doc[], kind: string) => all.filter((d) => d.obj.kind === kind).map((d) => d.obj);
const releases = (all: Doc[]) => ofKind(all, 'HelmRelease');
const chartOf = (hr: Record<string, any>) => hr.spec.chart.spec.chart as string;

/** Host names the compiled objects route, with who renders the route: compiled HTTPRoutes, or a chart's `route.main`. */
function routedHosts(all: Doc[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of ofKind(all, 'HTTPRoute')) for (const h of r.spec.hostnames) out.set(h, `HTTPRoute ${r.metadata.namespace}/${r.metadata.name}`);
  const walk = (v: unknown, where: string) => {
    if (!v || typeof v !== 'object') return;
    const route = (v as { route?: { main?: { enabled?: boolean; hostnames?: string[] } } }).route?.main;
    if (route?.enabled) for (const h of route.hostnames ?? []) out.set(h, where);
    for (const [k, x] of Object.entries(v)) if (k !== 'route') walk(x, `${where}.${k}`);
  };
  for (const hr of releases(all)) walk(hr.spec.values, `HelmRelease ${hr.metadata.name} values`);
  return out;
}

/** Hosts the spec exposes by name: the monitoring UIs and MinIO's API and console. */
function specHosts(raw: Record<string, any>): string[] {
  const m = raw.monitoring, exp = raw.objectStore.exposure;
  return [m.prometheus.host, m.alertmanager.host, m.grafana.host, exp.apiHost, exp.consoleHost].filter(Boolean).sort();
}

describe('veil.spec.yaml with ingress.controller: envoy-gateway', () => {
  const raw = gatewaySpec();
  const m = modelFromData(raw);
  const files = flux(m);
  const all = resources(files);

  it('has no ingress-nginx: no release, no repository, no Ingress objects, no chart ingress values', () => {
    expect(releases(all).map(chartOf).sort()).toEqual(['gateway-helm', 'kube-prometheus-stack', 'metallb']);
    expect(ofKind(all, 'HelmRepository').map((r) => r.metadata.name)).not.toContain('ingress-nginx');
    expect(ofKind(all, 'Ingress')).toEqual([]);
    expect(JSON.stringify(releases(all).map((r) => r.spec.values ?? {}))).not.toMatch(/"ingress"|ingressClassName/);
    expect(files.some((f) => f.path.includes('ingress-nginx') || f.path.includes('/infrastructure/ingress/'))).toBe(false);
    expect(fluxLayout(m).map((k) => k.name)).not.toContain('infra-ingress');
  });

  it('one GatewayClass of Envoy Gateway and one Gateway whose proxy Service asks MetalLB for ingress.address', () => {
    const [cls, ...moreClasses] = ofKind(all, 'GatewayClass');
    const [gw, ...moreGateways] = ofKind(all, 'Gateway');
    expect(moreClasses).toEqual([]);
    expect(moreGateways).toEqual([]);
    expect(cls!.spec.controllerName).toBe('gateway.envoyproxy.io/gatewayclass-controller');
    expect(gw!.spec.gatewayClassName).toBe(cls!.metadata.name);
    const proxy = ofKind(all, 'EnvoyProxy').find((p) => p.metadata.name === cls!.spec.parametersRef.name && p.metadata.namespace === cls!.spec.parametersRef.namespace)!;
    expect(proxy.spec.provider.kubernetes.envoyService).toEqual({ type: 'LoadBalancer', annotations: { 'metallb.io/loadBalancerIPs': raw.ingress.address } });
    // not Gateway.spec.addresses: Envoy Gateway makes those the Service's externalIPs, which MetalLB never assigns
    expect(gw!.spec.addresses).toBeUndefined();
    expect(gw!.metadata.namespace).toBe('envoy-gateway-system');
    expect(gw!.spec.listeners).toHaveLength(1);
  });

  it('one route per host, each attached to that Gateway, admitted by its listener', () => {
    const routed = routedHosts(all);
    expect([...routed.keys()].sort()).toEqual(specHosts(raw));
    const gw = ofKind(all, 'Gateway')[0]!;
    const listener = gw.spec.listeners[0];
    const admitted: string[] = listener.allowedRoutes.namespaces.selector.matchExpressions[0].values;
    const parents: Record<string, any>[] = [];
    for (const r of ofKind(all, 'HTTPRoute')) { parents.push(...r.spec.parentRefs); expect(admitted).toContain(r.metadata.namespace); }
    const kps = releases(all).find((r) => chartOf(r) === 'kube-prometheus-stack')!;
    for (const c of [kps.spec.values.prometheus, kps.spec.values.alertmanager, kps.spec.values.grafana]) parents.push(...c.route.main.parentRefs);
    expect(admitted).toContain(kps.metadata.namespace);
    expect(parents).toHaveLength(5);
    for (const p of parents) expect(p).toEqual({ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: gw.metadata.name, namespace: gw.metadata.namespace, sectionName: listener.name });
  });

  it('MinIO: no body limit, no buffering, no total timeout, a stream idle timeout', () => {
    const routes = ofKind(all, 'HTTPRoute').filter((r) => r.metadata.namespace === raw.objectStore.namespace);
    expect(routes.map((r) => r.spec.hostnames[0]).sort()).toEqual([raw.objectStore.exposure.apiHost, raw.objectStore.exposure.consoleHost].sort());
    for (const r of routes) expect(r.spec.rules.map((x: any) => x.timeouts)).toEqual([{ request: '0s' }]);
    const policies = ofKind(all, 'BackendTrafficPolicy').filter((p) => p.metadata.namespace === routes[0]!.metadata.namespace);
    expect(policies).toHaveLength(1);
    expect(policies[0]!.spec.targetRefs.map((t: any) => t.name).sort()).toEqual(routes.map((r) => r.metadata.name).sort());
    expect(policies[0]!.spec.timeout).toEqual({ http: { streamIdleTimeout: '5m' } });
    // buffering is Envoy Gateway's opt-in requestBuffer: nothing turns it on
    expect(JSON.stringify(all.map((d) => d.obj))).not.toMatch(/requestBuffer|bufferLimit/);
  });

  it('the Gateway API CRDs come from their repository at versions.gatewayApi, standard channel, never pruned', () => {
    const repo = ofKind(all, 'GitRepository')[0]!;
    expect(repo.spec.url).toBe('https://github.com/kubernetes-sigs/gateway-api');
    expect(repo.spec.ref).toEqual({ tag: m.spec.versions.gatewayApi });
    const crds = docs(files).map((d) => d.obj).find((o) => o.kind === 'Kustomization' && o.spec?.sourceRef?.name === repo.metadata.name)!;
    expect(crds.spec).toMatchObject({ path: './config/crd', prune: false, wait: true, sourceRef: { kind: 'GitRepository', name: repo.metadata.name } });
    const eg = releases(all).find((r) => chartOf(r) === 'gateway-helm')!;
    expect(eg.spec.chart.spec.version).toBe(m.spec.versions.charts.envoyGateway);
    expect(eg.spec.install.crds).toBe('Create');
    expect(eg.spec.upgrade.crds).toBe('Skip');
    const oci = ofKind(all, 'HelmRepository').find((r) => r.metadata.name === eg.spec.chart.spec.sourceRef.name)!;
    expect(oci.spec).toMatchObject({ type: 'oci', url: 'oci://docker.io/envoyproxy' });
  });

  it('CRDs, then the controller, then the Gateway, then the routes (dependsOn)', () => {
    const deps = Object.fromEntries(fluxLayout(m).map((k) => [k.name, { after: k.dependsOn, wait: k.wait }]));
    expect(deps).toEqual({
      sources: { after: [], wait: false },
      'gateway-api': { after: ['sources'], wait: true },
      'infra-controllers': { after: ['sources'], wait: true },
      'infra-configs': { after: ['infra-controllers'], wait: false },
      'infra-gateway': { after: ['gateway-api'], wait: true },
      gateway: { after: ['infra-configs', 'infra-gateway'], wait: false },
      monitoring: { after: ['gateway'], wait: false },
      storage: { after: ['gateway'], wait: false },
    });
  });

  it('namespace and class name default to Envoy Gateway\'s, and follow the spec when given', () => {
    const given = gatewaySpec();
    given.ingress.namespace = 'edge';
    given.ingress.className = 'lan';
    const objs = resources(flux(modelFromData(given)));
    expect(ofKind(objs, 'GatewayClass').map((c) => c.metadata.name)).toEqual(['lan']);
    expect(ofKind(objs, 'Gateway').map((g) => [g.metadata.namespace, g.spec.gatewayClassName])).toEqual([['edge', 'lan']]);
    expect(releases(objs).find((r) => chartOf(r) === 'gateway-helm')!.metadata.namespace).toBe('edge');
  });
});

describe('the migration window: ingress-nginx beside the Gateway', () => {
  const raw = migrationSpec('192.168.0.221', true);
  const m = modelFromData(raw);
  const all = resources(flux(m));

  it('both controllers run, each on its own address, and both serve every host', () => {
    expect(releases(all).map(chartOf).sort()).toEqual(['gateway-helm', 'ingress-nginx', 'kube-prometheus-stack', 'metallb']);
    const nginx = releases(all).find((r) => chartOf(r) === 'ingress-nginx')!;
    expect(nginx.spec.values.controller.service.annotations['metallb.io/loadBalancerIPs']).toBe(raw.ingress.retiring.address);
    expect(nginx.spec.values.controller.ingressClass).toBe(raw.ingress.retiring.className);
    const proxy = ofKind(all, 'EnvoyProxy')[0]!;
    expect(proxy.spec.provider.kubernetes.envoyService.annotations['metallb.io/loadBalancerIPs']).toBe(raw.ingress.address);
    expect([...routedHosts(all).keys()].sort()).toEqual(specHosts(raw));
    const ingressHosts = ofKind(all, 'Ingress').flatMap((i) => i.spec.rules.map((r: any) => r.host));
    const kps = releases(all).find((r) => chartOf(r) === 'kube-prometheus-stack')!.spec.values;
    ingressHosts.push(...kps.prometheus.ingress.hosts, ...kps.alertmanager.ingress.hosts, ...kps.grafana.ingress.hosts);
    expect(ingressHosts.sort()).toEqual(specHosts(raw));
  });

  it('ingress-nginx stays where it was: the same stage, folder and release as before the migration', () => {
    const before = flux(model('veil')).filter((f) => f.path.includes('/infrastructure/ingress/'));
    const during = flux(m).filter((f) => f.path.includes('/infrastructure/ingress/'));
    expect(during).toEqual(before);
  });

  it('the platform waits for both', () => {
    const layout = fluxLayout(m);
    expect(layout.find((k) => k.name === 'monitoring')!.dependsOn).toEqual(['infra-ingress', 'gateway']);
    expect(layout.find((k) => k.name === 'storage')!.dependsOn).toEqual(['infra-ingress', 'gateway']);
  });

  it('DNS follows keepsDns: the retiring address until the switch, then the Gateway\'s', () => {
    expect(m.facts.dns!.ingressAddress).toBe(raw.ingress.retiring.address);
    const switched = modelFromData(migrationSpec('192.168.0.221', false));
    expect(switched.facts.dns!.ingressAddress).toBe('192.168.0.221');
    const records = (mm: typeof m) => mm.facts.dns!.zones[0]!.records.filter((r) => r.target === 'ingress').map((r) => r.address);
    expect(new Set(records(m))).toEqual(new Set([raw.ingress.retiring.address]));
    expect(new Set(records(switched))).toEqual(new Set(['192.168.0.221']));
  });

  it('both addresses are service addresses, so the pool and collision rules see both', () => {
    expect(m.facts.network.serviceAddresses.map((a) => [a.owner, a.address, a.path.join('.')])).toEqual([
      ['ingress', '192.168.0.221', 'ingress.address'],
      ['ingress-retiring', raw.ingress.retiring.address, 'ingress.retiring.address'],
    ]);
  });
});

describe('with ingress-nginx nothing of the Gateway API is compiled', () => {
  for (const fixture of ['veil', 'nimbus'] as const) {
    it(fixture, () => {
      const all = resources(flux(model(fixture)));
      expect(all.filter((d) => /gateway/.test(String(d.obj.apiVersion)) || d.obj.kind === 'GitRepository')).toEqual([]);
      expect(routedHosts(all).size).toBe(0);
      expect(JSON.stringify(all.map((d) => d.obj)).includes('envoy')).toBe(false);
      expect(rawSpec(fixture).ingress.controller ?? 'ingress-nginx').toBe('ingress-nginx');
    });
  }
});

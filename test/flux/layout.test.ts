// fluxLayout is the one description of the tree: the emitted Flux
// Kustomizations and folders must match it, and parts absent from the spec
// must leave no folder and no Kustomization behind.
import { describe, expect, it } from 'vitest';
import { fluxLayout, FOLDER, type CompiledStage, type FluxKustomization } from '../../compiler/emit/flux/layout.ts';
import { gatewaySpec, migrationSpec } from '../fixtures/fixtures.ts';
import { docs, flux, model, modelFromData, rawSpec, resources, type Doc } from './helpers.ts';
import type { Model } from '../../compiler/model/build-model.ts';

function kustomizationsOf(m: Model) {
  const root = `flux/${m.spec.cluster.name}`;
  const files = flux(m);
  const entry = docs(files.filter((f) => f.path.startsWith(`${root}/`) && !f.path.slice(root.length + 1).includes('/')));
  return { root, files, entry };
}

function without(...keys: string[]) {
  const raw = rawSpec('veil');
  for (const k of keys) delete raw[k];
  return modelFromData(raw);
}

describe('the Flux Kustomizations follow fluxLayout', () => {
  for (const fixture of ['veil', 'nimbus'] as const) {
    it(`${fixture}: names, paths, order, dependsOn, wait, prune, interval, timeout and source`, () => {
      const m = model(fixture);
      const raw = rawSpec(fixture);
      const { entry } = kustomizationsOf(m);
      const flux = entry.filter((d) => d.obj.apiVersion === 'kustomize.toolkit.fluxcd.io/v1');
      const layout = fluxLayout(m);
      expect(flux.map((d) => d.obj.metadata.name).sort()).toEqual(layout.map((k) => k.name).sort());
      // the entry kustomization.yaml lists them in dependency order
      expect(entry.find((d) => d.file.endsWith('/kustomization.yaml'))!.obj.resources).toEqual(layout.map((k) => `${k.name}.yaml`));
      // the documented default of flux.path
      const gitPath = raw.flux?.path ?? `./out/flux/${raw.cluster.name}`;
      for (const k of layout) {
        const doc = flux.find((d) => d.obj.metadata.name === k.name)!.obj;
        const s = doc.spec;
        expect(doc.metadata.namespace).toBe(raw.flux?.namespace ?? 'flux-system');
        expect(s.path).toBe(`${gitPath}/${FOLDER[k.name as CompiledStage]}`);
        expect((s.dependsOn ?? []).map((d: { name: string }) => d.name)).toEqual(k.dependsOn);
        expect(s.wait).toBe(k.wait);
        expect(s.prune).toBe(true);
        expect(s.interval).toBe(raw.flux?.interval ?? '10m');
        expect(s.timeout).toBe(raw.flux?.timeout ?? '5m');
        expect(s.sourceRef).toEqual({ kind: 'GitRepository', name: raw.flux?.sourceRef ?? 'flux-system' });
      }
    });
  }

  it('veil: MetalLB, then its pools, then the ingress controller, then the platform', () => {
    const deps = Object.fromEntries(fluxLayout(model('veil')).map((k) => [k.name, { after: k.dependsOn, wait: k.wait }]));
    expect(deps).toEqual({
      sources: { after: [], wait: false },
      'infra-controllers': { after: ['sources'], wait: true },
      'infra-configs': { after: ['infra-controllers'], wait: false },
      'infra-ingress': { after: ['infra-configs'], wait: true },
      monitoring: { after: ['infra-ingress'], wait: false },
      storage: { after: ['infra-ingress'], wait: false },
    });
  });

  it('every folder a Kustomization points at has a kustomization.yaml listing exactly its other files; only the glue file is left out', () => {
    for (const fixture of ['veil', 'nimbus'] as const) {
      const m = model(fixture);
      const { root, files } = kustomizationsOf(m);
      const dirs = ['', ...fluxLayout(m).flatMap((k) => (k.folder ? [k.folder] : []))];
      const covered = new Set<string>();
      for (const dir of dirs) {
        const base = dir ? `${root}/${dir}` : root;
        const config = files.find((f) => f.path === `${base}/kustomization.yaml`);
        expect(config, base).toBeDefined();
        const listed = docs([config!])[0]!.obj.resources as string[];
        const present = files.filter((f) => f.path.startsWith(`${base}/`) && !f.path.slice(base.length + 1).includes('/') && !f.path.endsWith('/kustomization.yaml')).map((f) => f.path.slice(base.length + 1));
        expect([...listed].sort(), base).toEqual(present.sort());
        for (const f of [...present, 'kustomization.yaml']) covered.add(`${base}/${f}`);
      }
      // the glue Kustomization is applied from the bootstrap path, never by a kustomization.yaml of the tree
      expect(files.map((f) => f.path).filter((p) => !covered.has(p))).toEqual([`${root}/bootstrap/${m.spec.cluster.name}.yaml`]);
    }
  });
});

describe('absent components leave nothing behind', () => {
  it('no monitoring: no platform/monitoring folder, no monitoring Kustomization, no prometheus-community source', () => {
    const m = without('monitoring');
    const { files, entry } = kustomizationsOf(m);
    expect(files.some((f) => f.path.includes('/platform/monitoring/'))).toBe(false);
    expect(entry.map((d) => d.obj.metadata?.name)).not.toContain('monitoring');
    expect(files.find((f) => f.path.endsWith('sources/helm-repositories.yaml'))!.content).not.toContain('prometheus-community');
  });

  it('no objectStore: no platform/storage folder and no storage Kustomization', () => {
    const m = without('objectStore');
    const { files, entry } = kustomizationsOf(m);
    expect(files.some((f) => f.path.includes('/platform/storage/'))).toBe(false);
    expect(entry.map((d) => d.obj.metadata?.name)).not.toContain('storage');
  });

  it('no loadBalancer and no ingress: no infrastructure folders; monitoring waits for sources, storage for nothing', () => {
    const m = without('loadBalancer', 'ingress');
    const { files } = kustomizationsOf(m);
    expect(files.some((f) => f.path.includes('/infrastructure/'))).toBe(false);
    expect(fluxLayout(m).map((k) => [k.name, k.dependsOn])).toEqual([['sources', []], ['monitoring', ['sources']], ['storage', []]]);
  });

  it('only an object store: no sources at all', () => {
    const m = without('loadBalancer', 'ingress', 'monitoring');
    const { files } = kustomizationsOf(m);
    expect(fluxLayout(m).map((k) => k.name)).toEqual(['storage']);
    expect(files.some((f) => f.path.includes('/sources'))).toBe(false);
  });
});

/**
 * The deadlock of issue 12, as a kind: a stage must not need (to be applied,
 * or with wait to become Ready) what only it or a later stage gives. Judged
 * from the compiled objects themselves, not from the layout's own needs.
 */
describe('no stage needs what only a later stage gives', () => {
  const withMinioOnPool = () => {
    const raw = rawSpec('veil');
    raw.objectStore.exposure = { mode: 'loadBalancer', address: '192.168.0.221' };
    return modelFromData(raw);
  };
  const withBgp = () => {
    const raw = rawSpec('veil');
    raw.loadBalancer.pools[0].mode = 'bgp';
    raw.loadBalancer.bgp = { myASN: 64512, peers: [{ name: 'router', address: '192.168.0.1', peerASN: 64513 }] };
    return modelFromData(raw);
  };
  const cases: [string, () => Model][] = [
    ['veil', () => model('veil')], ['nimbus', () => model('nimbus')], ['MinIO on a pool address', withMinioOnPool], ['a BGP pool', withBgp],
    ['Envoy Gateway', () => modelFromData(gatewaySpec())], ['ingress-nginx beside Envoy Gateway', () => modelFromData(migrationSpec('192.168.0.221', true))],
  ];

  const chartOf = (d: Doc) => (d.obj.kind === 'HelmRelease' ? d.obj.spec.chart.spec.chart as string : null);
  /** Any `service: { type: LoadBalancer }` below a HelmRelease's values: the release waits for an address. */
  const asksForLoadBalancer = (v: unknown): boolean => typeof v === 'object' && v !== null
    && (Object.entries(v).some(([k, x]) => k === 'service' && (x as { type?: string })?.type === 'LoadBalancer') || Object.values(v).some(asksForLoadBalancer));
  /** Ingress objects, or chart values that render them (`ingress: { enabled: true }`). */
  const makesIngress = (v: unknown): boolean => typeof v === 'object' && v !== null
    && (Object.entries(v).some(([k, x]) => k === 'ingress' && (x as { enabled?: boolean })?.enabled === true) || Object.values(v).some(makesIngress));
  /** Chart values that render an HTTPRoute (`route: { main: { enabled: true } }`). */
  const makesRoute = (v: unknown): boolean => typeof v === 'object' && v !== null
    && (Object.entries(v).some(([k, x]) => k === 'route' && Object.values(x as object).some((r) => (r as { enabled?: boolean })?.enabled === true)) || Object.values(v).some(makesRoute));

  for (const [name, build] of cases) {
    it(name, () => {
      const m = build();
      const layout = fluxLayout(m);
      const files = flux(m);
      const root = `flux/${m.spec.cluster.name}`;
      const objects = (k: FluxKustomization) => resources(files.filter((f) => f.path.startsWith(`${root}/${k.folder}/`)));
      const byName = new Map(layout.map((k) => [k.name, k]));
      // the compiled Flux Kustomization of a stage, and whether it applies the Gateway API CRDs from their repository (and waits)
      const entry = docs(files).filter((d) => d.obj.kind === 'Kustomization' && d.obj.apiVersion === 'kustomize.toolkit.fluxcd.io/v1').map((d) => d.obj);
      const gitRepos = resources(files).filter((d) => d.obj.kind === 'GitRepository');
      const appliesGatewayApiCrds = (b: FluxKustomization) => {
        const k = entry.find((x) => x.metadata.name === b.name)!;
        const repo = gitRepos.find((g) => g.obj.metadata.name === k.spec.sourceRef.name);
        return k.spec.wait === true && repo?.obj.spec.url === 'https://github.com/kubernetes-sigs/gateway-api' && k.spec.path === './config/crd';
      };
      const before = (k: FluxKustomization): FluxKustomization[] => k.dependsOn.flatMap((d) => [byName.get(d)!, ...before(byName.get(d)!)]);
      const readyBefore = (k: FluxKustomization, test: (d: Doc) => boolean) => before(k).some((b) => b.wait && objects(b).some(test));
      const appliedBefore = (k: FluxKustomization, test: (d: Doc) => boolean) => before(k).some((b) => objects(b).some(test));
      let checked = 0;
      for (const k of layout) {
        for (const d of objects(k)) {
          if (String(d.obj.apiVersion).startsWith('metallb.io/')) {
            checked++;
            expect(readyBefore(k, (x) => chartOf(x) === 'metallb'), `${k.name}: ${d.obj.kind} needs MetalLB's webhook Ready earlier`).toBe(true);
          }
          const lb = d.obj.kind === 'Service' ? d.obj.spec.type === 'LoadBalancer'
            : d.obj.kind === 'EnvoyProxy' ? d.obj.spec.provider.kubernetes.envoyService.type === 'LoadBalancer'
            : d.obj.kind === 'HelmRelease' && asksForLoadBalancer(d.obj.spec.values);
          if (lb) {
            checked++;
            expect(appliedBefore(k, (x) => x.obj.kind === 'IPAddressPool'), `${k.name}: ${d.obj.kind} ${d.obj.metadata.name} gets its address only from a pool applied earlier`).toBe(true);
          }
          if (d.obj.kind === 'Ingress' || (d.obj.kind === 'HelmRelease' && chartOf(d) !== 'ingress-nginx' && makesIngress(d.obj.spec.values))) {
            checked++;
            expect(readyBefore(k, (x) => chartOf(x) === 'ingress-nginx'), `${k.name}: ${d.obj.kind} ${d.obj.metadata.name} needs ingress-nginx's webhook Ready earlier`).toBe(true);
          }
          // Gateway API objects, charts that render them, and gateway-helm (whose crds/ would otherwise install the experimental channel)
          if (String(d.obj.apiVersion).startsWith('gateway.networking.k8s.io/') || (d.obj.kind === 'HelmRelease' && (makesRoute(d.obj.spec.values) || chartOf(d) === 'gateway-helm'))) {
            checked++;
            expect(before(k).some(appliesGatewayApiCrds), `${k.name}: ${d.obj.kind} ${d.obj.metadata.name} needs the standard Gateway API CRDs Established earlier`).toBe(true);
          }
          if (String(d.obj.apiVersion).startsWith('gateway.envoyproxy.io/')) {
            checked++;
            expect(readyBefore(k, (x) => chartOf(x) === 'gateway-helm'), `${k.name}: ${d.obj.kind} ${d.obj.metadata.name} needs Envoy Gateway's CRDs and controller Ready earlier`).toBe(true);
          }
          if (d.obj.kind === 'HTTPRoute' || (d.obj.kind === 'HelmRelease' && makesRoute(d.obj.spec.values))) {
            checked++;
            expect(appliedBefore(k, (x) => x.obj.kind === 'Gateway'), `${k.name}: ${d.obj.kind} ${d.obj.metadata.name} attaches to a Gateway applied earlier`).toBe(true);
          }
          if (d.obj.kind === 'HelmRelease') {
            checked++;
            const repo = d.obj.spec.chart.spec.sourceRef.name;
            expect(appliedBefore(k, (x) => x.obj.kind === 'HelmRepository' && x.obj.metadata.name === repo), `${k.name}: HelmRepository ${repo} earlier`).toBe(true);
          }
        }
      }
      // the checks above saw MetalLB objects, a LoadBalancer, Ingresses and releases
      expect(checked).toBeGreaterThanOrEqual(6);
    });
  }

  it('the issue\'s deadlock is what this catches: ingress-nginx waiting beside MetalLB, before the pools', () => {
    const m = model('veil');
    const layout = fluxLayout(m);
    const ingress = layout.find((k) => k.name === 'infra-ingress')!;
    const before = (name: string): string[] => layout.find((k) => k.name === name)!.dependsOn.flatMap((d) => [d, ...before(d)]);
    expect(ingress.wait).toBe(true);
    expect(before('infra-ingress')).toContain('infra-configs');
    expect(before('infra-configs')).not.toContain('infra-ingress');
  });
});

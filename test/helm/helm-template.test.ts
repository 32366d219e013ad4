// Every HelmRelease veilc compiles, rendered by the real helm (tools/bin/helm,
// v3.22.0) from the pinned chart, packaged from its upstream source
// (test/fixtures/charts, SOURCE.md), with the compiled values, offline:
// `helm template` must succeed, and every compiled values key must be one the
// chart or its subcharts know. Helm itself rejects unknown keys only through a
// values.schema.json that forbids them; of these charts only metallb (and its
// frr-k8s subchart) has a schema, and its top level allows any property, so
// every key is compared with the charts' values.yaml files (unknownValuePaths).
//
// No --api-versions: none of these charts gates a template on an API that a
// CRD of the compiled tree adds (their Capabilities checks are on built-in
// APIs, which helm's default set has, and on VPA's autoscaling.k8s.io/v1,
// which veilc does not turn on).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments, parseDocument } from 'yaml';
import { emitAll } from '../../compiler/emit/emit-all.ts';
import { loadSpec } from '../../compiler/load/load-spec.ts';
import { findTool, missingToolHint } from '../../compiler/verify/find-tool.ts';
import { compiledReleases, type CompiledRelease } from '../../compiler/verify/helm-releases.ts';
import { gatewaySpec, migrationSpec, modelFromData, rawSpec, ROOT } from '../fixtures/fixtures.ts';
import { chartArchive, chartValuesFiles, CHARTS_DIR, hasKey, helmTemplate, unknownValuePaths, type Rendered, type ValuesFile } from './charts.ts';
import { toolsRequired } from '../tools-required.ts';

/** The compiled trees: veil.spec.yaml, every field set, and the Gateway API option alone and in the migration window. */
const TREES: [string, () => unknown][] = [
  ['veil.spec.yaml', () => rawSpec('veil')],
  ['every-field.spec.yaml', () => loadSpec(join(ROOT, 'test/fixtures/every-field.spec.yaml')).data],
  ['veil with envoy-gateway', gatewaySpec],
  ['veil with envoy-gateway beside ingress-nginx, DNS on ingress-nginx', () => migrationSpec('192.168.0.221', true)],
  ['veil with envoy-gateway beside ingress-nginx, DNS switched', () => migrationSpec('192.168.0.221', false)],
];

/**
 * Maps the charts document as passed through whole, so any key inside is the
 * chart's (values.yaml comment, and the template that uses the map):
 */
const FREE_FORM: Record<string, string[]> = {
  // "Annotations to be added to the external controller service" (templates/controller-service.yaml ranges over it)
  'ingress-nginx': ['controller.service.annotations'],
  'kube-prometheus-stack': [
    // "Storage is the definition of how storage will be used by the Alertmanager instances", a prometheus-operator
    // StorageSpec, written into the Alertmanager's spec.storage by toYaml (templates/alertmanager/alertmanager.yaml)
    'alertmanager.alertmanagerSpec.storage',
    // "Prometheus StorageSpec for persistent data", likewise into the Prometheus's spec.storage (templates/prometheus/prometheus.yaml)
    'prometheus.prometheusSpec.storageSpec',
  ],
};

const trees = TREES.map(([name, raw]) => {
  const model = modelFromData(raw());
  const files = emitAll(model);
  return { name, kubeVersion: model.spec.kubernetes.version, releases: compiledReleases(files), objects: rendered(files.filter((f) => f.path.endsWith('.yaml')).map((f) => f.content).join('\n---\n')) };
});

/** The pinned helm (tools/bin first), or why it cannot be used. */
const [helm, why] = ((): [string, string | null] => {
  try {
    const f = findTool('helm', { preferToolsBin: true });
    return f ? [f.path, null] : ['helm', missingToolHint('helm')];
  } catch (e) {
    return ['helm', (e as Error).message];
  }
})();
const required = toolsRequired();
if (why && !required) console.warn(`${why} (under CI or VEILC_REQUIRE_TOOLS=1 this fails)`);

// One render per distinct release and one read per archive: the trees share most releases.
const renders = new Map<string, Rendered>();
function render(rel: CompiledRelease, kubeVersion: string): Rendered {
  const key = JSON.stringify([rel.chart, rel.version, rel.releaseName, rel.namespace, rel.values, kubeVersion]);
  let r = renders.get(key);
  if (why) throw new Error(why);
  if (!r) renders.set(key, (r = helmTemplate(helm, rel, archive(rel), { kubeVersion })));
  return r;
}
const valuesFiles = new Map<string, ValuesFile[]>();
function chartValues(rel: CompiledRelease): ValuesFile[] {
  const a = archive(rel);
  let v = valuesFiles.get(a);
  if (!v) valuesFiles.set(a, (v = chartValuesFiles(a)));
  return v;
}
function archive(rel: CompiledRelease): string {
  const a = chartArchive(rel.chart, rel.version);
  if (a === null) throw new Error(`test/fixtures/charts has no ${rel.chart} ${rel.version} (see SOURCE.md, scripts/package-charts.sh)`);
  return a;
}

/** The objects of a multi-document YAML stream (empty documents left out). */
function rendered(manifests: string): Record<string, any>[] {
  return parseAllDocuments(manifests).map((d) => d.toJS() as Record<string, any> | null).filter((o): o is Record<string, any> => o !== null && typeof o === 'object');
}

/** The kinds of the rendered documents, e.g. ["Deployment", "Service", ...]. */
function kinds(manifests: string): string[] {
  return [...new Set(rendered(manifests).map((o) => o.kind).filter((k): k is string => typeof k === 'string'))].sort();
}

describe('the chart repository fixture', () => {
  it('holds exactly the charts the compiled trees pin', () => {
    const pinned = [...new Set(trees.flatMap((t) => t.releases.map((r) => `${r.chart} ${r.version}`)))].sort();
    expect(pinned).toEqual(['gateway-helm v1.9.0', 'ingress-nginx 4.15.1', 'kube-prometheus-stack 77.14.0', 'metallb 0.15.2']);
    const index = parse(readFileSync(join(CHARTS_DIR, 'index.yaml'), 'utf8')) as { entries: Record<string, { version: string }[]> };
    expect(Object.entries(index.entries).flatMap(([c, vs]) => vs.map((v) => `${c} ${v.version}`)).sort()).toEqual(pinned);
    for (const r of trees.flatMap((t) => t.releases)) expect(chartArchive(r.chart, r.version), `${r.chart} ${r.version}`).toBe(join(CHARTS_DIR, `${r.chart}-${r.version}.tgz`));
  });
});

describe.skipIf(why !== null && !required)('helm template of every compiled HelmRelease', () => {
  for (const tree of trees) {
    for (const rel of tree.releases) {
      it(`${tree.name}: ${rel.namespace}/${rel.name} (${rel.chart} ${rel.version}) renders, and the chart knows every values key`, () => {
        const r = render(rel, tree.kubeVersion);
        expect(r.stderr.trim(), 'helm template failed').toBe('');
        expect(r.ok).toBe(true);
        expect(kinds(r.manifests).length).toBeGreaterThan(3);
        expect(unknownValuePaths(rel.values, chartValues(rel), FREE_FORM[rel.chart])).toEqual([]);
      }, 60_000);
    }
  }

  // The renders are the objects the cluster gets: the compiled values reach them, and the routes the
  // kube-prometheus-stack charts render (ingress.controller: envoy-gateway) attach to the compiled Gateway.
  for (const tree of trees) {
    it(`${tree.name}: the rendered objects carry the compiled values`, () => {
      const gateways = tree.objects.filter((o) => o.kind === 'Gateway');
      for (const rel of tree.releases) {
        const objs = rendered(render(rel, tree.kubeVersion).manifests);
        if (rel.chart === 'ingress-nginx') {
          const svc = objs.find((o) => o.kind === 'Service' && o.spec?.type === 'LoadBalancer');
          expect(svc?.metadata.annotations).toEqual((rel.values as any).controller.service.annotations);
        }
        if (rel.chart !== 'kube-prometheus-stack') continue;
        const v = rel.values as Record<string, any>;
        expect(objs.find((o) => o.kind === 'Prometheus')?.spec.storage).toEqual(v.prometheus.prometheusSpec.storageSpec);
        expect(objs.find((o) => o.kind === 'Alertmanager')?.spec.storage).toEqual(v.alertmanager.alertmanagerSpec.storage);
        const routes = objs.filter((o) => o.kind === 'HTTPRoute');
        const hosts = ['alertmanager', 'prometheus', 'grafana'].flatMap((c) => v[c].route?.main?.hostnames ?? []);
        expect(routes.flatMap((r) => r.spec.hostnames).sort()).toEqual(hosts.sort());
        for (const r of routes) {
          for (const ref of r.spec.parentRefs) {
            const gw = gateways.find((g) => g.metadata.name === ref.name && g.metadata.namespace === ref.namespace);
            expect(gw, `${r.metadata.name} -> Gateway ${ref.namespace}/${ref.name}`).toBeDefined();
            expect(gw!.spec.listeners.map((l: { name: string }) => l.name)).toContain(ref.sectionName);
          }
          for (const b of r.spec.rules.flatMap((rule: any) => rule.backendRefs)) {
            expect(objs.some((o) => o.kind === 'Service' && o.metadata.name === b.name), `${r.metadata.name} -> Service ${b.name}`).toBe(true);
          }
        }
      }
    }, 60_000);
  }

  // The same path must be able to fail.
  const release = (chart: string) => trees[1]!.releases.find((r) => r.chart === chart)!;
  const edited = (rel: CompiledRelease, edit: (v: Record<string, any>) => void): CompiledRelease => {
    const values = structuredClone(rel.values) as Record<string, any>;
    edit(values);
    return { ...rel, values };
  };

  it('a misspelt key in compiled values renders without complaint, and is reported; in the chart and in a subchart', () => {
    const nginx = edited(release('ingress-nginx'), (v) => { v.controller.replicaCnt = 2; v.controller.service.annotations['anything.example/x'] = 'y'; });
    expect(render(nginx, trees[1]!.kubeVersion).ok).toBe(true);
    expect(unknownValuePaths(nginx.values, chartValues(nginx), FREE_FORM['ingress-nginx'])).toEqual(['controller.replicaCnt']);
    const kps = edited(release('kube-prometheus-stack'), (v) => { v.grafana.persistance = { enabled: true }; v.prometheus.prometheusSpec.walCompresion = true; });
    expect(render(kps, trees[1]!.kubeVersion).ok).toBe(true);
    expect(unknownValuePaths(kps.values, chartValues(kps), FREE_FORM['kube-prometheus-stack'])).toEqual(['grafana.persistance', 'prometheus.prometheusSpec.walCompresion']);
  }, 60_000);

  it('a key set inside a default of {} is reported unless the map is listed as free-form', () => {
    const kps = release('kube-prometheus-stack');
    expect(unknownValuePaths(kps.values, chartValues(kps), [])).toEqual([
      'alertmanager.alertmanagerSpec.storage.volumeClaimTemplate', 'prometheus.prometheusSpec.storageSpec.volumeClaimTemplate',
    ]);
  });

  it('helm applies metallb\'s values.schema.json, which allows unknown top-level keys', () => {
    const metallb = release('metallb');
    const bad = edited(metallb, (v) => { v.imagePullSecrets = [{ name: 'registry', nmae: 'x' }]; });
    const refused = render(bad, trees[1]!.kubeVersion);
    expect(refused.ok).toBe(false);
    expect(refused.stderr).toMatch(/schema/);
    const stray = edited(metallb, (v) => { v.speakr = { enabled: false }; });
    expect(render(stray, trees[1]!.kubeVersion).ok).toBe(true);
    expect(unknownValuePaths(stray.values, chartValues(stray))).toEqual(['speakr']);
  }, 60_000);
});

describe('hasKey: a key of a values file', () => {
  const text = 'a:\n  b: 1\n  # c: 2\n  # d:\n  #   e: 3\n  f:\n    g: {}\n';
  const file = { text, doc: parseDocument(text) };
  it('is present, or commented out at its siblings\' indentation; not a line of a deeper commented-out block', () => {
    expect([['a', 'b'], ['a', 'c'], ['a', 'd'], ['a', 'f', 'g'], ['a', 'e'], ['e'], ['a', 'g'], ['a', 'b', 'x']].map((k) => hasKey(file, k)))
      .toEqual([true, true, true, true, false, false, false, false]);
  });
});

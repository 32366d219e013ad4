// compiledReleases reads the HelmReleases back out of a compiled tree, as
// helm-controller would see them (Flux HelmRelease v2 defaults).
import { describe, expect, it } from 'vitest';
import { compiledReleases } from '../../compiler/verify/helm-releases.ts';
import { flux, model } from './helpers.ts';

describe('compiledReleases', () => {
  it('finds each HelmRelease of the veil tree with its chart, version, source and values', () => {
    const rels = compiledReleases(flux(model('veil')));
    expect(rels.map((r) => [r.namespace, r.releaseName, r.chart, r.version, r.sourceRef.name])).toEqual([
      ['metallb-system', 'metallb', 'metallb', '0.15.2', 'metallb'],
      ['ingress-nginx', 'ingress-nginx', 'ingress-nginx', '4.15.1', 'ingress-nginx'],
      ['monitoring', 'kube-prometheus-stack', 'kube-prometheus-stack', '77.14.0', 'prometheus-community'],
    ]);
    expect(rels[0]!.values).toEqual({});
    expect((rels[1]!.values as any).controller.service.type).toBe('LoadBalancer');
  });

  it('follows Flux\'s defaults for the release name and namespace, and skips other kinds and kustomize configs', () => {
    const hr = (name: string, spec: string) => `apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: ${name}
  namespace: apps
spec:
  chart:
    spec:
      chart: podinfo
      version: 6.9.2
      sourceRef: {kind: HelmRepository, name: podinfo}
${spec}`;
    const files = [
      { path: 'b.yaml', content: `${hr('one', '')}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n` },
      { path: 'a.yaml', content: hr('two', '  targetNamespace: web\n  values: {replicaCount: 2}\n') },
      { path: 'c.yaml', content: hr('three', '  releaseName: podinfo\n  targetNamespace: web\n') },
      { path: 'kustomization.yaml', content: hr('four', '') },
      { path: 'notes.md', content: hr('five', '') },
    ];
    expect(compiledReleases(files).map((r) => [r.file, r.releaseName, r.namespace, r.values])).toEqual([
      ['a.yaml', 'web-two', 'web', { replicaCount: 2 }],
      ['b.yaml', 'one', 'apps', {}],
      ['c.yaml', 'podinfo', 'web', {}],
    ]);
  });

  it('names the file of a HelmRelease without a chart, or of a document that does not parse', () => {
    expect(() => compiledReleases([{ path: 'x/hr.yaml', content: 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata: {name: a}\nspec: {}\n' }]))
      .toThrow(/x\/hr\.yaml: HelmRelease a has no spec\.chart\.spec\.chart and version/);
    expect(() => compiledReleases([{ path: 'y.yaml', content: 'a: [\n' }])).toThrow(/^y\.yaml: /);
  });
});

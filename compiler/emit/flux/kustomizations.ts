// The Flux Kustomizations (kustomize.toolkit.fluxcd.io/v1) of the entry
// folder, and the kustomize config (kustomization.yaml) every folder carries.
// Flux builds a folder with its kustomization.yaml when there is one; without
// it Flux would generate one over every manifest below, subfolders included
// (Flux docs, Kustomization ".spec.path"), and apply each stage twice.
import type { Model } from '../../model/build-model.ts';
import type { Spec } from '../../schema/spec-types.ts';
import { fluxGitPath, type FluxKustomization } from './layout.ts';

export function fluxKustomization(spec: Spec, k: FluxKustomization): object {
  const s: Record<string, unknown> = {};
  if (k.dependsOn.length) s.dependsOn = k.dependsOn.map((name) => ({ name }));
  s.interval = spec.flux.interval;
  s.timeout = spec.flux.timeout;
  s.sourceRef = k.source ?? { kind: 'GitRepository', name: spec.flux.sourceRef };
  s.path = k.path;
  s.prune = k.prune;
  s.wait = k.wait;
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: { name: k.name, namespace: spec.flux.namespace },
    spec: s,
  };
}

/**
 * The glue between bootstrap and the compiled tree: the Kustomization named
 * after the cluster that syncs the entry folder (whose kustomization.yaml
 * lists the stage Kustomizations). It lives in the bootstrap path, which the
 * flux-system Kustomization applies, so it is never part of the tree it syncs.
 * No wait: each stage Kustomization reports its own readiness.
 */
export function glueKustomization(model: Model): object {
  const spec = model.spec;
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: { name: spec.cluster.name, namespace: spec.flux.namespace },
    spec: {
      interval: spec.flux.interval,
      timeout: spec.flux.timeout,
      sourceRef: { kind: 'GitRepository', name: spec.flux.sourceRef },
      path: fluxGitPath(model),
      prune: true,
      wait: false,
    },
  };
}

export function kustomizeConfig(resources: readonly string[]): object {
  return { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: [...resources] };
}

// The Flux Kustomizations (kustomize.toolkit.fluxcd.io/v1) of the entry
// folder, and the kustomize config (kustomization.yaml) every folder carries.
// Flux builds a folder with its kustomization.yaml when there is one; without
// it Flux would generate one over every manifest below, subfolders included
// (Flux docs, Kustomization ".spec.path"), and apply each stage twice.
import type { Spec } from '../../schema/spec-types.ts';
import type { FluxKustomization } from './layout.ts';

export function fluxKustomization(spec: Spec, k: FluxKustomization): object {
  const s: Record<string, unknown> = {};
  if (k.dependsOn.length) s.dependsOn = k.dependsOn.map((name) => ({ name }));
  s.interval = spec.flux.interval;
  s.timeout = spec.flux.timeout;
  s.sourceRef = { kind: 'GitRepository', name: spec.flux.sourceRef };
  s.path = k.path;
  s.prune = true;
  s.wait = k.wait;
  return {
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: { name: k.name, namespace: spec.flux.namespace },
    spec: s,
  };
}

export function kustomizeConfig(resources: readonly string[]): object {
  return { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: [...resources] };
}

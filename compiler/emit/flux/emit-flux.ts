// The Flux emitter: out/flux/<cluster>/, one folder per Flux Kustomization of
// fluxLayout(model), each with a kustomization.yaml; the entry folder holds the
// Flux Kustomizations themselves. Pure: a model in, files out.
import type { Model } from '../../model/build-model.ts';
import type { OutputFile } from '../output.ts';
import { ingressNginx } from './ingress-nginx.ts';
import { fluxKustomization, kustomizeConfig } from './kustomizations.ts';
import { fluxGitPath, fluxLayout, fluxOutDir, FOLDER, type KustomizationName } from './layout.ts';
import { metallbController, metallbPools } from './metallb.ts';
import { minio } from './minio.ts';
import { kubePrometheusStack } from './monitoring.ts';
import { FluxRefusal, fluxFindings } from './refusals.ts';
import { chartSources, helmRepository } from './sources.ts';
import { yamlFile } from './yaml.ts';

/** File name -> documents, in kustomization.yaml order. */
type Folder = [file: string, docs: object[]][];

function folderContents(model: Model, name: KustomizationName): Folder {
  const { spec } = model;
  switch (name) {
    case 'sources':
      return [['helm-repositories.yaml', chartSources(spec).map((s) => helmRepository(spec, s))]];
    case 'infra-controllers':
      return [
        ...(spec.loadBalancer ? [['metallb.yaml', metallbController(model)] as [string, object[]]] : []),
        ...(spec.ingress ? [['ingress-nginx.yaml', ingressNginx(model)] as [string, object[]]] : []),
      ];
    case 'infra-configs':
      return [['metallb-pools.yaml', metallbPools(model)]];
    case 'monitoring':
      return [['kube-prometheus-stack.yaml', kubePrometheusStack(model)]];
    case 'storage': {
      const m = minio(model);
      const files: Folder = [['namespace.yaml', m.namespace], ['minio-statefulset.yaml', m.statefulSet], ['minio-services.yaml', m.services]];
      if (m.disruptionBudget.length) files.push(['minio-pdb.yaml', m.disruptionBudget]);
      if (m.ingresses.length) files.push(['minio-ingress.yaml', m.ingresses]);
      return files;
    }
  }
}

export function emitFlux(model: Model): OutputFile[] {
  const refusals = fluxFindings(model);
  if (refusals.length) throw new FluxRefusal(refusals);
  const { spec } = model;
  const root = fluxOutDir(spec);
  const layout = fluxLayout(model);
  const files: OutputFile[] = [];
  const folder = (dir: string, contents: Folder, comments: string[] = []) => {
    for (const [file, docs] of contents) files.push({ path: `${dir}/${file}`, content: yamlFile(docs) });
    files.push({ path: `${dir}/kustomization.yaml`, content: yamlFile([kustomizeConfig(contents.map(([f]) => f))], comments) });
  };

  folder(root, layout.map((k) => [`${k.name}.yaml`, [fluxKustomization(spec, k)]]), [
    `Entry of the Flux tree of cluster ${spec.cluster.name}. The flux-system Kustomization`,
    `that \`flux bootstrap\` creates must sync this folder: path ${fluxGitPath(spec)}`,
    `(spec.flux.path, from the root of the Git repository). Order:`,
    ...layout.map((k) => `  ${k.name}${k.dependsOn.length ? ` (after ${k.dependsOn.join(', ')})` : ''}${k.wait ? ', waits for readiness' : ''}`),
  ]);
  for (const k of layout) folder(`${root}/${FOLDER[k.name]}`, folderContents(model, k.name));
  return files;
}

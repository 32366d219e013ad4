// The Flux emitter: out/flux/<cluster>/, one folder per Flux Kustomization of
// fluxLayout(model), each with a kustomization.yaml; the entry folder holds the
// Flux Kustomizations themselves, and bootstrap/<cluster>.yaml the glue
// Kustomization the user copies next to bootstrap's flux-system/ (outside
// out/, which every compile replaces). Pure: a model in, files out.
import type { Model } from '../../model/build-model.ts';
import type { OutputFile } from '../output.ts';
import { entryOf } from '../../model/ingress.ts';
import { envoyGatewayController, envoyGatewayObjects } from './envoy-gateway.ts';
import { gatewayApiRepository } from './gateway-api.ts';
import { ingressNginx } from './ingress-nginx.ts';
import { fluxKustomization, glueKustomization, kustomizeConfig } from './kustomizations.ts';
import { outFolder } from '../../model/place.ts';
import { bootstrapGlueFile, fluxBootstrapPath, fluxGitPath, fluxLayout, fluxOutDir, routeNamespaces, type CompiledStage } from './layout.ts';
import { bgpPeers, metallbController, metallbPools } from './metallb.ts';
import { minio } from './minio.ts';
import { minioRoutes } from './minio-routes.ts';
import { kubePrometheusStack, monitoringRouteTimeouts } from './monitoring.ts';
import { FluxRefusal, outputRefusals } from './refusals.ts';
import { chartSources, helmRepository } from './sources.ts';
import { yamlFile } from './yaml.ts';

/** File name -> documents, in kustomization.yaml order. */
type Folder = [file: string, docs: object[]][];

/** Files are listed only when they have documents, so a spec without a part leaves no empty file. */
function nonEmpty(...files: [string, object[]][]): Folder {
  return files.filter(([, docs]) => docs.length);
}

function folderContents(model: Model, name: CompiledStage): Folder {
  const { spec } = model;
  switch (name) {
    case 'sources':
      return nonEmpty(
        ['helm-repositories.yaml', chartSources(spec).map((s) => helmRepository(spec, s))],
        ['git-repositories.yaml', entryOf(spec, 'envoy-gateway') ? [gatewayApiRepository(spec)] : []],
      );
    case 'infra-controllers':
      return [['metallb.yaml', metallbController(model)]];
    case 'infra-configs': {
      const peers = bgpPeers(model);
      return [['metallb-pools.yaml', metallbPools(model)], ...(peers.length ? [['metallb-bgp-peers.yaml', peers] as [string, object[]]] : [])];
    }
    case 'infra-ingress':
      return [['ingress-nginx.yaml', ingressNginx(model, entryOf(spec, 'ingress-nginx')!)]];
    case 'infra-gateway':
      return [['envoy-gateway.yaml', envoyGatewayController(model, entryOf(spec, 'envoy-gateway')!)]];
    case 'gateway':
      return [['gateway.yaml', envoyGatewayObjects(model, entryOf(spec, 'envoy-gateway')!, routeNamespaces(model))]];
    case 'monitoring':
      return nonEmpty(['kube-prometheus-stack.yaml', kubePrometheusStack(model)], ['route-timeouts.yaml', monitoringRouteTimeouts(model)]);
    case 'storage': {
      const m = minio(model);
      const files: Folder = [['namespace.yaml', m.namespace], ['minio-statefulset.yaml', m.statefulSet], ['minio-services.yaml', m.services]];
      if (m.disruptionBudget.length) files.push(['minio-pdb.yaml', m.disruptionBudget]);
      if (m.ingresses.length) files.push(['minio-ingress.yaml', m.ingresses]);
      return [...files, ...nonEmpty(['minio-routes.yaml', minioRoutes(model)])];
    }
  }
}

export function emitFlux(model: Model): OutputFile[] {
  // repository-layout findings (refusals.ts) are the pipeline's to deny; the files themselves are right either way
  const refusals = outputRefusals(model);
  if (refusals.length) throw new FluxRefusal(refusals);
  const { spec } = model;
  const root = fluxOutDir(spec);
  const layout = fluxLayout(model);
  const files: OutputFile[] = [];
  const folder = (dir: string, contents: Folder, comments: string[] = []) => {
    for (const [file, docs] of contents) files.push({ path: `${dir}/${file}`, content: yamlFile(docs) });
    files.push({ path: `${dir}/kustomization.yaml`, content: yamlFile([kustomizeConfig(contents.map(([f]) => f))], comments) });
  };

  const bootstrapPath = fluxBootstrapPath(spec);
  const glueCopy = `${bootstrapPath}/${spec.cluster.name}.yaml`;
  folder(root, layout.map((k) => [`${k.name}.yaml`, [fluxKustomization(spec, k)]]), [
    `Entry of the Flux tree of cluster ${spec.cluster.name}. The Kustomization ${spec.cluster.name}`,
    `(from bootstrap/${spec.cluster.name}.yaml, kept in ${bootstrapPath}) syncs this folder:`,
    `path ${fluxGitPath(model)} from the root of the Git repository. Order:`,
    ...layout.map((k) => `  ${k.name}${k.dependsOn.length ? ` (after ${k.dependsOn.join(', ')})` : ''}${k.wait ? ', waits for readiness' : ''}`),
  ]);
  for (const k of layout) if (k.folder) folder(`${root}/${k.folder}`, folderContents(model, k.name as CompiledStage));
  // not listed in any kustomization.yaml: the flux-system Kustomization applies it from the bootstrap path
  files.push({
    path: bootstrapGlueFile(spec),
    content: yamlFile([glueKustomization(model)], [
      `Glue between Flux bootstrap and the compiled tree. Copy this file to`,
      `${glueCopy}, next to bootstrap's ${spec.flux.namespace}/ (the only file outside`,
      `${outFolder(model.place)} you keep, by hand, and copy again when it changes: see COLD-START). The`,
      `${spec.flux.namespace} Kustomization applies it from there, and it syncs ${fluxGitPath(model)}.`,
    ]),
  });
  return files;
}

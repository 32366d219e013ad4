// kubeconform over every Kubernetes document of the compiled Flux tree
// (<outDir>/flux/): -strict (unknown fields are errors) and no
// -ignore-missing-schemas, so a document whose kind has no schema fails
// instead of passing unchecked. kustomization.yaml files are kustomize's own
// config, not resources, and are left to the kustomize verifier.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isKustomizeConfig, walkFiles } from './kustomize.ts';
import { locateTool, runTool, type ToolCheck, type VerifyOptions } from './tool-check.ts';

/** For users online: kubeconform's own Kubernetes schemas, plus the public CRD catalog for Flux, MetalLB and friends. */
export const ONLINE_SCHEMA_LOCATIONS = [
  'default',
  'https://raw.githubusercontent.com/datreeio/CRDs-catalog/main/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json',
] as const;

interface KubeconformResource {
  filename: string;
  kind: string;
  name: string;
  version: string;
  status: string;
  msg: string;
  validationErrors?: { path: string; msg: string }[];
}

/** The documents kubeconform is given: YAML under flux/, kustomize configs excluded. */
export function manifestFiles(outDir: string): string[] {
  const root = join(outDir, 'flux');
  if (!existsSync(root)) return [];
  return walkFiles(root).filter((f) => /\.ya?ml$/.test(f) && !isKustomizeConfig(f.split('/').pop()!));
}

export function kubeconformArgs(files: readonly string[], opts: VerifyOptions): string[] {
  const locations = opts.schemaLocations.length ? opts.schemaLocations : ONLINE_SCHEMA_LOCATIONS;
  return [
    '-strict', '-summary', '-output', 'json', '-verbose',
    '-kubernetes-version', opts.kubernetesVersion,
    ...locations.flatMap((l) => ['-schema-location', l]),
    ...files,
  ];
}

export async function kubeconform(outDir: string, opts: VerifyOptions): Promise<ToolCheck> {
  const tool = 'kubeconform';
  const found = locateTool(tool, opts.env);
  if (!('path' in found)) return found;
  const files = manifestFiles(outDir).map((f) => relative(outDir, f));
  if (!files.length) return { tool, ran: true, ok: true, checked: 0, problems: [] };
  const r = await runTool(found.path, kubeconformArgs(files, opts), { cwd: outDir, env: opts.env, timeoutMs: 300_000 });
  let resources: KubeconformResource[];
  try {
    resources = (JSON.parse(r.stdout) as { resources?: KubeconformResource[] }).resources ?? [];
  } catch {
    return { tool, ran: true, ok: false, checked: 0, problems: [`kubeconform exited with ${r.code} without a JSON report: ${(r.stderr || r.stdout).trim().split('\n')[0] ?? ''}`] };
  }
  const docs = resources.filter((d) => d.status !== 'statusEmpty');
  const problems = docs
    .filter((d) => d.status !== 'statusValid')
    .map((d) => `${d.filename}: ${d.kind} ${d.name} (${d.version}): ${d.status === 'statusError' ? d.msg : (d.validationErrors?.map((v) => `${v.path || '/'}: ${v.msg}`).join('; ') || d.msg)}`)
    .sort();
  if (r.code !== 0 && problems.length === 0) problems.push(`kubeconform exited with ${r.code}: ${r.stderr.trim().split('\n')[0] ?? ''}`);
  return { tool, ran: true, ok: problems.length === 0, checked: docs.length, problems };
}

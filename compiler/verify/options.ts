// Where kubeconform finds schemas. Users online get kubeconform's defaults (and
// the public CRD catalog); offline, a folder laid out like shared/schemas
// (kubernetes/<version>-standalone[-strict]/, crds/<group>/) is used instead.
import { resolve } from 'node:path';
import type { VerifyOptions } from './tool-check.ts';

export const DEFAULT_KUBERNETES_VERSION = '1.34.0';

export function offlineSchemaLocations(dir: string): string[] {
  const abs = resolve(dir);
  return [
    `${abs}/kubernetes/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json`,
    `${abs}/crds/{{ .Group }}/{{ .ResourceKind }}_{{ .ResourceAPIVersion }}.json`,
  ];
}

export function verifyOptions(o: { schemaLocation?: string[]; schemasDir?: string; kubernetesVersion?: string }, env: NodeJS.ProcessEnv = process.env): VerifyOptions {
  const dir = o.schemasDir ?? env.VEILC_SCHEMAS_DIR;
  const schemaLocations = o.schemaLocation?.length ? o.schemaLocation : dir ? offlineSchemaLocations(dir) : [];
  return { schemaLocations, kubernetesVersion: o.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION, env };
}

// Pieces several runbooks share: the navigation line, the workstation's
// kubeconfig, node lookups, secrets the manifests expect, and the MinIO client
// alias. All derived from the model; no cluster-specific text lives here.
import type { Model } from '../../model/build-model.ts';
import { DEFAULT_KEYS } from '../flux/alertmanager.ts';
import { BGP_PASSWORD_SECRET } from '../flux/metallb.ts';
import { API_PORT } from '../flux/minio-args.ts';
import { link } from './markdown.ts';
import { RUNBOOKS, runbookLink, type RunbookName } from './paths.ts';
import { sh, underVar } from './shell.ts';

const TITLES: Record<RunbookName, string> = {
  'COLD-START': 'Cold start',
  ADDRESSING: 'Addressing',
  DNS: 'DNS',
  BACKUPS: 'Backups',
  STORAGE: 'Storage',
  CHANGES: 'Changes',
};

/** "Cold start · Addressing · ..." with the current runbook in bold. */
export function navigation(current: RunbookName): string {
  return RUNBOOKS.map((n) => (n === current ? `**${TITLES[n]}**` : link(TITLES[n], runbookLink(n)))).join(' · ');
}

export function title(current: RunbookName, model: Model): string {
  return `${TITLES[current]}: ${model.spec.cluster.name}`;
}

/** The kubeconfig COLD-START writes on the workstation; later blocks export it. */
export function kubeconfigPath(model: Model): string {
  return `$HOME/.kube/${model.spec.cluster.name}.yaml`;
}

export function exportKubeconfig(model: Model): string {
  return `export KUBECONFIG=${underVar('$HOME/.kube', `${model.spec.cluster.name}.yaml`)}`;
}

/** A shell function mapping node names to addresses, so commands can ssh by address before (or without) DNS. */
export function nodeAddressFunction(model: Model): string {
  const arms = model.spec.nodes.map((n) => `    ${sh(n.name)}) echo ${sh(n.address)} ;;`);
  return ['node_address() {', '  case "$1" in', ...arms, '    *) echo "unknown node: $1" >&2; return 1 ;;', '  esac', '}'].join('\n');
}

export interface SecretNeed {
  namespace: string;
  name: string;
  keys: string[];
  /** Secret type when the consumer insists on one (kubectl create secret generic --type); Opaque otherwise. */
  type?: string;
  /** Which spec field asks for it, for the reader. */
  for: string;
}

/**
 * Secrets the compiled manifests reference but never contain: their values
 * are created in the cluster by hand, so they stay out of Git and out/.
 * Key names are the ones the Flux manifests read (compiler/emit/flux).
 */
export function secretNeeds(model: Model): SecretNeed[] {
  const s = model.spec;
  const needs: SecretNeed[] = [];
  const add = (namespace: string, name: string, keys: string[], why: string, type?: string) => {
    const have = needs.find((n) => n.namespace === namespace && n.name === name);
    if (have) {
      for (const k of keys) if (!have.keys.includes(k)) have.keys.push(k);
      if (!have.for.includes(why)) have.for += `, ${why}`;
      if (type) have.type = type;
    } else needs.push({ namespace, name, keys: [...keys], for: why, ...(type ? { type } : {}) });
  };
  const os = s.objectStore;
  if (os) add(os.namespace, os.credentials.secretRef.name, [os.credentials.secretRef.userKey, os.credentials.secretRef.passwordKey], 'objectStore.credentials');
  const m = s.monitoring;
  if (m) {
    if (m.grafana.adminSecret) add(m.namespace, m.grafana.adminSecret.name, [m.grafana.adminSecret.userKey, m.grafana.adminSecret.passwordKey], 'monitoring.grafana.adminSecret');
    for (const r of m.alertmanager.receivers) {
      if (r.email?.authPasswordSecret) add(m.namespace, r.email.authPasswordSecret.name, [r.email.authPasswordSecret.key ?? DEFAULT_KEYS.smtpPassword], `alertmanager receiver ${r.name}`);
      if (r.webhook?.urlSecret) add(m.namespace, r.webhook.urlSecret.name, [r.webhook.urlSecret.key ?? DEFAULT_KEYS.webhookUrl], `alertmanager receiver ${r.name}`);
    }
    for (const w of m.prometheus.remoteWrite) {
      if (w.basicAuthSecret) add(m.namespace, w.basicAuthSecret.name, ['username', 'password'], `prometheus remoteWrite ${w.name}`);
    }
  }
  const lb = s.loadBalancer;
  for (const p of lb?.bgp?.peers ?? []) {
    if (p.passwordSecret) add(lb!.namespace, p.passwordSecret.name, [BGP_PASSWORD_SECRET.key], `BGP peer ${p.name}`, BGP_PASSWORD_SECRET.type);
  }
  return needs;
}

/** The `mc` alias of this cluster's object store (named after the cluster). */
export function mcAlias(model: Model): string {
  return model.spec.cluster.name;
}

/** S3 endpoint as clients reach it: the ingress host name, or the dedicated address on MinIO's API port. */
function s3Endpoint(model: Model): string | null {
  const os = model.spec.objectStore;
  if (!os) return null;
  if (os.exposure.mode === 'loadBalancer') return os.exposure.address ? `http://${os.exposure.address}:${API_PORT}` : null;
  return os.exposure.apiHost ? `http://${os.exposure.apiHost}` : null;
}

/**
 * Sets up the `mc` alias with the root credentials read from the cluster
 * Secret, without echoing them.
 */
export function mcAliasBlock(model: Model): string | null {
  const os = model.spec.objectStore;
  const endpoint = s3Endpoint(model);
  if (!os || !endpoint) return null;
  const ref = os.credentials.secretRef;
  const get = (key: string) => `kubectl -n ${sh(os.namespace)} get secret ${sh(ref.name)} -o ${sh(`jsonpath={.data.${key}}`)} | base64 -d`;
  return [
    exportKubeconfig(model),
    `s3_user=$(${get(ref.userKey)})`,
    `s3_pass=$(${get(ref.passwordKey)})`,
    `mc alias set ${sh(mcAlias(model))} ${sh(endpoint)} "$s3_user" "$s3_pass"`,
    'unset s3_user s3_pass',
    `mc admin info ${sh(mcAlias(model))}`,
  ].join('\n');
}

// The concrete values a spec file declares, read straight from its YAML (no
// model, no defaults), grouped by kind. The fixture-difference and
// "no literal in templates" tests are built on these lists.
import { formatBytes, parseQuantity } from '../../compiler/model/quantity.ts';
import { rawSpec, type Fixture } from './helpers.ts';

export interface SpecValues {
  clusterName: string;
  /** Host and node names. */
  machines: string[];
  /** Every address, CIDR and range, plus both ends of each range. */
  addresses: string[];
  /** Domain, zone names, record FQDNs and component host names. */
  dnsNames: string[];
  /** Quantities as written (125Gi). */
  sizes: string[];
  /** Other names the user chose: pools, buckets, namespaces, secrets, block lists, receivers. */
  names: string[];
  /** Everything else a template must not spell out: URLs, paths, cron, image. */
  other: string[];
}

const uniq = (xs: (string | undefined | null)[]) => [...new Set(xs.filter((x): x is string => typeof x === 'string' && x !== ''))];

function range(r: string | undefined): string[] {
  return r ? [r, ...r.split('-')] : [];
}

export function specValues(fixture: Fixture): SpecValues {
  const s = rawSpec(fixture);
  const hosts: any[] = s.hosts ?? [];
  const nodes: any[] = s.nodes ?? [];
  const zones: any[] = s.dns?.zones ?? [];
  const m = s.monitoring ?? {};
  const os = s.objectStore ?? {};
  return {
    clusterName: s.cluster.name,
    machines: uniq([...hosts.map((h) => h.name), ...nodes.map((n) => n.name)]),
    addresses: uniq([
      s.network.cidr, s.network.gateway, ...range(s.network.dhcp?.range),
      ...hosts.map((h) => h.address), ...nodes.map((n) => n.address),
      ...(s.loadBalancer?.pools ?? []).flatMap((p: any) => range(p.range)),
      s.ingress?.address, os.exposure?.address,
    ]),
    dnsNames: uniq([
      s.network.domain, ...zones.map((z) => z.name),
      ...zones.flatMap((z) => (z.records ?? []).map((r: any) => (r.name === '@' ? z.name : `${r.name}.${z.name}`))),
      m.prometheus?.host, m.alertmanager?.host, m.grafana?.host, os.exposure?.apiHost, os.exposure?.consoleHost,
    ]),
    sizes: uniq([
      m.prometheus?.storage?.size, m.prometheus?.retentionSize, m.alertmanager?.storage?.size, m.grafana?.storage?.size,
      os.driveSize, ...(os.pools ?? []).map((p: any) => p.driveSize), os.require?.usable,
    ]),
    names: uniq([
      ...(s.loadBalancer?.pools ?? []).map((p: any) => p.name),
      ...(os.buckets ?? []).map((b: any) => b.name),
      m.namespace, os.namespace, os.name, ...(os.pools ?? []).map((p: any) => `${os.name}-${p.name}`), os.credentials?.secretRef?.name, m.grafana?.adminSecret?.name,
      ...(s.dns?.filtering ?? []).map((f: any) => f.name),
      ...(m.alertmanager?.receivers ?? []).map((r: any) => r.name),
    ]),
    other: uniq([
      ...(s.dns?.filtering ?? []).map((f: any) => f.url), s.flux?.path, s.kubernetes?.etcd?.snapshots?.schedule,
      s.kubernetes?.etcd?.snapshots?.dir, s.versions?.images?.minio, s.dns?.zoneDir,
    ]),
  };
}

/** The forms a size takes in prose: as written, and as formatBytes renders it. */
export function sizeForms(q: string): string[] {
  const b = parseQuantity(q);
  return uniq([q, b === undefined ? undefined : formatBytes(Number(b))]);
}

/**
 * Matches `value` as a whole token: not inside a longer name, number or
 * address. Addresses may touch a dash (ranges are FIRST-LAST); names may not.
 */
export function tokenRegex(value: string): RegExp {
  const esc = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (/^[\d./-]+$/.test(value)) return new RegExp(`(?<![\\d.])${esc}(?!\\d|\\.\\d)`);
  return new RegExp(`(?<![\\w.-])${esc}(?![\\w-]|\\.\\d)`);
}

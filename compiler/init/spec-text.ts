// The text of a new veil.spec.yaml (`veilc init`): the required keys from the
// answers, the chosen optional sections live, every other optional section as
// a commented block with values that fit the same LAN, and the modeline that
// points the editor at the installed schema. Pure.
import { stringify } from 'yaml';
import { layoutNodeTolerance } from '../model/erasure-alternatives.ts';
import { chooseSetSize, defaultParity } from '../model/erasure.ts';
import schemaJson from '../../schema/veil.schema.json' with { type: 'json' };
import { SECTIONS, withNeeds, type InitAnswers, type Section } from './answers.ts';
import { firstOf, freeAddress, freeBlock } from './addresses.ts';

/** Addresses MetalLB gets when nothing is asked for: enough for the ingress and a few Services. */
export const POOL_SIZE = 20;
/** Each MinIO drive, when not asked for. */
export const DRIVE_SIZE = '100Gi';
/** At most this many nodes host a new spec's first MinIO pool (MinIO itself has no cap; a deployment grows by adding pools). */
const MAX_SERVERS = 32;
/** Schema bound of objectStore.drivesPerServer. */
const MAX_DRIVES = 16;

const DEFAULT_DOMAIN = 'home.arpa';

type Data = Record<string, unknown>;

const topDescription = (key: string): string =>
  (schemaJson as unknown as { properties: Record<string, { description?: string }> }).properties[key]?.description ?? '';

/** The pool init proposes (or the one asked for). */
export function poolFor(a: InitAnswers): string | undefined {
  return a.pool ?? freeBlock(a, POOL_SIZE);
}

/** The drives per server init proposes: the fewest (at least two) on which MinIO forms an erasure set. */
export function drivesPerServerFor(servers: number, asked?: number): number {
  if (asked !== undefined) return asked;
  for (let d = servers === 1 ? 4 : 2; d <= MAX_DRIVES; d++) if (chooseSetSize(servers, d) !== undefined) return d;
  return 2;
}

interface Parts {
  hosts?: Data[];
  loadBalancer?: Data;
  ingress?: Data;
  dns?: Data;
  monitoring?: Data;
  objectStore?: Data;
}

/** Every optional section for this LAN; `live` decides which may refer to which (hosts need DNS and an ingress). */
function parts(a: InitAnswers, live: ReadonlySet<Section>): Parts {
  const domain = a.domain ?? DEFAULT_DOMAIN;
  const appZone = `${a.name}.${domain}`;
  const pool = poolFor(a);
  const ingressAddress = pool ? firstOf(pool) : undefined;
  const dnsHost = a.dnsHost ?? { name: 'dns', address: freeAddress(a, pool ? [pool] : []) ?? a.gateway };
  const routed = live.has('ingress') && live.has('dns');
  const p: Parts = {};

  if (pool) p.loadBalancer = { pools: [{ name: 'default', range: pool, mode: 'l2' }] };
  if (ingressAddress) p.ingress = { address: ingressAddress };

  p.hosts = [{ name: dnsHost.name, address: dnsHost.address, roles: ['dns'] }];
  const serviceRecords = live.has('ingress') ? [
    { name: 'ingress', target: 'ingress' },
    ...(live.has('monitoring') ? ['grafana', 'prometheus', 'alertmanager'].map((n) => ({ name: n, target: 'ingress' })) : []),
    ...(live.has('object-store') ? ['s3', 's3-console'].map((n) => ({ name: n, target: 'ingress' })) : []),
  ] : [];
  p.dns = {
    server: dnsHost.name,
    zones: [
      ...(serviceRecords.length ? [{ name: appZone, records: serviceRecords }] : []),
      { name: domain, records: [{ name: dnsHost.name, target: `host/${dnsHost.name}` }, ...a.nodes.map((n) => ({ name: n.name, target: `node/${n.name}` }))] },
    ],
  };

  p.monitoring = {
    prometheus: { ...(routed ? { host: `prometheus.${appZone}` } : {}), retention: '10d', storage: { size: '20Gi' } },
    alertmanager: { ...(routed ? { host: `alertmanager.${appZone}` } : {}) },
    grafana: { ...(routed ? { host: `grafana.${appZone}` } : {}) },
  };

  const storeNodes = a.nodes.slice(0, MAX_SERVERS).map((n) => n.name);
  const servers = storeNodes.length;
  const dps = drivesPerServerFor(servers, a.drivesPerServer);
  const setSize = chooseSetSize(servers, dps) ?? servers * dps;
  const parity = defaultParity(setSize);
  const tolerance = chooseSetSize(servers, dps) === undefined ? 0 : layoutNodeTolerance(servers, setSize, parity);
  p.objectStore = {
    erasure: { data: setSize - parity, parity },
    servers,
    drivesPerServer: dps,
    driveSize: a.driveSize ?? DRIVE_SIZE,
    nodes: storeNodes,
    require: { nodeFailures: Math.min(1, tolerance) },
    ...(routed ? { exposure: { mode: 'ingress', apiHost: `s3.${appZone}`, consoleHost: `s3-console.${appZone}` } } : {}),
    credentials: { secretRef: { name: 'minio-root' } },
  };
  return p;
}

const block = (key: string, v: unknown): string => stringify({ [key]: v }, { lineWidth: 0 }).trimEnd();
const commented = (text: string): string => text.split('\n').map((l) => `# ${l}`).join('\n');

/** Which section each top-level key belongs to. */
const SECTION_KEYS: Record<Section, (keyof Parts)[]> = {
  'load-balancer': ['loadBalancer'],
  ingress: ['ingress'],
  dns: ['hosts', 'dns'],
  monitoring: ['monitoring'],
  'object-store': ['objectStore'],
};

const NEEDS: Partial<Record<Section, string>> = {
  ingress: 'needs loadBalancer',
  dns: 'needs hosts with the DNS host',
};

/**
 * The spec text. `schemaRef`: the modeline's schema location, relative to the
 * spec's folder (compiler/init/schema-ref.ts).
 */
export function initSpecText(a: InitAnswers, schemaRef: string): string {
  const live = new Set(withNeeds(a.sections));
  const chosen = parts(a, live);
  const out: string[] = [
    `# yaml-language-server: $schema=${schemaRef}`,
    '#',
    `# The spec of cluster ${a.name}, started by \`veilc init\`. \`npx veilc compile --out DIR\``,
    '# writes Flux manifests, Unbound zones and runbooks to DIR (commit it with this',
    '# file); `npx veilc check --out DIR` is the gate CI runs. Hover a key in your',
    '# editor for its meaning and default. Commented sections are optional: uncomment',
    '# one (or run `veilc init --force --with SECTION ...` again) to use it.',
    '',
    block('cluster', { name: a.name }),
    '',
    block('network', { cidr: a.cidr, gateway: a.gateway, ...(a.domain ? { domain: a.domain } : {}), ...(a.dhcpRange ? { dhcp: { range: a.dhcpRange } } : {}) }),
  ];
  if (live.has('dns')) out.push('', block('hosts', chosen.hosts));
  out.push('', block('nodes', a.nodes.map((n) => ({ name: n.name, address: n.address, ...(n.role ? { role: n.role } : {}) }))));
  for (const section of SECTIONS) {
    const keys = SECTION_KEYS[section];
    // a commented section stands alone: uncommented (with what it needs), it is valid as is
    const source = live.has(section) ? chosen : parts(a, new Set([section]));
    const present = keys.filter((k) => source[k] !== undefined);
    if (!present.length) continue;
    const text = present.filter((k) => !(live.has(section) && k === 'hosts')).map((k) => block(k, source[k])).join('\n');
    const main = keys[keys.length - 1]!;
    if (live.has(section)) out.push('', `# ${topDescription(main)}`, text);
    else out.push('', `# ${main}: ${topDescription(main)}${NEEDS[section] ? ` (${NEEDS[section]})` : ''}`, commented(text));
  }
  out.push('', `# flux: ${topDescription('flux')} The defaults follow --out; see the README.`, commented(block('flux', { bootstrapPath: `./clusters/${a.name}` })));
  return `${out.join('\n')}\n`;
}

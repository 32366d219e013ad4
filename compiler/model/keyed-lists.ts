// Every list in the spec whose items carry a key, in one table, and the one
// check that no key repeats (VEIL-MODEL-004). A repeat is a structural fact
// about the spec, so it is judged here, before any fact is derived from it:
// the facts, the policies and the emitters may all assume unique keys.
//
// A namespace can span several lists and names veilc derives (an RPZ zone from
// a block list, the reverse zone from network.cidr, a heading anchor from a
// zone name): two entries that would end up with the same derived name collide
// as surely as two equal names. The repeat is reported at the later entry.
//
// test/foundation/keyed-lists.test.ts walks the JSON Schema: every array in it
// must appear here, as keyed (in a namespace) or in UNKEYED with a reason.
import { formatPath, type Finding, type PathSegment } from '../diagnostics/diagnostic.ts';
import type { Spec } from '../schema/spec-types.ts';
import { parseCidr, reverseZone } from './ipv4.ts';

export const REPEAT_RULE = 'VEIL-MODEL-004';

type Path = PathSegment[];

/** What an entry claims in a namespace: the key, and how the entry reads in a message. */
interface Claim {
  key: string;
  /** Where the finding points: the key's field (`nodes[3].name`), or the item. */
  at: Path;
  /** The item (list entries are reported once, however many namespaces they collide in). */
  item: Path;
  as: string;
}

export interface Member {
  /** The list as a spec path pattern, `[]` standing for every item of an enclosing list: `dns.zones[].records`. */
  list: string;
  /** The field that holds the key, if the key is one field (the finding points at it). */
  field?: string;
  /** The item's key, or undefined when it has none; `path` is the item's path. */
  key: (item: unknown, path: Path) => string | undefined;
  /** How an item reads in a message, e.g. node `meteor-1`. */
  as: (item: unknown, key: string) => string;
}

export interface Namespace {
  /** What must be unique, e.g. `Unbound zone name`. */
  what: string;
  /** Why a repeat is wrong in the real system, with its source, and how to fix it. */
  hint: string;
  members: Member[];
  /** Names veilc derives that no list item writes, claimed before the lists (e.g. the reverse zone). */
  derived?: (spec: Spec) => Claim[];
}

const str = (item: unknown, field: string): string | undefined => {
  const v = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[field] : undefined;
  return typeof v === 'string' ? v : undefined;
};
const byName = (list: string, noun: string): Member => ({ list, field: 'name', key: (i) => str(i, 'name'), as: (_, k) => `${noun} \`${k}\`` });
/** A list of plain values is a set of its own: the key carries the list's path, so `hosts[0].roles` and `hosts[1].roles` may share a value. */
const itself = (list: string, noun: string): Member => ({
  list,
  key: (i, path) => (typeof i === 'string' ? `${formatPath(path.slice(0, -1))} ${i}` : undefined),
  as: (i) => `${noun} \`${String(i)}\``,
});

/** Keyed lists and derived names, most specific first: an entry is reported in the first namespace it collides in. */
export const NAMESPACES: readonly Namespace[] = [
  {
    what: 'LAN host name',
    hint: 'rename or remove one: hosts and nodes share the LAN zone (each is NAME.<network.domain>, with a PTR record in the reverse zone), and Kubernetes registers a node by its name',
    members: [byName('hosts', 'host'), byName('nodes', 'node')],
  },
  {
    what: 'MetalLB address pool name',
    hint: 'rename or remove one: each pool becomes the IPAddressPool of that name in the MetalLB namespace, and one name is one object',
    members: [byName('loadBalancer.pools', 'pool')],
  },
  {
    what: 'BGP peer name',
    hint: 'rename or remove one: each peer becomes the BGPPeer of that name in the MetalLB namespace, and one name is one object',
    members: [byName('loadBalancer.bgp.peers', 'BGP peer')],
  },
  {
    what: 'DNS zone name',
    hint: 'merge the two zones into one entry: Unbound keeps one zone per name (services/authzone.c, auth_zones_find_or_add_zone), so the later zone file would replace the earlier',
    members: [byName('dns.zones', 'zone')],
  },
  {
    what: 'block list name',
    hint: 'rename or remove one: each list becomes the RPZ zone NAME.rpz. and the file rpz/NAME.rpz.zone, and `veilc rpz --list NAME` picks a list by its name',
    members: [byName('dns.filtering', 'block list')],
  },
  {
    what: 'zone Unbound serves',
    hint: 'rename one: Unbound keeps one zone per name, whether auth-zone or rpz (services/authzone.c, auth_zones_find_or_add_zone); veilc serves the reverse zone of network.cidr itself (unless dns.reverse is false) and NAME.rpz for every block list',
    derived: (spec) => {
      if (!spec.dns?.reverse) return [];
      const zone = reverseZone(parseCidr(spec.network.cidr));
      return [{ key: zone, at: ['network', 'cidr'], item: ['network', 'cidr'], as: `the reverse zone ${zone} of network.cidr` }];
    },
    members: [
      byName('dns.zones', 'zone'),
      { list: 'dns.filtering', field: 'name', key: (i) => (str(i, 'name') === undefined ? undefined : `${str(i, 'name')}.rpz`), as: (_, k) => `block list \`${k.replace(/\.rpz$/, '')}\` (RPZ zone ${k})` },
    ],
  },
  {
    what: 'runbook heading anchor of a zone',
    hint: 'rename one zone: ADDRESSING.md gives each zone a section whose GitHub anchor drops the dots (#zone-NAME), so zones whose names differ only in dots would share one anchor and the links to them would break',
    members: [{ list: 'dns.zones', field: 'name', key: (i) => str(i, 'name')?.replace(/\./g, ''), as: (i, k) => `zone \`${str(i, 'name')}\` (anchor #zone-${k})` }],
  },
  {
    what: 'DNS record',
    hint: 'delete the repeat: a zone holds a record once (RFC 2181 section 5: an RRset has no duplicate records); one name with several addresses is round-robin and fine, and a target that resolves to an address written beside it is VEIL-DNS-002',
    members: [{
      list: 'dns.zones[].records',
      field: 'name',
      key: (r, path) => {
        const name = str(r, 'name');
        const value = str(r, 'target') ?? str(r, 'address');
        return name === undefined || value === undefined ? undefined : `${path[2]} ${name} A ${value}`;
      },
      as: (r) => `record \`${str(r, 'name')} A ${str(r, 'target') ?? str(r, 'address')}\``,
    }],
  },
  {
    what: 'Alertmanager receiver name',
    hint: 'rename or remove one: Alertmanager refuses a configuration whose receiver names repeat ("notification config name is not unique", config/config.go)',
    members: [byName('monitoring.alertmanager.receivers', 'receiver')],
  },
  {
    what: 'group_by label',
    hint: 'delete the repeat: Alertmanager refuses a route that groups by a label twice ("duplicated label in group_by", config/config.go)',
    members: [itself('monitoring.alertmanager.route.groupBy', 'label')],
  },
  {
    what: 'remote-write name',
    hint: 'rename or remove one: Prometheus refuses remote_write configs that share a name ("found multiple remote write configs with job name", config/config.go)',
    members: [byName('monitoring.prometheus.remoteWrite', 'remote-write target')],
  },
  {
    what: 'bucket name',
    hint: 'delete the repeat: a bucket name is one bucket (S3 bucket names are unique; `mc mb` of an existing bucket fails)',
    members: [byName('objectStore.buckets', 'bucket')],
  },
  {
    what: 'MinIO server pool name',
    hint: 'rename or remove one: each pool becomes the StatefulSet OBJECTSTORE-NAME (with its headless Service and its section in STORAGE.md), and one name is one StatefulSet',
    members: [byName('objectStore.pools', 'server pool')],
  },
  {
    what: 'node of a MinIO server pool',
    hint: 'delete the repeat: each MinIO server of a pool runs on its own node, so a node is allowed once per pool',
    members: [itself('objectStore.nodes', 'node'), itself('objectStore.pools[].nodes', 'node')],
  },
  {
    what: 'node of a BGP peer',
    hint: 'delete the repeat: the nodes of a peer are a set (a nodeSelector on kubernetes.io/hostname)',
    members: [itself('loadBalancer.bgp.peers[].nodes', 'node')],
  },
  {
    what: 'StorageClass name',
    hint: 'delete the repeat: a StorageClass is one cluster object',
    members: [itself('storageClasses', 'StorageClass')],
  },
  {
    what: 'host role',
    hint: 'delete the repeat: roles are a set',
    members: [itself('hosts[].roles', 'role')],
  },
  {
    what: 'waiver',
    hint: 'merge the two waivers: a finding is waived by rule and path, so the second waiver for the same pair is never used (and its reason and expiry contradict the first)',
    members: [{
      list: 'waivers',
      key: (w) => (str(w, 'rule') === undefined ? undefined : `${str(w, 'rule')} ${str(w, 'path') ?? ''}`),
      as: (w) => `the waiver of ${str(w, 'rule')} at \`${str(w, 'path') || '(whole spec)'}\``,
    }],
  },
];

/** Lists whose items have no key: a repeat there is legal, and why. */
export const UNKEYED: readonly { list: string; why: string }[] = [
  { list: 'monitoring.alertmanager.route.routes', why: 'child routes have no name; they are tried in order (first match wins), so a repeated route is legal, merely unreachable' },
  { list: 'monitoring.alertmanager.route.routes[].matchers', why: 'matchers are ANDed: a repeated matcher is redundant, and Alertmanager accepts it' },
];

/** A list item's claim before it is described: a spec has thousands of items and rarely a repeat, so the message parts wait for one. */
interface Entry {
  key: string;
  item: Path;
  value: unknown;
  member: Member;
}

function described(c: Claim | Entry): Claim {
  if (!('member' in c)) return c;
  const { key, item, value, member } = c;
  return { key, at: member.field ? [...item, member.field] : item, item, as: member.as(value, key) };
}

/** Items of the list `pattern` (see Member.list), with their paths. */
export function itemsOf(root: unknown, pattern: string): { item: unknown; path: Path }[] {
  const segments = pattern.split('.').flatMap((s) => (s.endsWith('[]') ? [s.slice(0, -2), '[]'] : [s]));
  let at: { v: unknown; path: Path }[] = [{ v: root, path: [] }];
  for (const s of [...segments, '[]']) {
    const next: typeof at = [];
    for (const { v, path } of at) {
      if (s === '[]') {
        if (Array.isArray(v)) v.forEach((x, i) => next.push({ v: x, path: [...path, i] }));
      } else if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, s)) {
        next.push({ v: (v as Record<string, unknown>)[s], path: [...path, s] });
      }
    }
    at = next;
  }
  return at.map(({ v, path }) => ({ item: v, path }));
}

/**
 * VEIL-MODEL-004 for every entry whose key an earlier entry (or a name veilc
 * derives) already holds, at the later entry's key field. Pure; `spec` is
 * schema-valid.
 */
export function repeatedKeys(spec: Spec): Finding[] {
  const out: Finding[] = [];
  const reported = new Set<string>();
  for (const ns of NAMESPACES) {
    const claims: (Claim | Entry)[] = [...(ns.derived?.(spec) ?? [])];
    for (const member of ns.members) {
      for (const { item, path } of itemsOf(spec, member.list)) {
        const key = member.key(item, path);
        if (key !== undefined) claims.push({ key, item: path, value: item, member });
      }
    }
    const seen = new Map<string, Claim | Entry>();
    for (const entry of claims) {
      const earlier = seen.get(entry.key);
      if (!earlier) { seen.set(entry.key, entry); continue; }
      const [first, c] = [described(earlier), described(entry)];
      const id = formatPath(c.item);
      if (reported.has(id)) continue;
      reported.add(id);
      if (out.length === MAX_REPEAT_FINDINGS) continue; // counted below, not described
      out.push({
        rule: REPEAT_RULE, severity: 'deny', path: c.at,
        message: `${c.as} repeats ${first.as === c.as ? 'the one' : first.as} at ${formatPath(first.at)}: each ${ns.what} must be unique`,
        hint: ns.hint,
      });
    }
  }
  if (reported.size > out.length) {
    out.push({ rule: REPEAT_RULE, severity: 'deny', path: [], message: `${reported.size - out.length} more repeated keys not shown (veilc reports the first ${MAX_REPEAT_FINDINGS})`, hint: 'fix the repeats above first' });
  }
  return out;
}

/** Repeats described per run; the rest are counted in one more finding. */
export const MAX_REPEAT_FINDINGS = 100;

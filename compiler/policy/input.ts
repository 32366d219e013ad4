// The document the Rego policies see as `input`: the schema-valid spec (with
// defaults applied), a projection of the model's derived facts, and the date
// that waiver expiry is judged against. Plain JSON, built once per evaluation.
//
// The projection, not the model's Facts as they are: the input is JSON-encoded
// and parsed inside the Wasm, whose allocator and parser cost grows with every
// object and string (about 12 bytes of Wasm memory per byte of JSON). The
// model repeats each host and node in network.statics and dns.reverse; here
// both refer to the spec instead (package veil.statics rebuilds an entry from
// it when a rule reports one):
//   facts.network.statics      the statics' 32-bit address values, in the
//                              model's order: [0] the gateway, then
//                              spec.hosts, then spec.nodes
//   facts.dns.reverse.statics  indexes into facts.network.statics of the
//                              hosts and nodes with a PTR record, in the
//                              model's order; the PTR names are derived
//                              from the zone and address as the model does
//   facts.dns.zones[].records  each record's fqdn and resolved address only;
//                              its name, target and ttl are in the spec at the
//                              same indexes, its path is those indexes
//   spec.nodes[].labels        left out when empty (the schema's default {}):
//                              no rule reads it, and an empty mapping holds no
//                              key or string for the secret rules to screen
import type { Model } from '../model/build-model.ts';
import type { DnsFacts, Facts, NetworkFacts, Path, RecordFact, ZoneFacts } from '../model/facts.ts';
import type { Spec } from '../schema/spec-types.ts';

export interface PolicyNetworkFacts extends Omit<NetworkFacts, 'statics' | 'gateway'> {
  /** Address values (32-bit numbers) of the gateway, spec.hosts and spec.nodes, in that order. */
  statics: number[];
}

/** A zone without isLanZone, its records reduced to what the spec does not say. */
export interface PolicyZoneFacts extends Omit<ZoneFacts, 'isLanZone' | 'records'> {
  records: Pick<RecordFact, 'fqdn' | 'address'>[];
}

export interface PolicyDnsFacts extends Omit<DnsFacts, 'reverse' | 'zones'> {
  zones: PolicyZoneFacts[];
  /** The reverse zone and, for each PTR record the model derives, the index of its host or node in `network.statics`. */
  reverse: { zone: string; statics: number[] } | null;
}

export interface PolicyFacts extends Omit<Facts, 'network' | 'dns'> {
  network: PolicyNetworkFacts;
  dns: PolicyDnsFacts | null;
}

type SpecNode = Spec['nodes'][number];

/** The spec, but a node's labels only when it has some. */
export interface PolicySpec extends Omit<Spec, 'nodes'> {
  nodes: (Omit<SpecNode, 'labels'> & Partial<Pick<SpecNode, 'labels'>>)[];
}

export interface PolicyInput {
  spec: PolicySpec;
  facts: PolicyFacts;
  /** YYYY-MM-DD; a waiver whose `expires` is before this date has lapsed. */
  today: string;
}

export function policyInput(model: Model, today: string): PolicyInput {
  return { spec: policySpec(model.spec), facts: policyFacts(model.spec, model.facts), today };
}

/** The spec without the nodes' empty labels (one empty mapping per node otherwise). */
export function policySpec(spec: Spec): PolicySpec {
  return { ...spec, nodes: spec.nodes.map(({ labels, ...node }) => (labels && Object.keys(labels).length > 0 ? { ...node, labels } : node)) };
}

/**
 * The facts as the policies read them (see the header). Throws if the model's
 * statics are not the gateway, hosts and nodes in spec order, which the Rego
 * relies on to find an entry's owner, address and path.
 */
export function policyFacts(spec: Spec, facts: Facts): PolicyFacts {
  const { statics, gateway: _gateway, ...network } = facts.network;
  const index = staticIndex(spec);
  statics.forEach((s, i) => {
    if (index(s.path) !== i) throw new Error(`policy input: statics[${i}] is at ${JSON.stringify(s.path)}, not in gateway, hosts, nodes order`);
  });
  return {
    ...facts,
    network: { ...network, statics: statics.map((s) => s.value) },
    dns: facts.dns && {
      ...facts.dns,
      zones: facts.dns.zones.map(({ isLanZone: _isLanZone, records, ...zone }) => ({ ...zone, records: records.map((r) => ({ fqdn: r.fqdn, address: r.address })) })),
      reverse: facts.dns.reverse && { zone: facts.dns.reverse.zone, statics: facts.dns.reverse.records.map((p) => index(p.path)) },
    },
  };
}

/** Index in the statics of the address at `path` (['network', 'gateway'], ['hosts', i, 'address'] or ['nodes', i, 'address']); -1 for another path. */
function staticIndex(spec: Spec): (path: Path) => number {
  return ([list, i]) => {
    if (list === 'network') return 0;
    if (list === 'hosts' && typeof i === 'number') return 1 + i;
    if (list === 'nodes' && typeof i === 'number') return 1 + spec.hosts.length + i;
    return -1;
  };
}

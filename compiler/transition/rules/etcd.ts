// k3s servers and their embedded etcd members; agents.
//  - etcd changes membership one member at a time, and each change needs
//    quorum of the current members (etcd docs, "Runtime reconfiguration":
//    etcd.io/docs/v3.5/op-guide/runtime-configuration/; "FAQ: Should I add a
//    member before removing an unhealthy member?", etcd.io/docs/v3.5/faq/).
//    Quorum = floor(n/2)+1 (compiler/model, VEIL-ETCD-*).
//  - k3s: the first server runs with cluster-init and the others join through
//    it (docs.k3s.io/datastore/ha-embedded); `kubectl delete node` removes a
//    server's etcd member. A server's address is its etcd peer URL: k3s will
//    not start on a new address ("this server is a not a member of the etcd
//    cluster", k3s-io/k3s#6524); the supported way is to delete the node, wipe
//    its etcd data and join it again, with no other node pointing at it as
//    `server:` (k3s-io/k3s#10362, maintainer's procedure).
import type { SpecPath } from '../../diagnostics/diagnostic.ts';
import { CHANGES_HEADINGS as H, COLD_START_HEADINGS } from '../../emit/runbooks/headings.ts';
import { slug } from '../../emit/runbooks/markdown.ts';
import type { Model } from '../../model/build-model.ts';
import type { Reason } from '../change.ts';
import { nodePath, type Rule, type StateTarget, type Verdict } from './rule.ts';

export const RULE_ONE_MEMBER = 'VEIL-CHANGE-020';
export const RULE_CLUSTER_INIT = 'VEIL-CHANGE-021';
export const RULE_FRAGILE_STEP = 'VEIL-CHANGE-022';
export const RULE_BELOW_QUORUM = 'VEIL-CHANGE-023';
export const RULE_NODE_ADDRESS = 'VEIL-CHANGE-024';

const quorum = (n: number) => Math.floor(n / 2) + 1;

function nodeTarget(model: Model, name: string): StateTarget {
  return { kind: 'Node', namespace: '', name, file: null, ownerPath: nodePath(model, name) };
}

/**
 * Member counts on the safe path from `from` members to `to`: add every new
 * member first (one at a time), then remove the old ones (one at a time), so
 * quorum only grows before it shrinks.
 */
export function membershipSteps(from: number, added: number, removed: number): number[] {
  const steps = [from];
  for (let i = 1; i <= added; i++) steps.push(from + i);
  for (let i = 1; i <= removed; i++) steps.push(from + added - i);
  return steps;
}

/** Nodes joining, leaving, changing role or address; VEIL-CHANGE-020..024 on the etcd membership path. */
export const etcdRule: Rule = (t) => {
  const base = t.base.model, next = t.next.model;
  if (!base) return [];
  const out: Verdict[] = [];
  const on = (name: string, reason: Reason, fields?: Verdict['fields']) => out.push({ target: { state: nodeTarget(next, name) }, reason, fields });
  const servers = (m: Model) => m.spec.nodes.filter((n) => n.role === 'server');
  const before = servers(base), after = servers(next);
  const beforeNames = new Set(before.map((n) => n.name)), afterNames = new Set(after.map((n) => n.name));
  const added = after.filter((n) => !beforeNames.has(n.name));
  const removed = before.filter((n) => !afterNames.has(n.name));
  const allNodes = (m: Model) => new Map(m.spec.nodes.map((n) => [n.name, n]));
  const baseNodes = allNodes(base), nextNodes = allNodes(next);

  // every node as state: joined, removed, changed role or address
  for (const n of next.spec.nodes) {
    const was = baseNodes.get(n.name);
    if (!was) {
      on(n.name, { action: 'create', specPath: nodePath(next, n.name), procedure: n.role === 'server' ? slug(H.addServer) : undefined,
        text: n.role === 'server' ? `joins as a k3s server and etcd member (${H.addServer} in CHANGES)` : `joins as a k3s agent (COLD-START, "${COLD_START_HEADINGS.agents}")` });
    } else if (was.role !== n.role) {
      on(n.name, { action: 'procedure', specPath: [...nodePath(next, n.name), 'role'], procedure: slug(n.role === 'server' ? H.addServer : H.removeServer),
        text: `role ${was.role} -> ${n.role}: k3s cannot switch a node's role in place; remove it (kubectl delete node, uninstall) and join it again as ${n.role === 'server' ? 'a server' : 'an agent'}` },
      [{ path: 'role', before: was.role, after: n.role }]);
    }
  }
  for (const n of base.spec.nodes) {
    if (!nextNodes.has(n.name)) {
      out.push({ target: { state: { ...nodeTarget(next, n.name), ownerPath: ['nodes'] } }, reason: {
        action: 'delete', specPath: ['nodes'], procedure: n.role === 'server' ? slug(H.removeServer) : undefined,
        text: n.role === 'server' ? 'leaves: drain it and `kubectl delete node` (k3s removes its etcd member) before it is shut down' : 'leaves: drain it and `kubectl delete node`',
      } });
    }
  }

  const changes = added.length + removed.length;
  const firstChanged = (added[0] ?? removed[0])?.name;
  const where = (name: string | undefined): SpecPath => (name && nextNodes.has(name) ? nodePath(next, name) : ['nodes']);
  if (changes > 1) {
    on(firstChanged!, { action: 'procedure', rule: RULE_ONE_MEMBER, specPath: where(firstChanged), procedure: slug(added.length ? H.addServer : H.removeServer),
      text: `${changes} etcd members change at once (${[...added.map((n) => `+${n.name}`), ...removed.map((n) => `-${n.name}`)].join(', ')}): etcd changes membership one member at a time, each step with quorum; add the new servers first, one at a time, each Ready before the next, then remove the old ones one at a time` });
  }

  const initBefore = before[0]?.name, initAfter = after[0]?.name;
  if (initBefore && initAfter && initBefore !== initAfter) {
    const gone = !afterNames.has(initBefore);
    on(initAfter, { action: 'procedure', rule: RULE_CLUSTER_INIT, specPath: nodePath(next, initAfter), procedure: slug(H.replaceServer),
      text: `the cluster-init server changes from ${initBefore} to ${initAfter}${gone ? ` (${initBefore} is removed)` : ''}: every other node's k3s config joins through ${initAfter} from now on; first make sure no node still points at ${initBefore} as its server, then remove or rejoin ${initBefore} like any other member` });
  }

  // the states a one-at-a-time change passes through
  if (changes > 0) {
    const steps = membershipSteps(before.length, added.length, removed.length);
    const fragile = steps.slice(1).filter((n) => n === 2);
    if (fragile.length) {
      on(firstChanged!, { action: added.length ? 'create' : 'delete', rule: RULE_FRAGILE_STEP, specPath: where(firstChanged),
        text: `on the way from ${before.length} to ${after.length} servers etcd has 2 members (members: ${steps.join(' -> ')}): quorum is 2 of 2, so while the second member joins or leaves, losing either server stops the control plane; take an etcd snapshot first (BACKUPS)` });
    }
    const survivors = before.length - removed.length;
    if (removed.length && survivors < quorum(before.length)) {
      on(removed[0]!.name, { action: 'procedure', rule: RULE_BELOW_QUORUM, specPath: ['nodes'], procedure: slug(H.removeServer),
        text: `${removed.length} of ${before.length} servers go (${removed.map((n) => n.name).join(', ')}), leaving ${survivors}, below the quorum of ${quorum(before.length)}: shut down together before they leave etcd, they take the control plane with them. Remove them one at a time (kubectl delete node, then shut down), each after the cluster is healthy again` });
    }
  }

  for (const n of next.spec.nodes) {
    const was = baseNodes.get(n.name);
    if (!was || was.address === n.address || was.role !== n.role) continue;
    const server = n.role === 'server';
    on(n.name, { action: 'procedure', rule: RULE_NODE_ADDRESS, specPath: [...nodePath(next, n.name), 'address'], procedure: slug(server ? H.replaceServer : H.agentAddress),
      text: server
        ? `address ${was.address} -> ${n.address}: a server's address is its etcd peer URL and k3s will not start on a new one; remove the node, wipe its etcd data and join it again on the new address, one server at a time`
        : `address ${was.address} -> ${n.address}: remove the node (kubectl delete node), change its k3s config and join it again` },
    [{ path: 'address', before: was.address, after: n.address }]);
  }
  return out;
};

# METADATA
# description: |
#   The static addresses (gateway, hosts, nodes) as the model's AddressFacts.
#   The input carries only their values (input.facts.network.statics, in the
#   order gateway, spec.hosts, spec.nodes; compiler/policy/input.ts), so that
#   each host and node is in the input once; a rule that reports a static
#   address rebuilds its owner, address text and spec path here.
package veil.statics

# fact(i, v) is statics entry i, whose value is v: {owner, address, value, path}.
fact(0, v) := {"owner": "gateway", "address": input.spec.network.gateway, "value": v, "path": ["network", "gateway"]}

fact(i, v) := {"owner": concat("", ["host/", m.name]), "address": m.address, "value": v, "path": m.path} if {
	m := machine(i)
	m.kind == "host"
}

fact(i, v) := {"owner": concat("", ["node/", m.name]), "address": m.address, "value": v, "path": m.path} if {
	m := machine(i)
	m.kind == "node"
}

# machine(i) is the host or node of statics entry i > 0: {kind, name, address, path}.
machine(i) := {"kind": "host", "name": h.name, "address": h.address, "path": ["hosts", i - 1, "address"]} if {
	i > 0
	h := input.spec.hosts[i - 1]
}

machine(i) := {"kind": "node", "name": n.name, "address": n.address, "path": ["nodes", k, "address"]} if {
	k := (i - 1) - count(input.spec.hosts)
	k >= 0
	n := input.spec.nodes[k]
}

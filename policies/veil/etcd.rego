# METADATA
# title: Control plane (embedded etcd)
# description: |
#   Every k3s server runs an embedded etcd member. etcd needs a majority of
#   members (quorum = floor(n/2)+1) and tolerates n - quorum failures.
package veil.etcd

import data.veil.lib

etcd := input.facts.etcd

# index in spec.nodes of the last server: the member that makes the count even
_last_server := max([i | some i, n in input.spec.nodes; n.role == "server"])

# METADATA
# title: At least one server
# description: k3s needs at least one server node; without one there is no control plane and no etcd.
# custom:
#   id: VEIL-ETCD-001
#   severity: deny
#   sources:
#     - https://docs.k3s.io/datastore/ha-embedded
findings contains f if {
	etcd.count == 0
	f := lib.finding(
		rego.metadata.rule(),
		["nodes"],
		sprintf("none of the %s has role server: there is no control plane and no etcd member", [lib.plural(count(input.spec.nodes), "node")]),
		"make at least one node `role: server` (three for a highly available control plane)",
	)
}

# METADATA
# title: Odd number of etcd members
# description: |
#   An even member count raises quorum without raising failure tolerance:
#   4 members tolerate 1 failure, the same as 3, with one more member to lose.
# custom:
#   id: VEIL-ETCD-002
#   severity: warn
#   sources:
#     - https://etcd.io/docs/v3.5/faq/#what-is-failure-tolerance
findings contains f if {
	etcd.count > 0
	etcd.count % 2 == 0
	f := lib.finding(
		rego.metadata.rule(),
		["nodes", _last_server, "role"],
		sprintf("%d etcd members (%s) tolerate %s, the same as %d: quorum is %d of %d", [etcd.count, lib.names(etcd.members), lib.plural(etcd.tolerance, "failure"), etcd.count - 1, etcd.quorum, etcd.count]),
		sprintf("run %d or %d servers: make one node `role: agent` or add a server", [etcd.count - 1, etcd.count + 1]),
	)
}

# METADATA
# title: Highly available control plane
# description: |
#   With fewer than 3 etcd members, losing one server stops the control plane
#   (1 member tolerates no failure; 2 members need both for quorum).
# custom:
#   id: VEIL-ETCD-003
#   severity: warn
#   sources:
#     - https://etcd.io/docs/v3.5/faq/#what-is-failure-tolerance
#     - https://docs.k3s.io/datastore/ha-embedded
findings contains f if {
	etcd.count > 0
	etcd.count < 3
	f := lib.finding(
		rego.metadata.rule(),
		["nodes", _last_server, "role"],
		sprintf("%s (%s): quorum is %d, so losing any server stops the control plane", [lib.plural(etcd.count, "etcd member"), lib.names(etcd.members), etcd.quorum]),
		"run 3 servers for a control plane that survives one node failure",
	)
}

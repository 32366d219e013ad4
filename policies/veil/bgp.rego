# METADATA
# title: MetalLB BGP
# description: |
#   The BGP sessions that announce the `mode: bgp` pools. MetalLB runs in FRR
#   mode (its chart's default): every node's speaker dials every peer with
#   the one cluster ASN (loadBalancer.bgp.myASN; FRR mode requires one local
#   ASN) and announces the pools' addresses. Peer addresses arrive as 32-bit
#   numbers (compiler/model/build-model.ts), like every address fact.
package veil.bgp

import data.veil.lib
import data.veil.statics

# An import, not a rule: the Wasm reads input directly inside the loops.
import input.facts.network as net

_peers := net.bgp.peers if net.bgp != null

_peers := [] if net.bgp == null

_peer_path(p, field) := array.concat(p.path, [field])

# METADATA
# title: BGP pools have peers
# description: |
#   A `mode: bgp` pool is announced only to BGP peers; with none declared no
#   router ever learns its addresses, and Services on them are unreachable
#   (MetalLB compiles the BGPAdvertisement and sits idle).
# custom:
#   id: VEIL-BGP-001
#   severity: deny
#   sources:
#     - https://metallb.io/configuration/#bgp-configuration
findings contains f if {
	count(_peers) == 0
	some i, p in net.pools
	p.mode == "bgp"
	f := lib.finding(
		rego.metadata.rule(),
		["loadBalancer", "pools", i, "mode"],
		sprintf("pool %s (%s-%s) is announced by BGP, but loadBalancer.bgp declares no peer: no router learns its addresses, so Services on them are unreachable", [p.name, p.first, p.last]),
		"declare the router under loadBalancer.bgp (myASN, and peers with address and peerASN), or use mode: l2",
	)
}

# Every AS number of the spec, with where it is written.
_asns contains {"asn": net.bgp.myASN, "path": ["loadBalancer", "bgp", "myASN"], "what": "myASN"} if net.bgp != null

_asns contains {"asn": p.peerASN, "path": _peer_path(p, "peerASN"), "what": sprintf("peer %s's peerASN", [p.name])} if some p in _peers

# Why an AS number can never be used (IANA "Autonomous System (AS) Numbers" registry).
_reserved(23456) := "AS_TRANS, the stand-in for 4-byte AS numbers on 2-byte sessions (RFC 6793)"

_reserved(65535) := "reserved (RFC 7300)"

_reserved(4294967295) := "reserved (RFC 7300)"

_reserved(asn) := "in the range IANA reserves (65552-131071)" if {
	asn >= 65552
	asn <= 131071
}

# METADATA
# title: No reserved AS numbers
# description: |
#   AS 23456 (AS_TRANS), 65535, 4294967295 and 65552-131071 are reserved and
#   never name a BGP speaker; AS 0 is refused by the schema (RFC 7607).
# custom:
#   id: VEIL-BGP-002
#   severity: deny
#   sources:
#     - https://www.iana.org/assignments/as-numbers/as-numbers.xhtml
#     - https://www.rfc-editor.org/rfc/rfc6793
#     - https://www.rfc-editor.org/rfc/rfc7300
findings contains f if {
	some a in _asns
	why := _reserved(a.asn)
	f := lib.finding(
		rego.metadata.rule(),
		a.path,
		sprintf("%s %d is %s: no BGP speaker may use it", [a.what, a.asn, why]),
		"use a private ASN (RFC 6996: 64512-65534 or 4200000000-4294967294), or the router's real one for peerASN",
	)
}

_private(asn) if {
	asn >= 64512
	asn <= 65534
}

_private(asn) if {
	asn >= 4200000000
	asn <= 4294967294
}

_documentation(asn) if {
	asn >= 64496
	asn <= 64511
}

_documentation(asn) if {
	asn >= 65536
	asn <= 65551
}

_public_kind(asn) := "a documentation ASN (RFC 5398)" if _documentation(asn)

_public_kind(asn) := "a public AS number, assigned by a registry to a network operator" if {
	not _documentation(asn)
	not _private(asn)
	not _reserved(asn)
}

# METADATA
# title: A private AS number for the cluster
# description: |
#   A home cluster has no AS number of its own from a registry: its myASN
#   belongs in the private ranges (RFC 6996: 64512-65534 and
#   4200000000-4294967294). A public or documentation number announces the
#   cluster as someone else's network to every router that learns the routes.
# custom:
#   id: VEIL-BGP-003
#   severity: warn
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc6996
#     - https://www.rfc-editor.org/rfc/rfc5398
findings contains f if {
	net.bgp != null
	kind := _public_kind(net.bgp.myASN)
	f := lib.finding(
		rego.metadata.rule(),
		["loadBalancer", "bgp", "myASN"],
		sprintf("myASN %d is %s, not a private ASN", [net.bgp.myASN, kind]),
		"use a private ASN (RFC 6996: 64512-65534 or 4200000000-4294967294)",
	)
}

# /31 and /32 have no network or broadcast address (RFC 3021).
_edges := {"network": net.network, "broadcast": net.broadcast} if net.prefix < 31

_edges := {} if net.prefix >= 31

_inside(v, r) if {
	r.firstValue <= v
	v <= r.lastValue
}

_on_lan(v) if {
	net.network <= v
	v <= net.broadcast
}

_address_problems contains {"peer": p, "why": sprintf("is the %s address of %s", [edge, net.cidr])} if {
	some p in _peers
	some edge, v in _edges
	p.value == v
}

_address_problems contains {"peer": p, "why": sprintf("is the address of %s: the speaker on every node dials the peer, so that node would peer with itself", [s.owner])} if {
	some p in _peers
	some i, v in net.statics
	v == p.value
	s := statics.fact(i, v)
	startswith(s.owner, "node/")
}

_address_problems contains {"peer": p, "why": sprintf("lies in pool %s (%s-%s), whose addresses MetalLB hands to Services", [r.name, r.first, r.last])} if {
	some p in _peers
	some r in net.pools
	_inside(p.value, r)
}

_address_problems contains {"peer": p, "why": sprintf("is also the address of peer %s: MetalLB's FRR mode refuses two peers with one address", [q.name])} if {
	some i, q in _peers
	some j, p in _peers
	i < j
	q.value == p.value
}

# METADATA
# title: Peer addresses that can be peers
# description: |
#   A peer address is a router's: not the LAN's network or broadcast address,
#   not a node (every node's speaker dials every peer), not an address of a
#   MetalLB pool (handed out to Services), and not another peer's (MetalLB's
#   FRR mode refuses duplicate peers).
# custom:
#   id: VEIL-BGP-004
#   severity: deny
#   sources:
#     - https://metallb.io/configuration/#bgp-configuration
#     - https://github.com/metallb/metallb/blob/v0.15.2/internal/config/validation.go
#     - https://www.rfc-editor.org/rfc/rfc919
findings contains f if {
	some x in _address_problems
	f := lib.finding(
		rego.metadata.rule(),
		_peer_path(x.peer, "address"),
		sprintf("peer %s address %s %s", [x.peer.name, x.peer.address, x.why]),
		"use the router's own address",
	)
}

# METADATA
# title: BGP hold time of 0 or at least 3 seconds
# description: |
#   A BGP hold time is 0 (no keepalives) or at least three seconds (RFC 4271
#   section 4.2); MetalLB refuses the BGPPeer otherwise ("must be 0 or >=3s").
# custom:
#   id: VEIL-BGP-005
#   severity: deny
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc4271#section-4.2
#     - https://github.com/metallb/metallb/blob/v0.15.2/internal/config/config.go
findings contains f if {
	some p in _peers
	p.holdTime != null
	p.holdTime > 0
	p.holdTime < 3
	f := lib.finding(
		rego.metadata.rule(),
		_peer_path(p, "holdTime"),
		sprintf("peer %s holdTime %d: a BGP hold time is 0 or at least 3 seconds, and MetalLB refuses the peer", [p.name, p.holdTime]),
		"use holdTime: 3 or more (MetalLB's default is 90), or 0 for no keepalives",
	)
}

_declared_nodes := {n.name | some n in input.spec.nodes}

# METADATA
# title: Peer nodes exist
# description: A peer's `nodes` names declared nodes; a name that matches no node's hostname label selects nothing, and that node set never peers.
# custom:
#   id: VEIL-BGP-006
#   severity: deny
#   sources:
#     - https://metallb.io/configuration/_advanced_bgp_configuration/#limiting-peers-to-certain-nodes
findings contains f if {
	some p in _peers
	some i, n in p.nodes
	not n in _declared_nodes
	f := lib.finding(
		rego.metadata.rule(),
		array.concat(p.path, ["nodes", i]),
		sprintf("peer %s names node %s, which is not a declared node: no speaker runs there to peer", [p.name, n]),
		sprintf("declared nodes: %s", [lib.names([x.name | some x in input.spec.nodes])]),
	)
}

# METADATA
# title: Peer address outside DHCP
# description: A router address inside the DHCP range can be leased to another device unless the DHCP server reserves it; the sessions then dial that device.
# custom:
#   id: VEIL-BGP-007
#   severity: warn
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc2131#section-4.4.1
findings contains f if {
	net.dhcp != null
	some p in _peers
	_inside(p.value, net.dhcp)
	f := lib.finding(
		rego.metadata.rule(),
		_peer_path(p, "address"),
		sprintf("peer %s address %s lies in the DHCP range %s-%s", [p.name, p.address, net.dhcp.first, net.dhcp.last]),
		"give the router a static address outside the DHCP range, or reserve it on the DHCP server",
	)
}

# METADATA
# title: External BGP peers on the LAN
# description: |
#   An external BGP session (peerASN differs from myASN) is single-hop: FRR
#   sends it with TTL 1 and only to a directly connected neighbour unless
#   ebgp-multihop is set, which the spec does not set. A peer outside the LAN
#   is behind a router, so the session never comes up.
# custom:
#   id: VEIL-BGP-008
#   severity: warn
#   sources:
#     - https://docs.frrouting.org/en/latest/bgp.html#clicmd-neighbor-PEER-ebgp-multihop
#     - https://github.com/metallb/metallb/blob/v0.15.2/internal/bgp/frr/templates/neighborsession.tmpl
findings contains f if {
	some p in _peers
	p.peerASN != net.bgp.myASN
	not _on_lan(p.value)
	f := lib.finding(
		rego.metadata.rule(),
		_peer_path(p, "address"),
		sprintf("peer %s (%s, AS %d) is outside the LAN %s: an external BGP session to it is single-hop (TTL 1) and never comes up across a router", [p.name, p.address, p.peerASN, net.cidr]),
		"peer with a router on the LAN, or make the session internal (peerASN equal to myASN)",
	)
}

# METADATA
# title: Address plan
# description: |
#   The LAN address plan: static addresses (gateway, hosts, nodes), the DHCP
#   range, MetalLB pools and the addresses Services request from them.
#   Addresses arrive as 32-bit numbers (compiler/model/ipv4.ts), so every check
#   is integer comparison.
package veil.network

import data.veil.lib
import data.veil.statics

# An import, not a rule (net := ...): the Wasm then reads input directly
# instead of calling and memoizing a rule on every use inside the loops.
import input.facts.network as net

# /31 and /32 have no network or broadcast address to avoid (RFC 3021).
_has_edges if net.prefix < 31

_first_usable := net.network + 1 if _has_edges

_first_usable := net.network if not _has_edges

_last_usable := net.broadcast - 1 if _has_edges

_last_usable := net.broadcast if not _has_edges

_usable_text := sprintf("%s-%s", [lib.ip(_first_usable), lib.ip(_last_usable)])

# Static address i as an AddressFact; the input holds only its value (package veil.statics).
_static(i) := statics.fact(i, net.statics[i])

# Every single address the spec assigns (gateway, hosts, nodes, Service
# addresses) that is outside the LAN, or that is the network or broadcast
# address. The statics are judged by value, and only those reported are
# rebuilt as AddressFacts.
_outside_lan contains _static(i) if {
	some i, v in net.statics
	not _within_lan(v)
}

_outside_lan contains a if {
	some a in net.serviceAddresses
	not _within_lan(a.value)
}

_at_edge contains [_static(i), edge] if {
	some i, v in net.statics
	some edge, e in _edges
	v == e
}

_at_edge contains [a, edge] if {
	some a in net.serviceAddresses
	some edge, e in _edges
	a.value == e
}

_edges := {"network": net.network, "broadcast": net.broadcast}

_label(a) := "gateway" if a.owner == "gateway"

_label(a) := a.owner if a.owner != "gateway"

_range_text(r) := sprintf("%s-%s", [r.first, r.last])

_ranges := array.concat([object.union(p, {"kind": sprintf("pool %s", [p.name])}) | some p in net.pools], _dhcp)

_dhcp := [object.union(net.dhcp, {"kind": "the DHCP range"})] if net.dhcp != null

_dhcp := [] if net.dhcp == null

_inside(v, r) if {
	r.firstValue <= v
	v <= r.lastValue
}

_overlap(a, b) if {
	a.firstValue <= b.lastValue
	b.firstValue <= a.lastValue
}

# METADATA
# title: Addresses inside the LAN
# description: Every static and Service address (gateway, hosts, nodes, ingress, object store) lies inside network.cidr.
# custom:
#   id: VEIL-NET-001
#   severity: deny
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc4632
findings contains f if {
	some a in _outside_lan
	f := lib.finding(
		rego.metadata.rule(),
		a.path,
		sprintf("%s address %s is outside the LAN %s", [_label(a), a.address, net.cidr]),
		sprintf("pick an address in %s", [_usable_text]),
	)
}

_within_lan(v) if {
	net.network <= v
	v <= net.broadcast
}

# METADATA
# title: Not the network or broadcast address
# description: The first and last address of the LAN (network and broadcast) cannot be assigned to a host.
# custom:
#   id: VEIL-NET-002
#   severity: deny
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc919
#     - https://www.rfc-editor.org/rfc/rfc3021
findings contains f if {
	_has_edges
	some [a, edge] in _at_edge
	f := lib.finding(
		rego.metadata.rule(),
		a.path,
		sprintf("%s address %s is the %s address of %s", [_label(a), a.address, edge, net.cidr]),
		sprintf("pick an address in %s", [_usable_text]),
	)
}

# METADATA
# title: Unique static addresses
# description: No two of the gateway, hosts and nodes share an address.
# custom:
#   id: VEIL-NET-003
#   severity: deny
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc5227
findings contains f if {
	# every pair i < j of statics with one address, from the model's groups
	# (a pairwise scan of all statics is O(n^2) in the Wasm)
	some group in net.sharedStatics
	some x, i in group
	some y, j in group
	x < y
	a := _static(i)
	b := _static(j)
	f := lib.finding(
		rego.metadata.rule(),
		b.path,
		sprintf("%s and %s share the address %s", [_label(a), _label(b), b.address]),
		"give each host and node its own address",
	)
}

# METADATA
# title: Ranges inside the LAN
# description: Every MetalLB pool and the DHCP range lie inside the LAN's usable addresses (not the network or broadcast address).
# custom:
#   id: VEIL-NET-004
#   severity: deny
#   sources:
#     - https://metallb.io/configuration/
#     - https://www.rfc-editor.org/rfc/rfc2131
findings contains f if {
	some r in _ranges
	r.size > 0
	not _range_usable(r)
	f := lib.finding(
		rego.metadata.rule(),
		r.path,
		sprintf("%s (%s) reaches outside the usable addresses of %s (%s)", [r.kind, _range_text(r), net.cidr, _usable_text]),
		sprintf("keep the range within %s", [_usable_text]),
	)
}

_range_usable(r) if {
	_first_usable <= r.firstValue
	r.lastValue <= _last_usable
}

# METADATA
# title: Pools disjoint from DHCP
# description: A MetalLB pool must not overlap the DHCP range, or the DHCP server leases a Service address to another device.
# custom:
#   id: VEIL-NET-005
#   severity: deny
#   sources:
#     - https://metallb.io/concepts/
findings contains f if {
	net.dhcp != null
	some p in net.pools
	p.size > 0
	_overlap(p, net.dhcp)
	f := lib.finding(
		rego.metadata.rule(),
		p.path,
		sprintf("pool %s (%s) overlaps the DHCP range %s", [p.name, _range_text(p), _range_text(net.dhcp)]),
		"move the pool outside the DHCP range, or shrink the DHCP range on the DHCP server and in network.dhcp",
	)
}

# METADATA
# title: Pools disjoint from static addresses
# description: A MetalLB pool must not contain the gateway's, a host's or a node's address; MetalLB would announce it for a Service.
# custom:
#   id: VEIL-NET-006
#   severity: deny
#   sources:
#     - https://github.com/metallb/metallb/blob/main/internal/config/config.go
findings contains f if {
	some p in net.pools
	some i, v in net.statics
	_inside(v, p)
	s := _static(i)
	f := lib.finding(
		rego.metadata.rule(),
		p.path,
		sprintf("pool %s (%s) contains the address of %s (%s)", [p.name, _range_text(p), _label(s), s.address]),
		"move the pool or the static address so they do not overlap",
	)
}

# METADATA
# title: Pools disjoint from each other
# description: MetalLB rejects address pools that overlap ("overlaps with already defined CIDR").
# custom:
#   id: VEIL-NET-007
#   severity: deny
#   sources:
#     - https://github.com/metallb/metallb/blob/main/internal/config/config.go
findings contains f if {
	some i, a in net.pools
	some j, b in net.pools
	i < j
	a.size > 0
	b.size > 0
	_overlap(a, b)
	f := lib.finding(
		rego.metadata.rule(),
		b.path,
		sprintf("pool %s (%s) overlaps pool %s (%s)", [b.name, _range_text(b), a.name, _range_text(a)]),
		"make the pools disjoint",
	)
}

_pool_list := lib.names([sprintf("%s (%s)", [p.name, _range_text(p)]) | some p in net.pools])

# METADATA
# title: Service addresses inside a pool
# description: The ingress address and a dedicated object-store address must come from a MetalLB pool, or MetalLB never assigns them.
# custom:
#   id: VEIL-NET-008
#   severity: deny
#   sources:
#     - https://metallb.io/usage/#requesting-specific-ips
findings contains f if {
	some a in net.serviceAddresses
	not _in_some_pool(a.value)
	f := lib.finding(
		rego.metadata.rule(),
		a.path,
		sprintf("%s address %s is in no load-balancer pool", [a.owner, a.address]),
		_pool_hint,
	)
}

_pool_hint := sprintf("pick an address from %s", [_pool_list]) if count(net.pools) > 0

_pool_hint := "declare a pool under loadBalancer.pools that contains it" if count(net.pools) == 0

_in_some_pool(v) if {
	some p in net.pools
	_inside(v, p)
}

# METADATA
# title: Unique Service addresses
# description: Two LoadBalancer Services cannot be given the same address.
# custom:
#   id: VEIL-NET-009
#   severity: deny
#   sources:
#     - https://metallb.io/usage/#ip-address-sharing
findings contains f if {
	some i, a in net.serviceAddresses
	some j, b in net.serviceAddresses
	i < j
	a.value == b.value
	f := lib.finding(
		rego.metadata.rule(),
		b.path,
		sprintf("%s and %s both ask for %s", [a.owner, b.owner, b.address]),
		"give each LoadBalancer Service its own pool address",
	)
}

# LoadBalancer Services that take any free address (no address pinned).
_unpinned := count([1 |
	input.spec.objectStore.exposure.mode == "loadBalancer"
	not input.spec.objectStore.exposure.address
])

_auto_pools := [p |
	some i, p in net.pools
	object.get(input.spec.loadBalancer.pools[i], "autoAssign", true)
]

_free := sum([p.size | some p in _auto_pools]) - count([a |
	some a in net.serviceAddresses
	some p in _auto_pools
	_inside(a.value, p)
])

# METADATA
# title: Pools large enough
# description: |
#   LoadBalancer Services without a pinned address need free addresses in
#   pools that MetalLB may auto-assign from (autoAssign: true).
# custom:
#   id: VEIL-NET-010
#   severity: deny
#   sources:
#     - https://metallb.io/configuration/#controlling-automatic-address-allocation
findings contains f if {
	_unpinned > _free
	f := lib.finding(
		rego.metadata.rule(),
		["objectStore", "exposure"],
		sprintf("%s without a pinned address, but the auto-assign pools have %s free", [lib.plural(_unpinned, "LoadBalancer Service"), lib.counted(_free, "address", "addresses")]),
		"pin an address (objectStore.exposure.address) or add addresses to a pool with autoAssign: true",
	)
}

# METADATA
# title: Static addresses outside DHCP
# description: |
#   A static address inside the DHCP range can be leased to another device
#   unless the DHCP server reserves it.
# custom:
#   id: VEIL-NET-011
#   severity: warn
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc2131#section-4.4.1
findings contains f if {
	net.dhcp != null
	some i, v in net.statics
	_inside(v, net.dhcp)
	s := _static(i)
	f := lib.finding(
		rego.metadata.rule(),
		s.path,
		sprintf("%s address %s lies in the DHCP range %s", [_label(s), s.address, _range_text(net.dhcp)]),
		"move it out of the DHCP range, or reserve it on the DHCP server",
	)
}

package veil.bgp_test

import data.veil.bgp
import data.veil.testlib.base
import data.veil.testlib.ids
import data.veil.testlib.only
import data.veil.testlib.patch

_set(path, value) := {"op": "replace", "path": path, "value": value}

# 192.168.0.1 (the gateway, as routers usually are) as peer 0.
_peer(i, name, address, value, asn) := {"name": name, "address": address, "value": value, "peerASN": asn, "holdTime": null, "nodes": [], "path": ["loadBalancer", "bgp", "peers", i]}

_router := _peer(0, "router", "192.168.0.1", 3232235521, 64513)

_bgp(my, peers) := _set("/facts/network/bgp", {"myASN": my, "peers": peers})

_bgp_pool := _set("/facts/network/pools/0/mode", "bgp")

test_baseline_clean if {
	count(bgp.findings) == 0 with input as base
}

test_peered_bgp_pool_is_clean if {
	count(bgp.findings) == 0 with input as patch([_bgp_pool, _bgp(64512, [_router])])
}

test_001_bgp_pool_without_peers if {
	[f] := only(bgp.findings, "VEIL-BGP-001") with input as patch([_bgp_pool])
	f.severity == "deny"
	f.path == ["loadBalancer", "pools", 0, "mode"]
	f.message == "pool default (192.168.0.220-192.168.0.239) is announced by BGP, but loadBalancer.bgp declares no peer: no router learns its addresses, so Services on them are unreachable"
}

test_001_empty_peer_list_too if {
	[_] := only(bgp.findings, "VEIL-BGP-001") with input as patch([_bgp_pool, _bgp(64512, [])])
}

test_001_l2_pools_need_no_peer if {
	not "VEIL-BGP-001" in ids(bgp.findings) with input as base
}

test_002_reserved_asns if {
	inp := patch([_bgp(23456, [_peer(0, "a", "192.168.0.1", 3232235521, 65535), _peer(1, "b", "192.168.0.2", 3232235522, 4294967295), _peer(2, "c", "192.168.0.3", 3232235523, 70000)])])
	{[f.path, f.message] | some f in only(bgp.findings, "VEIL-BGP-002")} == {
		[["loadBalancer", "bgp", "myASN"], "myASN 23456 is AS_TRANS, the stand-in for 4-byte AS numbers on 2-byte sessions (RFC 6793): no BGP speaker may use it"],
		[["loadBalancer", "bgp", "peers", 0, "peerASN"], "peer a's peerASN 65535 is reserved (RFC 7300): no BGP speaker may use it"],
		[["loadBalancer", "bgp", "peers", 1, "peerASN"], "peer b's peerASN 4294967295 is reserved (RFC 7300): no BGP speaker may use it"],
		[["loadBalancer", "bgp", "peers", 2, "peerASN"], "peer c's peerASN 70000 is in the range IANA reserves (65552-131071): no BGP speaker may use it"],
	} with input as inp
}

test_003_public_my_asn if {
	[f] := only(bgp.findings, "VEIL-BGP-003") with input as patch([_bgp(13335, [_router])])
	f.severity == "warn"
	f.path == ["loadBalancer", "bgp", "myASN"]
	f.message == "myASN 13335 is a public AS number, assigned by a registry to a network operator, not a private ASN"
	f.hint == "use a private ASN (RFC 6996: 64512-65534 or 4200000000-4294967294)"
}

test_003_documentation_asns if {
	[f] := only(bgp.findings, "VEIL-BGP-003") with input as patch([_bgp(64500, [_router])])
	f.message == "myASN 64500 is a documentation ASN (RFC 5398), not a private ASN"
	[g] := only(bgp.findings, "VEIL-BGP-003") with input as patch([_bgp(65540, [_router])])
	contains(g.message, "documentation ASN")
}

test_003_private_and_reserved_are_not_public if {
	not "VEIL-BGP-003" in ids(bgp.findings) with input as patch([_bgp(4200000001, [_router])])
	not "VEIL-BGP-003" in ids(bgp.findings) with input as patch([_bgp(65534, [_router])])
	not "VEIL-BGP-003" in ids(bgp.findings) with input as patch([_bgp(23456, [_router])])
}

test_004_colliding_peer_addresses if {
	inp := patch([_bgp(64512, [
		_peer(0, "net", "192.168.0.0", 3232235520, 64513),
		_peer(1, "bcast", "192.168.0.255", 3232235775, 64513),
		_peer(2, "node", "192.168.0.202", 3232235722, 64513),
		_peer(3, "pooled", "192.168.0.225", 3232235745, 64513),
		_peer(4, "r1", "192.168.0.1", 3232235521, 64513),
		_peer(5, "r1-again", "192.168.0.1", 3232235521, 64514),
	])])
	{[f.path, f.message] | some f in only(bgp.findings, "VEIL-BGP-004")} == {
		[["loadBalancer", "bgp", "peers", 0, "address"], "peer net address 192.168.0.0 is the network address of 192.168.0.0/24"],
		[["loadBalancer", "bgp", "peers", 1, "address"], "peer bcast address 192.168.0.255 is the broadcast address of 192.168.0.0/24"],
		[["loadBalancer", "bgp", "peers", 2, "address"], "peer node address 192.168.0.202 is the address of node/meteor-2: the speaker on every node dials the peer, so that node would peer with itself"],
		[["loadBalancer", "bgp", "peers", 3, "address"], "peer pooled address 192.168.0.225 lies in pool default (192.168.0.220-192.168.0.239), whose addresses MetalLB hands to Services"],
		[["loadBalancer", "bgp", "peers", 5, "address"], "peer r1-again address 192.168.0.1 is also the address of peer r1: MetalLB's FRR mode refuses two peers with one address"],
	} with input as inp
}

test_004_point_to_point_lan_has_no_edges if {
	inp := patch([
		_set("/facts/network/prefix", 31),
		_bgp(64512, [_peer(0, "net", "192.168.0.0", 3232235520, 64512)]),
	])
	not "VEIL-BGP-004" in ids(bgp.findings) with input as inp
}

test_005_hold_time if {
	p := object.union(_router, {"holdTime": 2})
	[f] := only(bgp.findings, "VEIL-BGP-005") with input as patch([_bgp(64512, [p])])
	f.path == ["loadBalancer", "bgp", "peers", 0, "holdTime"]
	f.message == "peer router holdTime 2: a BGP hold time is 0 or at least 3 seconds, and MetalLB refuses the peer"
	not "VEIL-BGP-005" in ids(bgp.findings) with input as patch([_bgp(64512, [object.union(_router, {"holdTime": 0})])])
	not "VEIL-BGP-005" in ids(bgp.findings) with input as patch([_bgp(64512, [object.union(_router, {"holdTime": 3})])])
}

test_006_undeclared_peer_node if {
	p := object.union(_router, {"nodes": ["meteor-1", "meteor-9"]})
	[f] := only(bgp.findings, "VEIL-BGP-006") with input as patch([_bgp(64512, [p])])
	f.path == ["loadBalancer", "bgp", "peers", 0, "nodes", 1]
	f.message == "peer router names node meteor-9, which is not a declared node: no speaker runs there to peer"
	f.hint == "declared nodes: meteor-1, meteor-2, meteor-3"
}

test_007_peer_in_dhcp if {
	[f] := only(bgp.findings, "VEIL-BGP-007") with input as patch([_bgp(64512, [_peer(0, "r", "192.168.0.120", 3232235640, 64513)])])
	f.severity == "warn"
	f.message == "peer r address 192.168.0.120 lies in the DHCP range 192.168.0.100-192.168.0.159"
	not "VEIL-BGP-007" in ids(bgp.findings) with input as patch([_set("/facts/network/dhcp", null), _bgp(64512, [_peer(0, "r", "192.168.0.120", 3232235640, 64513)])])
}

test_008_external_peer_off_the_lan if {
	off := _peer(0, "upstream", "10.0.0.1", 167772161, 64513)
	[f] := only(bgp.findings, "VEIL-BGP-008") with input as patch([_bgp(64512, [off])])
	f.path == ["loadBalancer", "bgp", "peers", 0, "address"]
	f.message == "peer upstream (10.0.0.1, AS 64513) is outside the LAN 192.168.0.0/24: an external BGP session to it is single-hop (TTL 1) and never comes up across a router"
	not "VEIL-BGP-008" in ids(bgp.findings) with input as patch([_bgp(64512, [object.union(off, {"peerASN": 64512})])])
}

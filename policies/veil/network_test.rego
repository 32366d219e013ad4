package veil.network_test

import data.veil.network
import data.veil.testlib.base
import data.veil.testlib.ids
import data.veil.testlib.only
import data.veil.testlib.patch

# 192.168.0.0 as a number; statics are the values of gateway, skaia, hive,
# meteor-1..3 (their address texts are in the spec).
_net := 3232235520

_set(path, value) := {"op": "replace", "path": path, "value": value}

test_baseline_clean if {
	count(network.findings) == 0 with input as base
}

test_001_outside_lan if {
	inp := patch([_set("/facts/network/statics/3", 167772165), _set("/spec/nodes/0/address", "10.0.0.5")])
	[f] := only(network.findings, "VEIL-NET-001") with input as inp
	f.path == ["nodes", 0, "address"]
	f.message == "node/meteor-1 address 10.0.0.5 is outside the LAN 192.168.0.0/24"
	f.hint == "pick an address in 192.168.0.1-192.168.0.254"
}

test_002_broadcast if {
	inp := patch([_set("/facts/network/statics/2", _net + 255), _set("/spec/hosts/1/address", "192.168.0.255")])
	[f] := only(network.findings, "VEIL-NET-002") with input as inp
	f.path == ["hosts", 1, "address"]
	f.message == "host/hive address 192.168.0.255 is the broadcast address of 192.168.0.0/24"
	not "VEIL-NET-001" in ids(network.findings) with input as inp
}

test_002_network_address_of_gateway if {
	inp := patch([_set("/facts/network/statics/0", _net), _set("/spec/network/gateway", "192.168.0.0")])
	[f] := only(network.findings, "VEIL-NET-002") with input as inp
	f.message == "gateway address 192.168.0.0 is the network address of 192.168.0.0/24"
}

test_002_slash_31_has_no_edges if {
	inp := patch([_set("/facts/network/prefix", 31), _set("/facts/network/broadcast", _net + 1), _set("/facts/network/statics", [_net]), _set("/spec/network/gateway", "192.168.0.0"), _set("/facts/network/pools", []), _set("/facts/network/serviceAddresses", []), _set("/facts/network/dhcp", null)])
	count(network.findings) == 0 with input as inp
}

test_003_shared_address if {
	inp := patch([_set("/facts/network/statics/2", _net + 160), _set("/spec/hosts/1/address", "192.168.0.160")])
	[f] := only(network.findings, "VEIL-NET-003") with input as inp
	f.path == ["hosts", 1, "address"]
	f.message == "host/skaia and host/hive share the address 192.168.0.160"
}

# Three statics on one address and two on another: one finding per pair, at the later of the two.
test_003_every_pair_of_a_shared_address if {
	inp := patch([
		_set("/facts/network/statics/3", _net + 160), _set("/spec/nodes/0/address", "192.168.0.160"),
		_set("/facts/network/statics/5", _net + 160), _set("/spec/nodes/2/address", "192.168.0.160"),
		_set("/facts/network/statics/4", _net + 170), _set("/spec/nodes/1/address", "192.168.0.170"),
	])
	{[f.path, f.message] | some f in only(network.findings, "VEIL-NET-003")} == {
		[["nodes", 0, "address"], "host/skaia and node/meteor-1 share the address 192.168.0.160"],
		[["nodes", 2, "address"], "host/skaia and node/meteor-3 share the address 192.168.0.160"],
		[["nodes", 2, "address"], "node/meteor-1 and node/meteor-3 share the address 192.168.0.160"],
		[["nodes", 1, "address"], "host/hive and node/meteor-2 share the address 192.168.0.170"],
	} with input as inp
}

test_004_pool_reaches_broadcast if {
	inp := patch([_set("/facts/network/pools/0/lastValue", _net + 255), _set("/facts/network/pools/0/last", "192.168.0.255")])
	[f] := only(network.findings, "VEIL-NET-004") with input as inp
	f.path == ["loadBalancer", "pools", 0, "range"]
	f.message == "pool default (192.168.0.220-192.168.0.255) reaches outside the usable addresses of 192.168.0.0/24 (192.168.0.1-192.168.0.254)"
}

test_004_dhcp_outside if {
	inp := patch([_set("/facts/network/dhcp/firstValue", _net - 10), _set("/facts/network/dhcp/first", "192.167.255.246")])
	[f] := only(network.findings, "VEIL-NET-004") with input as inp
	startswith(f.message, "the DHCP range (192.167.255.246-192.168.0.159) reaches outside")
}

test_005_pool_overlaps_dhcp if {
	inp := patch([_set("/facts/network/pools/0/firstValue", _net + 150), _set("/facts/network/pools/0/first", "192.168.0.150")])
	[f] := only(network.findings, "VEIL-NET-005") with input as inp
	f.message == "pool default (192.168.0.150-192.168.0.239) overlaps the DHCP range 192.168.0.100-192.168.0.159"
}

test_006_pool_contains_nodes if {
	inp := patch([_set("/facts/network/pools/0/firstValue", _net + 200), _set("/facts/network/pools/0/first", "192.168.0.200")])
	fs := only(network.findings, "VEIL-NET-006") with input as inp
	count(fs) == 3
	some f in fs
	f.message == "pool default (192.168.0.200-192.168.0.239) contains the address of node/meteor-2 (192.168.0.202)"
}

_extra_pool := {"name": "extra", "first": "192.168.0.230", "last": "192.168.0.250", "firstValue": _net + 230, "lastValue": _net + 250, "size": 21, "mode": "l2", "path": ["loadBalancer", "pools", 1, "range"]}

test_007_pools_overlap if {
	inp := patch([{"op": "add", "path": "/facts/network/pools/-", "value": _extra_pool}, {"op": "add", "path": "/spec/loadBalancer/pools/-", "value": {"name": "extra", "range": "192.168.0.230-192.168.0.250", "mode": "l2", "autoAssign": true}}])
	[f] := only(network.findings, "VEIL-NET-007") with input as inp
	f.path == ["loadBalancer", "pools", 1, "range"]
	f.message == "pool extra (192.168.0.230-192.168.0.250) overlaps pool default (192.168.0.220-192.168.0.239)"
}

test_008_ingress_outside_pools if {
	inp := patch([_set("/facts/network/serviceAddresses/0/value", _net + 100), _set("/facts/network/serviceAddresses/0/address", "192.168.0.100")])
	[f] := only(network.findings, "VEIL-NET-008") with input as inp
	f.path == ["ingress", "address"]
	f.message == "ingress address 192.168.0.100 is in no load-balancer pool"
	f.hint == "pick an address from default (192.168.0.220-192.168.0.239)"
}

test_008_no_pools if {
	inp := patch([_set("/facts/network/pools", []), {"op": "remove", "path": "/spec/loadBalancer"}])
	[f] := only(network.findings, "VEIL-NET-008") with input as inp
	f.hint == "declare a pool under loadBalancer.pools that contains it"
}

_store := {"owner": "object-store", "address": "192.168.0.220", "value": _net + 220, "path": ["objectStore", "exposure", "address"]}

test_009_shared_service_address if {
	inp := patch([{"op": "add", "path": "/facts/network/serviceAddresses/-", "value": _store}])
	[f] := only(network.findings, "VEIL-NET-009") with input as inp
	f.path == ["objectStore", "exposure", "address"]
	f.message == "ingress and object-store both ask for 192.168.0.220"
}

test_010_no_free_auto_address if {
	inp := patch([
		_set("/spec/objectStore/exposure", {"mode": "loadBalancer"}),
		_set("/spec/loadBalancer/pools/0/autoAssign", false),
	])
	[f] := only(network.findings, "VEIL-NET-010") with input as inp
	f.message == "1 LoadBalancer Service without a pinned address, but the auto-assign pools have 0 addresses free"
}

test_010_free_address_available if {
	inp := patch([_set("/spec/objectStore/exposure", {"mode": "loadBalancer"})])
	not "VEIL-NET-010" in ids(network.findings) with input as inp
}

test_010_pool_used_up if {
	inp := patch([
		_set("/spec/objectStore/exposure", {"mode": "loadBalancer"}),
		_set("/facts/network/pools/0/lastValue", _net + 220), _set("/facts/network/pools/0/size", 1),
	])
	"VEIL-NET-010" in ids(network.findings) with input as inp
}

test_011_static_in_dhcp if {
	inp := patch([_set("/facts/network/statics/2", _net + 120), _set("/spec/hosts/1/address", "192.168.0.120")])
	[f] := only(network.findings, "VEIL-NET-011") with input as inp
	f.severity == "warn"
	f.message == "host/hive address 192.168.0.120 lies in the DHCP range 192.168.0.100-192.168.0.159"
}

test_001_slash_31_hint if {
	inp := patch([_set("/facts/network/prefix", 31), _set("/facts/network/broadcast", _net + 1), _set("/facts/network/statics", [_net + 9]), _set("/spec/network/gateway", "192.168.0.9"), _set("/facts/network/pools", []), _set("/facts/network/serviceAddresses", []), _set("/facts/network/dhcp", null)])
	[f] := only(network.findings, "VEIL-NET-001") with input as inp
	f.hint == "pick an address in 192.168.0.0-192.168.0.1"
}

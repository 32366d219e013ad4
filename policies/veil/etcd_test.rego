package veil.etcd_test

import data.veil.etcd
import data.veil.testlib.base
import data.veil.testlib.ids
import data.veil.testlib.only
import data.veil.testlib.patch

_etcd(members, quorum) := {"members": members, "count": count(members), "quorum": quorum, "tolerance": count(members) - quorum}

_meteor4 := {"op": "add", "path": "/spec/nodes/-", "value": {"name": "meteor-4", "address": "192.168.0.204", "role": "server"}}

test_three_members_pass if {
	count(etcd.findings) == 0 with input as base
}

test_001_no_server if {
	inp := patch([{"op": "replace", "path": "/facts/etcd", "value": _etcd([], 0)}])
	[f] := only(etcd.findings, "VEIL-ETCD-001") with input as inp
	f.severity == "deny"
	f.path == ["nodes"]
	f.message == "none of the 3 nodes has role server: there is no control plane and no etcd member"
}

test_002_four_members if {
	inp := patch([_meteor4, {"op": "replace", "path": "/facts/etcd", "value": _etcd(["meteor-1", "meteor-2", "meteor-3", "meteor-4"], 3)}])
	[f] := only(etcd.findings, "VEIL-ETCD-002") with input as inp
	f.severity == "warn"
	f.path == ["nodes", 3, "role"]
	f.message == "4 etcd members (meteor-1, meteor-2, meteor-3, meteor-4) tolerate 1 failure, the same as 3: quorum is 3 of 4"
	not "VEIL-ETCD-003" in ids(etcd.findings) with input as inp
}

test_002_five_members_pass if {
	inp := patch([{"op": "replace", "path": "/facts/etcd", "value": _etcd(["a", "b", "c", "d", "e"], 3)}])
	count(etcd.findings) == 0 with input as inp
}

test_003_single_member if {
	inp := patch([{"op": "replace", "path": "/facts/etcd", "value": _etcd(["meteor-1"], 1)}])
	[f] := only(etcd.findings, "VEIL-ETCD-003") with input as inp
	f.message == "1 etcd member (meteor-1): quorum is 1, so losing any server stops the control plane"
	not "VEIL-ETCD-002" in ids(etcd.findings) with input as inp
}

test_two_members_warn_twice if {
	inp := patch([{"op": "replace", "path": "/facts/etcd", "value": _etcd(["meteor-1", "meteor-2"], 2)}])
	ids(etcd.findings) == {"VEIL-ETCD-002", "VEIL-ETCD-003"} with input as inp
}

package veil.minio_test

import data.veil.minio
import data.veil.testlib.base
import data.veil.testlib.gib
import data.veil.testlib.ids
import data.veil.testlib.only
import data.veil.testlib.patch

# Replace fields of the deployment (/facts/erasure/X) or of its first pool (/facts/erasure/pools/0/X).
_erasure(ops) := [{"op": "replace", "path": concat("/", ["/facts/erasure", op[0]]), "value": op[1]} | some op in ops]

_pool0(ops) := [{"op": "replace", "path": concat("/", ["/facts/erasure/pools/0", op[0]]), "value": op[1]} | some op in ops]

# A second pool: 4 servers x 1 drive of 250 GiB, EC(2,2) (one set of 4), on meteor-1..4.
_second := {
	"index": 1, "name": "minio-b", "path": ["objectStore", "pools", 0],
	"servers": 4, "drivesPerServer": 1, "totalDrives": 4, "driveSize": "250Gi", "driveBytes": 250 * gib,
	"storageClass": "local-path", "nodes": ["meteor-1", "meteor-2", "meteor-3", "meteor-4"],
	"serverNodes": ["meteor-1", "meteor-2", "meteor-3", "meteor-4"], "unknownNodes": ["meteor-4"],
	"possibleSetSizes": [2, 4], "setSize": 4, "setCount": 1, "requestedSetSize": 4, "data": 2,
	"hostsPerSet": 4, "drivesPerHostInSet": 1, "readQuorum": 2, "writeQuorum": 3, "parityWriteQuorum": 3,
	"readDriveTolerance": 2, "writeDriveTolerance": 1, "readNodeTolerance": 2, "writeNodeTolerance": 1,
	"rawBytes": 1000 * gib, "usableBytes": 500 * gib,
	"alternatives": {"layouts": [], "codes": [{"data": 2, "parity": 2}], "tolerantLayouts": []},
}

_two_pools(second) := [
	{"op": "add", "path": "/spec/objectStore/pools/0", "value": {"name": "b", "erasure": {"data": second.data}, "servers": second.servers, "drivesPerServer": second.drivesPerServer, "driveSize": second.driveSize, "nodes": second.nodes}},
	{"op": "add", "path": "/facts/erasure/pools/1", "value": second},
]

# The plan's option B as written: only the zero-headroom warning.
test_baseline_only_headroom if {
	ids(minio.findings) == {"VEIL-MINIO-005"} with input as base
}

test_no_object_store_no_findings if {
	inp := patch([{"op": "replace", "path": "/facts/erasure", "value": null}, {"op": "remove", "path": "/spec/objectStore"}])
	count(minio.findings) == 0 with input as inp
}

test_009_single_drive if {
	inp := patch(_pool0([["servers", 1], ["drivesPerServer", 1], ["totalDrives", 1], ["setSize", null]]))
	[f] := only(minio.findings, "VEIL-MINIO-009") with input as inp
	f.severity == "deny"
	f.path == ["objectStore", "drivesPerServer"]
	f.message == "1 server x 1 drive is a single drive; erasure coding needs at least 2 drives"
	not "VEIL-MINIO-001" in ids(minio.findings) with input as inp
}

# 5 servers x 1 drive form one set of 5, not the 6 that EC(4,2) needs.
test_001_five_drives if {
	inp := patch(_pool0([
		["servers", 5], ["drivesPerServer", 1], ["totalDrives", 5], ["setSize", 5], ["setCount", 1],
		["alternatives", {"layouts": [{"servers": 3, "drivesPerServer": 2, "totalDrives": 6, "extraNodes": 0}], "codes": [{"data": 3, "parity": 2}], "tolerantLayouts": []}],
	]))
	[f] := only(minio.findings, "VEIL-MINIO-001") with input as inp
	f.path == ["objectStore", "erasure"]
	f.message == "5 drives cannot form EC(4,2): MinIO splits 5 drives (5 servers x 1 drive) into 1 erasure set of 5, and EC(4,2) needs sets of 6"
	f.hint == "use 6 drives (3 servers x 2 drives) or EC(3,2)"
}

test_001_no_set_size if {
	inp := patch(_pool0([
		["servers", 17], ["drivesPerServer", 1], ["totalDrives", 17], ["setSize", null],
		["alternatives", {"layouts": [], "codes": [], "tolerantLayouts": []}],
	]))
	[f] := only(minio.findings, "VEIL-MINIO-001") with input as inp
	contains(f.message, "finds no erasure set size from 2 to 16 that divides 17 drives")
	startswith(f.hint, "change servers or drivesPerServer")
}

# The second pool's own layout is judged on its own, at its own path, named.
test_001_second_pool if {
	second := object.union(_second, {"servers": 5, "totalDrives": 5, "setSize": 5, "nodes": ["meteor-1", "meteor-2", "meteor-3", "meteor-4", "meteor-5"], "unknownNodes": []})
	inp := patch(_two_pools(second))
	[f] := only(minio.findings, "VEIL-MINIO-001") with input as inp
	f.path == ["objectStore", "pools", 0, "erasure"]
	f.message == "pool minio-b: 5 drives cannot form EC(2,2): MinIO splits 5 drives (5 servers x 1 drive) into 1 erasure set of 5, and EC(2,2) needs sets of 4"
}

test_002_parity_above_half if {
	inp := patch(array.concat(
		[{"op": "replace", "path": "/facts/erasure/parity", "value": 4}],
		_pool0([["data", 2], ["alternatives", {"layouts": [], "codes": [{"data": 3, "parity": 3}], "tolerantLayouts": []}]]),
	))
	[f] := only(minio.findings, "VEIL-MINIO-002") with input as inp
	f.path == ["objectStore", "erasure", "parity"]
	f.message == "parity 4 exceeds half of the 6-drive erasure set: MinIO allows at most EC:3"
	f.hint == "use EC(3,3)"
}

test_002_half_is_allowed if {
	inp := patch(array.concat(_erasure([["parity", 3]]), _pool0([["data", 3]])))
	not "VEIL-MINIO-002" in ids(minio.findings) with input as inp
}

# EC:3 for the deployment, and an added pool of 4 drives: MinIO validates the parity against every pool.
test_002_parity_too_high_for_an_added_pool if {
	second := object.union(_second, {"data": 1, "requestedSetSize": 4})
	inp := patch(array.concat(array.concat(_erasure([["parity", 3]]), _pool0([["data", 3]])), _two_pools(second)))
	[f] := only(minio.findings, "VEIL-MINIO-002") with input as inp
	f.path == ["objectStore", "pools", 0, "erasure"]
	f.message == "pool minio-b: the deployment's parity EC:3 (objectStore.erasure.parity, the same for every pool) exceeds half of this pool's 4-drive erasure sets: MinIO allows at most EC:2 here and refuses to start"
	f.hint == "give this pool erasure sets of at least 6 drives (more servers or drives, and erasure.data of 3 or more), or lower the parity of the whole deployment"
}

test_003_writes_fail if {
	inp := patch(_pool0([["writeNodeTolerance", 0]]))
	[f] := only(minio.findings, "VEIL-MINIO-003") with input as inp
	f.path == ["objectStore", "require", "nodeFailures"]
	startswith(f.message, "losing 1 node: writes fail (reads still work). EC(4,2) on 6 drives (3 servers x 2 drives) survives 1 node for reads and 0 nodes for writes")
	contains(f.message, "losing 1 node can take 2 drives of a set; reading an object written at full health needs 4 of 6, a write needs 4 of 6 (a majority)")
}

# 3 servers x 4 drives, EC(10,2): a lost server takes 4 drives of the set of 12.
test_003_reads_fail_writes_work if {
	inp := patch(array.concat(
		_pool0([
			["drivesPerServer", 4], ["totalDrives", 12], ["setSize", 12], ["requestedSetSize", 12], ["data", 10],
			["drivesPerHostInSet", 4], ["readQuorum", 10], ["writeQuorum", 7], ["readNodeTolerance", 0], ["writeNodeTolerance", 1],
			["alternatives", {"layouts": [], "codes": [], "tolerantLayouts": [{"servers": 6, "drivesPerServer": 2, "totalDrives": 12, "extraNodes": 3}]}],
		]),
		[{"op": "replace", "path": "/facts/erasure/hints/parityForNodeFailures", "value": 4}],
	))
	[f] := only(minio.findings, "VEIL-MINIO-003") with input as inp
	f.message == "losing 1 node: reads fail; writes keep working, because MinIO gives an object written while drives are offline more parity. EC(10,2) on 12 drives (3 servers x 4 drives) survives 0 nodes for reads and 1 node for writes: losing 1 node can take 4 drives of a set; reading an object written at full health needs 10 of 12, a write needs 7 of 12 (a majority)"
	f.hint == "use 12 drives (6 servers x 2 drives), which needs 3 nodes more in objectStore.nodes or raise the parity of every pool to EC:4 (EC(8,4) here); `veilc explain` shows what each node loss does"
}

test_003_both_fail if {
	inp := patch(array.concat(_pool0([["readNodeTolerance", 1], ["writeNodeTolerance", 1]]), _erasure([["requiredNodeFailures", 2]])))
	[f] := only(minio.findings, "VEIL-MINIO-003") with input as inp
	startswith(f.message, "losing 2 nodes: reads and writes both fail.")
	contains(f.message, "losing 2 nodes can take 4 drives of a set")
}

# No computed fix: the hint says so instead of suggesting one that cannot work.
test_003_no_fix_is_offered_blindly if {
	inp := patch(array.concat(
		_pool0([["readNodeTolerance", 1], ["writeNodeTolerance", 1], ["alternatives", {"layouts": [], "codes": [], "tolerantLayouts": []}]]),
		_erasure([["requiredNodeFailures", 2]]),
	))
	[f] := only(minio.findings, "VEIL-MINIO-003") with input as inp
	not contains(f.hint, "raise")
	startswith(f.hint, "no parity and no layout of up to 64 servers with sets of 6 survives losing 2 nodes")
}

# Every pool must survive the loss; the added pool's finding is at the pool.
test_003_second_pool if {
	second := object.union(_second, {"writeNodeTolerance": 0, "unknownNodes": []})
	inp := patch(_two_pools(second))
	[f] := only(minio.findings, "VEIL-MINIO-003") with input as inp
	f.path == ["objectStore", "pools", 0]
	startswith(f.message, "pool minio-b: losing 1 node: writes fail (reads still work).")
}

test_004_usable_below_required if {
	inp := patch(_erasure([["requiredUsableBytes", 600 * gib], ["hints/driveBytesForUsable", 150 * gib]]))
	[f] := only(minio.findings, "VEIL-MINIO-004") with input as inp
	f.path == ["objectStore", "driveSize"]
	f.message == "usable capacity 500 GiB is below the required 600 GiB: EC(4,2) keeps 4/6 of 6 drives x 125 GiB"
	f.hint == "use drives of at least 150Gi or add a server pool (objectStore.pools)"
	not "VEIL-MINIO-005" in ids(minio.findings) with input as inp
}

test_004_lower_parity_only_when_computed if {
	inp := patch(_erasure([["requiredUsableBytes", 600 * gib], ["hints/driveBytesForUsable", 150 * gib], ["hints/parityForUsable", 1]]))
	[f] := only(minio.findings, "VEIL-MINIO-004") with input as inp
	f.hint == "use drives of at least 150Gi, EC(5,1) or add a server pool (objectStore.pools)"
}

# Two pools: the total counts, and the finding points at the last pool's drive size.
test_004_two_pools if {
	inp := patch(array.concat(_two_pools(object.union(_second, {"unknownNodes": []})), _erasure([
		["usableBytes", 1000 * gib], ["requiredUsableBytes", 1100 * gib], ["hints/driveBytesForUsable", 300 * gib],
	])))
	[f] := only(minio.findings, "VEIL-MINIO-004") with input as inp
	f.path == ["objectStore", "pools", 0, "driveSize"]
	f.message == "usable capacity 1000 GiB is below the required 1.07 TiB: pool minio: EC(4,2) keeps 4/6 of 6 drives x 125 GiB (500 GiB); pool minio-b: EC(2,2) keeps 2/4 of 4 drives x 250 GiB (500 GiB)"
	f.hint == "use drives of at least 300Gi in pool minio-b or add a server pool (objectStore.pools)"
}

test_005_headroom_zero if {
	[f] := only(minio.findings, "VEIL-MINIO-005") with input as base
	f.severity == "warn"
	f.message == "usable capacity 500 GiB leaves 0% headroom over the required 500 GiB (under 10%): EC(4,2) keeps 4/6 of 6 drives x 125 GiB"
	f.hint == "drives of 138Gi give 10% headroom; or lower require.usable if 500 GiB is the real need"
}

test_005_ten_percent_is_enough if {
	inp := patch(_erasure([["usableBytes", 550 * gib]]))
	not "VEIL-MINIO-005" in ids(minio.findings) with input as inp
}

test_005_just_under_ten_percent if {
	inp := patch(_erasure([["usableBytes", (550 * gib) - 1]]))
	"VEIL-MINIO-005" in ids(minio.findings) with input as inp
}

test_007_more_servers_than_nodes if {
	inp := patch(_pool0([["servers", 4]]))
	[f] := only(minio.findings, "VEIL-MINIO-007") with input as inp
	f.path == ["objectStore", "servers"]
	f.message == "4 servers need 4 nodes (one server per node), but objectStore.nodes allows 3: meteor-1, meteor-2, meteor-3"
}

test_007_second_pool if {
	second := object.union(_second, {"servers": 5, "unknownNodes": []})
	inp := patch(_two_pools(second))
	[f] := only(minio.findings, "VEIL-MINIO-007") with input as inp
	f.path == ["objectStore", "pools", 0, "servers"]
	f.message == "pool minio-b: 5 servers need 5 nodes (one server per node), but objectStore.pools[0].nodes allows 4: meteor-1, meteor-2, meteor-3, meteor-4"
}

test_008_unknown_node if {
	inp := patch(array.concat(
		[{"op": "replace", "path": "/spec/objectStore/nodes/2", "value": "meteor-9"}],
		_pool0([["nodes", ["meteor-1", "meteor-2", "meteor-9"]], ["unknownNodes", ["meteor-9"]]]),
	))
	[f] := only(minio.findings, "VEIL-MINIO-008") with input as inp
	f.path == ["objectStore", "nodes", 2]
	f.hint == "declared nodes: meteor-1, meteor-2, meteor-3"
}

test_008_second_pool if {
	inp := patch(_two_pools(_second))
	[f] := only(minio.findings, "VEIL-MINIO-008") with input as inp
	f.path == ["objectStore", "pools", 0, "nodes", 3]
	f.message == "pool minio-b: meteor-4 is not a declared node; a server pinned to it would never be scheduled"
}

test_010_unknown_storage_class if {
	inp := patch(_pool0([["storageClass", "longhorn"]]))
	[f] := only(minio.findings, "VEIL-MINIO-010") with input as inp
	f.path == ["objectStore", "storageClass"]
	contains(f.message, "storage class longhorn is not one of storageClasses (local-path)")
}

test_010_second_pool_own_class if {
	inp := patch(array.concat(_two_pools(object.union(_second, {"storageClass": "fast", "unknownNodes": []})), [{"op": "add", "path": "/spec/objectStore/pools/0/storageClass", "value": "fast"}]))
	[f] := only(minio.findings, "VEIL-MINIO-010") with input as inp
	f.path == ["objectStore", "pools", 0, "storageClass"]
	startswith(f.message, "pool minio-b: storage class fast")
}

test_capacity_not_judged_for_impossible_code if {
	inp := patch(array.concat(
		_pool0([["setSize", 5], ["setCount", 1], ["totalDrives", 5], ["servers", 5], ["drivesPerServer", 1], ["writeNodeTolerance", 0]]),
		_erasure([["usableBytes", 375 * gib]]),
	))
	ids(minio.findings) == {"VEIL-MINIO-001", "VEIL-MINIO-007"} with input as inp
}

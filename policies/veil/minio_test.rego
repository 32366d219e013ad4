package veil.minio_test

import data.veil.minio
import data.veil.testlib.base
import data.veil.testlib.gib
import data.veil.testlib.ids
import data.veil.testlib.only
import data.veil.testlib.patch

_erasure(ops) := [{"op": "replace", "path": concat("/", ["/facts/erasure", op[0]]), "value": op[1]} | some op in ops]

# The plan's option B as written: only the zero-headroom warning.
test_baseline_only_headroom if {
	ids(minio.findings) == {"VEIL-MINIO-005"} with input as base
}

test_no_object_store_no_findings if {
	inp := patch([{"op": "replace", "path": "/facts/erasure", "value": null}, {"op": "remove", "path": "/spec/objectStore"}])
	count(minio.findings) == 0 with input as inp
}

test_009_single_drive if {
	inp := patch(_erasure([["servers", 1], ["drivesPerServer", 1], ["totalDrives", 1], ["setSize", null]]))
	[f] := only(minio.findings, "VEIL-MINIO-009") with input as inp
	f.severity == "deny"
	f.path == ["objectStore", "drivesPerServer"]
	f.message == "1 server x 1 drive is a single drive; erasure coding needs at least 2 drives"
	not "VEIL-MINIO-001" in ids(minio.findings) with input as inp
}

# 5 servers x 1 drive form one set of 5, not the 6 that EC(4,2) needs.
test_001_five_drives if {
	inp := patch(_erasure([
		["servers", 5], ["drivesPerServer", 1], ["totalDrives", 5], ["setSize", 5], ["setCount", 1],
		["alternatives", {"layouts": [{"servers": 3, "drivesPerServer": 2, "totalDrives": 6}], "codes": [{"data": 3, "parity": 2}]}],
	]))
	[f] := only(minio.findings, "VEIL-MINIO-001") with input as inp
	f.path == ["objectStore", "erasure"]
	f.message == "5 drives cannot form EC(4,2): MinIO splits 5 drives (5 servers x 1 drive) into 1 erasure set of 5, and EC(4,2) needs sets of 6"
	f.hint == "use 6 drives (3 servers x 2 drives) or EC(3,2)"
}

test_001_no_set_size if {
	inp := patch(_erasure([
		["servers", 17], ["drivesPerServer", 1], ["totalDrives", 17], ["setSize", null],
		["alternatives", {"layouts": [], "codes": []}],
	]))
	[f] := only(minio.findings, "VEIL-MINIO-001") with input as inp
	contains(f.message, "finds no erasure set size from 2 to 16 that divides 17 drives")
	startswith(f.hint, "change servers or drivesPerServer")
}

test_002_parity_above_half if {
	inp := patch(_erasure([["data", 2], ["parity", 4], ["alternatives", {"layouts": [], "codes": [{"data": 3, "parity": 3}]}]]))
	[f] := only(minio.findings, "VEIL-MINIO-002") with input as inp
	f.path == ["objectStore", "erasure", "parity"]
	f.message == "parity 4 exceeds half of the 6-drive erasure set: MinIO allows at most EC:3"
	f.hint == "use EC(3,3)"
}

test_002_half_is_allowed if {
	inp := patch(_erasure([["data", 3], ["parity", 3]]))
	not "VEIL-MINIO-002" in ids(minio.findings) with input as inp
}

test_003_writes_fail if {
	inp := patch(_erasure([["writeNodeTolerance", 0]]))
	[f] := only(minio.findings, "VEIL-MINIO-003") with input as inp
	f.path == ["objectStore", "require", "nodeFailures"]
	startswith(f.message, "losing 1 node: writes fail (reads still work). EC(4,2) on 6 drives (3 servers x 2 drives) survives 1 node for reads and 0 nodes for writes")
	contains(f.message, "losing 1 node can take 2 drives of a set")
}

test_003_both_fail if {
	inp := patch(_erasure([["readNodeTolerance", 1], ["writeNodeTolerance", 1], ["requiredNodeFailures", 2]]))
	[f] := only(minio.findings, "VEIL-MINIO-003") with input as inp
	startswith(f.message, "losing 2 nodes: reads and writes both fail.")
	contains(f.message, "losing 2 nodes can take 4 drives of a set, read quorum is 4 and write quorum 4 of 6")
}

test_004_usable_below_required if {
	inp := patch(_erasure([["requiredUsableBytes", 600 * gib]]))
	[f] := only(minio.findings, "VEIL-MINIO-004") with input as inp
	f.path == ["objectStore", "driveSize"]
	f.message == "usable capacity 500 GiB is below the required 600 GiB: EC(4,2) keeps 4/6 of 6 drives x 125 GiB"
	f.hint == "use drives of at least 150Gi, or more drives"
	not "VEIL-MINIO-005" in ids(minio.findings) with input as inp
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

test_006_unequal_drives if {
	inp := patch(_erasure([["maxDriveBytes", 150 * gib]]))
	[f] := only(minio.findings, "VEIL-MINIO-006") with input as inp
	f.message == "drive sizes differ (125 GiB to 150 GiB): MinIO uses only 125 GiB of each drive, 25 GiB of the largest is wasted"
}

test_007_more_servers_than_nodes if {
	inp := patch(_erasure([["servers", 4]]))
	[f] := only(minio.findings, "VEIL-MINIO-007") with input as inp
	f.path == ["objectStore", "servers"]
	f.message == "4 servers need 4 nodes (one server per node), but objectStore.nodes allows 3: meteor-1, meteor-2, meteor-3"
}

test_008_unknown_node if {
	inp := patch([
		{"op": "replace", "path": "/spec/objectStore/nodes/2", "value": "meteor-9"},
		{"op": "replace", "path": "/facts/erasure/unknownNodes", "value": ["meteor-9"]},
	])
	[f] := only(minio.findings, "VEIL-MINIO-008") with input as inp
	f.path == ["objectStore", "nodes", 2]
	f.hint == "declared nodes: meteor-1, meteor-2, meteor-3"
}

test_010_unknown_storage_class if {
	inp := patch([{"op": "replace", "path": "/spec/objectStore/storageClass", "value": "longhorn"}])
	[f] := only(minio.findings, "VEIL-MINIO-010") with input as inp
	f.path == ["objectStore", "storageClass"]
	contains(f.message, "storage class longhorn is not one of storageClasses (local-path)")
}

test_capacity_not_judged_for_impossible_code if {
	inp := patch(_erasure([["setSize", 5], ["setCount", 1], ["totalDrives", 5], ["servers", 5], ["drivesPerServer", 1], ["usableBytes", 375 * gib], ["writeNodeTolerance", 0]]))
	ids(minio.findings) == {"VEIL-MINIO-001", "VEIL-MINIO-007"} with input as inp
}

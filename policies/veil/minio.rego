# METADATA
# title: MinIO erasure coding
# description: |
#   Erasure-set geometry, quorums, failure tolerance and capacity of the
#   distributed MinIO object store. The geometry (set size, drive-to-node map,
#   tolerances, usable bytes) is computed in compiler/model/erasure.ts from
#   MinIO's own algorithms; these rules judge it.
package veil.minio

import data.veil.lib

e := input.facts.erasure

os := input.spec.objectStore

_code(d, p) := sprintf("EC(%d,%d)", [d, p])

_requested := _code(e.data, e.parity)

_layout_text(l) := sprintf("%s (%s x %s)", [lib.plural(l.totalDrives, "drive"), lib.plural(l.servers, "server"), lib.plural(l.drivesPerServer, "drive")])

_current_layout := _layout_text({"totalDrives": e.totalDrives, "servers": e.servers, "drivesPerServer": e.drivesPerServer})

# The nearest fixes: another drive count for the same code, or another code for the same drives.
_fixes := array.concat(
	[sprintf("use %s", [_layout_text(l)]) | some l in array.slice(e.alternatives.layouts, 0, 1)],
	[_code(c.data, c.parity) | some c in array.slice(e.alternatives.codes, 0, 1)],
)

_set_size_hint := lib.join_or(_fixes) if count(_fixes) > 0

_set_size_hint := "change servers or drivesPerServer so that the drives split into equal sets of 2 to 16" if count(_fixes) == 0

# METADATA
# title: At least two drives
# description: |
#   MinIO erasure coding needs at least two drives in the pool; with one drive
#   MinIO runs without erasure coding and tolerates no failure at all.
# custom:
#   id: VEIL-MINIO-009
#   severity: deny
#   sources:
#     - https://github.com/minio/minio/blob/master/cmd/endpoint-ellipses.go
findings contains f if {
	e.totalDrives < 2
	f := lib.finding(
		rego.metadata.rule(),
		["objectStore", "drivesPerServer"],
		sprintf("%s x %s is a single drive; erasure coding needs at least 2 drives", [lib.plural(e.servers, "server"), lib.plural(e.drivesPerServer, "drive")]),
		"give the object store at least 2 drives, e.g. servers: 3 and drivesPerServer: 2",
	)
}

# METADATA
# title: Erasure set size matches the code
# description: |
#   MinIO splits a pool into erasure sets of equal size: among 2..16 it keeps
#   the sizes that divide the pool's drive count and divide, or are a multiple
#   of, the server count (the ellipsis symmetry), and takes the largest. The
#   requested data+parity must equal that size, or MinIO forms a different code
#   than the spec describes (or refuses to start).
# custom:
#   id: VEIL-MINIO-001
#   severity: deny
#   sources:
#     - https://github.com/minio/minio/blob/master/cmd/endpoint-ellipses.go
#     - https://github.com/minio/pkg/blob/main/ellipses/ellipses.go
findings contains f if {
	e.totalDrives >= 2
	e.setSize != e.requestedSetSize
	f := lib.finding(rego.metadata.rule(), ["objectStore", "erasure"], _set_size_message, _set_size_hint)
}

_set_size_message := sprintf("%s cannot form %s: MinIO finds no erasure set size from 2 to 16 that divides %s and is symmetric across %s", [_current_layout, _requested, lib.plural(e.totalDrives, "drive"), lib.plural(e.servers, "server")]) if e.setSize == null

_set_size_message := sprintf("%s cannot form %s: MinIO splits %s into %s of %d, and %s needs sets of %d", [lib.plural(e.totalDrives, "drive"), _requested, _current_layout, lib.plural(e.setCount, "erasure set"), e.setSize, _requested, e.requestedSetSize]) if e.setSize != null

# Tolerance and capacity are judged only for a code MinIO can form; otherwise
# VEIL-MINIO-001 or -002 says what to fix first.
_geometry_ok if {
	e.setSize != null
	e.setSize == e.requestedSetSize
	e.parity <= floor(e.setSize / 2)
}

# The set MinIO really forms, or the requested one when none fits.
_n := e.setSize if e.setSize != null

_n := e.requestedSetSize if e.setSize == null

# METADATA
# title: Parity at most half the set
# description: |
#   MinIO rejects a standard storage class whose parity exceeds half the
#   erasure set (integer division), for sets larger than 2 drives.
# custom:
#   id: VEIL-MINIO-002
#   severity: deny
#   sources:
#     - https://github.com/minio/minio/blob/master/internal/config/storageclass/storage-class.go
findings contains f if {
	_n > 2
	e.parity > floor(_n / 2)
	f := lib.finding(
		rego.metadata.rule(),
		["objectStore", "erasure", "parity"],
		sprintf("parity %d exceeds half of the %d-drive erasure set: MinIO allows at most EC:%d", [e.parity, _n, floor(_n / 2)]),
		sprintf("use %s", [lib.join_or([_code(c.data, c.parity) | some c in e.alternatives.codes])]),
	)
}

# _worst(k) is the most drives of one set that k lost nodes can take.
_worst(k) := max([s |
	some set in e.drivesPerNodeInSet
	sorted := sort(set)
	s := sum(array.slice(sorted, count(sorted) - k, count(sorted)))
])

_failing := "reads and writes both fail" if e.readNodeTolerance < e.requiredNodeFailures

_failing := "writes fail (reads still work)" if {
	e.readNodeTolerance >= e.requiredNodeFailures
	e.writeNodeTolerance < e.requiredNodeFailures
}

# METADATA
# title: Node-failure tolerance
# description: |
#   Read quorum is N-P drives per set; write quorum is N-P, or N-P+1 when
#   P = N/2 (tolerance and capacity are judged once the code is valid). The node tolerance is the number of whole nodes that can be lost,
#   worst case, with every set keeping quorum, from the actual drive-to-node map
#   of each set. It must reach objectStore.require.nodeFailures.
# custom:
#   id: VEIL-MINIO-003
#   severity: deny
#   sources:
#     - https://github.com/minio/minio/blob/master/cmd/erasure-metadata.go
#     - https://github.com/minio/minio/blob/master/cmd/erasure.go
findings contains f if {
	_geometry_ok
	e.writeNodeTolerance < e.requiredNodeFailures
	k := e.requiredNodeFailures
	f := lib.finding(
		rego.metadata.rule(),
		["objectStore", "require", "nodeFailures"],
		sprintf("losing %s: %s. %s on %s survives %s for reads and %s for writes: losing %s can take %s of a set, read quorum is %d and write quorum %d of %d", [
			lib.plural(k, "node"), _failing, _requested, _current_layout,
			lib.plural(e.readNodeTolerance, "node"), lib.plural(e.writeNodeTolerance, "node"),
			lib.plural(k, "node"), lib.plural(_worst(min([k, count(e.serverNodes)])), "drive"),
			e.readQuorum, e.writeQuorum, e.setSize,
		]),
		"spread the drives over more nodes (more servers, fewer drives each) or raise parity; `veilc explain` shows what each node loss does",
	)
}

_code_share := sprintf("%s keeps %d/%d of %s x %s", [_requested, _n - min([e.parity, _n]), _n, lib.plural(e.totalDrives, "drive"), lib.bytes(e.minDriveBytes)])

# Smallest drive size at which the layout gives `target` usable bytes.
_drive_for(target) := ceil((target * _n) / ((_n - min([e.parity, _n])) * e.totalDrives))

# METADATA
# title: Usable capacity
# description: |
#   Usable capacity is (N-P)/N of every drive, each counted at the smallest
#   drive size (MinIO sizes a set by its smallest drive). It must reach
#   objectStore.require.usable.
# custom:
#   id: VEIL-MINIO-004
#   severity: deny
#   sources:
#     - https://github.com/minio/minio/blob/master/docs/erasure/storage-class/README.md
#     - https://github.com/minio/minio/blob/master/docs/distributed/DESIGN.md
findings contains f if {
	_geometry_ok
	e.requiredUsableBytes != null
	e.usableBytes < e.requiredUsableBytes
	f := lib.finding(
		rego.metadata.rule(),
		["objectStore", "driveSize"],
		sprintf("usable capacity %s is below the required %s: %s", [lib.bytes(e.usableBytes), lib.bytes(e.requiredUsableBytes), _code_share]),
		sprintf("use drives of at least %s, or more drives", [lib.gib_ceil(_drive_for(e.requiredUsableBytes))]),
	)
}

# METADATA
# title: Capacity headroom
# description: |
#   Warns when usable capacity exceeds the required capacity by less than 10%:
#   the store is full as soon as the data reaches the plan.
# custom:
#   id: VEIL-MINIO-005
#   severity: warn
#   sources:
#     - https://github.com/minio/minio/blob/master/docs/erasure/storage-class/README.md
findings contains f if {
	_geometry_ok
	e.requiredUsableBytes != null
	e.requiredUsableBytes > 0
	e.usableBytes >= e.requiredUsableBytes
	(e.usableBytes - e.requiredUsableBytes) * 10 < e.requiredUsableBytes
	f := lib.finding(
		rego.metadata.rule(),
		["objectStore", "require", "usable"],
		sprintf("usable capacity %s leaves %d%% headroom over the required %s (under 10%%): %s", [
			lib.bytes(e.usableBytes),
			floor(((e.usableBytes - e.requiredUsableBytes) * 100) / e.requiredUsableBytes),
			lib.bytes(e.requiredUsableBytes), _code_share,
		]),
		sprintf("drives of %s give 10%% headroom; or lower require.usable if %s is the real need", [lib.gib_ceil(_drive_for((e.requiredUsableBytes * 11) / 10)), lib.bytes(e.requiredUsableBytes)]),
	)
}

# METADATA
# title: Equal drive sizes
# description: |
#   MinIO counts every drive of an erasure set at the size of the smallest, so
#   capacity above it on larger drives is never used.
# custom:
#   id: VEIL-MINIO-006
#   severity: warn
#   sources:
#     - https://github.com/minio/minio/blob/master/docs/distributed/DESIGN.md
#     - https://min.io/docs/minio/linux/operations/concepts/erasure-coding.html
findings contains f if {
	e.minDriveBytes != e.maxDriveBytes
	f := lib.finding(
		rego.metadata.rule(),
		["objectStore", "driveSizeOverrides"],
		sprintf("drive sizes differ (%s to %s): MinIO uses only %s of each drive, %s of the largest is wasted", [lib.bytes(e.minDriveBytes), lib.bytes(e.maxDriveBytes), lib.bytes(e.minDriveBytes), lib.bytes(e.maxDriveBytes - e.minDriveBytes)]),
		"give every node the same drive size",
	)
}

# METADATA
# title: One server per node
# description: |
#   Each MinIO server runs on its own node (required node affinity), so the
#   server count cannot exceed the nodes allowed to host one.
# custom:
#   id: VEIL-MINIO-007
#   severity: deny
#   sources:
#     - schema/veil.schema.json (objectStore.servers, objectStore.nodes)
#     - https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#affinity-and-anti-affinity
findings contains f if {
	e.servers > count(os.nodes)
	f := lib.finding(
		rego.metadata.rule(),
		["objectStore", "servers"],
		sprintf("%s need %s (one server per node), but objectStore.nodes allows %d: %s", [lib.plural(e.servers, "server"), lib.plural(e.servers, "node"), count(os.nodes), lib.names(os.nodes)]),
		sprintf("add nodes to objectStore.nodes or lower servers to %d", [count(os.nodes)]),
	)
}

# METADATA
# title: Object store nodes exist
# description: Every node allowed to host a MinIO server must be a declared node.
# custom:
#   id: VEIL-MINIO-008
#   severity: deny
#   sources:
#     - https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/
findings contains f if {
	some i, name in os.nodes
	name in e.unknownNodes
	f := lib.finding(
		rego.metadata.rule(),
		["objectStore", "nodes", i],
		sprintf("%s is not a declared node; a server pinned to it would never be scheduled", [name]),
		sprintf("declared nodes: %s", [lib.names([n.name | some n in input.spec.nodes])]),
	)
}

# METADATA
# title: Object store storage class exists
# description: The drives' StorageClass must be one the spec declares in storageClasses.
# custom:
#   id: VEIL-MINIO-010
#   severity: deny
#   sources:
#     - https://kubernetes.io/docs/concepts/storage/storage-classes/
findings contains f if {
	e != null
	not os.storageClass in input.spec.storageClasses
	f := lib.finding(
		rego.metadata.rule(),
		["objectStore", "storageClass"],
		sprintf("storage class %s is not one of storageClasses (%s): the drive claims would stay Pending", [os.storageClass, lib.names(input.spec.storageClasses)]),
		"use a declared class or add it to storageClasses",
	)
}

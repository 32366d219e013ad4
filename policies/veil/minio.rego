# METADATA
# title: MinIO erasure coding
# description: |
#   Erasure-set geometry, quorums, failure tolerance and capacity of the
#   distributed MinIO object store, per server pool and in total. The geometry
#   (set size, spread of each set over servers, tolerances, usable bytes, the
#   computed fixes) is computed in compiler/model/erasure.ts and
#   compiler/model/object-store.ts from MinIO's own algorithms at the pinned
#   release; these rules judge it.
package veil.minio

import data.veil.lib

e := input.facts.erasure

os := input.spec.objectStore

_code(d, p) := sprintf("EC(%d,%d)", [d, p])

_multi if count(e.pools) > 1

# A pool's findings name it when there are several pools.
_in(_) := "" if not _multi

_in(p) := sprintf("pool %s: ", [p.name]) if _multi

# Spec path of a field of pool p: objectStore.X for the first, objectStore.pools[i].X for the others.
_at(p, field) := array.concat(p.path, field)

_requested(p) := _code(p.data, e.parity)

_layout_text(l) := sprintf("%s (%s x %s)", [lib.plural(l.totalDrives, "drive"), lib.plural(l.servers, "server"), lib.plural(l.drivesPerServer, "drive")])

_current_layout(p) := _layout_text(p)

# METADATA
# title: At least two drives
# description: |
#   MinIO erasure coding needs at least two drives in a pool; with one drive
#   MinIO runs without erasure coding and tolerates no failure at all, and a
#   deployment of several pools needs an ellipsis in every pool's argument.
# custom:
#   id: VEIL-MINIO-009
#   severity: deny
#   sources:
#     - https://github.com/minio/minio/blob/07c3a429bfed/cmd/endpoint-ellipses.go
findings contains f if {
	some p in e.pools
	p.totalDrives < 2
	f := lib.finding(
		rego.metadata.rule(),
		_at(p, ["drivesPerServer"]),
		sprintf("%s%s x %s is a single drive; erasure coding needs at least 2 drives", [_in(p), lib.plural(p.servers, "server"), lib.plural(p.drivesPerServer, "drive")]),
		"give the pool at least 2 drives, e.g. servers: 3 and drivesPerServer: 2",
	)
}

# The nearest fixes: another drive count for the same code, or another code for the same drives.
_fixes(p) := array.concat(
	[sprintf("use %s", [_layout_text(l)]) | some l in array.slice(p.alternatives.layouts, 0, 1)],
	[_code(c.data, c.parity) | some c in array.slice(p.alternatives.codes, 0, 1)],
)

_set_size_hint(p) := lib.join_or(_fixes(p)) if count(_fixes(p)) > 0

_set_size_hint(p) := "change servers or drivesPerServer so that the drives split into equal sets of 2 to 16" if count(_fixes(p)) == 0

# METADATA
# title: Erasure set size matches the code
# description: |
#   MinIO splits each server pool into erasure sets of equal size: among 2..16
#   it keeps the sizes that divide the pool's drive count and divide, or are a
#   multiple of, the pool's server count (the ellipsis symmetry), and takes
#   the largest. The pool's data drives plus the deployment's parity must
#   equal that size, or MinIO forms a different code than the spec describes
#   (or refuses to start).
# custom:
#   id: VEIL-MINIO-001
#   severity: deny
#   sources:
#     - https://github.com/minio/minio/blob/07c3a429bfed/cmd/endpoint-ellipses.go
#     - https://github.com/minio/pkg/blob/main/ellipses/ellipses.go
findings contains f if {
	some p in e.pools
	p.totalDrives >= 2
	p.setSize != p.requestedSetSize
	f := lib.finding(rego.metadata.rule(), _at(p, ["erasure"]), concat("", [_in(p), _set_size_message(p)]), _set_size_hint(p))
}

_set_size_message(p) := sprintf("%s cannot form %s: MinIO finds no erasure set size from 2 to 16 that divides %s and is symmetric across %s", [_current_layout(p), _requested(p), lib.plural(p.totalDrives, "drive"), lib.plural(p.servers, "server")]) if p.setSize == null

_set_size_message(p) := sprintf("%s cannot form %s: MinIO splits %s into %s of %d, and %s needs sets of %d", [lib.plural(p.totalDrives, "drive"), _requested(p), _current_layout(p), lib.plural(p.setCount, "erasure set"), p.setSize, _requested(p), p.requestedSetSize]) if p.setSize != null

# The set MinIO really forms, or the requested one when none fits.
_n(p) := p.setSize if p.setSize != null

_n(p) := p.requestedSetSize if p.setSize == null

# Tolerance and capacity are judged only for a code MinIO can form; otherwise
# VEIL-MINIO-001 or -002 says what to fix first.
_geometry_ok(p) if {
	p.setSize != null
	p.setSize == p.requestedSetSize
	e.parity <= floor(p.setSize / 2)
}

_all_geometry_ok if {
	every p in e.pools {
		_geometry_ok(p)
	}
}

# METADATA
# title: Parity at most half of every pool's sets
# description: |
#   The parity is one setting for the whole deployment (MINIO_STORAGE_CLASS_STANDARD);
#   at start-up MinIO validates it against every pool's set size and refuses to
#   start when it exceeds half of any (integer division).
# custom:
#   id: VEIL-MINIO-002
#   severity: deny
#   sources:
#     - https://github.com/minio/minio/blob/07c3a429bfed/internal/config/storageclass/storage-class.go
#     - https://github.com/minio/minio/blob/07c3a429bfed/cmd/erasure-server-pool.go
findings contains f if {
	some p in e.pools
	e.parity > floor(_n(p) / 2)
	f := lib.finding(rego.metadata.rule(), _parity_at(p), concat("", [_in(p), _parity_message(p)]), _parity_hint(p))
}

# The first pool's sets are where the parity is written; an added pool's sets are what the parity no longer fits.
_parity_at(p) := ["objectStore", "erasure", "parity"] if p.index == 0

_parity_at(p) := _at(p, ["erasure"]) if p.index > 0

_parity_message(p) := sprintf("parity %d exceeds half of the %d-drive erasure set: MinIO allows at most EC:%d", [e.parity, _n(p), floor(_n(p) / 2)]) if p.index == 0

_parity_message(p) := sprintf("the deployment's parity EC:%d (objectStore.erasure.parity, the same for every pool) exceeds half of this pool's %d-drive erasure sets: MinIO allows at most EC:%d here and refuses to start", [e.parity, _n(p), floor(_n(p) / 2)]) if p.index > 0

_parity_hint(p) := sprintf("use %s", [lib.join_or([_code(c.data, c.parity) | some c in p.alternatives.codes])]) if _parity_hint_codes(p)

_parity_hint(p) := sprintf("give this pool erasure sets of at least %d drives (more servers or drives, and erasure.data of %d or more), or lower the parity of the whole deployment", [2 * e.parity, e.parity]) if not _parity_hint_codes(p)

_parity_hint_codes(p) if {
	p.index == 0
	count(p.alternatives.codes) > 0
}

# _worst(p, k) is the most drives of one set of pool p that k lost nodes can take.
_worst(p, k) := min([k, p.hostsPerSet]) * p.drivesPerHostInSet

_tolerance(p) := min([p.readNodeTolerance, p.writeNodeTolerance])

_failing(p) := "reads and writes both fail" if {
	p.readNodeTolerance < e.requiredNodeFailures
	p.writeNodeTolerance < e.requiredNodeFailures
}

_failing(p) := "reads fail; writes keep working, because MinIO gives an object written while drives are offline more parity" if {
	p.readNodeTolerance < e.requiredNodeFailures
	p.writeNodeTolerance >= e.requiredNodeFailures
}

_failing(p) := "writes fail (reads still work)" if {
	p.readNodeTolerance >= e.requiredNodeFailures
	p.writeNodeTolerance < e.requiredNodeFailures
}

_nodes_field(p) := lib.path_string(_at(p, ["nodes"]))

_needs_nodes(_, l) := "" if l.extraNodes == 0

_needs_nodes(p, l) := sprintf(", which needs %s more in %s", [lib.plural(l.extraNodes, "node"), _nodes_field(p)]) if l.extraNodes > 0

_tolerant_layout(p) := [sprintf("use %s%s", [_layout_text(l), _needs_nodes(p, l)]) |
	some l in array.slice(p.alternatives.tolerantLayouts, 0, 1)
]

_raise_parity(p) := [sprintf("raise the parity of every pool to EC:%d (%s here)", [q, _code(p.setSize - q, q)]) |
	q := e.hints.parityForNodeFailures
	q != null
]

_tolerance_fixes(p) := array.concat(_tolerant_layout(p), _raise_parity(p))

_tolerance_hint(p) := sprintf("%s; `veilc explain` shows what each node loss does", [lib.join_or(_tolerance_fixes(p))]) if count(_tolerance_fixes(p)) > 0

_tolerance_hint(p) := sprintf("no parity and no layout of up to 64 servers with sets of %d survives losing %s: choose another code or lower objectStore.require.nodeFailures; `veilc explain` shows what each node loss does", [p.setSize, lib.plural(e.requiredNodeFailures, "node")]) if count(_tolerance_fixes(p)) == 0

_tolerance_at(p) := ["objectStore", "require", "nodeFailures"] if p.index == 0

_tolerance_at(p) := p.path if p.index > 0

# METADATA
# title: Node-failure tolerance
# description: |
#   Reads of an object written with all drives online need its data drives,
#   N-P per set. Writes need a majority of the set, floor(N/2)+1: with MinIO's
#   default availability-optimised storage class, an object written while
#   drives are offline gets one more parity block per offline drive (up to
#   half the set), and the write is refused once half the set is offline; a
#   write lock also needs a majority of the set's servers. The node tolerance
#   is the number of whole nodes (one server of a pool each) that can be lost,
#   worst case, with every set keeping both quorums. Every pool must reach
#   objectStore.require.nodeFailures, since a new object may be written to
#   any pool (tolerance and capacity are judged once the code is valid).
# custom:
#   id: VEIL-MINIO-003
#   severity: deny
#   sources:
#     - https://github.com/minio/minio/blob/07c3a429bfed/cmd/erasure-object.go
#     - https://github.com/minio/minio/blob/07c3a429bfed/internal/config/storageclass/storage-class.go
#     - https://github.com/minio/minio/blob/07c3a429bfed/internal/dsync/drwmutex.go
#     - https://github.com/minio/minio/blob/07c3a429bfed/cmd/erasure-server-pool.go
#     - test/minio/real-minio.test.ts (a real MinIO server loses a server)
findings contains f if {
	some p in e.pools
	_geometry_ok(p)
	_tolerance(p) < e.requiredNodeFailures
	k := e.requiredNodeFailures
	f := lib.finding(
		rego.metadata.rule(),
		_tolerance_at(p),
		sprintf("%slosing %s: %s. %s on %s survives %s for reads and %s for writes: losing %s can take %s of a set; reading an object written at full health needs %d of %d, a write needs %d of %d (a majority)", [
			_in(p), lib.plural(k, "node"), _failing(p), _requested(p), _current_layout(p),
			lib.plural(p.readNodeTolerance, "node"), lib.plural(p.writeNodeTolerance, "node"),
			lib.plural(k, "node"), lib.plural(_worst(p, k), "drive"),
			p.readQuorum, p.setSize, p.writeQuorum, p.setSize,
		]),
		_tolerance_hint(p),
	)
}

_share(p) := sprintf("%s keeps %d/%d of %s x %s", [_requested(p), p.setSize - e.parity, p.setSize, lib.plural(p.totalDrives, "drive"), lib.bytes(p.driveBytes)])

_shares := _share(e.pools[0]) if not _multi

_shares := concat("; ", [sprintf("pool %s: %s (%s)", [p.name, _share(p), lib.bytes(p.usableBytes)]) | some p in e.pools]) if _multi

_last := e.pools[count(e.pools) - 1]

# " in pool NAME" after a drive size when there are several pools: the size is for the last one.
_in_last := "" if not _multi

_in_last := sprintf(" in pool %s", [_last.name]) if _multi

_parity_text(q) := sprintf("EC:%d for every pool (%s in pool %s)", [q, _code(_last.setSize - q, q), _last.name]) if _multi

_parity_text(q) := _code(_last.setSize - q, q) if not _multi

_lower_parity := [_parity_text(q) |
	q := e.hints.parityForUsable
	q != null
]

_capacity_fixes := array.concat(
	array.concat(
		[sprintf("use drives of at least %s%s", [lib.gib_ceil(b), _in_last]) | b := e.hints.driveBytesForUsable; b != null],
		_lower_parity,
	),
	["add a server pool (objectStore.pools)"],
)

# METADATA
# title: Usable capacity
# description: |
#   Usable capacity is (N-P)/N of every drive of every pool (each pool has one
#   drive size). The deployment's total must reach objectStore.require.usable.
#   The finding points at the last pool's drive size, the one a growing
#   deployment is still laying out; the hint's drive size and parity are
#   computed to meet the requirement (the parity also keeps require.nodeFailures).
# custom:
#   id: VEIL-MINIO-004
#   severity: deny
#   sources:
#     - https://github.com/minio/minio/blob/07c3a429bfed/docs/erasure/storage-class/README.md
#     - https://github.com/minio/minio/blob/07c3a429bfed/cmd/notification-summary.go
findings contains f if {
	_all_geometry_ok
	e.requiredUsableBytes != null
	e.usableBytes < e.requiredUsableBytes
	f := lib.finding(
		rego.metadata.rule(),
		_at(_last, ["driveSize"]),
		sprintf("usable capacity %s is below the required %s: %s", [lib.bytes(e.usableBytes), lib.bytes(e.requiredUsableBytes), _shares]),
		lib.join_or(_capacity_fixes),
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
#     - https://github.com/minio/minio/blob/07c3a429bfed/docs/erasure/storage-class/README.md
findings contains f if {
	_all_geometry_ok
	e.requiredUsableBytes != null
	e.requiredUsableBytes > 0
	e.usableBytes >= e.requiredUsableBytes
	(e.usableBytes - e.requiredUsableBytes) * 10 < e.requiredUsableBytes
	b := e.hints.driveBytesForHeadroom
	f := lib.finding(
		rego.metadata.rule(),
		["objectStore", "require", "usable"],
		sprintf("usable capacity %s leaves %d%% headroom over the required %s (under 10%%): %s", [
			lib.bytes(e.usableBytes),
			floor(((e.usableBytes - e.requiredUsableBytes) * 100) / e.requiredUsableBytes),
			lib.bytes(e.requiredUsableBytes), _shares,
		]),
		sprintf("drives of %s%s give 10%% headroom; or lower require.usable if %s is the real need", [lib.gib_ceil(b), _in_last, lib.bytes(e.requiredUsableBytes)]),
	)
}

# METADATA
# title: One server per node
# description: |
#   Each MinIO server of a pool runs on its own node (required pod
#   anti-affinity), so a pool's server count cannot exceed the nodes allowed
#   to host one.
# custom:
#   id: VEIL-MINIO-007
#   severity: deny
#   sources:
#     - schema/veil.schema.json (objectStore.servers, objectStore.nodes, objectStore.pools)
#     - https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#affinity-and-anti-affinity
findings contains f if {
	some p in e.pools
	p.servers > count(p.nodes)
	f := lib.finding(
		rego.metadata.rule(),
		_at(p, ["servers"]),
		sprintf("%s%s need %s (one server per node), but %s allows %d: %s", [_in(p), lib.plural(p.servers, "server"), lib.plural(p.servers, "node"), _nodes_field(p), count(p.nodes), lib.names(p.nodes)]),
		sprintf("add nodes to %s or lower servers to %d", [_nodes_field(p), count(p.nodes)]),
	)
}

# METADATA
# title: Object store nodes exist
# description: Every node allowed to host a MinIO server of any pool must be a declared node.
# custom:
#   id: VEIL-MINIO-008
#   severity: deny
#   sources:
#     - https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/
findings contains f if {
	some p in e.pools
	some i, name in p.nodes
	name in p.unknownNodes
	f := lib.finding(
		rego.metadata.rule(),
		_at(p, ["nodes", i]),
		sprintf("%s%s is not a declared node; a server pinned to it would never be scheduled", [_in(p), name]),
		sprintf("declared nodes: %s", [lib.names([n.name | some n in input.spec.nodes])]),
	)
}

# Where a pool's storage class is written: its own key, or the first pool's it inherits (reported there).
_class_at(p) := ["objectStore", "storageClass"] if p.index == 0

_class_at(p) := _at(p, ["storageClass"]) if {
	p.index > 0
	os.pools[p.index - 1].storageClass
}

# METADATA
# title: Object store storage class exists
# description: Every pool's drive StorageClass must be one the spec declares in storageClasses.
# custom:
#   id: VEIL-MINIO-010
#   severity: deny
#   sources:
#     - https://kubernetes.io/docs/concepts/storage/storage-classes/
findings contains f if {
	some p in e.pools
	not p.storageClass in input.spec.storageClasses
	f := lib.finding(
		rego.metadata.rule(),
		_class_at(p),
		sprintf("%sstorage class %s is not one of storageClasses (%s): the drive claims would stay Pending", [_in(p), p.storageClass, lib.names(input.spec.storageClasses)]),
		"use a declared class or add it to storageClasses",
	)
}

package veil.waivers_test

import data.veil
import data.veil.testlib.ids
import data.veil.testlib.only
import data.veil.testlib.patch

_waive(ws) := patch([{"op": "replace", "path": "/spec/waivers", "value": ws}])

_headroom(path, expires) := {"rule": "VEIL-MINIO-005", "path": path, "reason": "500 GiB is the hard need", "expires": expires}

test_waiver_at_path if {
	inp := _waive([_headroom("objectStore.require.usable", "2026-06-30")])
	[f] := only(veil.findings, "VEIL-MINIO-005") with input as inp
	f.waived == {"reason": "500 GiB is the hard need", "expires": "2026-06-30"}
	count({f | some f in veil.findings; startswith(f.rule, "VEIL-WAIVER-")}) == 0 with input as inp
}

test_waiver_anywhere if {
	inp := _waive([_headroom("", "2026-06-30")])
	[f] := only(veil.findings, "VEIL-MINIO-005") with input as inp
	f.waived.expires == "2026-06-30"
}

test_waiver_holds_on_its_last_day if {
	inp := _waive([_headroom("", "2026-01-15")])
	[f] := only(veil.findings, "VEIL-MINIO-005") with input as inp
	f.waived
}

test_001_expired_waiver if {
	inp := _waive([_headroom("objectStore.require.usable", "2026-01-14")])
	[f] := only(veil.findings, "VEIL-MINIO-005") with input as inp
	not f.waived
	[w] := only(veil.findings, "VEIL-WAIVER-001") with input as inp
	w.severity == "warn"
	w.path == ["waivers", 0, "expires"]
	w.message == "the waiver of VEIL-MINIO-005 at objectStore.require.usable expired on 2026-01-14 (today is 2026-01-15); its findings count again"
}

test_002_waiver_matches_nothing if {
	inp := _waive([_headroom("objectStore.driveSize", "2026-06-30")])
	[f] := only(veil.findings, "VEIL-MINIO-005") with input as inp
	not f.waived
	[w] := only(veil.findings, "VEIL-WAIVER-002") with input as inp
	w.path == ["waivers", 0]
	w.message == "the waiver of VEIL-MINIO-005 at objectStore.driveSize matches no finding"
}

test_002_unknown_rule if {
	inp := _waive([{"rule": "VEIL-FOO-001", "path": "", "reason": "a typo in the rule", "expires": "2026-06-30"}])
	[w] := only(veil.findings, "VEIL-WAIVER-002") with input as inp
	w.message == "the waiver of VEIL-FOO-001 anywhere matches no finding: VEIL-FOO-001 is not a policy rule"
}

test_002_leaves_transition_waivers_to_the_transition_stage if {
	inp := _waive([{"rule": "VEIL-CHANGE-001", "path": "objectStore.driveSize", "reason": "recreated by hand", "expires": "2026-06-30"}])
	not "VEIL-WAIVER-002" in ids(veil.findings) with input as inp
}

test_expired_and_unmatched_is_only_expired if {
	inp := _waive([{"rule": "VEIL-DNS-001", "path": "", "reason": "no longer relevant", "expires": "2025-01-01"}])
	ids(veil.findings) & {"VEIL-WAIVER-001", "VEIL-WAIVER-002"} == {"VEIL-WAIVER-001"} with input as inp
}

test_no_waivers_key if {
	inp := patch([{"op": "remove", "path": "/spec/waivers"}])
	ids(veil.findings) == {"VEIL-LIFECYCLE-001", "VEIL-MINIO-005"} with input as inp
}

package veil.monitoring_test

import data.veil.monitoring
import data.veil.testlib.base
import data.veil.testlib.gib
import data.veil.testlib.ids
import data.veil.testlib.only
import data.veil.testlib.patch

_set(path, value) := {"op": "replace", "path": path, "value": value}

test_baseline_clean if {
	count(monitoring.findings) == 0 with input as base
}

test_001_retention_without_volume if {
	inp := patch([_set("/facts/monitoring/prometheusVolumeBytes", 0), _set("/spec/monitoring/prometheus/storage/size", "0"), _set("/facts/monitoring/retentionSizeBytes", null)])
	[f] := only(monitoring.findings, "VEIL-MON-001") with input as inp
	f.severity == "warn"
	f.message == "retention 15d but Prometheus has no persistent volume (storage.size 0): samples are lost when the pod restarts"
}

test_002_retention_size_equals_volume if {
	inp := patch([_set("/facts/monitoring/retentionSizeBytes", 20 * gib), _set("/spec/monitoring/prometheus/retentionSize", "20Gi")])
	[f] := only(monitoring.findings, "VEIL-MON-002") with input as inp
	f.path == ["monitoring", "prometheus", "retentionSize"]
	f.message == "retentionSize 20Gi (20 GiB) is not below the Prometheus volume 20Gi (20 GiB): the disk fills before retention deletes blocks"
	f.hint == "set retentionSize to about 85% of the volume, e.g. 17Gi"
}

test_002_just_below_passes if {
	inp := patch([_set("/facts/monitoring/retentionSizeBytes", (20 * gib) - 1)])
	not "VEIL-MON-002" in ids(monitoring.findings) with input as inp
}

test_003_wal_compression_off if {
	inp := patch([_set("/spec/monitoring/prometheus/walCompression", false)])
	[f] := only(monitoring.findings, "VEIL-MON-003") with input as inp
	f.path == ["monitoring", "prometheus", "walCompression"]
}

test_004_unknown_class if {
	inp := patch([_set("/facts/storage/uses/1/class", "fast-ssd")])
	[f] := only(monitoring.findings, "VEIL-MON-004") with input as inp
	f.path == ["monitoring", "alertmanager", "storage", "class"]
	f.message == "storage class fast-ssd is not one of storageClasses (local-path): the claim would stay Pending"
}

test_004_object_store_class_is_not_monitoring if {
	inp := patch([_set("/facts/storage/uses/3/class", "fast-ssd")])
	not "VEIL-MON-004" in ids(monitoring.findings) with input as inp
}

test_no_monitoring_no_findings if {
	inp := patch([_set("/facts/monitoring", null), {"op": "remove", "path": "/spec/monitoring"}])
	count(monitoring.findings) == 0 with input as inp
}

test_006_retention_size_above_85_percent if {
	inp := patch([_set("/facts/monitoring/retentionSizeBytes", 19864223744), _set("/spec/monitoring/prometheus/retentionSize", "18.5Gi")])
	[f] := only(monitoring.findings, "VEIL-MON-006") with input as inp
	f.severity == "warn"
	f.path == ["monitoring", "prometheus", "retentionSize"]
	f.message == "retentionSize 18.5Gi is 92.5% of the 20Gi Prometheus volume, above the 80-85% Prometheus recommends: only 1.5 GiB (7.5%) is left beyond it for compactions, which keep the source blocks and the compacted block on disk at once"
	f.hint == "set retentionSize to at most 17Gi (85% of 20Gi), or grow the volume to at least 22Gi"
	not "VEIL-MON-002" in ids(monitoring.findings) with input as inp
}

test_006_exactly_85_percent_passes if {
	inp := patch([_set("/facts/monitoring/retentionSizeBytes", 17 * gib)])
	not "VEIL-MON-006" in ids(monitoring.findings) with input as inp
}

test_006_small_volume_hint_in_mebibytes if {
	inp := patch([
		_set("/facts/monitoring/prometheusVolumeBytes", gib),
		_set("/spec/monitoring/prometheus/storage/size", "1Gi"),
		_set("/facts/monitoring/retentionSizeBytes", 1020 * 1048576),
		_set("/spec/monitoring/prometheus/retentionSize", "1020Mi"),
	])
	[f] := only(monitoring.findings, "VEIL-MON-006") with input as inp
	f.hint == "set retentionSize to at most 870Mi (85% of 1Gi), or grow the volume to at least 2Gi"
}

test_006_at_the_volume_is_002_only if {
	inp := patch([_set("/facts/monitoring/retentionSizeBytes", 20 * gib)])
	not "VEIL-MON-006" in ids(monitoring.findings) with input as inp
}

_receivers(names) := [{"name": n} | some n in names]

test_005_child_route_names_undefined_receiver if {
	inp := patch([_set("/spec/monitoring/alertmanager/route/routes/0/receiver", "oncall-pager")])
	[f] := only(monitoring.findings, "VEIL-MON-005") with input as inp
	f.severity == "deny"
	f.path == ["monitoring", "alertmanager", "route", "routes", 0, "receiver"]
	f.message == `route.routes[0].receiver "oncall-pager" is not one of the receivers (null, hive-webhook): Alertmanager refuses the whole configuration ("undefined receiver "oncall-pager" used in route") and delivers no alert`
	f.hint == `define a receiver named "oncall-pager" under monitoring.alertmanager.receivers (one without webhook or email drops alerts), or name one of: null, hive-webhook`
}

test_005_default_null_gone_with_the_chart_list if {
	inp := patch([_set("/spec/monitoring/alertmanager/receivers", _receivers(["hive-webhook"]))])
	[f] := only(monitoring.findings, "VEIL-MON-005") with input as inp
	f.path == ["monitoring", "alertmanager", "route", "receiver"]
	f.message == `route.receiver "null" is not one of the receivers (hive-webhook) (route.receiver defaults to "null"; the chart's own "null" receiver is gone, since Helm replaces the chart's receivers list with yours): Alertmanager refuses the whole configuration ("undefined receiver "null" used in route") and delivers no alert`
}

test_005_child_null_names_the_chart_list if {
	inp := patch([
		_set("/spec/monitoring/alertmanager/receivers", _receivers(["hive-webhook"])),
		_set("/spec/monitoring/alertmanager/route/receiver", "hive-webhook"),
		_set("/spec/monitoring/alertmanager/route/routes/1/receiver", "null"),
	])
	[f] := only(monitoring.findings, "VEIL-MON-005") with input as inp
	f.path == ["monitoring", "alertmanager", "route", "routes", 1, "receiver"]
	contains(f.message, `(the chart's own "null" receiver is gone, since Helm replaces the chart's receivers list with yours)`)
}

test_005_every_place_is_checked if {
	inp := patch([
		_set("/spec/monitoring/alertmanager/route/receiver", "pager-a"),
		_set("/spec/monitoring/alertmanager/route/routes/0/receiver", "pager-b"),
		_set("/spec/monitoring/alertmanager/route/routes/1/receiver", "pager-c"),
	])
	{f.path | some f in only(monitoring.findings, "VEIL-MON-005")} == {
		["monitoring", "alertmanager", "route", "receiver"],
		["monitoring", "alertmanager", "route", "routes", 0, "receiver"],
		["monitoring", "alertmanager", "route", "routes", 1, "receiver"],
	} with input as inp
}

test_005_nested_routes_are_walked if {
	nested := {"receiver": "hive-webhook", "matchers": ["team = \"a\""], "routes": [{"receiver": "deep-pager", "matchers": ["x = \"y\""]}]}
	inp := patch([_set("/spec/monitoring/alertmanager/route/routes/0", nested)])
	[f] := only(monitoring.findings, "VEIL-MON-005") with input as inp
	f.path == ["monitoring", "alertmanager", "route", "routes", 0, "routes", 0, "receiver"]
}

test_005_no_receivers_at_all if {
	inp := patch([_set("/spec/monitoring/alertmanager/receivers", []), _set("/spec/monitoring/alertmanager/route/routes", [])])
	[f] := only(monitoring.findings, "VEIL-MON-005") with input as inp
	contains(f.message, "is not one of the receivers (none)")
	f.hint == `define a receiver named "null" under monitoring.alertmanager.receivers (one without webhook or email drops alerts)`
}

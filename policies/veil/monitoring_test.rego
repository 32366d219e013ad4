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

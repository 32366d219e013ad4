package veil.main_test

import data.veil
import data.veil.testlib.base
import data.veil.testlib.patch

# veil.spec.yaml as written: two lifecycle warnings and the headroom warning, nothing else.
test_veil_spec_findings if {
	{[f.rule, f.severity, f.path] | some f in veil.findings} == {
		["VEIL-LIFECYCLE-001", "warn", ["ingress", "controller"]],
		["VEIL-LIFECYCLE-001", "warn", ["objectStore", "kind"]],
		["VEIL-MINIO-005", "warn", ["objectStore", "require", "usable"]],
	} with input as base
}

test_catalog_covers_every_finding if {
	count(veil.rules) >= 40
	fs := veil.findings with input as base
	count(fs) > 0
	every f in fs {
		veil.rules[f.rule].severity == f.severity
	}
}

test_every_package_contributes if {
	packages := {r.package | some r in veil.rules}
	packages == {"veil.bgp", "veil.dns", "veil.etcd", "veil.ingress", "veil.lifecycle", "veil.minio", "veil.monitoring", "veil.network", "veil.secrets", "veil.waivers"}
}

# One input that trips a rule of every package: all of them reach veil/findings.
test_every_package_reaches_findings if {
	inp := patch([
		{"op": "replace", "path": "/facts/etcd", "value": {"members": ["meteor-1"], "count": 1, "quorum": 1, "tolerance": 0}},
		{"op": "replace", "path": "/facts/network/statics/2", "value": 3232235640},
		{"op": "remove", "path": "/facts/dns/zones/1/records/4"},
		{"op": "replace", "path": "/spec/monitoring/prometheus/walCompression", "value": false},
		{"op": "replace", "path": "/facts/network/pools/0/mode", "value": "bgp"},
		{"op": "replace", "path": "/spec/cluster/description", "value": "token=abcdef123"},
		{"op": "replace", "path": "/spec/waivers", "value": [{"rule": "VEIL-ETCD-003", "path": "", "reason": "single server for now", "expires": "2026-12-31"}]},
		{"op": "add", "path": "/facts/ingress/-", "value": {"role": "retiring", "controller": "ingress-nginx", "api": "ingress", "namespace": "old", "className": "nginx", "address": "192.168.0.221", "servesDns": false, "path": ["ingress", "retiring"]}},
	])
	fs := veil.findings with input as inp
	{f.rule | some f in fs} == {"VEIL-ETCD-003", "VEIL-NET-011", "VEIL-DNS-003", "VEIL-MON-003", "VEIL-BGP-001", "VEIL-SECRET-003", "VEIL-LIFECYCLE-001", "VEIL-MINIO-005", "VEIL-INGRESS-001"}
	some f in fs
	f.rule == "VEIL-ETCD-003"
	f.waived.reason == "single server for now"
}

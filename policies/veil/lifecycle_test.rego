package veil.lifecycle_test

import data.veil.lifecycle
import data.veil.testlib.base
import data.veil.testlib.only
import data.veil.testlib.patch

test_ingress_nginx_and_minio_warn if {
	fs := only(lifecycle.findings, "VEIL-LIFECYCLE-001") with input as base
	{f.path | some f in fs} == {["ingress", "controller"], ["objectStore", "kind"]}
	some f in fs
	f.path == ["ingress", "controller"]
	f.severity == "warn"
	contains(f.message, "ingress-nginx is retired")
	contains(f.message, "(retired since 2026-03)")
	endswith(f.hint, "see https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/")
}

test_without_those_components_clean if {
	inp := patch([{"op": "remove", "path": "/spec/ingress"}, {"op": "remove", "path": "/spec/objectStore"}])
	count(lifecycle.findings) == 0 with input as inp
}

# The rule only matches; what is listed comes from the data table.
test_table_drives_the_rule if {
	table := [{"name": "k3s", "path": ["kubernetes", "distribution"], "equals": "k3s", "status": "example", "since": "2000-01", "summary": "k3s is listed", "hint": "none", "source": "https://example.org"}]
	fs := lifecycle.findings with input as base with data.lifecycle.components as table
	count(fs) == 1
	some f in fs
	f.path == ["kubernetes", "distribution"]
	f.message == "k3s is listed (example since 2000-01)"
}

test_retiring_ingress_nginx_warns_at_its_own_path if {
	inp := patch([
		{"op": "replace", "path": "/spec/ingress/controller", "value": "envoy-gateway"},
		{"op": "add", "path": "/spec/ingress/retiring", "value": {"controller": "ingress-nginx", "address": "192.168.0.221", "keepsDns": true}},
	])
	fs := only(lifecycle.findings, "VEIL-LIFECYCLE-001") with input as inp
	{f.path | some f in fs} == {["ingress", "retiring", "controller"], ["objectStore", "kind"]}
	some f in fs
	f.path == ["ingress", "retiring", "controller"]
	startswith(f.hint, "finish the migration")
}

test_the_hint_names_the_maintained_option if {
	fs := only(lifecycle.findings, "VEIL-LIFECYCLE-001") with input as base
	some f in fs
	f.path == ["ingress", "controller"]
	contains(f.hint, "ingress.controller: envoy-gateway")
}

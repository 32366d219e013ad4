package veil.ingress_test

import data.veil.ingress
import data.veil.testlib.base
import data.veil.testlib.ids
import data.veil.testlib.only
import data.veil.testlib.patch

_entry(role, controller, namespace, address) := {
	"role": role, "controller": controller, "api": _api[controller],
	"namespace": namespace, "className": "x", "address": address,
	"servesDns": role == "current", "path": ["ingress"],
}

_api := {"ingress-nginx": "ingress", "envoy-gateway": "gateway"}

_entries(list) := patch([{"op": "replace", "path": "/facts/ingress", "value": list}])

test_baseline_clean if {
	count(ingress.findings) == 0 with input as base
}

test_migration_window_clean if {
	inp := _entries([
		_entry("current", "envoy-gateway", "envoy-gateway-system", "192.168.0.221"),
		_entry("retiring", "ingress-nginx", "ingress-nginx", "192.168.0.220"),
	])
	count(ingress.findings) == 0 with input as inp
}

test_001_retiring_the_current_controller if {
	inp := _entries([
		_entry("current", "ingress-nginx", "ingress-nginx", "192.168.0.221"),
		_entry("retiring", "ingress-nginx", "old-nginx", "192.168.0.220"),
	])
	[f] := only(ingress.findings, "VEIL-INGRESS-001") with input as inp
	f.path == ["ingress", "retiring", "controller"]
	f.severity == "deny"
	f.message == "ingress.retiring names ingress-nginx, which is ingress.controller too: nothing is being replaced"
	not "VEIL-INGRESS-002" in ids(ingress.findings) with input as inp
}

test_002_one_namespace_for_both if {
	inp := _entries([
		_entry("current", "envoy-gateway", "edge", "192.168.0.221"),
		_entry("retiring", "ingress-nginx", "edge", "192.168.0.220"),
	])
	[f] := only(ingress.findings, "VEIL-INGRESS-002") with input as inp
	f.path == ["ingress", "retiring"]
	f.message == "ingress-nginx (retiring) and envoy-gateway both run in namespace edge: removing ingress.retiring would delete that namespace and envoy-gateway with it"
}

test_003_gateway_api_release_the_implementation_is_built_for if {
	gw := _entries([_entry("current", "envoy-gateway", "envoy-gateway-system", "192.168.0.220")])
	count(ingress.findings) == 0 with input as gw
	old := json.patch(gw, [{"op": "replace", "path": "/spec/versions/gatewayApi", "value": "v1.5.1"}])
	[f] := only(ingress.findings, "VEIL-INGRESS-003") with input as old
	f.path == ["versions", "gatewayApi"]
	f.severity == "warn"
	f.message == "Gateway API v1.5.1 with Envoy Gateway v1.9.0, which is built against Gateway API v1.6"
}

test_003_follows_the_table_and_the_chart_version if {
	gw := _entries([_entry("current", "envoy-gateway", "envoy-gateway-system", "192.168.0.220")])
	older := json.patch(gw, [
		{"op": "replace", "path": "/spec/versions/charts/envoyGateway", "value": "v1.8.3"},
		{"op": "replace", "path": "/spec/versions/gatewayApi", "value": "v1.5.1"},
	])
	count(ingress.findings) == 0 with input as older

	# a release the table does not know is not judged
	unknown := json.patch(gw, [{"op": "replace", "path": "/spec/versions/charts/envoyGateway", "value": "v2.0.0"}])
	count(ingress.findings) == 0 with input as unknown
}

test_003_only_for_envoy_gateway if {
	inp := patch([{"op": "replace", "path": "/spec/versions/gatewayApi", "value": "v1.0.0"}])
	count(ingress.findings) == 0 with input as inp
}

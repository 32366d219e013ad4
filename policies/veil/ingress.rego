# METADATA
# title: Ingress entry points
# description: |
#   The controllers that serve the cluster's host names
#   (compiler/model/ingress.ts: facts.ingress, the current entry point first,
#   then a retiring one kept beside it during a migration), and the Gateway
#   API release installed for Envoy Gateway, from the data table
#   policies/veil/gateway/data.json (Envoy Gateway's compatibility matrix).
#   Host names and addresses are judged by the DNS and network rules, which
#   read the same facts for every controller.
package veil.ingress

import data.veil.lib

entries := input.facts.ingress

# METADATA
# title: A migration replaces one controller with another
# description: |
#   ingress.retiring keeps the controller being replaced running beside the
#   new one; it cannot be the same controller: both would be one Helm release
#   in one Flux stage.
# custom:
#   id: VEIL-INGRESS-001
#   severity: deny
#   sources:
#     - https://fluxcd.io/flux/components/kustomize/kustomizations/#garbage-collection
findings contains f if {
	some old in entries
	old.role == "retiring"
	some cur in entries
	cur.role == "current"
	old.controller == cur.controller
	f := lib.finding(
		rego.metadata.rule(),
		["ingress", "retiring", "controller"],
		sprintf("ingress.retiring names %s, which is ingress.controller too: nothing is being replaced", [old.controller]),
		"set ingress.controller to the new controller (envoy-gateway), or remove ingress.retiring",
	)
}

# METADATA
# title: Side by side in separate namespaces
# description: |
#   During a migration each controller's Flux stage applies its own Namespace.
#   In one namespace, removing ingress.retiring would make Flux prune the
#   retiring stage and with it the Namespace, deleting the new controller too.
# custom:
#   id: VEIL-INGRESS-002
#   severity: deny
#   sources:
#     - https://fluxcd.io/flux/components/kustomize/kustomizations/#garbage-collection
#     - https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/#deleting-a-namespace
findings contains f if {
	some old in entries
	old.role == "retiring"
	some cur in entries
	cur.role == "current"
	old.controller != cur.controller
	old.namespace == cur.namespace
	f := lib.finding(
		rego.metadata.rule(),
		["ingress", "retiring"],
		sprintf("%s (retiring) and %s both run in namespace %s: removing ingress.retiring would delete that namespace and %s with it", [old.controller, cur.controller, cur.namespace, cur.controller]),
		sprintf("give %s a namespace of its own (ingress.namespace)", [cur.controller]),
	)
}

_eg := data.gateway.envoyGateway

_minor(v) := concat(".", array.slice(split(v, "."), 0, 2))

# METADATA
# title: Gateway API CRDs the implementation is built for
# description: |
#   Envoy Gateway is built against one Gateway API release and supports the
#   CRDs of that release (its compatibility matrix); v1.9 requires the v1.6
#   CRDs, for example (TCPRoute and UDPRoute at v1). versions.gatewayApi
#   should be that minor release.
# custom:
#   id: VEIL-INGRESS-003
#   severity: warn
#   sources:
#     - https://gateway.envoyproxy.io/news/releases/matrix/
#     - https://github.com/envoyproxy/gateway/blob/v1.9.0/release-notes/v1.9.0.yaml
findings contains f if {
	some e in entries
	e.controller == "envoy-gateway"
	eg := _minor(input.spec.versions.charts.envoyGateway)
	want := _eg.gatewayApi[eg]
	_minor(input.spec.versions.gatewayApi) != want
	f := lib.finding(
		rego.metadata.rule(),
		["versions", "gatewayApi"],
		sprintf("Gateway API %s with Envoy Gateway %s, which is built against Gateway API %s", [input.spec.versions.gatewayApi, input.spec.versions.charts.envoyGateway, want]),
		sprintf("use the latest %s.x release of the Gateway API CRDs; see %s", [want, _eg.source]),
	)
}

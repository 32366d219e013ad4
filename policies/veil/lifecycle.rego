# METADATA
# title: Component lifecycle
# description: |
#   Components known to be retired or unmaintained, from the data table in
#   policies/veil/lifecycle/data.json (data.lifecycle.components): each entry
#   names the spec path and value that select the component, its status, the
#   date, a summary, a hint and a source. The rule itself only matches.
package veil.lifecycle

import data.veil.lib

# METADATA
# title: Retired or unmaintained components
# description: |
#   Warns when the spec selects a component listed in the lifecycle table:
#   ingress-nginx (retired; no fixes after March 2026) and the MinIO community
#   server and chart (maintenance mode since December 2025, no community
#   binaries). Dates, messages and sources live in the table.
# custom:
#   id: VEIL-LIFECYCLE-001
#   severity: warn
#   sources:
#     - https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/
#     - https://github.com/minio/minio/commit/27742d4
findings contains f if {
	some c in data.lifecycle.components
	object.get(input.spec, c.path, null) == c.equals
	f := lib.finding(
		rego.metadata.rule(),
		c.path,
		sprintf("%s (%s since %s)", [c.summary, c.status, c.since]),
		sprintf("%s; see %s", [c.hint, c.source]),
	)
}

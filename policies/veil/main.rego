# METADATA
# title: veil policy entrypoints
# description: |
#   The two entrypoints compiled into policies/build/veil.wasm:
#   veil/findings (every finding, waivers applied) and veil/rules (the rule
#   catalog, generated from the METADATA annotations). The runtime fails
#   closed when either is missing or the catalog is empty.
package veil

import data.veil.catalog
import data.veil.waivers

# Findings of every rule package, before waivers.
raw contains f if some f in data.veil.minio.findings

raw contains f if some f in data.veil.etcd.findings

raw contains f if some f in data.veil.network.findings

raw contains f if some f in data.veil.dns.findings

raw contains f if some f in data.veil.monitoring.findings

raw contains f if some f in data.veil.lifecycle.findings

raw contains f if some f in data.veil.secrets.findings

raw contains f if some f in data.veil.bgp.findings

raw contains f if some f in data.veil.ingress.findings

# Every finding, waived ones marked with `waived`; waiver findings cannot be waived.
findings contains waivers.apply(f) if some f in raw

findings contains f if some f in waivers.findings

# Rule ID -> {title, severity}, for the runtime to count and check findings against.
rules := catalog.rules

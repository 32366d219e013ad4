# METADATA
# title: veil policy entrypoints
# description: |
#   The entrypoints compiled into policies/build/veil.wasm: veil/findings
#   (every finding, waivers applied), veil/rules (the rule catalog,
#   generated from the METADATA annotations), and the secret detectors
#   veil/secret_findings (input {spec}: the secret rules alone, for a spec
#   the schema refused) and veil/redactions (input {texts}: what to mask in
#   each text a report echoes). The runtime fails closed when one is missing
#   or the catalog is empty.
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

# Every finding, waived ones marked with `waived`; waiver findings cannot be
# waived. Taken from each package's set, not from `raw`: a set of every
# finding built only to be iterated hashes each finding once more (at the
# size cap, one per node); `raw` is built only when a waiver is checked.
findings contains waivers.apply(f) if some f in data.veil.minio.findings

findings contains waivers.apply(f) if some f in data.veil.etcd.findings

findings contains waivers.apply(f) if some f in data.veil.network.findings

findings contains waivers.apply(f) if some f in data.veil.dns.findings

findings contains waivers.apply(f) if some f in data.veil.monitoring.findings

findings contains waivers.apply(f) if some f in data.veil.lifecycle.findings

findings contains waivers.apply(f) if some f in data.veil.secrets.findings

findings contains waivers.apply(f) if some f in data.veil.bgp.findings

findings contains waivers.apply(f) if some f in data.veil.ingress.findings

findings contains f if some f in waivers.findings

# Rule ID -> {title, severity}, for the runtime to count and check findings against.
rules := catalog.rules

# The secret rules on their own; they read nothing but input.spec, so they
# also run on a spec the schema refused. None of them can be waived.
secret_findings := data.veil.secrets.findings

# For each of input.texts, the secret substrings to mask in it.
redactions := data.veil.secrets.redactions

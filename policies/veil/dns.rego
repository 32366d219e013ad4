# METADATA
# title: LAN DNS
# description: |
#   Zones and records Unbound serves on the DNS host. Records arrive resolved
#   (compiler/model/build-model.ts): each has its FQDN and the address its
#   target stands for, or null when the target names nothing.
package veil.dns

import data.veil.lib

# An import, not a rule (dns := ...): the Wasm then reads input directly
# instead of calling and memoizing a rule on every use inside the loops.
import input.facts.dns

_records := [r | some z in dns.zones; some r in z.records]

_served_zone_names := {z.name | some z in dns.zones}

_labels(name) := split(name, ".")

# _name_problems is every reason a DNS name is invalid (RFC 1035 2.3.4, RFC 4592).
_name_problems(name) := ({p |
	count(name) > 253
	p := sprintf("%s is %d characters; a DNS name has at most 253", [name, count(name)])
} | {p |
	some label in _labels(name)
	count(label) > 63
	p := sprintf("label %s of %s is %d characters; a label has at most 63", [label, name, count(label)])
}) | {p |
	some i, label in _labels(name)
	contains(label, "*")
	_bad_wildcard(i, label)
	p := sprintf("%s has a * that is not the whole leftmost label", [name])
}

_bad_wildcard(i, _) if i > 0

_bad_wildcard(_, label) if label != "*"

# METADATA
# title: Valid DNS names
# description: |
#   Zone names and record names (as fully qualified names) have labels of at
#   most 63 characters and at most 253 characters in all; a wildcard `*` is
#   only allowed as the whole leftmost label.
# custom:
#   id: VEIL-DNS-001
#   severity: deny
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc1035#section-2.3.4
#     - https://www.rfc-editor.org/rfc/rfc4592
findings contains f if {
	some n in _suspect_names
	some problem in _name_problems(n.fqdn)
	f := lib.finding(rego.metadata.rule(), n.path, sprintf("%s: %s", [n.what, problem]), "shorten the name; use `*` only as the whole leftmost label")
}

# Zone names and record names (fully qualified) that are not plainly valid,
# with where they are written. Only these are examined problem by problem, so
# the common valid name costs no set, message or path.
_suspect_names contains {"fqdn": z.name, "path": array.concat(z.path, ["name"]), "what": "zone name"} if {
	some z in dns.zones
	not _plainly_valid(z.name)
}

_suspect_names contains n if {
	some r in _records
	not _plainly_valid(r.fqdn)
	n := {"fqdn": r.fqdn, "path": array.concat(r.path, ["name"]), "what": sprintf("record %s in zone %s", [r.name, r.zone])}
}

# At most 253 characters, no label over 63 and no `*`: _name_problems is
# empty. A name of at most 63 characters has no longer label, so only longer
# names are split into labels.
_plainly_valid(name) if {
	count(name) <= 63
	not contains(name, "*")
} else if {
	count(name) <= 253
	not contains(name, "*")
	every label in _labels(name) {
		count(label) <= 63
	}
}

# METADATA
# title: No duplicate records
# description: |
#   Each fully qualified name is defined once across all zones. A repeat is
#   either a copy or a conflicting answer (and a name in a parent zone is
#   hidden by a child zone that also serves it).
# custom:
#   id: VEIL-DNS-002
#   severity: deny
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc2181#section-5
findings contains f if {
	# every pair of records with one name, in definition order
	some refs in dns.recordsByFqdn
	count(refs) > 1
	some x, [za, ra] in refs
	some y, [zb, rb] in refs
	x < y
	a := dns.zones[za].records[ra]
	b := dns.zones[zb].records[rb]
	f := lib.finding(
		rego.metadata.rule(),
		array.concat(b.path, ["name"]),
		sprintf("%s is already defined at %s", [b.fqdn, lib.path_string(a.path)]),
		"delete the repeated record, or give it another name",
	)
}

# Hosts and nodes without a record of their LAN name that resolves to their
# address. Only these are examined further, so a machine that resolves costs
# one lookup and no object, message or hint.
_unresolved_machines contains {"kind": "host", "name": h.name, "address": h.address, "path": ["hosts", i, "name"]} if {
	some i, h in input.spec.hosts
	not _resolves(h.name, h.address)
}

_unresolved_machines contains {"kind": "node", "name": n.name, "address": n.address, "path": ["nodes", i, "name"]} if {
	some i, n in input.spec.nodes
	not _resolves(n.name, n.address)
}

# Some record of the machine's LAN name resolves to address.
_resolves(name, address) if {
	some [z, r] in dns.recordsByFqdn[_lan_name(name)]
	dns.zones[z].records[r].address == address
}

# NAME.<LAN zone>; concat, not sprintf, which the SDK runs in JavaScript at
# a few microseconds a call.
_lan_name(name) := concat(".", [name, dns.lanZone])

# The records named fqdn, in definition order, looked up in the model's index
# (compiler/model/build-model.ts): a scan of every record per name is O(n^2)
# in the Wasm, which has no comprehension indexing.
_records_for(fqdn) := [dns.zones[z].records[r] | some [z, r] in dns.recordsByFqdn[fqdn]]

_add_record_hint(m) := sprintf("add { name: %s, target: %s/%s } to zone %s", [m.name, m.kind, m.name, dns.lanZone]) if dns.lanZone in _served_zone_names

_add_record_hint(m) := sprintf("serve the LAN zone %s (dns.zones) with { name: %s, target: %s/%s }", [dns.lanZone, m.name, m.kind, m.name]) if not dns.lanZone in _served_zone_names

# METADATA
# title: Hosts and nodes have address records
# description: |
#   Every host and node should resolve by name in the LAN zone
#   (network.domain) to its own address, so runbooks and people can use names.
# custom:
#   id: VEIL-DNS-003
#   severity: warn
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc8375
findings contains f if {
	some p in _machine_problems
	f := lib.finding(rego.metadata.rule(), p.path, p.message, p.hint)
}

_machine_problems contains p if {
	some m in _unresolved_machines
	fqdn := _lan_name(m.name)
	count(_records_for(fqdn)) == 0
	p := {
		"path": m.path,
		"message": sprintf("%s %s (%s) has no address record %s in the LAN zone %s", [m.kind, m.name, m.address, fqdn, dns.lanZone]),
		"hint": _add_record_hint(m),
	}
}

_machine_problems contains p if {
	some m in _unresolved_machines
	fqdn := _lan_name(m.name)
	records := _records_for(fqdn)
	count(records) > 0
	not m.address in {r.address | some r in records}
	p := {
		"path": records[0].path,
		"message": sprintf("%s resolves to %s, not to %s %s's address %s", [fqdn, _or_nothing(records[0].address), m.kind, m.name, m.address]),
		"hint": sprintf("target %s/%s instead of a literal address", [m.kind, m.name]),
	}
}

_or_nothing(null) := "nothing"

_or_nothing(a) := a if a != null

# The served zone a name falls in: the longest zone that is the name or a parent of it.
_zone_of(name) := z if {
	zs := [z | some z in _served_zone_names; _in_zone(name, z)]
	count(zs) > 0
	longest := max([count(z) | some z in zs])
	some z in zs
	count(z) == longest
}

_in_zone(name, zone) if name == zone

_in_zone(name, zone) if endswith(name, concat("", [".", zone]))

_relative(name, zone) := "@" if name == zone

_relative(name, zone) := trim_suffix(name, concat("", [".", zone])) if name != zone

_ingress_hint(h) := sprintf("add { name: %s, target: ingress } to zone %s", [_relative(h.host, z), z]) if z := _zone_of(h.host)

_ingress_hint(h) := sprintf("serve a zone that contains %s (dns.zones) with a record targeting ingress", [h.host]) if not _zone_of(h.host)

# METADATA
# title: Ingress hosts resolve to the ingress
# description: |
#   Every host name the compiled Ingresses serve (Grafana, Prometheus,
#   Alertmanager, the MinIO API and console) needs a record that resolves to
#   the ingress address; otherwise clients never reach the Ingress.
# custom:
#   id: VEIL-DNS-004
#   severity: deny
#   sources:
#     - https://kubernetes.io/docs/concepts/services-networking/ingress/#name-based-virtual-hosting
findings contains f if {
	some p in _ingress_problems
	f := lib.finding(rego.metadata.rule(), p.path, p.message, p.hint)
}

_ingress_problems contains p if {
	some h in dns.ingressHosts
	count(_records_for(h.host)) == 0
	p := {
		"path": h.path,
		"message": sprintf("%s (the %s ingress host) has no DNS record; clients cannot reach the ingress at %s", [h.host, h.component, input.spec.ingress.address]),
		"hint": _ingress_hint(h),
	}
}

_ingress_problems contains p if {
	some h in dns.ingressHosts
	records := _records_for(h.host)
	count(records) > 0
	not input.spec.ingress.address in {r.address | some r in records}
	p := {
		"path": h.path,
		"message": sprintf("%s (the %s ingress host) resolves to %s, not to the ingress address %s", [h.host, h.component, _or_nothing(records[0].address), input.spec.ingress.address]),
		"hint": sprintf("make %s target ingress", [lib.path_string(records[0].path)]),
	}
}

# METADATA
# title: DNS server is a declared host
# description: dns.server names the host (from hosts) that runs Unbound.
# custom:
#   id: VEIL-DNS-005
#   severity: deny
#   sources:
#     - https://unbound.docs.nlnetlabs.nl/en/latest/manpages/unbound.conf.html
findings contains f if {
	dns.serverAddress == null
	f := lib.finding(
		rego.metadata.rule(),
		["dns", "server"],
		sprintf("DNS server %s is not a declared host", [dns.server]),
		sprintf("name one of the hosts: %s", [lib.names([h.name | some h in input.spec.hosts])]),
	)
}

# Top-level names people use on LANs that are not (and may never be) delegated
# for private use; .internal is (ICANN, 2024) and home.arpa is (RFC 8375).
_pseudo_tlds := {
	"local": "RFC 6762 reserves .local for multicast DNS, which answers it instead",
	"lan": ".lan is not a reserved name and could be delegated in the public DNS",
	"home": ".home is not reserved for private use; ICANN halted its delegation over name collisions",
	"corp": ".corp is not reserved for private use; ICANN halted its delegation over name collisions",
	"localdomain": ".localdomain is not a reserved name",
	"intranet": ".intranet is not a reserved name",
	"private": ".private is not a reserved name",
}

_tld(name) := _labels(name)[count(_labels(name)) - 1]

_domain_names := array.concat(
	[{"name": input.spec.network.domain, "path": ["network", "domain"]}],
	[{"name": z.name, "path": array.concat(z.path, ["name"])} | some z in dns.zones],
)

# METADATA
# title: Private zones under home.arpa or an owned domain
# description: |
#   LAN zones belong under home.arpa (RFC 8375) or a domain the user owns.
#   Made-up top-level names (.local, .lan, .home, ...) collide with mDNS or
#   with names that may be delegated publicly.
# custom:
#   id: VEIL-DNS-006
#   severity: warn
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc8375
#     - https://www.rfc-editor.org/rfc/rfc6762
#     - https://www.icann.org/en/announcements/details/icann-seeks-feedback-on-proposed-top-level-domain-string-for-private-use-24-01-2024-en
findings contains f if {
	some d in _domain_names
	why := _pseudo_tlds[_tld(d.name)]
	f := lib.finding(
		rego.metadata.rule(),
		d.path,
		sprintf("%s ends in a made-up top-level name: %s", [d.name, why]),
		sprintf("use a name under home.arpa (e.g. %s.home.arpa) or a domain you own", [trim_suffix(d.name, concat("", [".", _tld(d.name)]))]),
	)
}

_target_problem(t) := sprintf("which names no declared %s", [kind]) if {
	some kind in ["host", "node"]
	startswith(t, concat("", [kind, "/"]))
}

_target_problem("ingress") := "but the spec has no ingress"

_target_problem("object-store") := "but the spec exposes no object store address"

# METADATA
# title: Record targets exist
# description: A record's target (ingress, object-store, host/NAME, node/NAME) must name something the spec declares.
# custom:
#   id: VEIL-DNS-007
#   severity: deny
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc1034#section-3.6
findings contains f if {
	some r in _records
	r.target != null
	r.address == null
	f := lib.finding(
		rego.metadata.rule(),
		array.concat(r.path, ["target"]),
		sprintf("%s targets %s, %s", [r.fqdn, r.target, _target_problem(r.target)]),
		"point the record at a declared host or node, or give a literal address",
	)
}

# METADATA
# title: LAN DNS
# description: |
#   Zones and records Unbound serves on the DNS host. Records arrive resolved
#   (compiler/model/build-model.ts): each has its FQDN and the address its
#   target stands for, or null when the target names nothing.
package veil.dns

import data.veil.lib
import data.veil.statics

# An import, not a rule (dns := ...): the Wasm then reads input directly
# instead of calling and memoizing a rule on every use inside the loops.
import input.facts.dns

# Record ri of zone zi as the model's RecordFact (compiler/model/facts.ts):
# {zone, name, fqdn, target, address, ttl, path}. The input holds only each
# record's fqdn and resolved address (compiler/policy/input.ts); the rest is
# the spec's, rebuilt here for the records a rule looks at closely.
_record(zi, ri) := {
	"zone": dns.zones[zi].name,
	"name": w.name,
	"fqdn": r.fqdn,
	"target": object.get(w, "target", null),
	"address": r.address,
	"ttl": object.get(w, "ttl", input.spec.dns.ttl),
	"path": ["dns", "zones", zi, "records", ri],
} if {
	r := dns.zones[zi].records[ri]
	w := input.spec.dns.zones[zi].records[ri]
}

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
	some zi, z in dns.zones
	some ri, x in z.records
	not _plainly_valid(x.fqdn)
	r := _record(zi, ri)
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
#   A zone holds each record once. A second record with the same name and
#   the same address is a copy (an RRset holds no duplicate records, RFC 2181
#   section 5; veilc writes it once). Several addresses for one name are
#   round-robin A records, one RRset of several records, and are fine. The
#   same name in two zones is a zone cut instead (VEIL-DNS-008).
# custom:
#   id: VEIL-DNS-002
#   severity: deny
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc2181#section-5
findings contains f if {
	some refs in dns.recordsByFqdn
	count(refs) > 1
	some y, [zb, rb] in refs
	b := _record(zb, rb)
	b.address != null
	copies := [r |
		some x, [za, ra] in refs
		x < y
		r := _record(za, ra)
		r.zone == b.zone
		r.address == b.address
	]
	count(copies) > 0
	f := lib.finding(
		rego.metadata.rule(),
		array.concat(b.path, ["name"]),
		sprintf("%s A %s is already defined at %s", [b.fqdn, b.address, lib.path_string(copies[0].path)]),
		"delete the repeated record (several addresses for one name are fine: that is round-robin)",
	)
}

# METADATA
# title: One TTL per name
# description: |
#   Round-robin A records of one name form one RRset, and the records of an
#   RRset share one TTL (RFC 2181 section 5.2). Unbound serves each record
#   with the TTL written for it, and caches then treat the whole set as
#   having the lowest, so the higher TTLs mean nothing.
# custom:
#   id: VEIL-DNS-010
#   severity: warn
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc2181#section-5.2
findings contains f if {
	some refs in dns.recordsByFqdn
	count(refs) > 1
	some y, [zb, rb] in refs
	b := _record(zb, rb)
	others := [r |
		some x, [za, ra] in refs
		x < y
		r := _record(za, ra)
		r.zone == b.zone
		r.ttl != b.ttl
	]
	count(others) > 0
	f := lib.finding(
		rego.metadata.rule(),
		array.concat(b.path, ["ttl"]),
		sprintf("%s has TTL %d here but %d at %s: the A records of one name form one RRset, which has one TTL; caches use the lowest for all of them", [b.fqdn, b.ttl, others[0].ttl, lib.path_string(others[0].path)]),
		sprintf("give every record of %s the same ttl", [b.fqdn]),
	)
}

# Every compiled zone: the spec's zones (A records), then the reverse zone
# (one PTR per host and node, implied by their addresses).
_zone_refs := array.concat(
	[{"kind": "spec", "index": i, "name": z.name, "holds": "A", "what": sprintf("zone %s (%s)", [z.name, lib.path_string(z.path)])} | some i, z in dns.zones],
	_reverse_ref,
)

_reverse_ref := [{"kind": "reverse", "index": -1, "name": dns.reverse.zone, "holds": "PTR", "what": sprintf("the reverse zone %s (dns.reverse)", [dns.reverse.zone])}] if dns.reverse != null

_reverse_ref := [] if dns.reverse == null

# The PTR records veilc compiles into the reverse zone, rebuilt only when a
# zone cut involves the reverse zone: the input names each by the index of
# its host or node in input.facts.network.statics (compiler/policy/input.ts).
_ptrs := [p |
	some i in dns.reverse.statics
	m := statics.machine(i)
	p := {
		"name": concat(".", [_ptr_owner(input.facts.network.statics[i]), dns.reverse.zone]),
		"address": m.address,
		"fqdn": concat(".", [m.name, dns.lanZone]),
		"path": m.path,
	}
]

# The owner of an address in the reverse zone: its octets below the zone's,
# last first ("160" for 192.168.0.160 in 0.168.192.in-addr.arpa), as
# compiler/model/ipv4.ts reverseOwner.
_ptr_owner(v) := concat(".", [o[3 - j] |
	o := split(lib.ip(v), ".")
	in_zone := count(split(dns.reverse.zone, ".")) - 2
	some j in numbers.range(0, 3)
	j <= 3 - in_zone
])

_below(name, zone) if endswith(name, concat("", [".", zone]))

# Pairs of compiled zones where child lies inside parent: each is a zone cut.
_cuts contains [parent, child] if {
	some parent in _zone_refs
	some child in _zone_refs
	_below(child.name, parent.name)
}

# Whether fqdn lies in child and in no zone deeper than child: then child is
# the zone that answers for it (the closest enclosing zone).
_answers_for(child, fqdn) if {
	_in_zone(fqdn, child.name)
	not _deeper_zone(child, fqdn)
}

_deeper_zone(child, fqdn) if {
	some d in _zone_refs
	_below(d.name, child.name)
	_in_zone(fqdn, d.name)
}

# Names the zone holds a record at.
_holds_name(z, fqdn) if {
	z.kind == "spec"
	some [zi, _] in dns.recordsByFqdn[fqdn]
	zi == z.index
}

_holds_name(z, fqdn) if {
	z.kind == "reverse"
	some p in _ptrs
	p.name == fqdn
}

# The name exists in the zone: its apex, a record's owner, or an empty
# non-terminal above one (RFC 4592 section 2.2.2).
_name_exists(z, fqdn) if fqdn == z.name

_name_exists(z, fqdn) if _holds_name(z, fqdn)

_name_exists(z, fqdn) if {
	z.kind == "spec"
	some r in dns.zones[z.index].records
	_below(r.fqdn, fqdn)
}

_name_exists(z, fqdn) if {
	z.kind == "reverse"
	some p in _ptrs
	_below(p.name, fqdn)
}

# What the answering zone says for a query of the hidden record (checked
# against a real Unbound in test/unbound/zone-cuts.test.ts).
_answer(z, fqdn, type) := sprintf("its own %s record of that name", [type]) if {
	z.holds == type
	_holds_name(z, fqdn)
} else := sprintf("NODATA (the name exists there, with no %s record)", [type]) if {
	_name_exists(z, fqdn)
} else := "NXDOMAIN"

_cut_message(fqdn, child) := sprintf("lies at the apex of %s", [child.what]) if fqdn == child.name

_cut_message(fqdn, child) := sprintf("lies below the zone cut at %s, %s", [child.name, child.what]) if fqdn != child.name

# METADATA
# title: No records hidden by a zone cut
# description: |
#   When one served zone lies inside another (a child zone such as
#   lab.home.arpa inside home.arpa, a zone inside the reverse zone, or the
#   reverse zone inside a spec zone), the child is authoritative for every
#   name at and below its apex (RFC 1034 sections 4.2.1 and 4.3.2). Unbound
#   answers such names from the closest enclosing auth-zone only, so a record
#   the parent holds at or below the child's apex is never served: a query
#   gets the child's answer (NODATA at its apex, NXDOMAIN below it). This
#   covers every pair of zones, the LAN zone and the reverse zone included.
# custom:
#   id: VEIL-DNS-008
#   severity: deny
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc1034#section-4.2.1
#     - https://www.rfc-editor.org/rfc/rfc1034#section-4.3.2
#     - https://unbound.docs.nlnetlabs.nl/en/latest/manpages/unbound.conf.html#authority-zone-options
findings contains f if {
	some h in _hidden_records
	f := lib.finding(rego.metadata.rule(), h.path, h.message, h.hint)
}

# Records a parent zone holds at or below a child's apex: spec records...
_hidden_records contains h if {
	some [parent, child] in _cuts
	parent.kind == "spec"
	some ri, r in dns.zones[parent.index].records
	_answers_for(child, r.fqdn)
	h := {
		"path": ["dns", "zones", parent.index, "records", ri, "name"],
		"message": sprintf("%s in zone %s %s, which is authoritative for it: Unbound never serves this record, a query gets %s", [r.fqdn, parent.name, _cut_message(r.fqdn, child), _answer(child, r.fqdn, "A")]),
		"hint": _move_hint(r.fqdn, child),
	}
}

# ...and the PTR records veilc compiles into the reverse zone, which no spec
# line writes: the finding points at the zone that hides them.
_hidden_records contains h if {
	some [parent, child] in _cuts
	parent.kind == "reverse"
	some p in _ptrs
	_answers_for(child, p.name)
	h := {
		"path": array.concat(dns.zones[child.index].path, ["name"]),
		"message": sprintf("the PTR record %s -> %s (for %s) that veilc compiles into the reverse zone %s %s, which is authoritative for it: reverse lookups of %s get %s", [p.name, p.fqdn, lib.path_string(p.path), parent.name, _cut_message(p.name, child), p.address, _answer(child, p.name, "PTR")]),
		"hint": sprintf("remove zone %s (spec zones hold only A records, so it cannot serve the PTR records)", [child.name]),
	}
}

_move_hint(fqdn, child) := sprintf("move the record into zone %s as name %s, or remove it", [child.name, _relative(fqdn, child.name)]) if child.kind == "spec"

_move_hint(_, child) := sprintf("remove the record: the reverse zone %s holds only the PTR records veilc compiles", [child.name]) if child.kind == "reverse"

_public_what(z) := sprintf("%s is a public domain (registrable under %s in the Public Suffix List)", [z.name, z.publicSuffix]) if {
	z.registrableDomain == z.name
	not z.specialUse
}

_public_what(z) := sprintf("%s is a public suffix (Public Suffix List): every domain registered under it", [z.name]) if {
	z.publicSuffix == z.name
	not z.specialUse
}

# METADATA
# title: Zones at the apex of a public domain
# description: |
#   An auth-zone answers every name at and below its apex from the zone file:
#   names the spec does not list get NXDOMAIN, and listed names get NODATA
#   for other types. For a zone at the apex of a real public domain (say
#   myfamily.net, a domain the user owns), every LAN client then loses the
#   domain's public names (web site, MX) that the spec does not repeat. The
#   compiled config sets fallback-enabled: no, but that is not the cause:
#   fallback only applies when the zone cannot be loaded, not to names
#   missing from it (tested on a real Unbound). Special-use and reserved
#   names (home.arpa, .internal, .local, example.com, ...; the model's
#   specialUse, compiler/model/special-use.ts) are exempt; a subdomain
#   (lan.myfamily.net) hides only itself.
# custom:
#   id: VEIL-DNS-009
#   severity: warn
#   sources:
#     - https://unbound.docs.nlnetlabs.nl/en/latest/manpages/unbound.conf.html#authority-zone-options
#     - https://publicsuffix.org/list/
#     - https://www.iana.org/assignments/special-use-domain-names/special-use-domain-names.xhtml
#     - https://www.iana.org/assignments/locally-served-dns-zones/locally-served-dns-zones.xhtml
#     - https://www.rfc-editor.org/rfc/rfc6761
#     - https://www.rfc-editor.org/rfc/rfc6303
#     - https://www.rfc-editor.org/rfc/rfc8375
#     - https://www.rfc-editor.org/rfc/rfc2606
findings contains f if {
	some z in dns.zones
	what := _public_what(z)
	f := lib.finding(
		rego.metadata.rule(),
		array.concat(z.path, ["name"]),
		sprintf("%s: Unbound answers every name under %s from this zone alone (auth-zone, for-downstream), so for every LAN client the public names the spec does not list (www.%s, the domain's MX, ...) get NXDOMAIN or an empty answer", [what, z.name, z.name]),
		sprintf("serve a subdomain instead (e.g. lan.%s: the public names keep resolving), or a name under home.arpa (RFC 8375)", [z.name]),
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
_records_for(fqdn) := [_record(z, r) | some [z, r] in dns.recordsByFqdn[fqdn]]

# The per-machine messages and hints below use concat, not sprintf: one finding
# per node at the size cap makes tens of thousands of sprintf calls into JavaScript.
_add_record_hint(m) := concat("", ["add { name: ", m.name, ", target: ", m.kind, "/", m.name, " } to zone ", dns.lanZone]) if dns.lanZone in _served_zone_names

_add_record_hint(m) := concat("", ["serve the LAN zone ", dns.lanZone, " (dns.zones) with { name: ", m.name, ", target: ", m.kind, "/", m.name, " }"]) if not dns.lanZone in _served_zone_names

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
	some m in _unresolved_machines
	fqdn := _lan_name(m.name)
	[at, message, hint] := _machine_problem(m, fqdn)
	f := lib.finding(rego.metadata.rule(), at, message, hint)
}

# [path, message, hint] for a machine whose LAN name has no record, or whose
# records resolve elsewhere. Straight into the finding: a set of these
# problems in between hashed and compared every one once more (at the size
# cap every node has one; set inserts and the Wasm allocator behind them were
# most of the policy's time).
_machine_problem(m, fqdn) := [
	m.path,
	concat("", [m.kind, " ", m.name, " (", m.address, ") has no address record ", fqdn, " in the LAN zone ", dns.lanZone]),
	_add_record_hint(m),
] if {
	count(_records_for(fqdn)) == 0
}

_machine_problem(m, fqdn) := [
	records[0].path,
	sprintf("%s resolves to %s, not to %s %s's address %s", [fqdn, _or_nothing(records[0].address), m.kind, m.name, m.address]),
	sprintf("target %s/%s instead of a literal address", [m.kind, m.name]),
] if {
	records := _records_for(fqdn)
	count(records) > 0
	not m.address in {r.address | some r in records}
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
#   Every host name the compiled Ingresses or HTTPRoutes serve (Grafana,
#   Prometheus, Alertmanager, the MinIO API and console) needs a record that
#   resolves to the ingress address (the Gateway's, for a Gateway API
#   controller; during a migration, the address of the entry point that keeps
#   the DNS names); otherwise clients never reach it.
# custom:
#   id: VEIL-DNS-004
#   severity: deny
#   sources:
#     - https://kubernetes.io/docs/concepts/services-networking/ingress/#name-based-virtual-hosting
#     - https://gateway-api.sigs.k8s.io/reference/spec/#httproutespec
findings contains f if {
	some p in _ingress_problems
	f := lib.finding(rego.metadata.rule(), p.path, p.message, p.hint)
}

_ingress_problems contains p if {
	some h in dns.ingressHosts
	count(_records_for(h.host)) == 0
	p := {
		"path": h.path,
		"message": sprintf("%s (the %s ingress host) has no DNS record; clients cannot reach the ingress at %s", [h.host, h.component, dns.ingressAddress]),
		"hint": _ingress_hint(h),
	}
}

_ingress_problems contains p if {
	some h in dns.ingressHosts
	records := _records_for(h.host)
	count(records) > 0
	not dns.ingressAddress in {r.address | some r in records}
	p := {
		"path": h.path,
		"message": sprintf("%s (the %s ingress host) resolves to %s, not to the ingress address %s", [h.host, h.component, _or_nothing(records[0].address), dns.ingressAddress]),
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
	some zi, z in dns.zones
	some ri, x in z.records
	x.address == null
	r := _record(zi, ri)
	r.target != null
	f := lib.finding(
		rego.metadata.rule(),
		array.concat(r.path, ["target"]),
		sprintf("%s targets %s, %s", [r.fqdn, r.target, _target_problem(r.target)]),
		"point the record at a declared host or node, or give a literal address",
	)
}

package veil.dns_test

import data.veil.dns
import data.veil.testlib.base
import data.veil.testlib.ids
import data.veil.testlib.only
import data.veil.testlib.patch

# zones[0] is veil.home.arpa (ingress, grafana, prometheus, alertmanager, s3, s3-console);
# zones[1] is home.arpa (skaia, meteor-1, meteor-2, meteor-3, hive).
_set(path, value) := {"op": "replace", "path": path, "value": value}

# patch, with ops given singly or in lists (what _add_record and _add_zone make).
_patch(ops) := patch([op | some x in ops; some op in _ops(x)])

_ops(x) := x if is_array(x)

_ops(x) := [x] if is_object(x)

_rep(s, n) := concat("", [s | some _ in numbers.range(1, n)])

test_baseline_clean if {
	count(dns.findings) == 0 with input as base
}

test_001_name_too_long if {
	long := concat(".", [_rep("a", 60), _rep("b", 60), _rep("c", 60), _rep("d", 60), "veil.home.arpa"])
	inp := _patch([_set("/facts/dns/zones/0/records/1/fqdn", long)])
	[f] := only(dns.findings, "VEIL-DNS-001") with input as inp
	f.path == ["dns", "zones", 0, "records", 1, "name"]
	f.message == sprintf("record grafana in zone veil.home.arpa: %s is 258 characters; a DNS name has at most 253", [long])
}

test_001_long_name_with_short_labels_is_fine if {
	long := concat(".", [_rep("a", 60), _rep("b", 60), "veil.home.arpa"])
	inp := _patch([_set("/facts/dns/zones/0/records/1/fqdn", long)])
	not "VEIL-DNS-001" in ids(dns.findings) with input as inp
}

test_001_label_too_long if {
	inp := _patch([_set("/facts/dns/zones/1/name", concat(".", [_rep("x", 64), "arpa"]))])
	[f] := only(dns.findings, "VEIL-DNS-001") with input as inp
	f.path == ["dns", "zones", 1, "name"]
	contains(f.message, "is 64 characters; a label has at most 63")
}

test_001_wildcard_inside_label if {
	inp := _patch([_set("/facts/dns/zones/0/records/1/fqdn", "a*.veil.home.arpa")])
	[f] := only(dns.findings, "VEIL-DNS-001") with input as inp
	contains(f.message, "a*.veil.home.arpa has a * that is not the whole leftmost label")
}

test_001_leftmost_wildcard_is_fine if {
	inp := _patch([_set("/facts/dns/zones/0/records/1/fqdn", "*.veil.home.arpa")])
	not "VEIL-DNS-001" in ids(dns.findings) with input as inp
}

test_002_identical_copy if {
	inp := _patch([_set("/facts/dns/zones/1/records/4/fqdn", "skaia.home.arpa"), _set("/facts/dns/zones/1/records/4/address", "192.168.0.160")])
	[f] := only(dns.findings, "VEIL-DNS-002") with input as inp
	f.path == ["dns", "zones", 1, "records", 4, "name"]
	f.message == "skaia.home.arpa A 192.168.0.160 is already defined at dns.zones[1].records[0]"
}

test_002_round_robin_is_fine if {
	inp := _patch([_set("/facts/dns/zones/1/records/4/fqdn", "skaia.home.arpa")])
	not "VEIL-DNS-002" in ids(dns.findings) with input as inp
}

# Three copies: each later one against the first, once.
test_002_every_copy_against_the_first if {
	inp := _patch([
		_set("/facts/dns/zones/1/records/3/fqdn", "meteor-2.home.arpa"),
		_set("/facts/dns/zones/1/records/3/address", "192.168.0.202"),
		_set("/facts/dns/zones/1/records/4/fqdn", "meteor-2.home.arpa"),
		_set("/facts/dns/zones/1/records/4/address", "192.168.0.202"),
	])
	{[f.path, f.message] | some f in only(dns.findings, "VEIL-DNS-002")} == {
		[["dns", "zones", 1, "records", 3, "name"], "meteor-2.home.arpa A 192.168.0.202 is already defined at dns.zones[1].records[2]"],
		[["dns", "zones", 1, "records", 4, "name"], "meteor-2.home.arpa A 192.168.0.202 is already defined at dns.zones[1].records[2]"],
	} with input as inp
}

test_002_unresolved_targets_are_007s if {
	inp := _patch([
		_set("/facts/dns/zones/1/records/4/fqdn", "meteor-3.home.arpa"),
		_set("/facts/dns/zones/1/records/4/address", null),
		_set("/facts/dns/zones/1/records/3/address", null),
	])
	not "VEIL-DNS-002" in ids(dns.findings) with input as inp
}

test_010_round_robin_with_two_ttls if {
	inp := _patch([_set("/facts/dns/zones/1/records/4/fqdn", "skaia.home.arpa"), {"op": "add", "path": "/spec/dns/zones/1/records/4/ttl", "value": 60}])
	[f] := only(dns.findings, "VEIL-DNS-010") with input as inp
	f.severity == "warn"
	f.path == ["dns", "zones", 1, "records", 4, "ttl"]
	f.message == "skaia.home.arpa has TTL 60 here but 3600 at dns.zones[1].records[0]: the A records of one name form one RRset, which has one TTL; caches use the lowest for all of them"
}

test_010_same_ttl_is_fine if {
	inp := _patch([_set("/facts/dns/zones/1/records/4/fqdn", "skaia.home.arpa")])
	not "VEIL-DNS-010" in ids(dns.findings) with input as inp
}

# A record appended to zone z: { name, address } in the spec, and
# what the model makes of it in the facts (the policy input keeps its fqdn
# and address; compiler/policy/input.ts).
_add_record(z, name, fqdn) := [
	{"op": "add", "path": sprintf("/spec/dns/zones/%d/records/-", [z]), "value": {"name": name, "address": "192.168.0.9"}},
	{"op": "add", "path": sprintf("/facts/dns/zones/%d/records/-", [z]), "value": {"fqdn": fqdn, "address": "192.168.0.9"}},
]

# A zone appended at index i, with records made by _record.
_add_zone(i, name, suffix, domain, records) := _add_zone_of(i, name, false, suffix, domain, records)

# The same, with the model's specialUse fact given.
_add_zone_of(i, name, special, suffix, domain, records) := [
	{"op": "add", "path": "/spec/dns/zones/-", "value": {"name": name, "records": [r.spec | some r in records]}},
	{"op": "add", "path": "/facts/dns/zones/-", "value": {
		"name": name, "specialUse": special, "publicSuffix": suffix, "registrableDomain": domain,
		"records": [r.fact | some r in records], "path": ["dns", "zones", i],
	}},
]

_record(name, fqdn) := {"spec": {"name": name, "address": "192.168.0.9"}, "fact": {"fqdn": fqdn, "address": "192.168.0.9"}}

test_008_record_at_the_child_apex if {
	inp := _patch([_add_record(1, "veil", "veil.home.arpa")])
	[f] := only(dns.findings, "VEIL-DNS-008") with input as inp
	f.severity == "deny"
	f.path == ["dns", "zones", 1, "records", 5, "name"]
	f.message == "veil.home.arpa in zone home.arpa lies at the apex of zone veil.home.arpa (dns.zones[0]), which is authoritative for it: Unbound never serves this record, a query gets NODATA (the name exists there, with no A record)"
	f.hint == "move the record into zone veil.home.arpa as name @, or remove it"
}

test_008_record_below_the_cut if {
	inp := _patch([_add_record(1, "nas.veil", "nas.veil.home.arpa")])
	[f] := only(dns.findings, "VEIL-DNS-008") with input as inp
	f.message == "nas.veil.home.arpa in zone home.arpa lies below the zone cut at veil.home.arpa, zone veil.home.arpa (dns.zones[0]), which is authoritative for it: Unbound never serves this record, a query gets NXDOMAIN"
	f.hint == "move the record into zone veil.home.arpa as name nas, or remove it"
}

test_008_the_child_has_its_own_record if {
	inp := _patch([_add_record(1, "grafana.veil", "grafana.veil.home.arpa")])
	[f] := only(dns.findings, "VEIL-DNS-008") with input as inp
	endswith(f.message, "a query gets its own A record of that name")
	not "VEIL-DNS-002" in ids(dns.findings) with input as inp
}

test_008_empty_non_terminal_is_nodata if {
	inp := _patch([
		_add_record(0, "web.apps", "web.apps.veil.home.arpa"),
		_add_record(1, "apps.veil", "apps.veil.home.arpa"),
	])
	[f] := only(dns.findings, "VEIL-DNS-008") with input as inp
	endswith(f.message, "a query gets NODATA (the name exists there, with no A record)")
}

# home.arpa > veil.home.arpa > lab.veil.home.arpa: a record of home.arpa inside
# lab.veil.home.arpa is answered by the deepest zone, and reported once.
test_008_the_closest_enclosing_zone_answers if {
	inp := _patch([
		_add_zone(2, "lab.veil.home.arpa", "home.arpa", "veil.home.arpa", []),
		_add_record(1, "nas.lab.veil", "nas.lab.veil.home.arpa"),
	])
	[f] := only(dns.findings, "VEIL-DNS-008") with input as inp
	contains(f.message, "lies below the zone cut at lab.veil.home.arpa, zone lab.veil.home.arpa (dns.zones[2])")
}

test_008_no_cut_no_finding if {
	inp := _patch([_add_record(1, "nas", "nas.home.arpa")])
	not "VEIL-DNS-008" in ids(dns.findings) with input as inp
}

test_008_zone_inside_the_reverse_zone_hides_a_ptr if {
	inp := _patch([_add_zone(2, "170.0.168.192.in-addr.arpa", "in-addr.arpa", "192.in-addr.arpa", [])])
	[f] := only(dns.findings, "VEIL-DNS-008") with input as inp
	f.path == ["dns", "zones", 2, "name"]
	f.message == "the PTR record 170.0.168.192.in-addr.arpa -> hive.home.arpa (for hosts[1].address) that veilc compiles into the reverse zone 0.168.192.in-addr.arpa lies at the apex of zone 170.0.168.192.in-addr.arpa (dns.zones[2]), which is authoritative for it: reverse lookups of 192.168.0.170 get NODATA (the name exists there, with no PTR record)"
	f.hint == "remove zone 170.0.168.192.in-addr.arpa (spec zones hold only A records, so it cannot serve the PTR records)"
}

test_008_spec_zone_above_the_reverse_zone if {
	inp := _patch([_add_zone(2, "168.192.in-addr.arpa", "in-addr.arpa", "192.in-addr.arpa", [
		_record("5.0", "5.0.168.192.in-addr.arpa"),
		_record("160.0", "160.0.168.192.in-addr.arpa"),
		_record("7.1", "7.1.168.192.in-addr.arpa"),
	])])
	{[f.path, f.message] | some f in only(dns.findings, "VEIL-DNS-008")} == {
		[["dns", "zones", 2, "records", 0, "name"], "5.0.168.192.in-addr.arpa in zone 168.192.in-addr.arpa lies below the zone cut at 0.168.192.in-addr.arpa, the reverse zone 0.168.192.in-addr.arpa (dns.reverse), which is authoritative for it: Unbound never serves this record, a query gets NXDOMAIN"],
		[["dns", "zones", 2, "records", 1, "name"], "160.0.168.192.in-addr.arpa in zone 168.192.in-addr.arpa lies below the zone cut at 0.168.192.in-addr.arpa, the reverse zone 0.168.192.in-addr.arpa (dns.reverse), which is authoritative for it: Unbound never serves this record, a query gets NODATA (the name exists there, with no A record)"],
	} with input as inp
	some f in only(dns.findings, "VEIL-DNS-008") with input as inp
	f.hint == "remove the record: the reverse zone 0.168.192.in-addr.arpa holds only the PTR records veilc compiles"
}

test_008_reverse_names_below_a_ptr if {
	inp := _patch([_add_zone(2, "168.192.in-addr.arpa", "in-addr.arpa", "192.in-addr.arpa", [_record("0", "0.168.192.in-addr.arpa")])])
	[f] := only(dns.findings, "VEIL-DNS-008") with input as inp
	endswith(f.message, "a query gets NODATA (the name exists there, with no A record)")
}

test_008_without_a_reverse_zone if {
	inp := _patch([_set("/facts/dns/reverse", null), _add_zone(2, "170.0.168.192.in-addr.arpa", "in-addr.arpa", "192.in-addr.arpa", [])])
	not "VEIL-DNS-008" in ids(dns.findings) with input as inp
}

test_009_zone_at_the_apex_of_a_public_domain if {
	inp := _patch([_add_zone(2, "myfamily.net", "net", "myfamily.net", [])])
	[f] := only(dns.findings, "VEIL-DNS-009") with input as inp
	f.severity == "warn"
	f.path == ["dns", "zones", 2, "name"]
	f.message == "myfamily.net is a public domain (registrable under net in the Public Suffix List): Unbound answers every name under myfamily.net from this zone alone (auth-zone, for-downstream), so for every LAN client the public names the spec does not list (www.myfamily.net, the domain's MX, ...) get NXDOMAIN or an empty answer"
	f.hint == "serve a subdomain instead (e.g. lan.myfamily.net: the public names keep resolving), or a name under home.arpa (RFC 8375)"
}

test_009_a_public_suffix_itself if {
	inp := _patch([_add_zone(2, "co.uk", "co.uk", null, [])])
	[f] := only(dns.findings, "VEIL-DNS-009") with input as inp
	startswith(f.message, "co.uk is a public suffix (Public Suffix List): every domain registered under it: Unbound answers")
}

test_009_subdomains_and_reserved_names_are_fine if {
	inp := _patch([
		_add_zone(2, "lan.myfamily.net", "net", "myfamily.net", []),
		_add_zone_of(3, "example.com", true, null, null, []),
		_add_zone_of(4, "10.in-addr.arpa", true, null, null, []),
		_add_zone(5, "printers.lan", null, null, []),
	])
	not "VEIL-DNS-009" in ids(dns.findings) with input as inp
}

# The model looks no special-use name up in the Public Suffix List; were the
# list's facts there anyway, specialUse still exempts the zone.
test_009_special_use_wins_over_the_list if {
	inp := _patch([_add_zone_of(2, "example.com", true, "com", "example.com", [])])
	not "VEIL-DNS-009" in ids(dns.findings) with input as inp
	inp2 := _patch([_add_zone_of(2, "example.com", false, "com", "example.com", [])])
	"VEIL-DNS-009" in ids(dns.findings) with input as inp2
}

test_009_public_reverse_domain if {
	inp := _patch([_add_zone(2, "192.in-addr.arpa", "in-addr.arpa", "192.in-addr.arpa", [])])
	[f] := only(dns.findings, "VEIL-DNS-009") with input as inp
	f.path == ["dns", "zones", 2, "name"]
}

test_003_node_without_record if {
	inp := _patch([{"op": "remove", "path": "/facts/dns/zones/1/records/1"}])
	[f] := only(dns.findings, "VEIL-DNS-003") with input as inp
	f.severity == "warn"
	f.path == ["nodes", 0, "name"]
	f.message == "node meteor-1 (192.168.0.201) has no address record meteor-1.home.arpa in the LAN zone home.arpa"
	f.hint == "add { name: meteor-1, target: node/meteor-1 } to zone home.arpa"
}

test_003_record_points_elsewhere if {
	inp := _patch([_set("/facts/dns/zones/1/records/1/address", "192.168.0.99")])
	[f] := only(dns.findings, "VEIL-DNS-003") with input as inp
	f.path == ["dns", "zones", 1, "records", 1]
	f.message == "meteor-1.home.arpa resolves to 192.168.0.99, not to node meteor-1's address 192.168.0.201"
}

test_003_lan_zone_not_served if {
	inp := _patch([_set("/facts/dns/lanZone", "lan.example.org")])
	fs := only(dns.findings, "VEIL-DNS-003") with input as inp
	count(fs) == 5
	some f in fs
	f.hint == "serve the LAN zone lan.example.org (dns.zones) with { name: skaia, target: host/skaia }"
}

test_004_ingress_host_without_record if {
	inp := _patch([{"op": "remove", "path": "/facts/dns/zones/0/records/1"}])
	[f] := only(dns.findings, "VEIL-DNS-004") with input as inp
	f.severity == "deny"
	f.path == ["monitoring", "grafana", "host"]
	f.message == "grafana.veil.home.arpa (the grafana ingress host) has no DNS record; clients cannot reach the ingress at 192.168.0.220"
	f.hint == "add { name: grafana, target: ingress } to zone veil.home.arpa"
}

test_004_ingress_host_elsewhere if {
	inp := _patch([_set("/facts/dns/zones/0/records/4/address", "192.168.0.170")])
	[f] := only(dns.findings, "VEIL-DNS-004") with input as inp
	f.path == ["objectStore", "exposure", "apiHost"]
	f.message == "s3.veil.home.arpa (the minio-api ingress host) resolves to 192.168.0.170, not to the ingress address 192.168.0.220"
	f.hint == "make dns.zones[0].records[4] target ingress"
}

test_004_host_outside_every_zone if {
	inp := _patch([_set("/facts/dns/ingressHosts/0/host", "grafana.example.org")])
	[f] := only(dns.findings, "VEIL-DNS-004") with input as inp
	f.hint == "serve a zone that contains grafana.example.org (dns.zones) with a record targeting ingress"
}

# The rule reads where the target `ingress` resolves (facts.dns.ingressAddress), not
# ingress.address: during a migration the retiring controller keeps the names.
test_004_judges_against_the_address_that_serves_dns if {
	keeps := patch([
		_set("/spec/ingress/address", "192.168.0.221"),
		_set("/facts/dns/ingressAddress", "192.168.0.220"),
	])
	count(only(dns.findings, "VEIL-DNS-004")) == 0 with input as keeps
	switched := patch([
		_set("/spec/ingress/address", "192.168.0.220"),
		_set("/facts/dns/ingressAddress", "192.168.0.221"),
	])
	fs := only(dns.findings, "VEIL-DNS-004") with input as switched
	count(fs) == 5
	some f in fs
	f.path == ["monitoring", "grafana", "host"]
	f.message == "grafana.veil.home.arpa (the grafana ingress host) resolves to 192.168.0.220, not to the ingress address 192.168.0.221"
}

test_005_server_not_a_host if {
	inp := _patch([_set("/facts/dns/server", "ghost"), _set("/facts/dns/serverAddress", null)])
	[f] := only(dns.findings, "VEIL-DNS-005") with input as inp
	f.path == ["dns", "server"]
	f.message == "DNS server ghost is not a declared host"
	f.hint == "name one of the hosts: skaia, hive"
}

test_006_made_up_tld if {
	inp := _patch([_set("/facts/dns/zones/0/name", "veil.lan")])
	[f] := only(dns.findings, "VEIL-DNS-006") with input as inp
	f.severity == "warn"
	f.path == ["dns", "zones", 0, "name"]
	startswith(f.message, "veil.lan ends in a made-up top-level name: .lan is not a reserved name")
	f.hint == "use a name under home.arpa (e.g. veil.home.arpa) or a domain you own"
}

test_006_local_domain if {
	inp := _patch([_set("/spec/network/domain", "home.local")])
	[f] := only(dns.findings, "VEIL-DNS-006") with input as inp
	f.path == ["network", "domain"]
	contains(f.message, "RFC 6762")
}

test_006_owned_domain_is_fine if {
	inp := _patch([_set("/facts/dns/zones/0/name", "lab.example.org")])
	not "VEIL-DNS-006" in ids(dns.findings) with input as inp
}

test_007_target_names_nothing if {
	inp := _patch([_set("/spec/dns/zones/1/records/1/target", "node/meteor-9"), _set("/facts/dns/zones/1/records/1/address", null)])
	fs := only(dns.findings, "VEIL-DNS-007") with input as inp
	[f] := fs
	f.path == ["dns", "zones", 1, "records", 1, "target"]
	f.message == "meteor-1.home.arpa targets node/meteor-9, which names no declared node"
}

test_007_object_store_target_without_store if {
	inp := _patch([_set("/spec/dns/zones/0/records/4/target", "object-store"), _set("/facts/dns/zones/0/records/4/address", null)])
	some f in dns.findings with input as inp
	f.rule == "VEIL-DNS-007"
	f.message == "s3.veil.home.arpa targets object-store, but the spec exposes no object store address"
}

test_001_wildcard_not_leftmost if {
	inp := _patch([_set("/facts/dns/zones/0/records/1/fqdn", "a.*.veil.home.arpa")])
	"VEIL-DNS-001" in ids(dns.findings) with input as inp
}

test_004_apex_host_hint if {
	inp := _patch([_set("/facts/dns/ingressHosts/0/host", "veil.home.arpa")])
	[f] := only(dns.findings, "VEIL-DNS-004") with input as inp
	f.hint == "add { name: @, target: ingress } to zone veil.home.arpa"
}

test_007_ingress_target_without_ingress if {
	inp := _patch([_set("/facts/dns/zones/0/records/0/address", null)])
	some f in dns.findings with input as inp
	f.rule == "VEIL-DNS-007"
	f.message == "ingress.veil.home.arpa targets ingress, but the spec has no ingress"
}

# A /16 LAN: the reverse zone is 168.192.in-addr.arpa with owners like 160.0,
# so 0.168.192.in-addr.arpa is an empty non-terminal there.
test_008_empty_non_terminal_of_the_reverse_zone if {
	inp := _patch([
		_set("/facts/dns/reverse/zone", "168.192.in-addr.arpa"),
		_add_zone(2, "192.in-addr.arpa", "in-addr.arpa", "192.in-addr.arpa", [_record("0.168", "0.168.192.in-addr.arpa")]),
	])
	[f] := only(dns.findings, "VEIL-DNS-008") with input as inp
	endswith(f.message, "a query gets NODATA (the name exists there, with no A record)")
}

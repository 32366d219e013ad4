package veil.dns_test

import data.veil.dns
import data.veil.testlib.base
import data.veil.testlib.ids
import data.veil.testlib.only
import data.veil.testlib.patch

# zones[0] is veil.home.arpa (ingress, grafana, prometheus, alertmanager, s3, s3-console);
# zones[1] is home.arpa (skaia, meteor-1, meteor-2, meteor-3, hive).
_set(path, value) := {"op": "replace", "path": path, "value": value}

_rep(s, n) := concat("", [s | some _ in numbers.range(1, n)])

test_baseline_clean if {
	count(dns.findings) == 0 with input as base
}

test_001_name_too_long if {
	long := concat(".", [_rep("a", 60), _rep("b", 60), _rep("c", 60), _rep("d", 60), "veil.home.arpa"])
	inp := patch([_set("/facts/dns/zones/0/records/1/fqdn", long)])
	[f] := only(dns.findings, "VEIL-DNS-001") with input as inp
	f.path == ["dns", "zones", 0, "records", 1, "name"]
	f.message == sprintf("record grafana in zone veil.home.arpa: %s is 258 characters; a DNS name has at most 253", [long])
}

test_001_long_name_with_short_labels_is_fine if {
	long := concat(".", [_rep("a", 60), _rep("b", 60), "veil.home.arpa"])
	inp := patch([_set("/facts/dns/zones/0/records/1/fqdn", long)])
	not "VEIL-DNS-001" in ids(dns.findings) with input as inp
}

test_001_label_too_long if {
	inp := patch([_set("/facts/dns/zones/1/name", concat(".", [_rep("x", 64), "arpa"]))])
	[f] := only(dns.findings, "VEIL-DNS-001") with input as inp
	f.path == ["dns", "zones", 1, "name"]
	contains(f.message, "is 64 characters; a label has at most 63")
}

test_001_wildcard_inside_label if {
	inp := patch([_set("/facts/dns/zones/0/records/1/fqdn", "a*.veil.home.arpa")])
	[f] := only(dns.findings, "VEIL-DNS-001") with input as inp
	contains(f.message, "a*.veil.home.arpa has a * that is not the whole leftmost label")
}

test_001_leftmost_wildcard_is_fine if {
	inp := patch([_set("/facts/dns/zones/0/records/1/fqdn", "*.veil.home.arpa")])
	not "VEIL-DNS-001" in ids(dns.findings) with input as inp
}

test_002_duplicate if {
	inp := patch([_set("/facts/dns/zones/1/records/4/fqdn", "skaia.home.arpa"), _set("/facts/dns/zones/1/records/4/address", "192.168.0.160")])
	[f] := only(dns.findings, "VEIL-DNS-002") with input as inp
	f.path == ["dns", "zones", 1, "records", 4, "name"]
	f.message == "skaia.home.arpa is already defined at dns.zones[1].records[0]"
}

# One name three times, across both zones: one finding per pair, at the later record.
test_002_every_pair_of_a_repeated_name if {
	inp := patch([
		_set("/facts/dns/zones/0/records/2/fqdn", "grafana.veil.home.arpa"),
		_set("/facts/dns/zones/1/records/4/fqdn", "grafana.veil.home.arpa"),
	])
	{[f.path, f.message] | some f in only(dns.findings, "VEIL-DNS-002")} == {
		[["dns", "zones", 0, "records", 2, "name"], "grafana.veil.home.arpa is already defined at dns.zones[0].records[1]"],
		[["dns", "zones", 1, "records", 4, "name"], "grafana.veil.home.arpa is already defined at dns.zones[0].records[1]"],
		[["dns", "zones", 1, "records", 4, "name"], "grafana.veil.home.arpa is already defined at dns.zones[0].records[2]"],
	} with input as inp
}

test_003_node_without_record if {
	inp := patch([{"op": "remove", "path": "/facts/dns/zones/1/records/1"}])
	[f] := only(dns.findings, "VEIL-DNS-003") with input as inp
	f.severity == "warn"
	f.path == ["nodes", 0, "name"]
	f.message == "node meteor-1 (192.168.0.201) has no address record meteor-1.home.arpa in the LAN zone home.arpa"
	f.hint == "add { name: meteor-1, target: node/meteor-1 } to zone home.arpa"
}

test_003_record_points_elsewhere if {
	inp := patch([_set("/facts/dns/zones/1/records/1/address", "192.168.0.99")])
	[f] := only(dns.findings, "VEIL-DNS-003") with input as inp
	f.path == ["dns", "zones", 1, "records", 1]
	f.message == "meteor-1.home.arpa resolves to 192.168.0.99, not to node meteor-1's address 192.168.0.201"
}

test_003_lan_zone_not_served if {
	inp := patch([_set("/facts/dns/lanZone", "lan.example.org")])
	fs := only(dns.findings, "VEIL-DNS-003") with input as inp
	count(fs) == 5
	some f in fs
	f.hint == "serve the LAN zone lan.example.org (dns.zones) with { name: skaia, target: host/skaia }"
}

test_004_ingress_host_without_record if {
	inp := patch([{"op": "remove", "path": "/facts/dns/zones/0/records/1"}])
	[f] := only(dns.findings, "VEIL-DNS-004") with input as inp
	f.severity == "deny"
	f.path == ["monitoring", "grafana", "host"]
	f.message == "grafana.veil.home.arpa (the grafana ingress host) has no DNS record; clients cannot reach the ingress at 192.168.0.220"
	f.hint == "add { name: grafana, target: ingress } to zone veil.home.arpa"
}

test_004_ingress_host_elsewhere if {
	inp := patch([_set("/facts/dns/zones/0/records/4/address", "192.168.0.170")])
	[f] := only(dns.findings, "VEIL-DNS-004") with input as inp
	f.path == ["objectStore", "exposure", "apiHost"]
	f.message == "s3.veil.home.arpa (the minio-api ingress host) resolves to 192.168.0.170, not to the ingress address 192.168.0.220"
	f.hint == "make dns.zones[0].records[4] target ingress"
}

test_004_host_outside_every_zone if {
	inp := patch([_set("/facts/dns/ingressHosts/0/host", "grafana.example.org")])
	[f] := only(dns.findings, "VEIL-DNS-004") with input as inp
	f.hint == "serve a zone that contains grafana.example.org (dns.zones) with a record targeting ingress"
}

test_005_server_not_a_host if {
	inp := patch([_set("/facts/dns/server", "ghost"), _set("/facts/dns/serverAddress", null)])
	[f] := only(dns.findings, "VEIL-DNS-005") with input as inp
	f.path == ["dns", "server"]
	f.message == "DNS server ghost is not a declared host"
	f.hint == "name one of the hosts: skaia, hive"
}

test_006_made_up_tld if {
	inp := patch([_set("/facts/dns/zones/0/name", "veil.lan")])
	[f] := only(dns.findings, "VEIL-DNS-006") with input as inp
	f.severity == "warn"
	f.path == ["dns", "zones", 0, "name"]
	startswith(f.message, "veil.lan ends in a made-up top-level name: .lan is not a reserved name")
	f.hint == "use a name under home.arpa (e.g. veil.home.arpa) or a domain you own"
}

test_006_local_domain if {
	inp := patch([_set("/spec/network/domain", "home.local")])
	[f] := only(dns.findings, "VEIL-DNS-006") with input as inp
	f.path == ["network", "domain"]
	contains(f.message, "RFC 6762")
}

test_006_owned_domain_is_fine if {
	inp := patch([_set("/facts/dns/zones/0/name", "lab.example.org")])
	not "VEIL-DNS-006" in ids(dns.findings) with input as inp
}

test_007_target_names_nothing if {
	inp := patch([_set("/facts/dns/zones/1/records/1/target", "node/meteor-9"), _set("/facts/dns/zones/1/records/1/address", null)])
	fs := only(dns.findings, "VEIL-DNS-007") with input as inp
	[f] := fs
	f.path == ["dns", "zones", 1, "records", 1, "target"]
	f.message == "meteor-1.home.arpa targets node/meteor-9, which names no declared node"
}

test_007_object_store_target_without_store if {
	inp := patch([_set("/facts/dns/zones/0/records/4/target", "object-store"), _set("/facts/dns/zones/0/records/4/address", null)])
	some f in dns.findings with input as inp
	f.rule == "VEIL-DNS-007"
	f.message == "s3.veil.home.arpa targets object-store, but the spec exposes no object store address"
}

test_001_wildcard_not_leftmost if {
	inp := patch([_set("/facts/dns/zones/0/records/1/fqdn", "a.*.veil.home.arpa")])
	"VEIL-DNS-001" in ids(dns.findings) with input as inp
}

test_004_apex_host_hint if {
	inp := patch([_set("/facts/dns/ingressHosts/0/host", "veil.home.arpa")])
	[f] := only(dns.findings, "VEIL-DNS-004") with input as inp
	f.hint == "add { name: @, target: ingress } to zone veil.home.arpa"
}

test_007_ingress_target_without_ingress if {
	inp := patch([_set("/facts/dns/zones/0/records/0/address", null)])
	some f in dns.findings with input as inp
	f.rule == "VEIL-DNS-007"
	f.message == "ingress.veil.home.arpa targets ingress, but the spec has no ingress"
}

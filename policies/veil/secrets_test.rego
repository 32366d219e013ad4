package veil.secrets_test

import data.veil.secrets
import data.veil.testlib.base
import data.veil.testlib.ids
import data.veil.testlib.only
import data.veil.testlib.patch

_set(path, value) := {"op": "replace", "path": path, "value": value}

_webhook := "/spec/monitoring/alertmanager/receivers/1/webhook/url"

test_baseline_clean if {
	count(secrets.findings) == 0 with input as base
}

test_001_password_in_url if {
	inp := patch([_set("/spec/dns/filtering/0/url", "https://me:s3cret@lists.example.org/hosts")])
	[f] := only(secrets.findings, "VEIL-SECRET-001") with input as inp
	f.path == ["dns", "filtering", 0, "url"]
	f.hint == "use a block-list URL that needs no credentials, or mirror the list"
}

test_001_user_only_is_fine if {
	inp := patch([_set("/spec/dns/filtering/0/url", "https://mirror@lists.example.org/hosts")])
	not "VEIL-SECRET-001" in ids(secrets.findings) with input as inp
}

test_002_token_query if {
	inp := patch([_set(_webhook, "https://notify.example.org/hook?channel=ops&token=abc123")])
	[f] := only(secrets.findings, "VEIL-SECRET-002") with input as inp
	f.path == ["monitoring", "alertmanager", "receivers", 1, "webhook", "url"]
	f.hint == "store the URL in a Secret and refer to it with webhook.urlSecret"
	not "VEIL-SECRET-003" in ids(secrets.findings) with input as inp
}

test_002_slack_webhook_path if {
	inp := patch([_set(_webhook, "https://hooks.slack.com/services/T0000/B0000/XXXXXXXX")])
	"VEIL-SECRET-002" in ids(secrets.findings) with input as inp
}

test_002_remote_write_hint if {
	inp := patch([{"op": "add", "path": "/spec/monitoring/prometheus/remoteWrite", "value": [{"name": "vm", "kind": "generic", "url": "https://vm.example.org/api/v1/write?api_key=k123"}]}])
	[f] := only(secrets.findings, "VEIL-SECRET-002") with input as inp
	f.hint == "drop the credentials from the URL and use basicAuthSecret for remote_write"
}

test_002_harmless_query if {
	inp := patch([_set("/spec/dns/filtering/0/url", "https://lists.example.org/hosts?format=plain&keyword=ads")])
	count(secrets.findings) == 0 with input as inp
}

test_003_password_in_description if {
	inp := patch([_set("/spec/cluster/description", "Homelab. Admin password: hunter22!")])
	[f] := only(secrets.findings, "VEIL-SECRET-003") with input as inp
	f.path == ["cluster", "description"]
	f.message == "this text contains what looks like a password or key assignment; the spec is committed and compiled in the clear"
	f.hint == "remove it, rotate the credential, and keep it in a Kubernetes Secret that the spec refers to by name"
}

test_003_aws_key_in_host_description if {
	inp := patch([_set("/spec/hosts/0/description", "backup user AKIAIOSFODNN7EXAMPLE")])
	[f] := only(secrets.findings, "VEIL-SECRET-003") with input as inp
	f.path == ["hosts", 0, "description"]
	contains(f.message, "an AWS access key ID")
}

test_003_private_key if {
	inp := patch([_set("/spec/cluster/description", "-----BEGIN OPENSSH PRIVATE KEY----- b3Bl")])
	[f] := only(secrets.findings, "VEIL-SECRET-003") with input as inp
	contains(f.message, "a private key")
}

test_003_plain_words_are_fine if {
	inp := patch([_set("/spec/cluster/description", "Rotate the password and token regularly; see the runbook.")])
	count(secrets.findings) == 0 with input as inp
}

test_001_url_in_free_text if {
	inp := patch([_set("/spec/cluster/description", "https://admin:pw@nas.home.arpa/")])
	[f] := only(secrets.findings, "VEIL-SECRET-001") with input as inp
	f.hint == "keep credentials in a Kubernetes Secret and refer to it by name"
}

# Strings that each pattern of the package matches, one per alternative, by
# the name of the pattern.
_examples := {
	"a URL": ["https://lists.example.org/hosts", "s3+http://minio:9000/backups"],
	"a password or key assignment": ["api_key = k3y-abcdef", "Password: hunter22!"],
	"a private key": ["-----BEGIN OPENSSH PRIVATE KEY-----", "-----BEGIN PRIVATE KEY-----"],
	"an AWS access key ID": ["AKIAIOSFODNN7EXAMPLE", "ASIAIOSFODNN7EXAMPLE"],
	"a GitHub token": [concat("", ["ghp_", _rep("a1B2", 9)]), concat("", ["github_pat_", _rep("x_", 11)])],
	"a Slack token": ["xoxb-1234567890-abcdef"],
	"a JSON Web Token": ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fw"],
}

_rep(s, n) := concat("", [s | some _ in numbers.range(1, n)])

# The screen must let through every string a pattern matches: a pattern added
# without examples here, or with a literal the screen lacks, fails this test.
test_screen_passes_examples_of_every_pattern if {
	patterns := object.union(secrets._credential_formats, {"a URL": secrets._url, "a password or key assignment": secrets._assignment})
	every what, pattern in patterns {
		count(_examples[what]) > 0
		every example in _examples[what] {
			regex.match(pattern, example)
			regex.match(secrets._screen, example)
		}
	}
}

test_screen_skips_plain_names_and_addresses if {
	every s in ["node-4711", "10.50.19.250", "node/node-4711", "agent", "veil.home.arpa"] {
		not regex.match(secrets._screen, s)
	}
}

# The level-by-level scan finds exactly the strings walk finds, at any depth:
# here one at each depth from 1 to 10, three more than the schema allows.
test_strings_are_found_at_every_depth if {
	deep := {"s2": "token=abcdef2", "l2": [
		"token=abcdef3",
		{"s4": "token=abcdef4", "l4": {"s5": "token=abcdef5", "l5": [
			"token=abcdef6",
			{"s7": "token=abcdef7", "l7": {"s8": "token=abcdef8", "l8": ["token=abcdef9", {"s10": "token=abcdef10"}]}},
		]}},
	]}
	inp := patch([{"op": "add", "path": "/spec/s1", "value": "token=abcdef1"}, {"op": "add", "path": "/spec/deep", "value": deep}])
	walked := {[path, v] | walk(inp.spec, [path, v]); secrets._flagged(v)}
	{count(path) | some [path, v] in walked; startswith(v, "token=abcdef")} == {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	secrets._strings == walked with input as inp
}

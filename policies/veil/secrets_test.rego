package veil.secrets_test

import data.veil
import data.veil.secrets
import data.veil.testlib.base
import data.veil.testlib.ids
import data.veil.testlib.only
import data.veil.testlib.patch

_set(path, value) := {"op": "replace", "path": path, "value": value}

_add(path, value) := {"op": "add", "path": path, "value": value}

_webhook := "/spec/monitoring/alertmanager/receivers/1/webhook/url"

_filter := "/spec/dns/filtering/0/url"

_rep(s, n) := concat("", [s | some _ in numbers.range(1, n)])

_ghp := concat("", ["ghp_", _rep("Zq7w", 9)])

test_baseline_clean if {
	count(secrets.findings) == 0 with input as base
}

# ---------- VEIL-SECRET-001: user parts of URLs

test_001_password_in_url if {
	inp := patch([_set(_filter, "https://me:s3cret@lists.example.org/hosts")])
	[f] := only(secrets.findings, "VEIL-SECRET-001") with input as inp
	f.path == ["dns", "filtering", 0, "url"]
	f.message == "this URL carries a user name and password (RFC 3986 deprecates passwords in URLs) before the @; it would be committed and compiled in the clear"
	f.hint == "use a block-list URL that needs no credentials, or mirror the list"
	f.redact == ["me:s3cret", "s3cret"]
}

test_001_token_as_user_name if {
	inp := patch([_set(_filter, concat("", ["https://", _ghp, "@raw.example.org/lists/hosts"]))])
	[f] := only(secrets.findings, "VEIL-SECRET-001") with input as inp
	f.message == "this URL carries a user part (a token used as the user name, or a user the server authenticates) before the @; it would be committed and compiled in the clear"
	f.redact == [_ghp]

	# the token's own format is named too
	[g] := only(secrets.findings, "VEIL-SECRET-003") with input as inp
	g.redact == [_ghp]
}

test_001_any_user_part if {
	inp := patch([_set(_filter, "https://x-oauth-basic@lists.example.org/hosts")])
	[f] := only(secrets.findings, "VEIL-SECRET-001") with input as inp
	f.redact == ["x-oauth-basic"]
}

test_001_url_in_free_text if {
	inp := patch([_set("/spec/hosts/0/description", "backups go to https://admin:Tr0ub4dor@nas.home.arpa:5001/share nightly")])
	[f] := only(secrets.findings, "VEIL-SECRET-001") with input as inp
	f.path == ["hosts", 0, "description"]
	f.hint == "keep credentials in a Kubernetes Secret and refer to it by name"
	f.redact == ["Tr0ub4dor", "admin:Tr0ub4dor"]
}

test_001_at_sign_in_password if {
	inp := patch([_set(_webhook, "https://ops:h@wk@alerts.example.org/hook")])
	[f] := only(secrets.findings, "VEIL-SECRET-001") with input as inp
	f.redact == ["h@wk", "ops:h@wk"]
}

test_001_password_that_breaks_the_url_format if {
	inp := patch([_set(_webhook, "https://ops:Kest rel\"<Mint@alerts.example.org/hook")])
	[f] := only(secrets.findings, "VEIL-SECRET-001") with input as inp
	f.redact == ["Kest rel\"<Mint", "ops:Kest rel\"<Mint"]
}

test_001_spaces_in_free_text_are_not_a_user_part if {
	inp := patch([_set("/spec/hosts/0/description", "https://lists.example.org is mirrored, mail ops@example.org")])
	count(secrets.findings) == 0 with input as inp
}

test_001_at_sign_in_path_is_fine if {
	inp := patch([_set(_filter, "https://lists.example.org/~ops/@latest/hosts")])
	count(secrets.findings) == 0 with input as inp
}

# ---------- VEIL-SECRET-002: tokens in query, fragment and path

test_002_token_query if {
	inp := patch([_set(_webhook, "https://notify.example.org/hook?channel=ops&token=abc123")])
	[f] := only(secrets.findings, "VEIL-SECRET-002") with input as inp
	f.path == ["monitoring", "alertmanager", "receivers", 1, "webhook", "url"]
	f.hint == "store the URL in a Secret and refer to it with webhook.urlSecret"
	f.redact == ["abc123"]
	not "VEIL-SECRET-003" in ids(secrets.findings) with input as inp
}

test_002_token_in_fragment if {
	inp := patch([_set(_webhook, "https://notify.example.org/cb#access_token=q9Vx2mLk&expires_in=3600")])
	[f] := only(secrets.findings, "VEIL-SECRET-002") with input as inp
	f.redact == ["q9Vx2mLk"]
}

test_002_prefixed_parameters if {
	inp := patch([_set(_filter, "https://bucket.s3.example.org/hosts?X-Amz-Credential=abc%2F2026&X-Amz-Signature=f00dfeed&db_password=pw1")])
	[f] := only(secrets.findings, "VEIL-SECRET-002") with input as inp
	f.redact == ["abc%2F2026", "f00dfeed", "pw1"]
}

test_002_slack_webhook_path if {
	inp := patch([_set(_webhook, "https://hooks.slack.com/services/T0000/B0000/XXXXXXXX")])
	[f] := only(secrets.findings, "VEIL-SECRET-002") with input as inp
	f.redact == ["T0000/B0000/XXXXXXXX"]
}

test_002_telegram_bot_path if {
	inp := patch([_set(_webhook, "https://api.telegram.org/bot12345:abcdef/sendMessage?chat_id=1")])
	[f] := only(secrets.findings, "VEIL-SECRET-002") with input as inp
	f.redact == ["12345:abcdef/sendMessage"]
}

test_002_remote_write_hint if {
	inp := patch([_add("/spec/monitoring/prometheus/remoteWrite", [{"name": "vm", "kind": "generic", "url": "https://vm.example.org/api/v1/write?api_key=k123"}])])
	[f] := only(secrets.findings, "VEIL-SECRET-002") with input as inp
	f.hint == "drop the credentials from the URL and use basicAuthSecret for remote_write"
}

test_002_harmless_query if {
	inp := patch([_set(_filter, "https://lists.example.org/hosts?format=plain&keyword=ads&monkey=1#section-2")])
	count(secrets.findings) == 0 with input as inp
}

# ---------- VEIL-SECRET-003: token formats and assignments

test_003_password_in_description if {
	inp := patch([_set("/spec/cluster/description", "Homelab. Admin password: hunter22!")])
	[f] := only(secrets.findings, "VEIL-SECRET-003") with input as inp
	f.path == ["cluster", "description"]
	f.message == "this text contains what looks like a password or key assignment; the spec is committed and compiled in the clear"
	f.hint == "remove it, rotate the credential, and keep it in a Kubernetes Secret that the spec refers to by name"
	f.redact == ["hunter22!"]
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

test_003_one_finding_per_kind if {
	glpat := "glpat-Ab3dEf6hIj9kLm2nOp5q"
	inp := patch([_set("/spec/cluster/description", sprintf("ci uses %s and %s; DB_TOKEN=Zx81-plq0", [glpat, _ghp]))])
	fs := only(secrets.findings, "VEIL-SECRET-003") with input as inp
	{[f.message, f.redact] | some f in fs} == {
		["this text contains what looks like a GitLab token; the spec is committed and compiled in the clear", [glpat]],
		["this text contains what looks like a GitHub token; the spec is committed and compiled in the clear", [_ghp]],
		["this text contains what looks like a password or key assignment; the spec is committed and compiled in the clear", ["Zx81-plq0"]],
	}
}

test_003_token_as_assignment_is_named_once if {
	inp := patch([_set("/spec/cluster/description", concat("", ["token: ", _ghp]))])
	[f] := only(secrets.findings, "VEIL-SECRET-003") with input as inp
	contains(f.message, "a GitHub token")
}

test_003_token_in_a_key if {
	inp := patch([_add("/spec/nodes/0/labels", {_ghp: "x"})])
	[f] := only(secrets.findings, "VEIL-SECRET-003") with input as inp
	f.path == ["nodes", 0, "labels", _ghp]
	f.redact == [_ghp]
}

test_003_plain_words_are_fine if {
	inp := patch([_set("/spec/cluster/description", "Rotate the password and token regularly; password: see vault. Keys: AKIA is a prefix.")])
	count(secrets.findings) == 0 with input as inp
}

# ---------- VEIL-SECRET-004: secret-named keys

test_004_secret_named_label if {
	inp := patch([_add("/spec/nodes/1/labels", {"db-password": "c0rrect", "zone": "rack-1"})])
	[f] := only(secrets.findings, "VEIL-SECRET-004") with input as inp
	f.path == ["nodes", 1, "labels", "db-password"]
	f.message == "this key names a secret and has a literal value; the spec is committed and compiled in the clear"
	f.redact == ["c0rrect"]
}

test_004_key_forms if {
	inp := patch([_add("/spec/nodes/0/labels", {
		"example.com/api_token": "t1",
		"clientSecret": "s2",
		"PASSWORD": "p3",
		"has-secret": "true",
		"tokenizer": "bert",
		"monkey": "x",
	})])
	{f.path[3] | some f in only(secrets.findings, "VEIL-SECRET-004")} == {"example.com/api_token", "clientSecret", "PASSWORD"} with input as inp
}

# Schema keys that hold a string (a Secret's key name) do not name a secret;
# the ...Secret keys that match hold a reference object, never a string.
test_004_schema_keys_are_not_secrets if {
	every k in ["passwordKey", "userKey", "secretRef", "key", "name"] {
		not secrets._secret_key(k)
	}
	every k in ["password", "db-password", "db.password", "x/token", "apiKey", "dbPassword", "private_key", "credentials", "clientSecret"] {
		secrets._secret_key(k)
	}
	inp := patch([_set("/spec/monitoring/alertmanager/receivers/1/webhook", {"urlSecret": {"name": "hive-url", "key": "url"}})])
	count(secrets.findings) == 0 with input as inp
}

# ---------- VEIL-SECRET-005: user:password in user names

_email(user) := {
	"name": "mail",
	"email": {"to": "ops@example.org", "from": "am@example.org", "smarthost": "smtp.example.org:587", "authUsername": user},
}

test_005_password_in_user_name if {
	inp := patch([_add("/spec/monitoring/alertmanager/receivers/-", _email("alerts@example.org:Sm7p-pass"))])
	[f] := only(secrets.findings, "VEIL-SECRET-005") with input as inp
	f.path == ["monitoring", "alertmanager", "receivers", 2, "email", "authUsername"]
	f.redact == ["Sm7p-pass"]
}

test_005_plain_user_name_is_fine if {
	inp := patch([_add("/spec/monitoring/alertmanager/receivers/-", _email("alerts@example.org"))])
	count(secrets.findings) == 0 with input as inp
}

test_005_user_keys if {
	every k in ["authUsername", "smtp_user", "login", "user"] {
		secrets._user_key(k)
	}
	not secrets._user_key("userKey")
	not secrets._user_password(3)
	not secrets._user_password("bob:")
}

# ---------- raw input, entrypoints, waivers

test_any_json_shape if {
	count(secrets.findings) == 0 with input as {"spec": "a string, not a mapping"}
	count(secrets.findings) == 0 with input as {"spec": [1, true, null]}
	[f] := only(secrets.findings, "VEIL-SECRET-004") with input as {"spec": [{"password": "hunter2x"}]}
	f.path == [0, "password"]
}

test_secret_findings_entrypoint if {
	inp := {"spec": {"monitoring": {"url": "https://a:b@c.example/"}, "cluster": {"name": 7}}}
	[f] := [x | some x in veil.secret_findings] with input as inp
	f.rule == "VEIL-SECRET-001"
	f.redact == ["a:b", "b"]
}

test_redactions if {
	veil.redactions == [
		[],
		["hunter2", "ops:hunter2"],
		[_ghp],
		["hunter22"],
		[],
	] with input as {"texts": [
		"plain text",
		"          url: https://ops:hunter2@hive.home.arpa:8080/am   # notifier",
		concat("", ["  ", _ghp, ": x"]),
		"    password: hunter22",
		"",
	]}
}

test_secret_rules_cannot_be_waived if {
	inp := patch([
		_set(_filter, "https://me:s3cret@lists.example.org/hosts"),
		_set("/spec/waivers", [{"rule": "VEIL-SECRET-001", "path": "", "reason": "it is only the list mirror", "expires": "2030-01-01"}]),
	])
	[f] := only(veil.findings, "VEIL-SECRET-001") with input as inp
	not f.waived
	[w] := only(veil.findings, "VEIL-WAIVER-003") with input as inp
	w.severity == "deny"
	w.path == ["waivers", 0, "rule"]
	w.message == "VEIL-SECRET-001 (No credentials in URLs) cannot be waived; this waiver waives nothing"
	not "VEIL-WAIVER-002" in ids(veil.findings) with input as inp
}

test_expired_waiver_of_a_secret_rule_is_still_an_error if {
	inp := patch([_set("/spec/waivers", [{"rule": "VEIL-SECRET-004", "path": "nodes[0].labels.db-password", "reason": "old", "expires": "2020-01-01"}])])
	ids(veil.findings) & {"VEIL-WAIVER-001", "VEIL-WAIVER-002", "VEIL-WAIVER-003"} == {"VEIL-WAIVER-003"} with input as inp
}

# ---------- the screen and the scan

# Strings that each pattern of the package matches, one per alternative, by
# the name of the pattern.
_examples := {
	"a URL": ["https://lists.example.org/hosts", "s3+http://minio:9000/backups"],
	"a password or key assignment": ["api_key = k3y-abcdef", "Password: hunter22!"],
	"a private key": ["-----BEGIN OPENSSH PRIVATE KEY-----", "-----BEGIN PGP PRIVATE KEY BLOCK-----", "-----BEGINPRIVATE KEY-----"],
	"an AWS access key ID": ["AKIAIOSFODNN7EXAMPLE", "ASIAIOSFODNN7EXAMPLE", "ABIAIOSFODNN7EXAMPLE", "ACCAIOSFODNN7EXAMPLE", "A3TXIOSFODNN7EXAMPLE"],
	"a GitHub token": [_ghp, "gho_abcdefghijklmnopqrstuvwxyz0123456789", concat("", ["github_pat_", _rep("x_", 11)])],
	"a GitLab token": ["glpat-Ab3dEf6hIj9kLm2nOp5q", "glrt-Ab3dEf6hIj9kLm2nOp5q", "gldt-Ab3dEf6hIj9kLm2nOp5q"],
	"a Slack token": ["xoxb-1234567890-abcdef", "xapp-1-A0123456789-abc", "ci xoxb-1234567890 here", "xapp-1-0123456789"],
	"a JSON Web Token": ["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fw", "eyJ12345678.eyJ12345678.12345678"],
	"a Google API key": [concat("", ["AIza", _rep("Sy0_-", 7)])],
	"an npm token": [concat("", ["npm_", _rep("a1B2", 9)])],
	"a PyPI token": [concat("", ["pypi-AgEIcHlwaS5vcmc", _rep("Ab1-", 13)])],
	"a Stripe key": ["sk_live_4eC39HqLyjWDarjtT1zdp7dc", "rk_test_4eC39HqLyjWDarjtT1zdp7dc"],
	"an OpenAI or Anthropic key": ["sk-proj-abcdefghij0123456789", "sk-ant-api03-abcdefghij0123456789", concat("", ["sk-", _rep("a1", 10), "T3BlbkFJ", _rep("b2", 10)])],
	"a SendGrid key": ["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"],
	"a DigitalOcean token": [concat("", ["dop_v1_", _rep("0a1b", 16)])],
	"a HashiCorp Vault or Terraform token": ["hvs.CAESIJlWh0fNN6bJqnTdSD6Ejb", concat("", ["abcdefghij0123.atlasv1.", _rep("x1", 32)])],
	"an age secret key": [concat("", ["AGE-SECRET-KEY-1", _rep("QPZRY9X8GF", 6)])],
	"a Grafana token": [concat("", ["glsa_", _rep("Ab12", 8), "_0a1b2c3d"]), concat("", ["glc_", _rep("Ab1+", 8)])],
	"a Docker Hub token": ["dckr_pat_abcdefghij0123456789xyz"],
	"a Hugging Face token": [concat("", ["hf_", _rep("abcdefghijklmnopq", 2)])],
	"a Telegram bot token": [concat("", ["123456789:AA", _rep("Ab1_-", 6), "xyz"])],
	"a Twilio API key": [concat("", ["SK", _rep("0a1B", 8)])],
	"a Shopify token": [concat("", ["shpat_", _rep("0a1b", 8)])],
	"a Doppler token": [concat("", ["dp.pt.", _rep("Ab1", 15)])],
}

# The screen must let through every string a pattern matches: a pattern added
# without examples here, or with a literal the screen lacks, fails this test.
test_screen_passes_examples_of_every_pattern if {
	patterns := object.union(secrets._token_formats, {"a URL": secrets._url, "a password or key assignment": secrets._assignment_re})
	every what, pattern in patterns {
		count(_examples[what]) > 0
		every example in _examples[what] {
			regex.match(pattern, example)
			regex.match(secrets._screen, example)
		}
	}
	every what, _ in _examples {
		patterns[what]
	}

	# the second screen lets every token format through
	every what, _ in secrets._token_formats {
		every example in _examples[what] {
			regex.match(secrets._token_screen, example)
		}
	}

	# what a secret pattern matches is masked (a URL alone is not a secret)
	every _, examples in object.remove(_examples, ["a URL"]) {
		every example in examples {
			secrets._parts(example) != set()
		}
	}
}

test_key_screen_passes_every_secret_and_user_key if {
	every k in ["db-password", "dbPassword", "PWD", "x/token", "api-key", "credentials", "authUsername", "login", "SECRET"] {
		secrets._flagged_key(k)
	}
}

# The key screen was one case-insensitive regex; its words are now found by
# contains() in _folded(k). Whatever that regex passed, the screen passes:
# every word, in every case RE2's (?i) matches, the Kelvin sign for k and the
# long s for s among them (U+212A, U+017F), and whatever _screen passes.
_key_screen_regex := concat("|", [secrets._screen, `(?i:pass|pwd|secret|token|key|cred|user|login)`])

test_key_screen_passes_what_its_regex_passed if {
	keys := [
		"pass", "PASS", "pAsS", "pwd", "Pwd", "secret", "SeCrEt", "token", "TOKEN", "key", "KEY", "cred", "Credential",
		"user", "USER", "login", "LogIn", "apiKey", "x-api-key", "authPassword", "db_user", "userName",
		"to\u212aen", "\u212aey", "pa\u017f\u017fword", "\u017fecret", "a=b", "x:y", "https://h", "glc_x", "xoxb", "eyJh",
		"abcdefghijklmnop", "a-b_c-d_e-f_g-h_", "node-4711", "veil.home.arpa", "kee", "pas", "logi", "use",
	]
	every k in keys {
		regex.match(_key_screen_regex, k) == _key_screened(k)
	}
}

_key_screened(k) if secrets._flagged_key(k)

else := false

test_screen_skips_plain_names_and_addresses if {
	every s in ["node-4711", "10.50.19.250", "node/node-4711", "agent", "veil.home.arpa"] {
		not regex.match(secrets._screen, s)
		not secrets._flagged_key(s)
	}
}

# The level-by-level scan finds exactly the strings and keys walk finds, at
# any depth: here one at each depth from 1 to 10, three more than the schema allows.
test_strings_are_found_at_every_depth if {
	deep := {"s2": "token=abcdef2", "l2": [
		"token=abcdef3",
		{"s4": "token=abcdef4", "l4": {"s5": "token=abcdef5", "l5": [
			"token=abcdef6",
			{"s7": "token=abcdef7", "l7": {"s8": "token=abcdef8", "l8": ["token=abcdef9", {"s10": "token=abcdef10"}]}},
		]}},
	]}
	inp := patch([_add("/spec/s1", "token=abcdef1"), _add("/spec/deep", deep)])
	walked := {[path, v] | walk(inp.spec, [path, v]); secrets._flagged(v)}
	{count(path) | some [path, v] in walked; startswith(v, "token=abcdef")} == {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	secrets._strings == walked with input as inp
}

test_keys_are_found_at_every_depth if {
	# a "password" key at each depth from 1 to 10
	inp := patch([_add("/spec/password", "p1"), _add("/spec/d", {"password": "p2", "d": {"password": "p3", "d": {"password": "p4", "d": {"password": "p5", "d": {"password": "p6", "d": {"password": "p7", "d": {"password": "p8", "d": {"password": "p9", "d": {"password": "p10"}}}}}}}}})])
	walked := {[path, path[count(path) - 1], v] | walk(inp.spec, [path, v]); count(path) > 0; secrets._flagged_key(path[count(path) - 1])}
	{count(p) | some [p, k, _] in walked; k == "password"} == {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	secrets._keys == walked with input as inp
	count(only(secrets.findings, "VEIL-SECRET-004")) == 10 with input as inp
}

# The literal prefilters (_assignment_sign, _names_a_secret, _names_a_webhook,
# "@" and "=") let through every string their pattern matches: in any case,
# and with U+212A KELVIN SIGN and U+017F LONG S, which RE2's (?i) takes for k and s.
test_prefilters_pass_every_match if {
	assignments := array.concat(_examples["a password or key assignment"], [
		"PASSWORD: hunter22!", "db_pa\u017f\u017fword=abcdefgh", "to\u212aen: abcdefgh", "API-\u212aEY = abcdefgh",
		"Client_Secret: abcdefgh", "(auth-token=abcdefgh", "CREDENTIALS: abcdefgh", "x_private_key: abcdefgh",
		"passphrase=abcdefgh", "PWD: abcdefgh", "Secret-Key: zzzzzzzz", "access_key: abcdefgh", "ApiKey=abcdefgh",
		"passwd: abcdefgh", "credential = abcdefgh", "SECRET:abcdefgh",
	])
	every s in assignments {
		regex.match(secrets._assignment_re, s)
		secrets._assignment_sign(s)
		secrets._names_a_secret(s)
	}
	webhooks := [
		"https://hooks.slack.com/services/T0000/B0000/XXXXXXXX", "HTTPS://HOO\u212a\u017f.\u017fLAC\u212a.COM/WORKFLOWS/abc",
		"https://canary.discordapp.com/api/webhooks/1/abc", "https://DISCORD.com/api/webhooks/1/abc",
		"https://api.telegram.org/bot12345:abcdef/sendMessage", "https://team.webhook.office.com/webhookb2/abc",
		"https://outlook.office.com/webhook/abc", "https://hooks.zapier.com/hooks/catch/1/abc",
		"https://maker.ifttt.com/trigger/evt/with/key/abc",
	]
	every u in webhooks {
		regex.match(secrets._token_path_re, u)
		secrets._names_a_webhook(u)
	}
	every u in ["https://me:s3cret@lists.example.org/hosts", "s3://AKIA:x@minio:9000/b"] {
		regex.match(secrets._userinfo_re, u)
		contains(u, "@")
	}
	every u in ["https://a.example/?token=abc123", "https://a.example/cb#access_token=q9Vx2mLk"] {
		regex.match(secrets._param_re, u)
		contains(u, "=")
	}
}

# ... and hold back what is plainly not an assignment or a webhook.
test_prefilters_skip_plain_text if {
	every s in ["  - name: node-4711", "add { name: node-1, target: node/node-1 } to zone home.arpa", "severity = \"critical\""] {
		not secrets._names_a_secret(s)
	}
	not secrets._names_a_webhook("https://raw.githubusercontent.com/StevenBlack/hosts/master/hosts")
}

# Found through the prefilters: upper case, the Kelvin sign and the long s.
test_folded_spellings_are_found if {
	inp := patch([
		_set("/spec/cluster/description", "Admin PA\u017f\u017fWORD: hunter22!"),
		_set(_webhook, "HTTPS://HOO\u212aS.SLACK.COM/SERVICES/T0000/B0000/XXXXXXXX"),
	])
	[f] := only(secrets.findings, "VEIL-SECRET-003") with input as inp
	f.redact == ["hunter22!"]
	[g] := only(secrets.findings, "VEIL-SECRET-002") with input as inp
	g.redact == ["T0000/B0000/XXXXXXXX"]
}

# METADATA
# title: No literal secrets
# description: |
#   The spec is committed to Git and compiled into out/, so it may only refer
#   to secrets (secretRef, urlSecret, basicAuthSecret, authPasswordSecret,
#   adminSecret), never contain them. The schema has no field for a password
#   or key, so secret material can only hide in strings: URLs with
#   credentials or tokens, and free text such as descriptions. Every string
#   in the spec is scanned.
package veil.secrets

import data.veil.lib

# Every string in the spec that a rule below could flag, with its path.
#
# The spec is iterated level by level, not with walk(input.spec, ...): walk
# in the Wasm first builds a path array for every value of the spec (40,000
# at 5,000 nodes, ~30 MiB), which cost a fifth of the whole policy. Seven
# levels cover every path the schema allows (the deepest, e.g.
# monitoring.alertmanager.receivers[i].webhook.urlSecret.name, has seven
# segments); anything deeper is still walked, below the seventh level.
_strings contains [[a], v] if {
	some a, v in input.spec
	_flagged(v)
}

_strings contains [[a, b], v] if {
	some a, x1 in input.spec
	some b, v in x1
	_flagged(v)
}

_strings contains [[a, b, c], v] if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, v in x2
	_flagged(v)
}

_strings contains [[a, b, c, d], v] if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, x3 in x2
	some d, v in x3
	_flagged(v)
}

_strings contains [[a, b, c, d, e], v] if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, x3 in x2
	some d, x4 in x3
	some e, v in x4
	_flagged(v)
}

_strings contains [[a, b, c, d, e, f], v] if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, x3 in x2
	some d, x4 in x3
	some e, x5 in x4
	some f, v in x5
	_flagged(v)
}

_strings contains [[a, b, c, d, e, f, g], v] if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, x3 in x2
	some d, x4 in x3
	some e, x5 in x4
	some f, x6 in x5
	some g, v in x6
	_flagged(v)
}

_strings contains [array.concat([a, b, c, d, e, f, g], path), v] if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, x3 in x2
	some d, x4 in x3
	some e, x5 in x4
	some f, x6 in x5
	some g, x7 in x6
	walk(x7, [path, v])
	count(path) > 0
	_flagged(v)
}

# A cheap screen runs on every string first (25,000 at 5,000 nodes): each
# pattern below matches only text that contains one of its literals, so a
# string without any of them cannot be flagged and skips the 8 regexes
# (running them, or their disjunction, on every string was most of this
# package's time). secrets_test.rego checks examples of every pattern
# against the screen.
_flagged(v) if {
	is_string(v)
	regex.match(_screen, v)
}

# "://" a URL (-001, -002); ":" or "=" an assignment; "-----BEGIN " a private
# key; AKIA or ASIA an AWS key; "gh" or "github_pat_" a GitHub token; "xox" a
# Slack token; "eyJ" a JSON Web Token.
_screen := `://|[:=]|-----BEGIN |AKIA|ASIA|gh|github_pat_|xox|eyJ`

_url := `^[A-Za-z][A-Za-z0-9+.-]*://`

_is_url(s) if regex.match(_url, s)

# METADATA
# title: No credentials in URLs
# description: |
#   A URL of the form scheme://user:password@host carries a password in the
#   clear; it ends up in the compiled manifests and in Git.
# custom:
#   id: VEIL-SECRET-001
#   severity: deny
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1
findings contains f if {
	some [path, value] in _strings
	_is_url(value)
	regex.match(`^[A-Za-z][A-Za-z0-9+.-]*://[^/?#@\s]*:[^/?#@\s]*@`, value)
	f := lib.finding(
		rego.metadata.rule(),
		path,
		"this URL carries a user name and password before the @ (RFC 3986 says not to); it would be committed and compiled in the clear",
		_ref_hint(path),
	)
}

# Query parameters that carry credentials, and webhook services whose URL path is the token.
_token_param := `(?i)[?&](access_token|token|api[_-]?key|apikey|key|secret|client_secret|password|passwd|pwd|auth|sig|signature|x-amz-signature)=[^&#\s]+`

_token_path := `(?i)^https?://(hooks\.slack\.com/services/|(canary\.|ptb\.)?discord(app)?\.com/api/webhooks/|api\.telegram\.org/bot|[^/]*\.webhook\.office\.com/|outlook\.office\.com/webhook/)`

# METADATA
# title: No tokens in URLs
# description: |
#   A URL whose query carries a credential (token=, key=, password=, sig=,
#   ...) or whose path is a bearer token (Slack, Discord, Telegram and
#   Microsoft Teams webhooks) is a secret itself; keep it in a Secret.
# custom:
#   id: VEIL-SECRET-002
#   severity: deny
#   sources:
#     - https://api.slack.com/messaging/webhooks
#     - https://prometheus.io/docs/alerting/latest/configuration/#webhook_config
findings contains f if {
	some [path, value] in _strings
	_is_url(value)
	_has_token(value)
	f := lib.finding(
		rego.metadata.rule(),
		path,
		"this URL contains a token (a credential in its query or a webhook token in its path); it would be committed and compiled in the clear",
		_ref_hint(path),
	)
}

_has_token(s) if regex.match(_token_param, s)

_has_token(s) if regex.match(_token_path, s)

# Well-known credential formats, and "password: ..." style assignments in free text.
_credential_formats := {
	"a private key": `-----BEGIN [A-Z ]*PRIVATE KEY-----`,
	"an AWS access key ID": `\b(AKIA|ASIA)[0-9A-Z]{16}\b`,
	"a GitHub token": `\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b`,
	"a Slack token": `\bxox[abposr]-[A-Za-z0-9-]{10,}`,
	"a JSON Web Token": `\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}`,
}

_assignment := `(?i)\b(password|passwd|secret|token|api[_-]?key|access[_-]?key|secret[_-]?key)\s*[:=]\s*\S{6,}`

_credentials(s) := {what |
	some what, pattern in _credential_formats
	regex.match(pattern, s)
} | {"a password or key assignment" |
	not _is_url(s)
	regex.match(_assignment, s)
}

# METADATA
# title: No credentials in text
# description: |
#   Strings that look like credentials: private key blocks, AWS access key
#   IDs, GitHub and Slack tokens, JSON Web Tokens, and "password: ..." or
#   "token=..." assignments in free text such as cluster.description.
# custom:
#   id: VEIL-SECRET-003
#   severity: deny
#   sources:
#     - https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns
findings contains f if {
	some [path, value] in _strings
	some what in _credentials(value)
	f := lib.finding(
		rego.metadata.rule(),
		path,
		sprintf("this text contains what looks like %s; the spec is committed and compiled in the clear", [what]),
		"remove it, rotate the credential, and keep it in a Kubernetes Secret that the spec refers to by name",
	)
}

_ref_hint(path) := "store the URL in a Secret and refer to it with webhook.urlSecret" if {
	path[count(path) - 2] == "webhook"
}

_ref_hint(path) := "drop the credentials from the URL and use basicAuthSecret for remote_write" if {
	"remoteWrite" in path
}

_ref_hint(path) := "use a block-list URL that needs no credentials, or mirror the list" if {
	"filtering" in path
}

_ref_hint(path) := "keep credentials in a Kubernetes Secret and refer to it by name" if {
	not path[count(path) - 2] == "webhook"
	not "remoteWrite" in path
	not "filtering" in path
}

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

# Every string in the spec, with its path.
_strings contains [path, value] if {
	walk(input.spec, [path, value])
	is_string(value)
}

_is_url(s) if regex.match(`^[A-Za-z][A-Za-z0-9+.-]*://`, s)

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

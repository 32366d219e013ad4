# METADATA
# title: No literal secrets
# description: |
#   The spec is committed to Git and compiled into out/, so it may only refer
#   to secrets (secretRef, urlSecret, basicAuthSecret, authPasswordSecret,
#   adminSecret), never contain them. The schema has no field for a password
#   or key, so secret material can only hide in strings: URLs with
#   credentials or tokens, free text such as descriptions, keys the user
#   chooses (node labels), and user-name fields. Every string of the spec,
#   keys included, is scanned. None of these rules can be waived.
#
#   Every finding carries `redact`: the secret substrings it found. veilc
#   masks them wherever it echoes the spec (messages, code frames, every
#   report format), and `redactions` applies the same detectors to any text
#   the reports echo (compiler/report/redact.ts).
package veil.secrets

import data.veil.lib

# Every entry of the spec that a detector below could flag, as [path, key, value]:
# a string value, or a mapping key (a token pasted as a label key, a key that
# names a secret, "db-password", or a user, "authUsername", whose value then
# holds one). Array items have their index as key.
#
# The spec is iterated level by level, not with walk(input.spec, ...): walk
# in the Wasm first builds a path array for every value of the spec (40,000
# at 5,000 nodes, ~30 MiB), which cost a fifth of the whole policy. Seven
# levels cover every path the schema allows (the deepest, e.g.
# monitoring.alertmanager.receivers[i].webhook.urlSecret.name, has seven
# segments); anything deeper is still walked, below the seventh level. Keys
# and values are screened in the same pass, so the spec is iterated once.
_entries contains [[a], a, v] if {
	some a, v in input.spec
	_hit(a, v)
}

_entries contains [[a, b], b, v] if {
	some a, x1 in input.spec
	some b, v in x1
	_hit(b, v)
}

_entries contains [[a, b, c], c, v] if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, v in x2
	_hit(c, v)
}

_entries contains [[a, b, c, d], d, v] if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, x3 in x2
	some d, v in x3
	_hit(d, v)
}

_entries contains [[a, b, c, d, e], e, v] if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, x3 in x2
	some d, x4 in x3
	some e, v in x4
	_hit(e, v)
}

_entries contains [[a, b, c, d, e, f], f, v] if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, x3 in x2
	some d, x4 in x3
	some e, x5 in x4
	some f, v in x5
	_hit(f, v)
}

_entries contains [[a, b, c, d, e, f, g], g, v] if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, x3 in x2
	some d, x4 in x3
	some e, x5 in x4
	some f, x6 in x5
	some g, v in x6
	_hit(g, v)
}

_entries contains [p, p[count(p) - 1], v] if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, x3 in x2
	some d, x4 in x3
	some e, x5 in x4
	some f, x6 in x5
	some g, x7 in x6
	walk(x7, [path, v])
	count(path) > 0
	p := array.concat([a, b, c, d, e, f, g], path)
	_hit(p[count(p) - 1], v)
}

_hit(_, v) if _flagged(v)

_hit(k, _) if _flagged_keys[k]

# Keys are screened once per distinct key: a spec of 5,000 nodes has 30,000
# keys but a few dozen distinct ones, and a set lookup costs a fifth of a regex.
_flagged_keys := {k | some k in _all_keys; _flagged_key(k)}

# Every distinct mapping key of the spec, at any depth (same levels as _entries).

_all_keys contains a if {
	some a, _ in input.spec
	is_string(a)
}

_all_keys contains b if {
	some a, x1 in input.spec
	some b, _ in x1
	is_string(b)
}

_all_keys contains c if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, _ in x2
	is_string(c)
}

_all_keys contains d if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, x3 in x2
	some d, _ in x3
	is_string(d)
}

_all_keys contains e if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, x3 in x2
	some d, x4 in x3
	some e, _ in x4
	is_string(e)
}

_all_keys contains f if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, x3 in x2
	some d, x4 in x3
	some e, x5 in x4
	some f, _ in x5
	is_string(f)
}

_all_keys contains g if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, x3 in x2
	some d, x4 in x3
	some e, x5 in x4
	some f, x6 in x5
	some g, _ in x6
	is_string(g)
}

_all_keys contains k if {
	some a, x1 in input.spec
	some b, x2 in x1
	some c, x3 in x2
	some d, x4 in x3
	some e, x5 in x4
	some f, x6 in x5
	some g, x7 in x6
	walk(x7, [path, _])
	count(path) > 0
	k := path[count(path) - 1]
	is_string(k)
}

# String values to scan, with their paths.
_strings := {[path, v] | some [path, _, v] in _entries; _flagged(v)}

# Keys to judge by their name, as [path of the entry, key, value].
_keys := {[path, k, v] | some [path, k, v] in _entries; _flagged_key(k)}

# Strings the text detectors look at: values, and keys (a token pasted as a label key).
_texts := _strings | {[path, k] | some [path, k, _] in _keys; _flagged(k)}

# A cheap screen runs on every string first (25,000 at 5,000 nodes): each
# pattern below matches only text that contains one of its literals, so a
# string without any of them cannot be flagged and skips the regexes
# (running them, or their disjunction, on every string was most of this
# package's time). secrets_test.rego checks examples of every pattern
# against the screen.
_flagged(v) if {
	is_string(v)
	regex.match(_screen, v)
}

# "://" a URL; ":" or "=" an assignment; "-----BEGIN" a private key;
# "glc_" a Grafana token (base64, "+" and "/" break it up); "xox" a Slack
# token (its shortest, xoxb- and 10 more, is a run of 15) and "eyJ" a JSON Web
# Token (dots split it into runs as short as 8); every other token format,
# even at its shortest, has a run of 16 or more letters, digits, "_" or "-"
# (secrets_test.rego holds the shortest Slack token, JWT and private-key
# header; the others' shortest matches were checked by hand). An alternation of
# all the formats' prefixes cost a third more per string, so it runs second,
# on screened strings only (_token_screen).
_screen := `://|[:=]|-----BEGIN|glc_|xox|eyJ|[A-Za-z0-9_-]{16}`

# Keys worth a closer look: the screen above, or a word of a secret or user
# name in any case (_folded, below: what (?i) would match of an ASCII word).
# Words by contains(), not a second regex: the screen's is compiled for the
# values anyway, and a case-insensitive alternation beside its 16-character
# run made RE2 build a large DFA for a hundred distinct keys.
_flagged_key(k) if _flagged(k)

_flagged_key(k) if {
	is_string(k)
	_holds_a_word(k, _key_words)
}

_key_words := ["pass", "pwd", "secret", "token", "key", "cred", "user", "login"]

# ---------- detectors: each returns the secret substrings it finds in a string

# URLs anywhere in a string: the value of a URL field, or one pasted into free text.
_url := `(?i)\b[a-z][a-z0-9+.-]*://[^\s<>"'\x60]+`

_urls(s) := {m[0] |
	contains(s, "://")
	some m in regex.find_all_string_submatch_n(_url, s, -1)
}

# RFC 3986 section 3.2.1: the authority ends at the first "/", "?" or "#",
# and the userinfo before its "@". A password may hold a raw "@" the RFC
# forbids; URL parsers (WHATWG URL, Go net/url) then take the last "@" of the
# authority, and so does this (the greedy match), so no piece of it is left.
_userinfo_re := `^[A-Za-z][A-Za-z0-9+.-]*://([^/?#\s]+)@`

_userinfo(s) := {m[1] |
	contains(s, "@") # _userinfo_re needs one, and u is part of s
	some u in _urls(s)
	some m in regex.find_all_string_submatch_n(_userinfo_re, u, -1)
}

# The value of a URL field (a key ending in "url": webhook.url,
# dns.filtering[].url, remoteWrite[].url) is one URL as a whole, so its user
# part runs to the last "@" of the authority whatever it holds: a password
# with a space, a quote or "<" breaks the URL format and the match above,
# and must still be found (and masked in the schema finding it causes).
_field_userinfo(path, s) := {m[1] |
	contains(s, "@")
	_url_key(path[count(path) - 1])
	some m in regex.find_all_string_submatch_n(`^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]+)@`, s, 1)
}

_url_key(k) if {
	is_string(k)
	endswith(lower(k), "url")
}

# Query or fragment parameters that carry a credential (token=, access_token=,
# api_key=, password=, sig=, X-Amz-Signature=, ...): the value is the secret.
_param_names := `token|password|passwd|pwd|pass|secret|api[_-]?key|apikey|key|auth|sig|signature|credential|jwt|session`

_param_re := concat("", [`(?i)[?&#;](?:[a-z0-9._-]*[_-])?(?:`, _param_names, `)=([^&#\s]+)`])

_params(s) := {m[1] |
	contains(s, "=") # _param_re needs one, and u is part of s
	some u in _urls(s)
	some m in regex.find_all_string_submatch_n(_param_re, u, -1)
}

# Webhook services whose URL path is the bearer token (everything after the service's prefix).
_token_path_re := `(?i)^https?://(?:hooks\.slack\.com/(?:services|workflows|triggers)/|(?:canary\.|ptb\.)?discord(?:app)?\.com/api/webhooks/|api\.telegram\.org/bot|[^/]*\.webhook\.office\.com/|outlook\.office\.com/webhook/|hooks\.zapier\.com/hooks/catch/|maker\.ifttt\.com/trigger/[^/?#]+/with/key/)([^?#\s]+)`

_token_paths(s) := {m[1] |
	contains(s, "://") # as in _urls, before the dearer test
	_names_a_webhook(s)
	some u in _urls(s)
	some m in regex.find_all_string_submatch_n(_token_path_re, u, -1)
}

# A literal every alternative of _token_path_re holds, in any case.
_webhook_parts := ["hooks.slack.com/", "discord", "api.telegram.org/bot", ".webhook.office.com/", "outlook.office.com/webhook/", "hooks.zapier.com/hooks/catch/", "maker.ifttt.com/trigger/"]

_names_a_webhook(s) if {
	f := _folded(s)
	some part in _webhook_parts
	contains(f, part)
}

# Well-known credential formats. Shapes after the prefixes their issuers
# document and gitleaks' default rule set (config/gitleaks.toml).
_token_formats := {
	"a private key": `-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY( BLOCK)?-----`,
	"an AWS access key ID": `\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[0-9A-Z]{16}\b`,
	"a GitHub token": `\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})`,
	"a GitLab token": `\bgl(?:pat|ptt|dt|rt|rtr|ft|soat|imt|agent|cbt|oas|wt|ffct)-[0-9A-Za-z_-]{20,}`,
	"a Slack token": `\b(?:xox[abposre]-[A-Za-z0-9-]{10,}|xapp-[0-9]-[A-Za-z0-9-]{10,})`,
	"a JSON Web Token": `\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}`,
	"a Google API key": `\bAIza[0-9A-Za-z_-]{35}`,
	"an npm token": `\bnpm_[A-Za-z0-9]{36}`,
	"a PyPI token": `\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}`,
	"a Stripe key": `\b[sr]k_(?:test|live|prod)_[A-Za-z0-9]{10,}`,
	"an OpenAI or Anthropic key": `\bsk-(?:proj|svcacct|admin|ant)-[A-Za-z0-9_-]{20,}|\bsk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}`,
	"a SendGrid key": `\bSG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{16,64}`,
	"a DigitalOcean token": `\bdo[por]_v1_[a-f0-9]{64}`,
	"a HashiCorp Vault or Terraform token": `\bhv[sbr]\.[A-Za-z0-9_-]{20,}|\b[a-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}`,
	"an age secret key": `AGE-SECRET-KEY-1[0-9A-Z]{58}`,
	"a Grafana token": `\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|\bglc_[A-Za-z0-9+/]{32,}`,
	"a Docker Hub token": `\bdckr_pat_[A-Za-z0-9_-]{20,}`,
	"a Hugging Face token": `\bhf_[A-Za-z]{34}`,
	"a Telegram bot token": `\b[0-9]{5,16}:AA[A-Za-z0-9_-]{33}`,
	"a Twilio API key": `\bSK[0-9a-fA-F]{32}\b`,
	"a Shopify token": `\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}`,
	"a Doppler token": `\bdp\.pt\.[A-Za-z0-9]{40,}`,
}

# The formats' literal prefixes, to skip the formats on most screened strings.
_token_screen := `-----BEGIN|AKIA|ASIA|ABIA|ACCA|A3T|gh[pousr]_|github_pat_|gl[a-z]+-|xox|xapp-|eyJ|AIza|npm_|pypi-|[sr]k_|sk-|SG\.|do[por]_v1_|hv[sbr]\.|AGE-SECRET-KEY|gl(sa|c)_|dckr_pat_|hf_|SK[0-9a-fA-F]|shp[a-z]{2}_|atlasv1|dp\.pt\.|[0-9]:AA`

_tokens(s) := {[what, m[0]] |
	regex.match(_token_screen, s)
	some what, pattern in _token_formats
	some m in regex.find_all_string_submatch_n(pattern, s, -1)
}

# "password: hunter22", "DB_TOKEN=...", "api-key = ..." in free text: the
# value is the secret. The keyword must start a word and not follow "?", "&"
# or "#" (a URL's own parameters are _params' business); 6 characters at least,
# so prose like "password: see the vault" is not taken for one.
_secret_words := `password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|secret[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?token|credentials?`

_assignment_re := concat("", [`(?i)(?:^|[\s,(\[{"'])(?:[a-z0-9._-]*[_-])?(?:`, _secret_words, `)\s*[:=]\s*["']?([^\s"',;)\]}]{6,})`])

_assignments(s) := {m[1] |
	_assignment_sign(s)
	_names_a_secret(s)
	some m in regex.find_all_string_submatch_n(_assignment_re, s, -1)
}

_assignment_sign(s) if contains(s, ":")

_assignment_sign(s) if contains(s, "=")

# A word every alternative of _secret_words holds: "pass" is in password,
# passwd and passphrase, "key" in api_key, access-key, privateKey, ...
_secret_word_parts := ["pass", "pwd", "secret", "token", "key", "credential"]

_names_a_secret(s) if _holds_a_word(s, _secret_word_parts)

# One of `words` (lower-case ASCII) is in s, in any case (?i) would match.
_holds_a_word(s, words) if {
	f := _folded(s)
	some word in words
	contains(f, word)
}

# Literal prefilters for the case-insensitive patterns above: a string
# without the literal cannot match, and contains() is much cheaper than a
# regex call (which copies and hashes the pattern each time; most strings
# that pass _screen, a source line with a colon say, match nothing) and
# spares compiling the pattern in an evaluation where nothing needs it.
# _folded(s) is s in lower case with the two non-ASCII letters that RE2's
# (?i) also takes for ASCII ones made ASCII: U+212A KELVIN SIGN (k) and
# U+017F LATIN SMALL LETTER LONG S (s), the only ones Unicode case folding
# (CaseFolding.txt, which RE2 follows) puts with an ASCII letter. upper()
# turns the long s into S, lower() the Kelvin sign into k, so whatever a
# (?i) pattern matches of an ASCII word is that word in _folded(s).
_folded(s) := lower(upper(s))

# Keys that name a secret: the word stands alone or between separators
# ("password", "db-password", "example.com/api_token"), or ends a camelCase
# key ("dbPassword"). Schema keys such as passwordKey or authPasswordSecret
# hold a Secret's key name or a reference object, never a string that matches.
_secret_key_re := concat("", [`(?i)^(?:[a-z0-9._/-]*[._/-])?(?:`, _secret_words, `)(?:[._-][a-z0-9._-]*)?$`])

_camel_secret_key_re := `^[a-z][A-Za-z0-9]*(?:Password|Passwd|Passphrase|Secret|Token|ApiKey|AccessKey|SecretKey|PrivateKey|Credentials?)$`

_secret_key(k) if regex.match(_secret_key_re, k)

_secret_key(k) if regex.match(_camel_secret_key_re, k)

# Values that say something about a secret without being one.
_not_secret := {"", "true", "false", "yes", "no", "on", "off", "enabled", "disabled", "none", "required", "optional"}

# User-name keys ("authUsername", "smtp_user", "login").
_user_key(k) if regex.match(`(?i)(?:user(?:[_-]?name)?|login)$`, k)

# "user:password" in a user-name field: what follows the first colon.
_user_password(v) := p if {
	is_string(v)
	i := indexof(v, ":")
	i >= 0
	p := substring(v, i + 1, -1)
	p != ""
}

# Every secret substring the text detectors find in s, for masking.
_parts(s) := ((((userinfo | _passwords(userinfo)) | _params(s)) | _token_paths(s)) | {t | some [_, t] in _tokens(s)}) | _assignments(s) if {
	regex.match(_screen, s)
	userinfo := _userinfo(s)
} else := set()

# redactions: for each of input.texts, the secret substrings to mask in it
# (entrypoint veil/redactions; the reports send every line they echo).
redactions := [sort(_parts(t)) | some t in input.texts]

_finding(md, path, message, hint, parts) := object.union(
	lib.finding(md, path, message, hint),
	{"redact": sort(parts)},
)

# METADATA
# title: No credentials in URLs
# description: |
#   A URL with a user part (scheme://user:password@host, or a token used as
#   the user name, scheme://TOKEN@host) carries a credential in the clear; it
#   ends up in the compiled manifests and in Git. RFC 3986 deprecates the
#   password there; none of the spec's URLs needs a user name (remote_write
#   has basicAuthSecret), so any user part is denied.
# custom:
#   id: VEIL-SECRET-001
#   severity: deny
#   waivable: false
#   sources:
#     - https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1
#     - https://docs.github.com/en/get-started/git-basics/about-remote-repositories#cloning-with-https-urls
findings contains f if {
	some [path, value] in _texts
	userinfo := _userinfo(value) | _field_userinfo(path, value)
	count(userinfo) > 0
	f := _finding(
		rego.metadata.rule(),
		path,
		sprintf("this URL carries %s before the @; it would be committed and compiled in the clear", [_userinfo_kind(userinfo)]),
		_ref_hint(path),
		userinfo | _passwords(userinfo),
	)
}

# The password of each user:password, to mask wherever it appears on its own.
_passwords(userinfo) := {p | some u in userinfo; p := _user_password(u)}

_userinfo_kind(parts) := "a user name and password (RFC 3986 deprecates passwords in URLs)" if {
	some p in parts
	contains(p, ":")
} else := "a user part (a token used as the user name, or a user the server authenticates)"

# METADATA
# title: No tokens in URLs
# description: |
#   A URL whose query or fragment carries a credential (token=,
#   access_token=, api_key=, password=, sig=, X-Amz-Signature=, ...) or
#   whose path is a bearer token (Slack, Discord, Telegram, Microsoft Teams,
#   Zapier and IFTTT webhooks) is a secret itself; keep it in a Secret.
#   OAuth 2.0 puts access tokens in URL fragments (implicit grant) and warns
#   against passing them in page URLs.
# custom:
#   id: VEIL-SECRET-002
#   severity: deny
#   waivable: false
#   sources:
#     - https://api.slack.com/messaging/webhooks
#     - https://prometheus.io/docs/alerting/latest/configuration/#webhook_config
#     - https://www.rfc-editor.org/rfc/rfc6749#section-4.2.2
#     - https://www.rfc-editor.org/rfc/rfc6750#section-5.3
findings contains f if {
	some [path, value] in _texts
	parts := _params(value) | _token_paths(value)
	count(parts) > 0
	f := _finding(
		rego.metadata.rule(),
		path,
		"this URL contains a token (a credential in its query or fragment, or a webhook token in its path); it would be committed and compiled in the clear",
		_ref_hint(path),
		parts,
	)
}

# METADATA
# title: No credentials in text
# description: |
#   Strings that look like credentials: private key blocks, AWS access key
#   IDs, GitHub, GitLab, Slack, Google, npm, PyPI, Stripe, OpenAI, Anthropic,
#   SendGrid, DigitalOcean, Vault, Terraform, age, Grafana, Docker Hub,
#   Hugging Face, Telegram, Twilio, Shopify and Doppler tokens, JSON Web
#   Tokens, and "password: ..." or "token=..." assignments in free text such
#   as cluster.description. Keys are scanned too: a token pasted as a label
#   key is found.
# custom:
#   id: VEIL-SECRET-003
#   severity: deny
#   waivable: false
#   sources:
#     - https://docs.github.com/en/code-security/secret-scanning/introduction/supported-secret-scanning-patterns
#     - https://docs.gitlab.com/security/tokens/#token-prefixes
#     - https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml
findings contains f if {
	some [path, value] in _texts
	tokens := _tokens(value)
	assigned := {a | some a in _assignments(value)} - {t | some [_, t] in tokens}
	kinds := {what | some [what, _] in tokens} | {"a password or key assignment" | count(assigned) > 0}
	some what in kinds
	f := _finding(
		rego.metadata.rule(),
		path,
		sprintf("this text contains what looks like %s; the spec is committed and compiled in the clear", [what]),
		"remove it, rotate the credential, and keep it in a Kubernetes Secret that the spec refers to by name",
		{t | some [w, t] in tokens; w == what} | {a | some a in assigned; what == "a password or key assignment"},
	)
}

# METADATA
# title: No values under secret-named keys
# description: |
#   A key the user chooses that names a secret ("db-password",
#   "example.com/api-token", "clientSecret") holds one in its value, whatever
#   the value looks like; node labels are applied with k3s --node-label and
#   shown in the runbooks, so they are public. Values such as "true" or
#   "enabled" are not taken for secrets.
# custom:
#   id: VEIL-SECRET-004
#   severity: deny
#   waivable: false
#   sources:
#     - https://kubernetes.io/docs/concepts/configuration/secret/
#     - https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/
findings contains f if {
	some [path, key, value] in _keys
	_secret_key(key)
	is_string(value)
	not _not_secret[lower(value)]
	f := _finding(
		rego.metadata.rule(),
		path,
		"this key names a secret and has a literal value; the spec is committed and compiled in the clear",
		"keep the value in a Kubernetes Secret and remove it from the spec (labels and annotations are public)",
		{value},
	)
}

# METADATA
# title: No password in a user name
# description: |
#   A user-name field (monitoring.alertmanager.receivers[].email.authUsername)
#   that holds "user:password" carries the password in the clear, in the
#   compiled Alertmanager configuration and in Git. The password has its own
#   Secret reference (authPasswordSecret).
# custom:
#   id: VEIL-SECRET-005
#   severity: deny
#   waivable: false
#   sources:
#     - https://prometheus.io/docs/alerting/latest/configuration/#email_config
#     - https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1
findings contains f if {
	some [path, key, value] in _keys
	_user_key(key)
	p := _user_password(value)
	f := _finding(
		rego.metadata.rule(),
		path,
		"this user name has a password after its colon (user:password); it would be committed and compiled in the clear",
		"put only the user name here and the password in the Secret of authPasswordSecret",
		{p},
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

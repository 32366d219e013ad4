# METADATA
# title: Waivers
# description: |
#   spec.waivers accept a finding of one rule at one spec path (path "" for
#   anywhere) until a date. A waiver whose date has passed no longer applies,
#   so its finding is reported as before. input.today (YYYY-MM-DD) is the date
#   waivers are judged against; string order is date order in that format.
#   Rules whose METADATA says `waivable: false` (the secret rules) ignore
#   waivers: a waiver cannot make a leaked credential safe.
package veil.waivers

import data.veil.catalog
import data.veil.lib

_waivers := object.get(input.spec, "waivers", [])

_path(w) := object.get(w, "path", "")

expired(w) if w.expires < input.today

covers(w, f) if {
	w.rule == f.rule
	_path(w) == ""
}

covers(w, f) if {
	w.rule == f.rule
	_path(w) != ""
	_path(w) == lib.path_string(f.path)
}

# A rule waivers may apply to: every rule in the catalog but those marked
# waivable: false, and unknown IDs (reported by VEIL-WAIVER-002).
waivable(rule) if not catalog.rules[rule].waivable == false

# The first active waiver that covers a finding, if any.
active_for(f) := ws[0] if {
	waivable(f.rule)
	ws := [w | some w in _waivers; not expired(w); covers(w, f)]
	count(ws) > 0
}

# apply marks a finding as waived, or returns it unchanged.
apply(f) := object.union(f, {"waived": {"reason": w.reason, "expires": w.expires}}) if {
	w := active_for(f)
} else := f

_where(w) := "anywhere" if _path(w) == ""

_where(w) := sprintf("at %s", [_path(w)]) if _path(w) != ""

# METADATA
# title: Expired waiver
# description: |
#   A waiver past its expiry date no longer applies: the finding it covered is
#   reported again (a deny is an error again) and the waiver itself is flagged
#   so it is renewed with a new reason or deleted.
# custom:
#   id: VEIL-WAIVER-001
#   severity: warn
#   sources:
#     - schema/veil.schema.json (waivers)
findings contains f if {
	some i, w in _waivers
	waivable(w.rule)
	expired(w)
	f := lib.finding(
		rego.metadata.rule(),
		["waivers", i, "expires"],
		sprintf("the waiver of %s %s expired on %s (today is %s); its findings count again", [w.rule, _where(w), w.expires, input.today]),
		"fix the finding and delete the waiver, or renew it with a new date and reason",
	)
}

# METADATA
# title: Waiver that matches nothing
# description: |
#   An active waiver that covers no finding is stale (the problem was fixed,
#   or the rule ID or path is mistyped) and would silently hide a future
#   finding; delete or correct it. Waivers of transition rules (VEIL-CHANGE-*)
#   are judged by the transition stage (plan/check --base), which alone sees
#   the changes they cover.
# custom:
#   id: VEIL-WAIVER-002
#   severity: warn
#   sources:
#     - schema/veil.schema.json (waivers)
findings contains f if {
	some i, w in _waivers
	waivable(w.rule)
	not expired(w)
	not startswith(w.rule, "VEIL-CHANGE-")
	not _matches_any(w)
	f := lib.finding(
		rego.metadata.rule(),
		["waivers", i],
		sprintf("the waiver of %s %s matches no finding%s", [w.rule, _where(w), _unknown(w.rule)]),
		"delete the waiver, or correct its rule ID and path (paths look like objectStore.require.usable or nodes[3].role)",
	)
}

# METADATA
# title: Waiver of a rule that cannot be waived
# description: |
#   The secret rules (VEIL-SECRET-*) cannot be waived: a credential in the
#   spec is in Git and in out/ whatever a waiver says, so the only fix is to
#   remove and rotate it. A waiver naming such a rule is an error, active or
#   expired, and waives nothing.
# custom:
#   id: VEIL-WAIVER-003
#   severity: deny
#   sources:
#     - schema/veil.schema.json (waivers)
#     - policies/veil/secrets.rego
findings contains f if {
	some i, w in _waivers
	not waivable(w.rule)
	rule := catalog.rules[w.rule]
	f := lib.finding(
		rego.metadata.rule(),
		["waivers", i, "rule"],
		sprintf("%s (%s) cannot be waived; this waiver waives nothing", [w.rule, rule.title]),
		"delete the waiver; remove the secret from the spec, rotate it, and keep it in a Kubernetes Secret the spec refers to by name",
	)
}

_matches_any(w) if {
	some f in data.veil.raw
	covers(w, f)
}

_unknown(rule) := "" if catalog.rules[rule]

_unknown(rule) := sprintf(": %s is not a policy rule", [rule]) if not catalog.rules[rule]

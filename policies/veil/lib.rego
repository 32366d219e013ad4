# METADATA
# description: |
#   Helpers shared by the veil policy packages: the finding shape, number and
#   address formatting. Only builtins the opa-wasm SDK supports are used
#   (scripts/build-policy.mjs builds with its capabilities).
package veil.lib

# finding is the structured verdict every rule yields. Each rule passes its own
# annotation (rego.metadata.rule(), resolved at compile time), so a rule's ID
# and severity are written exactly once.
finding(md, path, message, hint) := {
	"rule": md.custom.id,
	"severity": md.custom.severity,
	"message": message,
	"path": path,
	"hint": hint,
}

# plural(1, "drive") is "1 drive"; plural(2, "drive") is "2 drives".
plural(1, word) := sprintf("1 %s", [word])

plural(n, word) := sprintf("%d %ss", [n, word]) if n != 1

# counted(n, "address", "addresses") for words whose plural is not word+s.
counted(1, one, _) := sprintf("1 %s", [one])

counted(n, _, many) := sprintf("%d %s", [n, many]) if n != 1

_units := ["B", "KiB", "MiB", "GiB", "TiB", "PiB"]

# unit_index is the largest binary unit not above the value (0 for B).
_unit_index(b) := max({i |
	some i in numbers.range(0, 5)
	b >= pow1024(i)
})

pow1024(i) := product([1024 | some _ in numbers.range(1, i)]) if i > 0

pow1024(0) := 1

# bytes renders a byte count like compiler/model/quantity.ts formatBytes:
# "500 GiB", "137.5 GiB", "1.03 TiB"; exact when whole.
bytes(b) := sprintf("%d B", [b]) if b < 1024

bytes(b) := s if {
	b >= 1024
	i := _unit_index(b)
	s := sprintf("%s %s", [_decimal(b / pow1024(i)), _units[i]])
}

# _decimal prints a non-negative number with at most two decimals, trailing zeros dropped.
_decimal(v) := sprintf("%d", [round(v)]) if round(v * 100) == round(v) * 100

_decimal(v) := sprintf("%d.%d", [floor(h / 100), floor(h / 10) % 10]) if {
	h := round(v * 100)
	h != round(v) * 100
	h % 10 == 0
}

_decimal(v) := sprintf("%d.%d%d", [floor(h / 100), floor(h / 10) % 10, h % 10]) if {
	h := round(v * 100)
	h % 10 != 0
}

# percent renders part/whole as a percentage with at most two decimals: "92.5%".
percent(part, whole) := concat("", [_decimal((part * 100) / whole), "%"])

# quantity_floor is the largest whole Gi (or, below 1 GiB, Mi) quantity not above b: "17Gi", "870Mi".
quantity_floor(b) := sprintf("%dGi", [floor(b / 1073741824)]) if b >= 1073741824

quantity_floor(b) := sprintf("%dMi", [floor(b / 1048576)]) if b < 1073741824

# gib_ceil is the whole number of GiB at or above b, as a quantity ("138Gi").
gib_ceil(b) := sprintf("%dGi", [ceil(b / 1073741824)])

# ip renders a 32-bit address number as dotted quad.
ip(n) := sprintf("%d.%d.%d.%d", [
	bits.and(bits.rsh(n, 24), 255),
	bits.and(bits.rsh(n, 16), 255),
	bits.and(bits.rsh(n, 8), 255),
	bits.and(n, 255),
])

# path_string renders a spec path like compiler/diagnostics formatPath:
# ["nodes", 1, "address"] is "nodes[1].address". Waivers match on it.
path_string(p) := concat("", [_seg(i, s) | some i, s in p])

_seg(_, s) := sprintf("[%d]", [s]) if is_number(s)

_seg(0, s) := s if is_string(s)

_seg(i, s) := concat("", [".", s]) if {
	is_string(s)
	i > 0
}

# join_or is "a", "a or b", "a, b or c".
join_or(xs) := xs[0] if count(xs) == 1

join_or(xs) := concat(" or ", [concat(", ", array.slice(xs, 0, count(xs) - 1)), xs[count(xs) - 1]]) if count(xs) > 1

# names joins strings with ", " in the order given.
names(xs) := concat(", ", xs)

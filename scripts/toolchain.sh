#!/usr/bin/env bash
# Install the pinned Go tools (opa, kubeconform, kustomize) into tools/bin/.
#
#   bash scripts/toolchain.sh           install what is missing or outdated
#   bash scripts/toolchain.sh --force   rebuild everything
#
# Pins live in scripts/toolchain.versions. Each installed tool gets a stamp
# file tools/stamps/<tool> holding its pin; a rerun whose stamps all match
# does not call Go at all and only checks that each binary runs.
#
# Needs Go (>= the "go" line of each pinned module's go.mod; 1.26 today) and
# the Go module proxy. Builds with GOTOOLCHAIN=local (never downloads another
# Go), CGO_ENABLED=0 and -trimpath, so the result does not depend on a C
# toolchain or on the checkout path. Module and build caches use Go's defaults
# (GOPATH=~/go, GOCACHE=~/.cache/go-build) unless already set.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(dirname -- "$script_dir")
tools_dir=$repo_root/tools
bin_dir=$tools_dir/bin
stamp_dir=$tools_dir/stamps

# shellcheck source=toolchain.versions disable=SC1091 # followed with shellcheck -x
. "$script_dir/toolchain.versions"

TOOLS=(opa kubeconform kustomize)

die() {
  printf 'toolchain.sh: %s\n' "$*" >&2
  exit 1
}

force=0
for arg in "$@"; do
  case $arg in
    --force) force=1 ;;
    -h | --help)
      sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *) die "unknown argument: $arg (try --help)" ;;
  esac
done

# tool_var TOOL FIELD -> value of <TOOL>_<FIELD> from toolchain.versions
tool_var() {
  local var=${1^^}
  var=${var//-/_}_$2
  [[ -n ${!var:-} ]] || die "$var is not set in scripts/toolchain.versions"
  printf '%s' "${!var}"
}

# Extra linker flags per tool (version stamping where the tool needs it).
tool_ldflags() {
  case $1 in
    kubeconform) printf '%s' "-s -w -X main.version=$(tool_var kubeconform VERSION)" ;;
    # go install sets the version from build info; this also covers a build
    # from the module source, where build info says "(devel)".
    kustomize) printf '%s' "-s -w -X sigs.k8s.io/kustomize/api/provenance.version=$(tool_var kustomize VERSION)" ;;
    *) printf '%s' "-s -w" ;;
  esac
}

# Everything that, when changed, must trigger a rebuild.
tool_spec() {
  printf '%s %s@%s ldflags=%s' \
    "$(tool_var "$1" MODULE)" "$(tool_var "$1" PACKAGE)" "$(tool_var "$1" VERSION)" "$(tool_ldflags "$1")"
}

up_to_date() {
  local name=$1
  [[ $force -eq 0 && -x $bin_dir/$name && -f $stamp_dir/$name ]] || return 1
  [[ "$(<"$stamp_dir/$name")" == "$(tool_spec "$name")" ]]
}

# tool_version TOOL BINARY -> the version the binary reports (without "v")
tool_version() {
  local out
  case $1 in
    opa) out=$("$2" version 2>&1) || return 1
      out=$(printf '%s\n' "$out" | sed -n 's/^Version: *//p') ;;
    kubeconform) out=$("$2" -v 2>&1) || return 1 ;;
    kustomize) out=$("$2" version 2>&1) || return 1 ;;
    *) return 1 ;;
  esac
  out=${out%%$'\n'*}
  printf '%s' "${out#v}"
}

# check_binary TOOL BINARY: runs it and compares the reported version to the pin.
check_binary() {
  local want got
  want=$(tool_var "$1" VERSION)
  got=$(tool_version "$1" "$2") || die "$2 does not run"
  [[ $got == "${want#v}" ]] || die "$2 reports version '$got', expected ${want#v}"
}

setup_go() {
  if ! command -v go >/dev/null 2>&1; then
    if [[ -x /usr/local/go/bin/go ]]; then
      PATH=/usr/local/go/bin:$PATH
    else
      die "go not found on PATH: install Go >= 1.26 (or set VEILC_OPA / VEILC_KUBECONFORM / VEILC_KUSTOMIZE to existing binaries instead)"
    fi
  fi
  export GOTOOLCHAIN=local GOWORK=off GO111MODULE=on CGO_ENABLED=0 GOFLAGS=-trimpath
  # Without HOME (some CI sandboxes) Go has no default GOPATH/GOCACHE: keep
  # them under tools/ then.
  if [[ -z $(go env GOMODCACHE 2>/dev/null) ]]; then
    export GOPATH=$tools_dir/gopath
  fi
  local gocache
  gocache=$(go env GOCACHE 2>/dev/null) || gocache=
  if [[ -z $gocache || $gocache == off ]]; then
    export GOCACHE=$tools_dir/gocache
  fi
  printf 'toolchain.sh: using %s\n' "$(go version)" >&2
}

# json_field FIELD <<< "$(go mod download -json ...)"
json_field() {
  sed -n "s/^[[:space:]]*\"$1\": \"\\(.*\\)\",\{0,1\}\$/\\1/p"
}

# install_tool TOOL STAGE_DIR: builds TOOL into STAGE_DIR/TOOL
install_tool() {
  local name=$1 stage=$2 module version package ldflags info gomod dir src
  module=$(tool_var "$name" MODULE)
  version=$(tool_var "$name" VERSION)
  package=$(tool_var "$name" PACKAGE)
  ldflags=$(tool_ldflags "$name")

  printf 'toolchain.sh: building %s %s ...\n' "$name" "$version" >&2
  if ! info=$(go mod download -json "$module@$version"); then
    printf '%s\n' "$info" >&2
    die "cannot download $module@$version"
  fi
  gomod=$(json_field GoMod <<<"$info")
  dir=$(json_field Dir <<<"$info")
  [[ -f $gomod && -d $dir ]] || die "unexpected 'go mod download' output for $module@$version"

  if grep -Eq '^[[:space:]]*(replace|exclude)([[:space:]]|\(|$)' "$gomod"; then
    # `go install module@version` refuses modules whose go.mod has replace or
    # exclude directives: build inside a writable copy of the module instead.
    printf 'toolchain.sh: %s@%s has replace/exclude directives; building from the module source\n' \
      "$module" "$version" >&2
    src=$stage/src-$name
    mkdir -p "$src"
    cp -R "$dir/." "$src/"
    chmod -R u+w "$src"
    (cd "$src" && go build -mod=readonly -ldflags "$ldflags" -o "$stage/$name" "$package")
    rm -rf "$src"
  else
    local target=$module
    [[ $package == "." ]] || target=$module/${package#./}
    GOBIN=$stage go install -ldflags "$ldflags" "$target@$version"
  fi
  [[ -x $stage/$name ]] || die "build of $name did not produce $stage/$name"
}

main() {
  local name pending=()
  for name in "${TOOLS[@]}"; do
    up_to_date "$name" || pending+=("$name")
  done

  if ((${#pending[@]} > 0)); then
    mkdir -p "$bin_dir" "$stamp_dir"
    # Serialise concurrent runs (e.g. parallel test jobs) when flock exists.
    if command -v flock >/dev/null 2>&1; then
      exec 9>"$tools_dir/.lock"
      flock 9
    fi
    setup_go
    local stage
    stage=$(mktemp -d "$tools_dir/.build.XXXXXX")
    # shellcheck disable=SC2064 # expand $stage now
    trap "rm -rf '$stage'" EXIT
    for name in "${pending[@]}"; do
      up_to_date "$name" && continue # another run finished it meanwhile
      install_tool "$name" "$stage"
      check_binary "$name" "$stage/$name"
      mv -f "$stage/$name" "$bin_dir/$name"
      tool_spec "$name" >"$stamp_dir/$name.tmp"
      printf '\n' >>"$stamp_dir/$name.tmp"
      mv -f "$stamp_dir/$name.tmp" "$stamp_dir/$name"
    done
  fi

  for name in "${TOOLS[@]}"; do
    check_binary "$name" "$bin_dir/$name"
    printf '%-12s %-9s %s\n' "$name" "$(tool_var "$name" VERSION)" "${bin_dir#"$repo_root"/}/$name"
  done
}

main

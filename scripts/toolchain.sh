#!/usr/bin/env bash
# Install the pinned Go tools into tools/bin/: the checkers veilc runs (opa,
# kubeconform, kustomize, amtool), the servers the tests run (minio, etcd,
# kube-apiserver, kube-controller-manager, kube-scheduler, the Flux
# controllers, the MetalLB controller, kwok) and the linters and renderers the
# tests call (kubectl, actionlint, helm).
#
#   bash scripts/toolchain.sh                 install what is missing or outdated
#   bash scripts/toolchain.sh amtool minio    only these tools
#   bash scripts/toolchain.sh --suite         only what the test suite needs
#                                             (SUITE_TOOLS in toolchain.versions)
#   bash scripts/toolchain.sh --force [TOOL]  rebuild (everything, or TOOL)
#   bash scripts/toolchain.sh --list          the tools and their pins
#   bash scripts/toolchain.sh --jobs=2        two builds at a time (default:
#                                             $VEILC_TOOLCHAIN_JOBS, else 1)
#
# Pins live in scripts/toolchain.versions. Each installed tool gets a stamp
# file tools/stamps/<tool> holding its pin; a rerun whose stamps all match
# does not call Go at all and only checks that each binary runs and reports
# the pinned version.
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

# Build order when everything is missing: what other work waits for first,
# the long Kubernetes build in the middle.
ALL_TOOLS=(
  opa kubeconform kustomize amtool minio etcd
  kube-apiserver kube-controller-manager kube-scheduler kubectl
  source-controller kustomize-controller helm-controller metallb-controller kwok
  actionlint helm
)

die() {
  printf 'toolchain.sh: %s\n' "$*" >&2
  exit 1
}

# tool_var TOOL FIELD -> value of <TOOL>_<FIELD> from toolchain.versions
tool_var() {
  local var=${1^^}
  var=${var//-/_}_$2
  [[ -n ${!var:-} ]] || die "$var is not set in scripts/toolchain.versions"
  printf '%s' "${!var}"
}

# tool_opt TOOL FIELD -> value of <TOOL>_<FIELD>, or nothing when unset
tool_opt() {
  local var=${1^^}
  var=${var//-/_}_$2
  printf '%s' "${!var:-}"
}

# Extra linker flags per tool (version stamping where the tool needs it).
# Tools built together (same module and version) must get the same flags.
tool_ldflags() {
  local v
  v=$(tool_var "$1" VERSION)
  case $1 in
    kubeconform) printf '%s' "-s -w -X main.version=$v" ;;
    # go install sets the version from build info; this also covers a build
    # from the module source, where build info says "(devel)".
    kustomize) printf '%s' "-s -w -X sigs.k8s.io/kustomize/api/provenance.version=$v" ;;
    # .promu.yml of the alertmanager repository
    amtool) printf '%s' "-s -w -X github.com/prometheus/common/version.Version=${v#v}" ;;
    # buildscripts/gen-ldflags.go of the minio repository (the release tag only)
    minio) printf '%s' "-s -w -X github.com/minio/minio/cmd.ReleaseTag=$(tool_var minio REPORTS)" ;;
    # hack/lib/version.sh of kubernetes: without these the servers report
    # v0.0.0-master and Helm refuses every chart with a kubeVersion constraint.
    kube-apiserver | kube-controller-manager | kube-scheduler | kubectl)
      local major minor flags="-s -w" pkg
      major=${v#v} && major=${major%%.*}
      minor=${v#v"$major".} && minor=${minor%%.*}
      for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
        flags+=" -X $pkg.gitVersion=$v -X $pkg.gitMajor=$major -X $pkg.gitMinor=$minor -X $pkg.gitTreeState=clean"
      done
      printf '%s' "$flags"
      ;;
    # Makefile of kwok (consts.Version is also the source default)
    kwok) printf '%s' "-s -w -X sigs.k8s.io/kwok/pkg/consts.Version=${v#v}" ;;
    helm) printf '%s' "-s -w -X helm.sh/helm/v3/internal/version.version=$v" ;;
    *) printf '%s' "-s -w" ;;
  esac
}

# Everything that, when changed, must trigger a rebuild.
tool_spec() {
  printf '%s %s@%s ldflags=%s' \
    "$(tool_var "$1" MODULE)" "$(tool_var "$1" PACKAGE)" "$(tool_var "$1" VERSION)" "$(tool_ldflags "$1")"
  local local_replaces
  local_replaces=$(tool_opt "$1" LOCAL_REPLACES)
  [[ -z $local_replaces ]] || printf ' local-replaces=%s' "$local_replaces"
}

up_to_date() {
  local name=$1
  [[ ${force[$name]:-0} -eq 0 && -x $bin_dir/$name && -f $stamp_dir/$name ]] || return 1
  [[ "$(<"$stamp_dir/$name")" == "$(tool_spec "$name")" ]]
}

# buildinfo_version BINARY MODULE -> the version of MODULE recorded in the Go
# build info embedded in BINARY (what `go version -m` prints), read without Go.
buildinfo_version() {
  LC_ALL=C grep -aoE "(mod|dep)	$2	v[^	[:space:]]+" "$1" | head -n 1 | cut -f 3
}

# tool_version TOOL BINARY -> the version the binary reports (without "v")
tool_version() {
  local out
  case $1 in
    opa) out=$("$2" version 2>&1) || return 1
      out=$(sed -n 's/^Version: *//p' <<<"$out") ;;
    kubeconform) out=$("$2" -v 2>&1) || return 1 ;;
    kustomize) out=$("$2" version 2>&1) || return 1 ;;
    # "amtool, version 0.28.1 (branch: , revision: unknown)"
    amtool) out=$("$2" --version 2>&1) || return 1
      out=$(sed -n 's/^amtool, version \([^ ]*\).*/\1/p' <<<"$out") ;;
    # "minio version RELEASE.2025-09-07T16-13-09Z (commit-id=...)"
    minio) out=$("$2" --version 2>&1) || return 1
      out=$(sed -n 's/^minio version \([^ ]*\).*/\1/p' <<<"$out") ;;
    # "etcd Version: 3.6.12"
    etcd) out=$("$2" --version 2>&1) || return 1
      out=$(sed -n 's/^etcd Version: *//p' <<<"$out") ;;
    # "Kubernetes v1.34.3"
    kube-apiserver | kube-controller-manager | kube-scheduler)
      out=$("$2" --version 2>&1) || return 1
      out=$(sed -n 's/^Kubernetes //p' <<<"$out") ;;
    # "Client Version: v1.34.3"
    kubectl) out=$("$2" version --client 2>&1) || return 1
      out=$(sed -n 's/^Client Version: *//p' <<<"$out") ;;
    # The Flux controllers print no version. Each is released together with
    # its API module (same tag), which the binary's build info records; the
    # controller's own module is "(devel)" there, as it is built from source.
    source-controller | kustomize-controller | helm-controller)
      "$2" --help >/dev/null 2>&1 || return 1
      out=$(buildinfo_version "$2" "$(tool_var "$1" MODULE)/api") ;;
    # logs "MetalLB controller starting version 0.15.2 ..." before it looks
    # for a cluster; a kubeconfig that does not exist makes it exit then.
    metallb-controller)
      out=$(timeout 20 "$2" --kubeconfig=/nonexistent/kubeconfig 2>&1) || true
      out=$(sed -n 's/.*"version":"\([^"]*\)".*/\1/p' <<<"$out") ;;
    # "kwok version v0.8.0 go1.26.8 (linux/amd64)"
    kwok) out=$("$2" --version 2>&1) || return 1
      out=$(sed -n 's/^kwok version \([^ ]*\).*/\1/p' <<<"$out") ;;
    # "v1.7.12" then how it was installed
    actionlint) out=$("$2" -version 2>&1) || return 1 ;;
    helm) out=$("$2" version --template '{{.Version}}' 2>&1) || return 1 ;;
    *) return 1 ;;
  esac
  out=${out%%$'\n'*}
  printf '%s' "${out#v}"
}

# tool_reports TOOL -> the version the binary must report: <TOOL>_REPORTS when
# the module version is not what the program prints (pseudo-versions), else the
# pin without "v".
tool_reports() {
  local reports
  reports=$(tool_opt "$1" REPORTS)
  if [[ -z $reports ]]; then
    reports=$(tool_var "$1" VERSION)
    reports=${reports#v}
  fi
  printf '%s' "$reports"
}

# check_binary TOOL BINARY: runs it and compares the reported version to the pin.
check_binary() {
  local want got
  want=$(tool_reports "$1")
  got=$(tool_version "$1" "$2") || die "$2 does not run"
  [[ $got == "$want" ]] || die "$2 reports version '$got', expected $want"
}

setup_go() {
  if ! command -v go >/dev/null 2>&1; then
    if [[ -x /usr/local/go/bin/go ]]; then
      PATH=/usr/local/go/bin:$PATH
    else
      die "go not found on PATH: install Go >= 1.26 (or set VEILC_<TOOL>, e.g. VEILC_OPA, to existing binaries instead)"
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

# import_path TOOL -> the main package's import path
import_path() {
  local module package
  module=$(tool_var "$1" MODULE)
  package=$(tool_var "$1" PACKAGE)
  if [[ $package == "." ]]; then
    printf '%s' "$module"
  else
    printf '%s/%s' "$module" "${package#./}"
  fi
}

# exe_name IMPORT_PATH -> the file name go build/install gives the binary:
# the last path element, or the one before a major-version suffix (/v3).
exe_name() {
  local path=$1 last
  last=${path##*/}
  if [[ $last =~ ^v[0-9]+$ ]]; then
    path=${path%/*}
    last=${path##*/}
  fi
  printf '%s' "$last"
}

# prepare_module_copy TOOL SRC: make a writable copy of a module buildable on
# its own. `go install module@version` refuses modules whose go.mod has
# replace or exclude directives, and a module copy lacks the directories its
# relative replaces point at (nested modules are not part of a module's zip).
# Each relative replace is dropped, so the published module at the required
# version is used, or, when <TOOL>_LOCAL_REPLACES names a version, pointed at
# the published module of that version (the kubernetes staging modules, which
# are required as v0.0.0). go.work and vendor/ are removed: the build resolves
# modules from go.mod alone.
prepare_module_copy() {
  local name=$1 src=$2 local_version line old
  local_version=$(tool_opt "$name" LOCAL_REPLACES)
  rm -rf "$src/go.work" "$src/go.work.sum" "$src/vendor"
  local edits=()
  while IFS= read -r line; do
    old=$(sed -E 's/^[[:space:]]*(replace[[:space:]]+)?([^[:space:]]+).*/\2/' <<<"$line")
    if [[ -n $local_version ]]; then
      edits+=("-replace=$old=$old@$local_version")
    else
      edits+=("-dropreplace=$old")
    fi
  done < <(grep -E '^[[:space:]]*(replace[[:space:]]+)?[^[:space:]]+([[:space:]]+v[^[:space:]]+)?[[:space:]]+=>[[:space:]]+\.\.?/' "$src/go.mod" || true)
  if ((${#edits[@]} > 0)); then
    (cd "$src" && go mod edit "${edits[@]}")
  fi
}

# build_group STAGE TOOL...: builds tools of one module at one version into
# STAGE/<tool> with ONE go build/install (shared compile work and one link
# step per binary).
build_group() {
  local stage=$1
  shift
  local first=$1 module version ldflags info gomod dir name out paths=()
  module=$(tool_var "$first" MODULE)
  version=$(tool_var "$first" VERSION)
  ldflags=$(tool_ldflags "$first")
  for name in "$@"; do
    [[ $(tool_ldflags "$name") == "$ldflags" ]] || die "$name and $first share $module@$version but not their ldflags"
    paths+=("$(import_path "$name")")
  done
  out=$stage/out-$first
  mkdir -p "$out"

  printf 'toolchain.sh: building %s (%s@%s) ...\n' "$*" "$module" "$version" >&2
  if ! info=$(go mod download -json "$module@$version"); then
    printf '%s\n' "$info" >&2
    die "cannot download $module@$version"
  fi
  gomod=$(json_field GoMod <<<"$info")
  dir=$(json_field Dir <<<"$info")
  [[ -f $gomod && -d $dir ]] || die "unexpected 'go mod download' output for $module@$version"

  if grep -Eq '^[[:space:]]*(replace|exclude)([[:space:]]|\(|$)' "$gomod" || [[ -f $dir/go.work ]]; then
    printf 'toolchain.sh: %s@%s has replace/exclude directives; building from a copy of the module\n' \
      "$module" "$version" >&2
    local src=$stage/src-$first
    mkdir -p "$src"
    cp -R "$dir/." "$src/"
    chmod -R u+w "$src"
    prepare_module_copy "$first" "$src"
    # -mod=mod: go.sum gains the published modules that replaced local ones
    # (checked against the checksum database like any download).
    (cd "$src" && go build -mod=mod -ldflags "$ldflags" -o "$out/" "${paths[@]}")
    rm -rf "$src"
  else
    local targets=() p
    for p in "${paths[@]}"; do targets+=("$p@$version"); done
    GOBIN=$out go install -ldflags "$ldflags" "${targets[@]}"
  fi
  for name in "$@"; do
    local exe
    exe=$(exe_name "$(import_path "$name")")
    [[ -x $out/$exe ]] || die "build of $name did not produce $out/$exe"
    mv -f "$out/$exe" "$stage/$name"
  done
  rm -rf "$out"
}

# install_built TOOL STAGE: checks STAGE/TOOL, moves it into tools/bin, stamps it.
install_built() {
  local name=$1 stage=$2
  check_binary "$name" "$stage/$name"
  mv -f "$stage/$name" "$bin_dir/$name"
  tool_spec "$name" >"$stamp_dir/$name.tmp"
  printf '\n' >>"$stamp_dir/$name.tmp"
  mv -f "$stamp_dir/$name.tmp" "$stamp_dir/$name"
}

list_tools() {
  local name
  for name in "${ALL_TOOLS[@]}"; do
    printf '%-24s %-36s %s\n' "$name" "$(tool_var "$name" VERSION)" "$(import_path "$name")"
  done
}

declare -A force=()
TOOLS=()
force_all=0
jobs=${VEILC_TOOLCHAIN_JOBS:-1}
for arg in "$@"; do
  case $arg in
    --force) force_all=1 ;;
    --jobs=*) jobs=${arg#--jobs=} ;;
    --list) list_tools; exit 0 ;;
    --suite)
      for name in $SUITE_TOOLS; do
        [[ " ${ALL_TOOLS[*]} " == *" $name "* ]] || die "SUITE_TOOLS names an unknown tool: $name"
        [[ " ${TOOLS[*]} " == *" $name "* ]] || TOOLS+=("$name")
      done
      ;;
    -h | --help)
      sed -n '2,26p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    -*) die "unknown argument: $arg (try --help)" ;;
    *)
      [[ " ${ALL_TOOLS[*]} " == *" $arg "* ]] || die "unknown tool: $arg (known: ${ALL_TOOLS[*]})"
      [[ " ${TOOLS[*]} " == *" $arg "* ]] || TOOLS+=("$arg")
      ;;
  esac
done
[[ $jobs =~ ^[1-9][0-9]*$ ]] || die "--jobs wants a positive number, not '$jobs'"
((${#TOOLS[@]})) || TOOLS=("${ALL_TOOLS[@]}")
if ((force_all)); then
  for name in "${TOOLS[@]}"; do force[$name]=1; done
fi

# group_pending TOOL... -> one line per module@version, the tools that share
# it (kube-apiserver kube-controller-manager ...), in the order given.
group_pending() {
  local name other key line done_list=" "
  for name in "$@"; do
    [[ $done_list == *" $name "* ]] && continue
    key="$(tool_var "$name" MODULE)@$(tool_var "$name" VERSION)"
    line=
    for other in "$@"; do
      [[ $done_list == *" $other "* ]] && continue
      [[ "$(tool_var "$other" MODULE)@$(tool_var "$other" VERSION)" == "$key" ]] || continue
      done_list+="$other "
      line+="${line:+ }$other"
    done
    printf '%s\n' "$line"
  done
}

# stop_builds: ends the background builds still running (whole process groups).
stop_builds() {
  local pid
  for pid in $(jobs -pr); do kill -- "-$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}

# build_all STAGE GROUP...: builds the groups, up to $jobs at a time (each
# group's go build already uses every core; a second one overlaps its module
# downloads and single-threaded link steps), and installs each group as soon
# as it is built, so that a caller waiting for one tool gets it early.
build_all() {
  local stage=$1
  shift
  local groups=("$@") next=0 running=0 idx pid status tool
  local -A pid_group=() pid_started=()
  while ((next < ${#groups[@]} || running > 0)); do
    while ((running < jobs && next < ${#groups[@]})); do
      idx=$next
      next=$((next + 1))
      local group=()
      read -ra group <<<"${groups[idx]}"
      # another run may have built some of them meanwhile
      local todo=()
      for tool in "${group[@]}"; do up_to_date "$tool" || todo+=("$tool"); done
      ((${#todo[@]})) || continue
      groups[idx]="${todo[*]}"
      mkdir -p "$stage/g$idx"
      printf 'toolchain.sh: building %s ...\n' "${todo[*]}" >&2
      (build_group "$stage/g$idx" "${todo[@]}") >"$stage/g$idx.log" 2>&1 &
      pid_group[$!]=$idx
      pid_started[$!]=$SECONDS
      running=$((running + 1))
    done
    ((running > 0)) || break
    status=0
    wait -n -p pid || status=$?
    running=$((running - 1))
    idx=${pid_group[$pid]}
    if ((status != 0)); then
      tail -n 40 "$stage/g$idx.log" >&2
      die "building ${groups[idx]} failed (exit $status); the lines above are the end of its log"
    fi
    for tool in ${groups[idx]}; do install_built "$tool" "$stage/g$idx"; done
    printf 'toolchain.sh: built %s in %ds\n' "${groups[idx]}" $((SECONDS - pid_started[$pid])) >&2
  done
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
    local stage groups
    stage=$(mktemp -d "$tools_dir/.build.XXXXXX")
    # Job control: each background build is a process group of its own, so
    # that a failure or an interrupt stops every go process of the others.
    set -m
    # shellcheck disable=SC2064 # expand $stage now
    trap "stop_builds; rm -rf '$stage'" EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    mapfile -t groups < <(group_pending "${pending[@]}")
    # The Kubernetes build is by far the longest: with
    # more than one job it starts first and the others build beside it.
    if ((jobs > 1)); then
      local g first=() rest=()
      for g in "${groups[@]}"; do
        if [[ " $g " == *" kube-apiserver "* ]]; then first+=("$g"); else rest+=("$g"); fi
      done
      groups=("${first[@]}" "${rest[@]}")
    fi
    build_all "$stage" "${groups[@]}"
  fi

  for name in "${TOOLS[@]}"; do
    check_binary "$name" "$bin_dir/$name"
    printf '%-24s %-36s %s\n' "$name" "$(tool_var "$name" VERSION)" "${bin_dir#"$repo_root"/}/$name"
  done
}
main

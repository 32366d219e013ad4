#!/usr/bin/env bash
# Rebuilds the packaged charts in test/fixtures/charts/ (see SOURCE.md there)
# from the upstream sources at the pinned tags, with the pinned helm
# (tools/bin/helm), the way each project's release packages them, then the
# Helm repository index over them.
#
# Usage: bash scripts/package-charts.sh <sources-dir>
#   <sources-dir>/<owner>+<name> is a git directory of github.com/<owner>/<name>
#   (a bare clone is made there when it is missing). Every tag must resolve to
#   the commit SOURCE.md records, or nothing is written.
# Needs: git, tar, envsubst (gettext-base), tools/bin/helm.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
src="${1:?usage: package-charts.sh <sources-dir>}"
helm="${VEILC_HELM:-$root/tools/bin/helm}"
dest="$root/test/fixtures/charts"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export HELM_CACHE_HOME="$work/cache" HELM_CONFIG_HOME="$work/config" HELM_DATA_HOME="$work/data"

# repo tag commit
checked() {
  local dir="$src/${1/\//+}"
  [ -d "$dir" ] || git clone --quiet --bare "https://github.com/$1" "$dir"
  local got
  got="$(git --git-dir="$dir" rev-parse --verify -q "$2^{commit}")"
  [ "$got" = "$3" ] || { echo "package-charts: $1 $2 is $got, SOURCE.md says $3" >&2; exit 1; }
  echo "$dir"
}

# repo tag commit path -> the chart folder, unpacked under $work/<tag>/
unpack() {
  local dir
  dir="$(checked "$1" "$2" "$3")"
  mkdir -p "$work/$2"
  git --git-dir="$dir" archive "$2" "$4" | tar -x -C "$work/$2"
  echo "$work/$2/$4"
}

out="$work/out"
mkdir -p "$out"

# ingress-nginx: the chart as tagged (version 4.15.1 in its Chart.yaml).
"$helm" package -d "$out" "$(unpack kubernetes/ingress-nginx helm-chart-4.15.1 0a5901f3c64f11e92e487799b8da3f00cca37515 charts/ingress-nginx)"

# MetalLB: the release commit sets the chart versions; frr-k8s-0.0.20.tgz is
# committed in charts/ by upstream, the crds subchart is a folder.
"$helm" package -d "$out" "$(unpack metallb/metallb v0.15.2 942c2fe54a75ac6353d3099eeebff33b6b8fe3f0 charts/metallb)"

# kube-prometheus-stack: the repository subcharts are packaged from their own
# tags into charts/, as `helm dependency build` would fetch them; the crds
# subchart is a folder. prometheus-windows-exporter "0.12.*" resolves to
# 0.12.2, the newest 0.12 release before kube-prometheus-stack 77.14.0.
kps="$(unpack prometheus-community/helm-charts kube-prometheus-stack-77.14.0 727ebf942426669e9c11fee62728ad02fc35c40c charts/kube-prometheus-stack)"
"$helm" package -d "$kps/charts" "$(unpack prometheus-community/helm-charts kube-state-metrics-6.3.0 bd5ce9b3728b4513f530a16f4798c2008069558e charts/kube-state-metrics)"
"$helm" package -d "$kps/charts" "$(unpack prometheus-community/helm-charts prometheus-node-exporter-4.48.0 ec3e24de091234d9d3f908e3ee0c6016ec3faa35 charts/prometheus-node-exporter)"
"$helm" package -d "$kps/charts" "$(unpack prometheus-community/helm-charts prometheus-windows-exporter-0.12.2 563a53a9512d8b414d975bde2d9413a884d52ec1 charts/prometheus-windows-exporter)"
"$helm" package -d "$kps/charts" "$(unpack grafana/helm-charts grafana-10.0.0 43cde6d2b74f7b8e76ba6e23fda51508f6e82476 charts/grafana)"
"$helm" package -d "$out" "$kps"

# Envoy Gateway: its release (tools/make/helm.mk, .github/workflows/release.yaml)
# writes values.yaml from values.tmpl.yaml with the release image and packages
# with --version and --app-version set to the tag.
eg="$(unpack envoyproxy/gateway v1.9.0 39763b1c07ec30a5526fe70434a2cfe4181de642 charts/gateway-helm)"
GatewayImage=docker.io/envoyproxy/gateway:v1.9.0 GatewayImagePullPolicy=IfNotPresent \
  envsubst '${GatewayImage} ${GatewayImagePullPolicy}' < "$eg/values.tmpl.yaml" > "$eg/values.yaml"
"$helm" package -d "$out" --version v1.9.0 --app-version v1.9.0 "$eg"

rm -f "$dest"/*.tgz
cp "$out"/*.tgz "$dest/"
"$helm" repo index "$dest"
ls -l "$dest"/*.tgz "$dest/index.yaml"

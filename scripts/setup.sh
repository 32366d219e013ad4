#!/usr/bin/env bash
# Installs what the whole test suite needs, and nothing when it is already
# there: Debian's unbound, dig and shellcheck; the npm dependencies; the pinned
# Go tools the suite runs (SUITE_TOOLS in scripts/toolchain.versions, built by
# scripts/toolchain.sh; a fresh machine spends most of its first run on the
# Kubernetes build). Safe to run again and again; fails when anything cannot
# be installed, so that `npm test` never runs with a tool missing.
# VEILC_TOOLCHAIN_JOBS: builds side by side (default 2: the Kubernetes build
# beside all the others).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v unbound >/dev/null 2>&1 || missing+=(unbound)
command -v unbound-checkconf >/dev/null 2>&1 || missing+=(unbound)
command -v dig >/dev/null 2>&1 || missing+=(bind9-dnsutils)
command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
if ((${#missing[@]})); then
  mapfile -t packages < <(printf '%s\n' "${missing[@]}" | sort -u)
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${packages[*]} with apt-get"
    apt-get update -qq
    # the tests run their own unbound on loopback; keep the packaged service from starting
    DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  else
    echo "setup: missing ${packages[*]}; install them with: sudo apt-get install ${packages[*]}" >&2
    exit 1
  fi
fi

if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

bash scripts/toolchain.sh --suite --jobs="${VEILC_TOOLCHAIN_JOBS:-2}"

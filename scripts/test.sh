#!/usr/bin/env bash
# The whole test suite (README: `npm test`). Installs what is missing first,
# then: typecheck, the policy gate `veilc check --require-tools` on this
# repository's own spec, and vitest (external tools required, not skipped).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

# Offline schemas for kubeconform when the workplace's shared/ is beside the
# repository (this project's CI); users online get kubeconform's defaults.
if [[ -z ${VEILC_SCHEMAS_DIR:-} && -d ../shared/schemas ]]; then
  export VEILC_SCHEMAS_DIR=../shared/schemas
fi
export VEILC_REQUIRE_TOOLS=1
# With NODE_EXTRA_CA_CERTS set, every Node.js process builds its root
# certificate store and parses the file named at start (~80 ms for the
# 144-certificate bundle this project's CI machine names, for the package
# registry that setup.sh may use); the suite starts hundreds of them (veilc,
# vitest's workers) and makes no TLS connection: no other network exists,
# npm runs offline.
unset NODE_EXTRA_CA_CERTS

echo "== typecheck"
npx tsc -p .
echo "== veilc check --require-tools veil.spec.yaml"
node dist/veilc.cjs check --require-tools
echo "== vitest"
results=$(mktemp)
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$results" || status=$?
# the plain closing line CI dashboards read: "N passed, N failed"
node scripts/test-summary.mjs "$results" || true
rm -f "$results"
if [[ $status -ne 0 ]]; then exit "$status"; fi

// What the opa-wasm SDK gets for its YAML built-ins (src/builtins/yaml.js) in
// the bundles (scripts/bundle.mjs): veil's policy calls none of yaml.is_valid,
// yaml.marshal and yaml.unmarshal (test/policy/artifact.test.ts reads the
// pinned veil.wasm's list of built-ins), and the SDK's own copy of the `yaml`
// package (v1, ~100 KiB) would be compiled and loaded by every run. Should a
// policy ever call one, the evaluation fails with this error and veilc stops
// (PolicyEngineError, exit 2) instead of judging the spec without it.
'use strict';

const leftOut = (name) => () => {
  throw new Error(`${name} is not available: veilc's bundle leaves out the opa-wasm SDK's YAML built-ins (compiler/policy/sdk-yaml-builtins.cjs)`);
};

module.exports = {
  'yaml.is_valid': leftOut('yaml.is_valid'),
  'yaml.marshal': leftOut('yaml.marshal'),
  'yaml.unmarshal': leftOut('yaml.unmarshal'),
};

// A floor for the benchmark (scripts/bench.mjs): the policy engine alone, a
// part of every veilc command that checks a spec (the mission mandates Rego
// evaluated in-process with the opa-wasm SDK; the rules it runs and the input
// they read are veilc's, so this is the engine's cost for today's policy).
// One whole process: the SDK, the committed policy Wasm compiled by V8's
// baseline compiler as veilc compiles it, one instance with the memory veilc
// gives that input, the data document, and one evaluation of veil/findings on
// a prepared input (the JSON of compiler/policy/input.ts, written by the
// benchmark). None of veilc's JavaScript runs: no spec, schema, model, catalog,
// artifact check, redaction or report. So its time is a lower bound for
// `validate` on the spec that input came from.
//
//   node policy-engine.cjs <veil.wasm> <data.json> <input.json>     prints the number of findings
//   ... --findings     prints the findings themselves, as JSON (for the test that holds it to veilc's)
//
// Bundled by the benchmark as veilc's command bundles are (scripts/bundle.mjs
// bundleProgram): the same SDK, replacements and source patches; no code cache.
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import * as opaWasm from '@open-policy-agent/opa-wasm';
import { pagesFor } from '../../compiler/policy/memory.ts';

// as compiler/policy/engine.ts: the SDK's ES module entry has loadPolicySync on its default export alone
const { loadPolicySync } = opaWasm.default ?? opaWasm;
const [wasmFile, dataFile, inputFile] = process.argv.slice(2);
const wasm = readFileSync(wasmFile);
const data = JSON.parse(readFileSync(dataFile, 'utf8'));
const input = readFileSync(inputFile);
setFlagsFromString('--liftoff-only'); // as compiler/policy/engine.ts
// the bundle is CommonJS, as veilc's: no top-level await
WebAssembly.compile(wasm).then((module) => {
  const policy = loadPolicySync(module, { initial: pagesFor(input.byteLength) });
  policy.setData(data);
  const result = policy.evaluate(input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength), 'veil/findings');
  const findings = result[0].result;
  process.stdout.write(`${process.argv.includes('--findings') ? JSON.stringify(findings) : findings.length}\n`);
});

#!/usr/bin/env node
// Builds the policy artifact veilc evaluates in-process, so users need only
// Node.js: policies/veil/*.rego -> `opa build -t wasm` -> policies/build/.
//
//   node scripts/build-policy.mjs          rebuild and write policies/build/, the rule catalog and RULES.md
//   node scripts/build-policy.mjs --check  rebuild in a temporary folder; exit 1 if anything committed differs
//
// Steps, each deterministic (`opa build` output is byte-stable for the same
// OPA version, sources and capabilities):
//  1. capabilities: the builtins of the opa-wasm SDK's own capabilities.json,
//     plus the `rego_v1` feature (v1 Rego does not parse without it) and the
//     declaration of rego.metadata.rule, which OPA's compiler replaces with a
//     constant before planning (verified in step 6: the Wasm imports no such
//     builtin). A builtin the SDK lacks fails here, at build time.
//  2. the rule catalog policies/veil/catalog.rego and policies/RULES.md, both
//     generated from the rules' METADATA annotations (`opa inspect -a`).
//  3. `opa build -t wasm` with entrypoints veil/findings and veil/rules.
//  4. policy.wasm and data.json (the lifecycle table) out of the bundle.
//  5. manifest.json: OPA version, SDK, ABI, entrypoints, rule count and
//     SHA-256 of the sources, the Wasm and the data (the staleness test
//     compares these with Node alone).
//  6. the Wasm is loaded with the SDK: both entrypoints exist and every
//     builtin it imports is one the SDK implements.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { importProduct } from './product.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const ENTRYPOINTS = ['veil/findings', 'veil/rules'];
export const SOURCE_DIR = 'policies/veil';
export const BUILD_DIR = 'policies/build';
const CATALOG = `${SOURCE_DIR}/catalog.rego`;
const RULES_MD = 'policies/RULES.md';
const SDK = '@open-policy-agent/opa-wasm';
const require = createRequire(import.meta.url);
// the SDK's package.json exports only ".", so its other files are read by path
const sdkDir = path.resolve(path.dirname(require.resolve(SDK)), '..');
const sdkFile = (rel) => path.join(sdkDir, rel);

class BuildError extends Error {}

function pinnedOpaVersion() {
  const text = readFileSync(path.join(repoRoot, 'scripts/toolchain.versions'), 'utf8');
  const m = /^OPA_VERSION=v?(\S+)$/m.exec(text);
  if (!m) throw new BuildError('OPA_VERSION is missing from scripts/toolchain.versions');
  return m[1];
}

async function opaBinary() {
  const { findTool, missingToolHint } = await importProduct('compiler/verify/find-tool.ts');
  const tool = findTool('opa');
  if (!tool) throw new BuildError(missingToolHint('opa'));
  return tool.path;
}

function run(opa, args, cwd = repoRoot) {
  try {
    return execFileSync(opa, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    throw new BuildError(`opa ${args.join(' ')} failed:\n${e.stderr || e.stdout || e.message}`);
  }
}

function opaVersion(opa) {
  const m = /^Version:\s*(\S+)/m.exec(run(opa, ['version']));
  if (!m) throw new BuildError('cannot read `opa version`');
  return m[1];
}

/** The SDK's capabilities plus what v1 Rego and compile-time metadata need. */
export function wasmCapabilities(opa) {
  const sdkCaps = JSON.parse(readFileSync(sdkFile('capabilities.json'), 'utf8'));
  const current = JSON.parse(run(opa, ['capabilities', '--current']));
  const metadataRule = current.builtins.find((b) => b.name === 'rego.metadata.rule');
  if (!metadataRule) throw new BuildError('this opa has no rego.metadata.rule builtin');
  return {
    builtins: [...sdkCaps.builtins, metadataRule].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    wasm_abi_versions: sdkCaps.wasm_abi_versions,
    features: ['rego_v1'],
  };
}

const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

/** Files that determine the Wasm: rule sources (not tests) and data. */
export function sourceFiles(root = repoRoot) {
  const out = [];
  const walk = (rel) => {
    for (const ent of readdirSync(path.join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const child = `${rel}/${ent.name}`;
      if (ent.isDirectory()) { if (ent.name !== 'testdata') walk(child); }
      else if ((ent.name.endsWith('.rego') && !ent.name.endsWith('_test.rego')) || ent.name === 'data.json') out.push(child);
    }
  };
  walk(SOURCE_DIR);
  return out;
}

/** One hash over the sources, the capabilities and the OPA version: what the Wasm is a function of. */
export function sourcesHash(root, capabilitiesText, version) {
  const h = createHash('sha256');
  h.update(`opa ${version}\0capabilities\0${capabilitiesText}\0`);
  for (const rel of sourceFiles(root)) h.update(`${rel}\0${readFileSync(path.join(root, rel))}\0`);
  return h.digest('hex');
}

// ---------- annotations -> catalog.rego and RULES.md ----------

function annotationsOf(opa, cwd) {
  // `opa inspect` takes one path and has no --ignore: ask file by file, tests excluded
  const annotations = sourceFiles(cwd).filter((f) => f.endsWith('.rego'))
    .flatMap((f) => JSON.parse(run(opa, ['inspect', '-a', '--format', 'json', f], cwd)).annotations ?? []);
  const rules = [];
  const packages = new Map();
  for (const a of annotations) {
    const ann = a.annotations;
    const refPath = a.path.slice(1).map((p) => p.value);
    if (ann.scope === 'package') packages.set(refPath.join('.'), { title: ann.title ?? refPath.join('.'), description: (ann.description ?? '').trim(), file: a.location.file });
    if (ann.scope === 'rule' && ann.custom?.id) {
      rules.push({
        id: ann.custom.id, severity: ann.custom.severity, title: ann.title, description: (ann.description ?? '').trim(),
        sources: ann.custom.sources ?? [], pkg: refPath.slice(0, -1).join('.'), file: a.location.file, row: a.location.row,
      });
    }
  }
  validateRules(rules, cwd);
  rules.sort((a, b) => compareIds(a.id, b.id));
  return { rules, packages };
}

function compareIds(a, b) {
  const [pa, na] = splitId(a), [pb, nb] = splitId(b);
  return pa < pb ? -1 : pa > pb ? 1 : na - nb;
}
function splitId(id) { const m = /^VEIL-([A-Z]+)-(\d+)$/.exec(id); return [m[1], Number(m[2])]; }

function validateRules(rules, cwd) {
  const problems = [];
  const seen = new Map();
  for (const r of rules) {
    if (!/^VEIL-[A-Z]+-\d{3}$/.test(r.id)) problems.push(`${r.file}:${r.row}: id ${r.id} is not VEIL-AREA-NNN`);
    if (r.severity !== 'deny' && r.severity !== 'warn') problems.push(`${r.file}:${r.row}: ${r.id} severity must be deny or warn`);
    if (!r.title || !r.description) problems.push(`${r.file}:${r.row}: ${r.id} needs a title and a description`);
    if (!r.sources.length) problems.push(`${r.file}:${r.row}: ${r.id} needs custom.sources`);
    if (seen.has(r.id)) problems.push(`${r.file}:${r.row}: ${r.id} is also annotated at ${seen.get(r.id)}`);
    seen.set(r.id, `${r.file}:${r.row}`);
  }
  // rego.metadata.rule() of an unannotated `findings` body would be {}: its findings would silently vanish
  for (const file of new Set(rules.map((r) => r.file))) {
    const text = readFileSync(path.join(cwd, file), 'utf8');
    const bodies = (text.match(/^findings contains /gm) ?? []).length;
    const annotated = rules.filter((r) => r.file === file).length;
    if (bodies !== annotated) problems.push(`${file}: ${bodies} \`findings contains\` rules but ${annotated} annotated; give every rule body its own METADATA`);
  }
  if (problems.length) throw new BuildError(`rule annotations:\n  ${problems.join('\n  ')}`);
}

function catalogRego(rules) {
  const q = (s) => JSON.stringify(s);
  const lines = rules.map((r) => `\t${q(r.id)}: {"title": ${q(r.title)}, "severity": ${q(r.severity)}, "package": ${q(r.pkg)}},`);
  return [
    '# Code generated by scripts/build-policy.mjs from the rules\' METADATA annotations. DO NOT EDIT.',
    'package veil.catalog',
    '',
    '# Rule ID -> title, severity and package of every rule.',
    'rules := {',
    ...lines,
    '}',
    '',
  ].join('\n');
}

function rulesMarkdown(rules, packages) {
  const esc = (s) => s.replace(/\|/g, '\\|');
  const out = [
    '<!-- Generated by scripts/build-policy.mjs from the METADATA annotations in policies/veil/*.rego. Do not edit. -->',
    '# veilc policy rules',
    '',
    'Every rule of `veilc validate` after the JSON Schema: Rego in `policies/veil/`, compiled to',
    '`policies/build/veil.wasm` and evaluated in-process with the opa-wasm SDK. Facts the rules judge',
    '(address numbers, capacities, erasure geometry, quorums) are computed in `compiler/model/`.',
    'A finding can be waived in the spec (`waivers:`) for one rule at one path until a date.',
    '',
    '| ID | Severity | Rule |',
    '|---|---|---|',
    ...rules.map((r) => `| [${r.id}](#${r.id.toLowerCase()}) | ${r.severity} | ${esc(r.title)} |`),
    '',
  ];
  const byPkg = new Map();
  for (const r of rules) byPkg.set(r.pkg, [...(byPkg.get(r.pkg) ?? []), r]);
  for (const pkg of [...byPkg.keys()].sort()) {
    const p = packages.get(pkg);
    out.push(`## ${p?.title ?? pkg}`, '', `Package \`${pkg}\` (\`${p?.file ?? ''}\`).`, '');
    if (p?.description) out.push(p.description, '');
    for (const r of byPkg.get(pkg)) {
      out.push(`### ${r.id}`, '', `**${r.title}** (${r.severity})`, '', r.description, '', 'Sources:', '', ...r.sources.map((s) => `- ${s}`), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

// ---------- bundle ----------

/** Regular files of a tar.gz as name -> bytes (OPA writes plain ustar entries). */
export function untarGz(buf) {
  const tar = gunzipSync(buf);
  const files = new Map();
  for (let off = 0; off + 512 <= tar.length;) {
    const header = tar.subarray(off, off + 512);
    if (header.every((b) => b === 0)) break;
    const str = (a, b) => header.subarray(a, b).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(str(124, 136).trim() || '0', 8);
    const type = str(156, 157);
    const name = (str(345, 500) ? `${str(345, 500)}/` : '') + str(0, 100);
    if (type === '0' || type === '') files.set(name.replace(/^\/+/, ''), Buffer.from(tar.subarray(off + 512, off + 512 + size)));
    off += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

async function inspectWasm(wasm, data) {
  const { default: opaWasm } = await import(SDK);
  const policy = opaWasm.loadPolicySync(wasm);
  const missingEntry = ENTRYPOINTS.filter((e) => !(e in policy.entrypoints));
  if (missingEntry.length) throw new BuildError(`the Wasm lacks entrypoint(s) ${missingEntry.join(', ')}`);
  const exp = policy.wasmInstance.exports;
  const imported = Object.keys(JSON.parse(readWasmString(policy, exp.opa_json_dump(exp.builtins()))));
  const sdkBuiltins = new Set(Object.keys(require(sdkFile('src/builtins/index.js'))));
  const missing = imported.filter((b) => !sdkBuiltins.has(b));
  if (missing.length) throw new BuildError(`the Wasm calls builtins the SDK does not implement: ${missing.join(', ')}`);
  policy.setData(data);
  const catalog = policy.evaluate({}, 'veil/rules')[0]?.result;
  return { abi: `${exp.opa_wasm_abi_version.value}.${exp.opa_wasm_abi_minor_version.value}`, imported: imported.sort(), rules: Object.keys(catalog ?? {}).length };
}

function readWasmString(policy, addr) {
  const mem = new Uint8Array(policy.mem.buffer);
  let end = addr;
  while (mem[end] !== 0) end++;
  return Buffer.from(mem.subarray(addr, end)).toString('utf8');
}

/** Build everything into `root` (the repository, or a scratch copy of its policy sources). */
async function buildInto(root, opa, version) {
  const caps = wasmCapabilities(opa);
  const capsText = `${JSON.stringify(caps, null, 2)}\n`;
  mkdirSync(path.join(root, BUILD_DIR), { recursive: true });
  writeFileSync(path.join(root, BUILD_DIR, 'capabilities.json'), capsText);

  const { rules, packages } = annotationsOf(opa, root);
  writeFileSync(path.join(root, CATALOG), catalogRego(rules));
  run(opa, ['fmt', '-w', CATALOG], root);
  writeFileSync(path.join(root, RULES_MD), rulesMarkdown(rules, packages));

  const scratch = mkdtempSync(path.join(tmpdir(), 'veil-policy-'));
  try {
    const bundle = path.join(scratch, 'bundle.tar.gz');
    run(opa, ['build', '-t', 'wasm', '--capabilities', `${BUILD_DIR}/capabilities.json`,
      ...ENTRYPOINTS.flatMap((e) => ['-e', e]), '--ignore', '*_test.rego', '--ignore', 'testdata', '-o', bundle, SOURCE_DIR], root);
    const files = untarGz(readFileSync(bundle));
    const wasm = files.get('policy.wasm');
    if (!wasm) throw new BuildError('the bundle has no policy.wasm');
    const data = JSON.parse(files.get('data.json')?.toString('utf8') ?? '{}');
    const dataText = `${JSON.stringify(data, null, 2)}\n`;
    const info = await inspectWasm(wasm, data);
    if (info.rules !== rules.length) throw new BuildError(`the Wasm catalog has ${info.rules} rules, the annotations ${rules.length}`);
    writeFileSync(path.join(root, BUILD_DIR, 'veil.wasm'), wasm);
    writeFileSync(path.join(root, BUILD_DIR, 'data.json'), dataText);
    const manifest = {
      opaVersion: version,
      sdk: `${SDK}@${JSON.parse(readFileSync(sdkFile('package.json'), 'utf8')).version}`,
      abi: info.abi,
      entrypoints: ENTRYPOINTS,
      rules: rules.length,
      wasmImports: info.imported,
      sourcesSha256: sourcesHash(root, capsText, version),
      wasmSha256: sha256(wasm),
      dataSha256: sha256(dataText),
    };
    writeFileSync(path.join(root, BUILD_DIR, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export const GENERATED = [CATALOG, RULES_MD, ...['capabilities.json', 'veil.wasm', 'data.json', 'manifest.json'].map((f) => `${BUILD_DIR}/${f}`)];

/** Rebuild in a scratch copy and list the committed files that differ. */
export async function checkFresh() {
  const opa = await opaBinary();
  const version = opaVersion(opa);
  const pinned = pinnedOpaVersion();
  if (version !== pinned) throw new BuildError(`opa ${version} is not the pinned ${pinned}: the Wasm would differ; run \`bash scripts/toolchain.sh\``);
  const scratch = mkdtempSync(path.join(tmpdir(), 'veil-policy-check-'));
  try {
    cpSync(path.join(repoRoot, SOURCE_DIR), path.join(scratch, SOURCE_DIR), { recursive: true });
    await buildInto(scratch, opa, version);
    return GENERATED.filter((rel) => {
      let committed;
      try { committed = readFileSync(path.join(repoRoot, rel)); } catch { return true; }
      return !committed.equals(readFileSync(path.join(scratch, rel)));
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function main() {
  if (process.argv.includes('--check')) {
    const stale = await checkFresh();
    if (stale.length) {
      console.error(`stale policy artifacts (run \`node scripts/build-policy.mjs\` and commit):\n  ${stale.join('\n  ')}`);
      process.exit(1);
    }
    console.log('policy artifacts are fresh');
    return;
  }
  const opa = await opaBinary();
  const version = opaVersion(opa);
  const pinned = pinnedOpaVersion();
  if (version !== pinned) throw new BuildError(`opa ${version} is not the pinned ${pinned}; run \`bash scripts/toolchain.sh\``);
  const m = await buildInto(repoRoot, opa, version);
  console.log(`${BUILD_DIR}/veil.wasm: ${m.rules} rules, ABI ${m.abi}, opa ${m.opaVersion}, sha256 ${m.wasmSha256.slice(0, 16)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.join(repoRoot, 'scripts', 'build-policy.mjs')) {
  main().catch((e) => {
    console.error(`build-policy: ${e instanceof BuildError ? e.message : e.stack ?? e}`);
    process.exit(e instanceof BuildError ? 1 : 2);
  });
}

#!/usr/bin/env node
// Benchmark (`npm run bench`): whole-process runs of the `veilc` command
// (dist/veilc.cjs), as ratios to a bare `node -e 0` measured in the same run
// (interleaved: a bare start right before each timed run, so a figure and its
// baseline see the same machine), medians of several runs: every command on veil.spec.yaml; generated specs of
// growing size up to the 1 MiB input cap, with the scaling exponent of each
// command; peak memory; where the time of one run goes (VEILC_TIMINGS); and the
// real `opa eval` CLI on the same Rego and the same prepared input, the policy
// stage's peer; and the floors (scripts/floors/): parts every veilc run on a
// spec has, the opa-wasm policy engine running veilc's rules and js-yaml's
// parser, each alone in a process, so the figures show how far the rest of
// veilc's work is from them. Not a test: it prints, it does not judge.
// `--quick`: fewer runs, no spec beyond 5,000 nodes.
// Every Node.js process it times runs without NODE_EXTRA_CA_CERTS: when that
// variable is set, Node.js builds its store of root certificates and parses
// the file it names at every start, before any script runs (~80 ms on this
// project's CI machine, whose environment sets it to a 144-certificate
// bundle: ~40 ms for the store, ~40 for the file). veilc makes no TLS
// connection, and the same constant added to every figure and to its
// baseline pulls each ratio toward 1. Where the variable is set, its cost,
// and validate and check with it, are reported on their own.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleProgram } from './bundle.mjs';
import { importProduct } from './product.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/veilc.cjs');
const work = mkdtempSync(join(tmpdir(), 'veilc-bench-'));
const quick = process.argv.includes('--quick');
const reps = quick ? 3 : 9;
// the commands on veil.spec.yaml take a third of a second: more runs, so a
// few slow ones on a busy machine move the medians less (9 runs moved check's
// ratio by 0.4 from one run of the benchmark to the next)
const veilReps = quick ? 3 : 21;
// the generated specs: fewer runs as they grow (a 17,400-node check takes seconds), and opa eval as many as 5,000 nodes
const midReps = Math.max(3, Math.floor(reps / 2));
const largeReps = Math.max(3, Math.floor(reps / 3));
// but the spec the 5,000-node target is read on (with records) gets as many as
// the smaller ones: its ratio's baseline is the median of the bare starts paired
// with its runs, and three of those hold it poorly (bare starts vary from ~115 to
// ~210 ms within one run of the benchmark)
const targetReps = reps;
const MiB = 1024 * 1024;

// peak memory and CPU of a run, reported by the child itself at exit (only in
// the untimed warm-up run: a preload would add to the timed ones)
const usage = join(work, 'usage.cjs');
writeFileSync(usage, "process.on('exit', () => { const r = process.resourceUsage(); require('fs').writeSync(2, `\\nveilc-bench-usage ${r.maxRSS}\\n`); });\n");

/** The environment every timed process gets: this one's, without NODE_EXTRA_CA_CERTS (see above) unless `withCa`. */
function childEnv(env, withCa = false) {
  const { NODE_EXTRA_CA_CERTS: _ca, ...rest } = process.env;
  return { ...(withCa ? process.env : rest), NO_COLOR: '1', ...env };
}

function run(args, env = {}, node = [], withCa = false) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...node, ...args], { encoding: 'utf8', maxBuffer: 256 * MiB, env: childEnv(env, withCa) });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, r };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Every bare start (`node -e 0`) the timed runs were paired with. */
const bareSamples = [];

/**
 * `n` runs of `once` (returns its wall time in ms), each right after a bare
 * start: the median of the runs (`ms`) and of their bare starts (`bare`, the
 * figure's own baseline, so machine drift during the benchmark moves both).
 */
function paired(n, once, withCa = false) {
  const samples = [];
  const bares = [];
  for (let i = 0; i < n; i++) {
    const bare = run(['-e', '0'], {}, [], withCa).ms;
    if (!withCa) bareSamples.push(bare);
    bares.push(bare);
    samples.push(once());
  }
  return { ms: median(samples), bare: median(bares) };
}

/**
 * `paired` timing of `n` runs of a Node.js program with `args` (veilc, or a
 * floor) after one warm-up run (file cache), and the warm-up's peak RSS in
 * KiB and its stdout.
 */
function time(args, n, okCodes = [0], env = {}, withCa = false) {
  const checked = (node = []) => {
    const result = run(args, env, node, withCa);
    const { r } = result;
    if (!okCodes.includes(r.status)) throw new Error(`${args.join(' ')} exited ${r.status}:\n${r.stdout.slice(0, 2000)}\n${r.stderr.slice(0, 2000)}`);
    return result;
  };
  const warm = checked(['-r', usage]);
  const rss = Number(/veilc-bench-usage (\d+)/.exec(warm.r.stderr)?.[1] ?? NaN);
  return { ...paired(n, () => checked().ms, withCa), rss, stdout: warm.r.stdout };
}

/** `paired` timing of an external command (opa eval), after one warm-up run, and the warm-up's stdout. */
function timeExternal(cmd, args, n) {
  let stdout = '';
  const once = () => {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * MiB });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
    stdout ||= r.stdout;
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  once();
  return { ...paired(n, once), stdout };
}


const veilText = readFileSync(join(root, 'veil.spec.yaml'), 'utf8');
const addr = (i) => `10.50.${Math.floor(i / 250) + 1}.${(i % 250) + 1}`;

/**
 * veil.spec.yaml with n nodes in a /16 instead of meteor-1..3; with
 * `records`, one LAN record per node (the LAN zone names every node), else
 * none (every node gets the VEIL-DNS-003 warning: the report grows too).
 */
function generatedSpec(n, records) {
  const nodes = Array.from({ length: n }, (_, i) => `  - { name: node-${i}, address: ${addr(i)}, role: ${i < 3 ? 'server' : 'agent'} }`).join('\n');
  const lan = records ? `${Array.from({ length: n }, (_, i) => `        - { name: node-${i}, target: node/node-${i} }`).join('\n')}\n` : '';
  return veilText
    .replace(/cidr: 192\.168\.0\.0\/24/, 'cidr: 10.50.0.0/16')
    .replace(/192\.168\.0\./g, '10.50.0.')
    .replace(/\nnodes:\n[\s\S]*?\n\nkubernetes:/, `\nnodes:\n${nodes}\n\nkubernetes:`)
    .replace(/        - \{ name: meteor-1, target: node\/meteor-1 \}\n        - \{ name: meteor-2, target: node\/meteor-2 \}\n        - \{ name: meteor-3, target: node\/meteor-3 \}\n/, lan)
    .replace('nodes: [meteor-1, meteor-2, meteor-3]', 'nodes: [node-0, node-1, node-2]');
}

/** The most nodes (without records) whose spec stays within the 1 MiB input cap, in steps of 100. */
function nodesAtCap() {
  let n = Math.floor(MiB / 60);
  while (Buffer.byteLength(generatedSpec(n, false)) > MiB) n -= 100;
  return n - (n % 100);
}

/** A timing (`time`, `timeExternal`) as milliseconds and its ratio to its own paired bare starts. */
const f = (t) => `${t.ms.toFixed(0)} ms (${(t.ms / t.bare).toFixed(2)}x)`;
const mib = (kib) => `${(kib / 1024).toFixed(0)} MiB`;

// ---------- every command on veil.spec.yaml ----------
const veilSpec = join(root, 'veil.spec.yaml');
const veilOut = join(work, 'out-veil');
if (run([cli, 'compile', '--spec', veilSpec, '--out', veilOut]).r.status !== 0) throw new Error('veil.spec.yaml does not compile');
// plan --base: a throwaway git repository holding veil.spec.yaml and its out/ at
// HEAD, with driveSize raised in the working tree (a refused change: exit 1)
const repo = join(work, 'repo');
cpSync(veilSpec, join(repo, 'veil.spec.yaml'));
cpSync(join(root, 'out'), join(repo, 'out'), { recursive: true });
const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.org' };
for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-q', '-m', 'base']]) {
  const g = spawnSync('git', args, { cwd: repo, env: gitEnv, encoding: 'utf8' });
  if (g.status !== 0) throw new Error(`git ${args.join(' ')}: ${g.stderr}`);
}
writeFileSync(join(repo, 'veil.spec.yaml'), readFileSync(join(repo, 'veil.spec.yaml'), 'utf8').replace('driveSize: 125Gi', 'driveSize: 138Gi'));

const commands = [
  ['validate', [cli, 'validate', '--spec', veilSpec]],
  ['compile', [cli, 'compile', '--spec', veilSpec, '--out', join(work, 'compile-veil')]],
  ['check --skip-tools', [cli, 'check', '--skip-tools', '--spec', veilSpec, '--out', veilOut]],
  ['plan', [cli, 'plan', '--spec', veilSpec, '--out', veilOut]],
  ['plan --base HEAD (one refused change)', [cli, 'plan', '--base', 'HEAD', '--spec', join(repo, 'veil.spec.yaml'), '--out', join(repo, 'out')], [1]],
  ['explain', [cli, 'explain', '--spec', veilSpec]],
  ['explain --format svg', [cli, 'explain', '--format', 'svg', '--spec', veilSpec]],
  ['--version (start-up and module loading only)', [cli, '--version']],
];
const perCommand = commands.map(([label, args, ok = [0], env = {}]) => ({ label, ...time(args, veilReps, ok, env) }));

// ---------- the environment's NODE_EXTRA_CA_CERTS, where it is set ----------
// the same commands with it, each paired with bare starts that have it too
const caFile = process.env.NODE_EXTRA_CA_CERTS;
const caCommands = caFile ? commands.filter(([label]) => label === 'validate' || label === 'check --skip-tools')
  .map(([label, args, ok = [0], env = {}]) => ({ label, ...time(args, veilReps, ok, env, true) })) : [];

// ---------- generated specs, up to the input cap ----------
const cap = nodesAtCap();
const sizes = quick ? [[5000, true], [2000, false], [5000, false]] : [[5000, true], [2000, false], [5000, false], [10000, false], [cap, false]];
const rows = [];
for (const [n, records] of sizes) {
  const file = join(work, `gen-${n}${records ? '-records' : ''}.spec.yaml`);
  const text = generatedSpec(n, records);
  if (Buffer.byteLength(text) > MiB) throw new Error(`the generated spec of ${n} nodes is over the input cap`);
  writeFileSync(file, text);
  const out = join(work, `out-${n}-${records}`);
  const c = run([cli, 'compile', '--spec', file, '--out', out]); // so that `check` finds no drift
  if (c.r.status !== 0) throw new Error(`generated spec ${n} does not compile:\n${c.r.stdout.slice(0, 2000)}${c.r.stderr.slice(0, 2000)}`);
  const r = n === 5000 && records ? targetReps : n >= 5000 ? largeReps : midReps;
  rows.push({
    n, records, file, bytes: Buffer.byteLength(text), reps: r,
    validate: time([cli, 'validate', '--spec', file], r),
    compile: time([cli, 'compile', '--spec', file, '--out', join(work, `compile-${n}-${records}`)], r),
    check: time([cli, 'check', '--skip-tools', '--spec', file, '--out', out], r),
  });
}

// ---------- the prepared policy input: opa eval and the floors run on it ----------
const { loadSpec } = await importProduct('compiler/load/load-spec.ts');
const { validateSchema } = await importProduct('compiler/schema/validate-schema.ts');
const { buildModel } = await importProduct('compiler/model/build-model.ts');
const { policyInput } = await importProduct('compiler/policy/input.ts');
const { resolveToday } = await importProduct('compiler/policy/today.ts');
const engine = await (await importProduct('compiler/policy/engine.ts')).loadPolicyEngine();
const prepared = [['veil.spec.yaml', veilSpec, perCommand.find((c) => c.label === 'validate')], ...rows.filter((r) => r.n === 5000 || r.n === cap).map((r) => [`${r.n} nodes${r.records ? ' + records' : ''}`, r.file, r.validate, r])]
  .map(([label, file, validate, row], i) => {
    const source = loadSpec(file);
    const model = buildModel(validateSchema(source.data).spec).model;
    const input = join(work, `input-${i}.json`);
    const facts = policyInput(model, resolveToday());
    writeFileSync(input, JSON.stringify(facts));
    // veilc's own engine on the same input: what the policy floor must find
    return { label, file, validate, row, input, findings: String(engine.findings(facts).length) };
  });

// ---------- opa eval on the same prepared input: the policy stage's peer ----------
const { findTool } = await importProduct('compiler/verify/find-tool.ts');
const opa = findTool('opa', { cwd: root, preferToolsBin: true })?.path; // the pinned one (scripts/toolchain.sh)
const peers = [];
if (opa) {
  for (const { label, file, validate, input } of prepared) {
    const eval_ = timeExternal(opa, ['eval', '--ignore', '*_test.rego', '--ignore', 'testdata', '-d', join(root, 'policies/veil'), '-i', input, '--format', 'raw', 'count(data.veil.findings)'], largeReps);
    const stages = JSON.parse(/veilc-timings (.*)/.exec(run([cli, 'validate', '--spec', file], { VEILC_TIMINGS: '1' }).r.stderr)?.[1] ?? '{}');
    peers.push({ label, validate, policyMs: (stages['policy-load'] ?? 0) + (stages.policy ?? 0), opa: eval_, findings: eval_.stdout.trim() });
  }
}

// ---------- floors: parts every veilc run has, each alone in a process ----------
// scripts/floors/: the opa-wasm SDK evaluating veil's policy on the prepared
// input (the mission mandates the engine; the rules and the input are veilc's),
// and js-yaml's event parser on the spec. veilc does all of either and more.
const floorPrograms = { policy: join(work, 'floor-policy-engine.cjs'), yaml: join(work, 'floor-yaml-events.cjs') };
await bundleProgram('scripts/floors/policy-engine.mjs', floorPrograms.policy);
await bundleProgram('scripts/floors/yaml-events.mjs', floorPrograms.yaml);
const policyFiles = [join(root, 'policies/build/veil.wasm'), join(root, 'policies/build/data.json')];
const floors = prepared.map(({ label, file, row, input, findings, validate }) => {
  const policy = time([floorPrograms.policy, ...policyFiles, input], row?.reps ?? veilReps);
  // the floor found what veilc's engine and opa eval find: it did the policy's whole work
  for (const [who, count] of [['veilc', findings], ['opa eval', peers.find((p) => p.label === label)?.findings ?? findings]]) {
    if (count !== policy.stdout.trim()) throw new Error(`the policy floor on ${label} found ${policy.stdout.trim()} findings, ${who} ${count}`);
  }
  // the parser alone on a small spec is mostly js-yaml's first compile and initialisation, which veilc's
  // code cache and start-up take care of: not a floor there
  const yaml = row ? time([floorPrograms.yaml, file], row.reps) : undefined;
  return { label, row, policy, yaml, validate };
});

const timings = JSON.parse(/veilc-timings (.*)/.exec(run([cli, 'check', '--skip-tools', '--out', veilOut, '--spec', veilSpec], { VEILC_TIMINGS: '1' }).r.stderr)?.[1] ?? '{}');
const timings5k = rows.find((r) => r.n === 5000 && r.records);
const stages5k = timings5k ? JSON.parse(/veilc-timings (.*)/.exec(run([cli, 'compile', '--spec', timings5k.file, '--out', join(work, 'compile-t')], { VEILC_TIMINGS: '1' }).r.stderr)?.[1] ?? '{}') : {};

// ---------- report ----------
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}`);
console.log(`baseline: node -e 0 = ${median(bareSamples).toFixed(0)} ms without NODE_EXTRA_CA_CERTS, as every run here (median of ${bareSamples.length}, from ${Math.min(...bareSamples).toFixed(0)} to ${Math.max(...bareSamples).toFixed(0)}); every other figure is a median of ${veilReps} runs on veil.spec.yaml, ${targetReps} on 5,000 nodes + records, ${midReps} on 2,000 nodes, ${largeReps} on the other 5,000 nodes and more and for opa eval, each run right after a bare start, and its ratio to the median of those bare starts\n`);
console.log('| veil.spec.yaml | time | peak RSS |');
console.log('|---|---|---|');
for (const c of perCommand) console.log(`| ${c.label} | ${f(c)} | ${mib(c.rss)} |`);

console.log(`\n| generated spec | bytes | validate | compile | check --skip-tools | peak RSS |`);
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  const label = `${r.n} nodes${r.records ? ` + ${r.n} records` : r.n === cap ? ' (largest under the 1 MiB cap)' : ''}`;
  console.log(`| ${label} | ${(r.bytes / 1024).toFixed(0)} KiB | ${f(r.validate)} | ${f(r.compile)} | ${f(r.check)} | ${mib(Math.max(r.validate.rss, r.compile.rss, r.check.rss))} |`);
}

// growth of the work beyond veil.spec.yaml's: slope of log(t - t_veil) over log(n), nodes without records
const family = rows.filter((r) => !r.records);
if (family.length >= 2) {
  const on = (label) => perCommand.find((c) => c.label === label).ms;
  const veilMs = { validate: on('validate'), compile: on('compile'), check: on('check --skip-tools') };
  const slope = (cmd) => {
    const pts = family.map((r) => [Math.log(r.n), Math.log(Math.max(1, r[cmd].ms - veilMs[cmd]))]);
    const mx = pts.reduce((a, p) => a + p[0], 0) / pts.length, my = pts.reduce((a, p) => a + p[1], 0) / pts.length;
    return pts.reduce((a, p) => a + (p[0] - mx) * (p[1] - my), 0) / pts.reduce((a, p) => a + (p[0] - mx) ** 2, 0);
  };
  console.log(`\nscaling exponent, ${family.map((r) => r.n).join(' to ')} nodes (time beyond veil.spec.yaml's, over n; 1.00 = linear): validate ${slope('validate').toFixed(2)}, compile ${slope('compile').toFixed(2)}, check ${slope('check').toFixed(2)}`);
}

if (peers.length) {
  console.log('\n| policy peer: same Rego, same prepared input | veilc validate (whole process) | veilc policy stage (in the process) | opa eval (whole process) |');
  console.log('|---|---|---|---|');
  for (const p of peers) console.log(`| ${p.label} | ${f(p.validate)} | ${p.policyMs.toFixed(0)} ms | ${f(p.opa)} |`);
} else {
  console.log('\nopa not found (scripts/toolchain.sh builds it): no policy peer');
}

// the floors, and the two together: one start does both, so their sum less one bare start
const both = (a, b) => ({ ms: a.ms + b.ms - (a.bare + b.bare) / 2, ratio: a.ms / a.bare + b.ms / b.bare - 1 });
console.log(`\n| floor: a part every veilc run on the spec has, alone in a process (scripts/floors/) | ${floors.map((x) => x.label).join(' | ')} |`);
console.log(`|---|${floors.map(() => '---|').join('')}`);
console.log(`| the policy engine: the opa-wasm SDK, veil.wasm (veilc's rules) compiled and instantiated as veilc does, veil/findings evaluated once on the prepared input | ${floors.map((x) => f(x.policy)).join(' | ')} |`);
console.log(`| reading the spec: js-yaml's event parser alone | ${floors.map((x) => (x.yaml ? f(x.yaml) : '- (mostly js-yaml\'s first compile here: not a floor on a small spec)')).join(' | ')} |`);
console.log(`| both, counted as one start: their sum less one bare start | ${floors.map((x) => (x.yaml ? ((b) => `${b.ms.toFixed(0)} ms (${b.ratio.toFixed(2)}x)`)(both(x.policy, x.yaml)) : '-')).join(' | ')} |`);
console.log(`| veilc validate (whole process) | ${floors.map((x) => f(x.validate)).join(' | ')} |`);
const veilFloor = floors[0].policy;
const floor5k = floors.find((x) => x.row?.n === 5000 && x.row.records);
console.log(`\nissue 15's targets against the floors: validate on veil.spec.yaml <= 2.0x and check --skip-tools <= 2.3x, where the policy engine with veilc's rules alone takes ${(veilFloor.ms / veilFloor.bare).toFixed(2)}x` +
  (floor5k ? `; the 5,000-node compile (with records) <= 10x, where the policy engine and the parser alone take ${both(floor5k.policy, floor5k.yaml).ratio.toFixed(2)}x` : ''));
if (caFile) {
  // the bare starts of the same commands without it, run just before: the difference is not moved by the drift of the larger specs' minutes
  const caBare = median(caCommands.map((c) => c.bare));
  const plainBare = median(perCommand.filter((c) => caCommands.some((w) => w.label === c.label)).map((c) => c.bare));
  console.log(`\nNODE_EXTRA_CA_CERTS is set here (${caFile}): every Node.js process builds its root certificate store and parses that file at start, and every figure above ran without it. With it, a bare start takes ${caBare.toFixed(0)} ms (${(caBare - plainBare).toFixed(0)} ms more than without, for the same commands' bare starts), and:`);
  console.log('\n| veil.spec.yaml, with NODE_EXTRA_CA_CERTS | time | ratio to a bare start with it |');
  console.log('|---|---|---|');
  for (const c of caCommands) console.log(`| ${c.label} | ${c.ms.toFixed(0)} ms | ${(c.ms / c.bare).toFixed(2)}x |`);
}
console.log(`\nwhere one \`check --skip-tools\` on veil.spec.yaml spends its time (ms): ${JSON.stringify(timings)}`);
if (timings5k) console.log(`where one \`compile\` of 5,000 nodes + records spends its time (ms): ${JSON.stringify(stages5k)}`);
rmSync(work, { recursive: true, force: true });

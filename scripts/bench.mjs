#!/usr/bin/env node
// Benchmark (`npm run bench`): whole-process runs of dist/veilc.cjs, as a
// ratio to a bare `node -e 0` measured in the same run, on veil.spec.yaml and
// on generated specs of growing size; plus the scaling exponent and where the
// time of one run goes (VEILC_TIMINGS). Not a test: it prints, it does not judge.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/veilc.cjs');
const work = mkdtempSync(join(tmpdir(), 'veilc-bench-'));
const quick = process.argv.includes('--quick');

function run(args, env = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, r };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function time(args, reps, okCodes = [0]) {
  run(args); // warm the file cache
  const samples = [];
  for (let i = 0; i < reps; i++) {
    const { ms, r } = run(args);
    if (!okCodes.includes(r.status)) throw new Error(`${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
    samples.push(ms);
  }
  return median(samples);
}

/** A valid spec with n nodes (all LAN names in the LAN zone) in a /16. */
function generatedSpec(n) {
  const veil = readFileSync(join(root, 'veil.spec.yaml'), 'utf8');
  const addr = (i) => `10.50.${Math.floor(i / 250) + 1}.${(i % 250) + 1}`;
  const nodes = Array.from({ length: n }, (_, i) => `  - { name: node-${i}, address: ${addr(i)}, role: ${i < 3 ? 'server' : 'agent'} }`).join('\n');
  const records = Array.from({ length: n }, (_, i) => `        - { name: node-${i}, target: node/node-${i} }`).join('\n');
  return veil
    .replace(/cidr: 192\.168\.0\.0\/24/, 'cidr: 10.50.0.0/16')
    .replace(/192\.168\.0\./g, '10.50.0.')
    .replace(/\nnodes:\n[\s\S]*?\n\nkubernetes:/, `\nnodes:\n${nodes}\n\nkubernetes:`)
    .replace(/        - \{ name: meteor-1, target: node\/meteor-1 \}\n        - \{ name: meteor-2, target: node\/meteor-2 \}\n        - \{ name: meteor-3, target: node\/meteor-3 \}\n/, `${records}\n`)
    .replace('nodes: [meteor-1, meteor-2, meteor-3]', 'nodes: [node-0, node-1, node-2]');
}

const reps = quick ? 3 : 9;
const bare = time(['-e', '0'], reps * 2);
const rows = [];
const specs = [];
for (const n of quick ? [0, 50, 500] : [0, 50, 500, 5000]) {
  // n = 0 is veil.spec.yaml itself; every spec is compiled first so `check` finds no drift
  const file = n ? join(work, `gen-${n}.spec.yaml`) : join(root, 'veil.spec.yaml');
  if (n) writeFileSync(file, generatedSpec(n));
  const out = join(work, `out-${n}`);
  const c = run([cli, 'compile', '--spec', file, '--out', out]);
  if (c.r.status !== 0) throw new Error(`generated spec ${n} does not compile:\n${c.r.stdout}${c.r.stderr}`);
  specs.push([n ? `generated, ${n} nodes + ${n} records` : 'veil.spec.yaml', file, out, n]);
}

for (const [label, file, out, n] of specs) {
  const r = n >= 5000 ? Math.max(3, Math.floor(reps / 3)) : reps;
  const compileOut = join(work, `compile-${n}`);
  const validate = time([cli, 'validate', '--spec', file], r, [0]);
  const compile = time([cli, 'compile', '--spec', file, '--out', compileOut], r, [0]);
  const check = time([cli, 'check', '--skip-tools', '--spec', file, '--out', out], r, [0]);
  rows.push({ label, n, validate, compile, check });
}

// plan --base: a throwaway git repository holding veil.spec.yaml and its out/ at
// HEAD, with driveSize raised in the working tree (a refused change: exit 1)
const repo = join(work, 'repo');
cpSync(join(root, 'veil.spec.yaml'), join(repo, 'veil.spec.yaml'));
cpSync(join(root, 'out'), join(repo, 'out'), { recursive: true });
const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.org', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.org' };
for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-q', '-m', 'base']]) {
  const g = spawnSync('git', args, { cwd: repo, env: gitEnv, encoding: 'utf8' });
  if (g.status !== 0) throw new Error(`git ${args.join(' ')}: ${g.stderr}`);
}
writeFileSync(join(repo, 'veil.spec.yaml'), readFileSync(join(repo, 'veil.spec.yaml'), 'utf8').replace('driveSize: 125Gi', 'driveSize: 138Gi'));
const planBase = time([cli, 'plan', '--base', 'HEAD', '--spec', join(repo, 'veil.spec.yaml'), '--out', join(repo, 'out')], reps, [1]);

const timings = JSON.parse(/veilc-timings (.*)/.exec(run([cli, 'check', '--skip-tools', '--out', specs[0][2]], { VEILC_TIMINGS: '1' }).r.stderr)?.[1] ?? '{}');

const f = (ms) => `${ms.toFixed(0)} ms (${(ms / bare).toFixed(2)}x)`;
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}`);
console.log(`baseline: node -e 0 = ${bare.toFixed(0)} ms (median of ${reps * 2})\n`);
console.log('| spec | validate | compile | check --skip-tools |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.label} | ${f(r.validate)} | ${f(r.compile)} | ${f(r.check)} |`);

console.log(`\n| plan --base HEAD (veil.spec.yaml, one refused change) | ${f(planBase)} |`);

// growth of the work beyond start-up: slope of log(t - t_startup) over log(n)
const gen = rows.filter((r) => r.n > 0);
const startup = rows[0].check;
const pts = gen.map((r) => [Math.log(r.n), Math.log(Math.max(1, r.check - startup))]);
if (pts.length >= 2) {
  const mx = pts.reduce((a, p) => a + p[0], 0) / pts.length, my = pts.reduce((a, p) => a + p[1], 0) / pts.length;
  const slope = pts.reduce((a, p) => a + (p[0] - mx) * (p[1] - my), 0) / pts.reduce((a, p) => a + (p[0] - mx) ** 2, 0);
  console.log(`\nscaling exponent of check (time beyond veil.spec.yaml's, over n): ${slope.toFixed(2)} (1.00 = linear)`);
}
console.log(`\nwhere one \`check --skip-tools\` on veil.spec.yaml spends its time (ms): ${JSON.stringify(timings)}`);
rmSync(work, { recursive: true, force: true });

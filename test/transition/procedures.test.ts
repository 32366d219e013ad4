// CHANGES.md, the runbook of the `procedure` and `forbidden` classes: every
// procedure the plan links to is a section of the CHANGES.md compiled from the
// same spec; only the sections that apply are written; and every shell block
// of every variant passes shellcheck and bash -n.
import { describe, expect, it } from 'vitest';
import { emitAll } from '../../compiler/emit/emit-all.ts';
import { buildModel } from '../../compiler/model/build-model.ts';
import { CHANGES_HEADINGS as H } from '../../compiler/emit/runbooks/headings.ts';
import { slug } from '../../compiler/emit/runbooks/markdown.ts';
import { verifyShellBlocks } from '../../compiler/verify/shellcheck.ts';
import { haveTool, toolsRequired, writeOut } from '../runbooks/helpers.ts';
import { edit, ORBIT, transition, validated } from './helpers.ts';

function changesMd(text: string): string {
  return emitAll(validated(text).model).find((f) => f.path === 'docs/CHANGES.md')!.content;
}

function anchors(md: string): Set<string> {
  return new Set([...md.matchAll(/^#{1,6} (.*)$/gm)].map((m) => slug(m[1]!)));
}

const node = (name: string, address: string, role: string) => `  - name: ${name}\n    address: ${address}\n    role: ${role}\n`;
const NVME = (t: string) => edit(t, '  storageClass: local-path\n  nodes', '  storageClass: nvme\n  nodes');
const LB = (t: string) => edit(t, '    mode: ingress\n    apiHost: blob.orbit.home.arpa', '    mode: loadBalancer\n    address: 10.40.0.201');
const POOL = (t: string) => edit(t, '  credentials:\n', '  pools:\n    - name: archive\n      servers: 4\n      drivesPerServer: 1\n      driveSize: 200Gi\n      storageClass: nvme\n      nodes: [sol-1, sol-2, sol-3, luna-1]\n      erasure: { data: 2 }\n  credentials:\n');
const NO_STORE = (t: string) => t.replace(/\nobjectStore:[\s\S]*?\n\nstorageClasses/, '\n\nstorageClasses').replace('        - { name: blob, target: ingress }\n', '');

/** Edits that reach every procedure the rules link to. */
const SCENARIOS: [string, string, string][] = [
  ['drive size on local-path', ORBIT, edit(ORBIT, 'driveSize: 100Gi', 'driveSize: 120Gi')],
  ['drive size on nvme', NVME(ORBIT), edit(NVME(ORBIT), 'driveSize: 100Gi', 'driveSize: 120Gi')],
  ['store renamed', ORBIT, edit(ORBIT, 'name: vault\n', 'name: coffer\n')],
  ['servers at once', ORBIT, edit(ORBIT, node('luna-1', '10.40.0.21', 'agent'), node('sol-4', '10.40.0.14', 'server') + node('sol-5', '10.40.0.15', 'server') + node('luna-1', '10.40.0.21', 'agent'))],
  ['servers removed', ORBIT, edit(ORBIT, node('sol-2', '10.40.0.12', 'server') + node('sol-3', '10.40.0.13', 'server'), node('sol-2', '10.40.0.12', 'agent') + node('sol-3', '10.40.0.13', 'agent'))],
  ['addresses', ORBIT, edit(edit(ORBIT, 'address: 10.40.0.13', 'address: 10.40.0.33'), 'address: 10.40.0.21', 'address: 10.40.0.31')],
  ['ingress moves', ORBIT, edit(ORBIT, 'address: 10.40.0.200', 'address: 10.40.0.210')],
  ['dedicated address moves', LB(ORBIT), edit(LB(ORBIT), 'address: 10.40.0.201', 'address: 10.40.0.202')],
  ['grafana grows', ORBIT, edit(ORBIT, 'size: 4Gi, class: local-path', 'size: 6Gi, class: local-path')],
  ['flux namespace', ORBIT, edit(ORBIT, 'storageClasses: [local-path, nvme]\n', 'storageClasses: [local-path, nvme]\n\nflux:\n  namespace: gitops\n')],
  ['cluster renamed', ORBIT, edit(ORBIT, 'name: orbit\n', 'name: apogee\n')],
  ['a pool removed, another widened', POOL(ORBIT), edit(POOL(ORBIT), 'servers: 4\n      drivesPerServer: 1', 'servers: 3\n      drivesPerServer: 1')],
  ['ingress controller switched in one step', ORBIT, edit(ORBIT, 'ingress:\n  address: 10.40.0.200\n  className: web\n', 'ingress:\n  controller: envoy-gateway\n  address: 10.40.0.210\n')],
  ['k3s upgrade and labels', ORBIT, edit(edit(ORBIT, 'loadBalancer:', 'kubernetes:\n  version: v1.35.0+k3s1\n\nloadBalancer:'), '    address: 10.40.0.21\n    role: agent\n', '    address: 10.40.0.21\n    role: agent\n    labels: { disk: ssd }\n')],
];

describe('every procedure the plan links to', () => {
  it.each(SCENARIOS)('%s: is a section of the CHANGES.md compiled from the new spec', (_name, base, next) => {
    const t = transition(base, next);
    const linked = t.changes.flatMap((c) => c.reasons.map((r) => r.procedure).filter((p): p is string => !!p));
    expect(linked.length).toBeGreaterThan(0);
    const have = anchors(changesMd(next));
    expect(linked.filter((p) => !have.has(p))).toEqual([]);
    // and the hint of each finding names it
    for (const d of t.diagnostics.filter((x) => x.hint?.includes('CHANGES.md#'))) {
      for (const m of d.hint!.matchAll(/CHANGES\.md#([a-z0-9-]+)/g)) expect(have.has(m[1]!), `${d.rule}: #${m[1]}`).toBe(true);
    }
  });
});

describe('CHANGES.md holds only what applies', () => {
  it('an output folder and spec elsewhere in the repository: the commands name them, run from the repository root', () => {
    const model = buildModel(validated(ORBIT).model.spec, { outDir: 'deploy/orbit', specFile: 'clusters/orbit.spec.yaml' }).model;
    const md = emitAll(model).find((f) => f.path === 'docs/CHANGES.md')!.content;
    expect(md).toContain('npx veilc check --base origin/main --spec clusters/orbit.spec.yaml --out deploy/orbit');
    expect(md).toContain('commit the spec and `deploy/orbit/`');
    expect(md).not.toMatch(/`out\/`/);
    expect(changesMd(ORBIT)).toContain('npx veilc check --base origin/main\n');
  });

  it('local-path drives: no in-place growth, a recreate; one pool: no decommission', () => {
    const a = anchors(changesMd(ORBIT));
    expect(a.has(slug(H.recreateStore))).toBe(true);
    expect(a.has(slug(H.growClaims))).toBe(false);
    expect(a.has(slug(H.decommission))).toBe(false);
    expect(a.has(slug(H.agentAddress))).toBe(true);
  });

  it('two pools: the decommission section, and the in-place growth for the pool on a class that may expand', () => {
    const md = changesMd(POOL(ORBIT));
    const a = anchors(md);
    expect(a.has(slug(H.decommission))).toBe(true);
    expect(a.has(slug(H.growClaims))).toBe(true);
    expect(md).toContain('kubectl -n blobs delete statefulset vault-archive --cascade=orphan');
    expect(md).not.toContain('kubectl -n blobs delete statefulset vault --cascade=orphan');
  });

  it('a class that may expand: the in-place growth, with its size and class', () => {
    const md = changesMd(NVME(ORBIT));
    expect(anchors(md).has(slug(H.growClaims))).toBe(true);
    expect(md).toContain("kubectl get storageclass nvme -o jsonpath='{.allowVolumeExpansion}'");
    expect(md).toContain('"storage":"100Gi"');
  });

  it('no object store, no agents: neither of their sections', () => {
    const text = NO_STORE(ORBIT).replace(node('luna-1', '10.40.0.21', 'agent'), '').replace('        - { name: luna-1, target: node/luna-1 }\n', '');
    const a = anchors(changesMd(text));
    expect(a.has(slug(H.recreateStore))).toBe(false);
    expect(a.has(slug(H.agentAddress))).toBe(false);
    expect(a.has(slug(H.replaceServer))).toBe(true);
  });
});

const run = haveTool('shellcheck') || toolsRequired() ? describe : describe.skip;
run('CHANGES.md shell blocks', () => {
  it.each([
    ['orbit', ORBIT],
    ['orbit on nvme with a dedicated address', LB(NVME(ORBIT))],
    ['orbit with a second pool', POOL(ORBIT)],
    ['orbit without object store', NO_STORE(ORBIT)],
  ])('%s: pass shellcheck and bash -n', async (_name, text) => {
    const files = emitAll(validated(text).model).filter((f) => f.path === 'docs/CHANGES.md');
    const r = await verifyShellBlocks(writeOut(files), { env: process.env });
    expect(r.ran).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r.checked).toBeGreaterThan(5);
  });
});

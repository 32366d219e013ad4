// End-to-end tier: compiled trees brought to Ready from an empty cluster on
// the real controllers, under both helm-controller strategies (`default`:
// kstatus; `helm3`: UseHelm3Defaults, Helm 3's wait), an in-place edit
// reconciled on top, and two mis-ordered trees the tier must fail. One file,
// so one cluster runs at a time on the 2-core machine. Harness: cluster.ts
// (what runs), reconcile.ts (COLD-START's steps), outcome.ts (what Ready
// means); README, "End-to-end tier: the first reconcile".
import { expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { rawSpec, SPECS } from '../fixtures/fixtures.ts';
import type { HelmWait } from './cluster.ts';
import { describeE2E, READY_BOUND_MS, STUCK_WINDOW_MS, TEST_TIMEOUT_MS, withReconcile } from './e2e-tier.ts';
import { ingressBeforePool, poolBeforeMetallb } from './misorder.ts';
import { addressProblems, expectedAddresses, judge } from './outcome.ts';
import type { FluxObjectState, Reconciler } from './reconcile.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * nimbus (agents, two MinIO server pools, two storage classes, flux.path and
 * bootstrapPath of its own) with the ingress and object-store addresses near
 * the end of their pool: MetalLB hands out a pool's first free addresses
 * unless asked, so only the compiled address requests can put them there.
 */
function nimbusAtPoolEnd(): string {
  const spec = rawSpec('nimbus');
  spec.ingress.address = '10.20.5.40';
  spec.objectStore.exposure.address = '10.20.5.30';
  return stringify(spec);
}

/** veil.spec.yaml plus an agent node and a wider address pool: both in place for the change-safety stage. */
function veilWithAgentAndWiderPool(): { text: string; agent: string; range: string } {
  const spec = rawSpec('veil');
  const agent = 'meteor-4';
  spec.nodes.push({ name: agent, address: '192.168.0.204', role: 'agent', labels: { 'veil.test/joined': 'later' } });
  spec.loadBalancer.pools[0].range = '192.168.0.220-192.168.0.249';
  return { text: stringify(spec), agent, range: spec.loadBalancer.pools[0].range };
}

/** The tree reached Ready and the outcome checks pass; the pinned charts came from the local repository. */
async function expectReady(r: Reconciler, label: string): Promise<void> {
  expect(expectedAddresses(r.workspace.model).length).toBeGreaterThan(0);
  const v = await judge(r, READY_BOUND_MS);
  expect(v.problems).toEqual([]);
  const charts = r.workspace.files.flatMap((f) => parseAllDocuments(f.content).map((d) => d.toJS())).filter((o) => o?.kind === 'HelmRelease').map((o) => `/${o.spec.chart.spec.chart}-${o.spec.chart.spec.version}.tgz`);
  expect(charts.length).toBeGreaterThan(0);
  expect([...r.charts.served.keys()]).toEqual(expect.arrayContaining(['/index.yaml', ...charts]));
  console.log(`e2e ${label}: Ready after ${v.elapsedMs} ms`);
}

const state = (states: FluxObjectState[], kind: FluxObjectState['kind'], name: string): FluxObjectState => {
  const s = states.find((x) => x.kind === kind && x.name === name);
  if (!s) throw new Error(`no ${kind} ${name} is expected of this tree`);
  return s;
};

describeE2E('end to end: the first reconcile on real Flux controllers', () => {
  it('default wait: veil.spec.yaml reaches Ready from an empty cluster, then an in-place edit (agent node, wider pool) reaches Ready again', async () => {
    await withReconcile({ specFile: SPECS.veil, helmWait: 'default' }, async (r) => {
      await expectReady(r, 'veil (default wait), first reconcile');

      const next = veilWithAgentAndWiderPool();
      // the change-safety stage calls it in place: nothing deleted, replaced or forbidden, nothing denied
      const plan = await r.workspace.planAgainstHead(next.text);
      expect(plan.code).toBe(0);
      expect(plan.report.summary.deny).toBe(0);
      const actions = plan.report.summary.transition.actions;
      expect({ delete: actions.delete, replace: actions.replace, procedure: actions.procedure, forbidden: actions.forbidden }).toEqual({ delete: 0, replace: 0, procedure: 0, forbidden: 0 });
      expect(plan.report.changes.map((c: any) => `${c.action} ${c.kind} ${c.name}`)).toEqual(expect.arrayContaining([`create Node ${next.agent}`, 'update IPAddressPool default']));

      await r.push(next.text, `veil: ${next.agent} joins as an agent; the pool grows`);
      await expectReady(r, 'veil (default wait), in-place edit');
      // the edit reached the cluster: the pool is wider, and the new node runs the per-node workloads
      const pools = await r.cluster.list('/apis/metallb.io/v1beta1/ipaddresspools');
      expect(pools.map((p) => p.spec.addresses)).toEqual([[next.range]]);
      const onNewNode = (await r.cluster.list('/api/v1/pods')).filter((p) => p.spec.nodeName === next.agent);
      expect(onNewNode.map((p) => p.metadata.ownerReferences?.[0]?.kind)).toContain('DaemonSet');
    });
  }, TEST_TIMEOUT_MS);

  it('Helm 3 wait: veil.spec.yaml reaches Ready from an empty cluster', async () => {
    await withReconcile({ specFile: SPECS.veil, helmWait: 'helm3' }, (r) => expectReady(r, 'veil (Helm 3 wait)'));
  }, TEST_TIMEOUT_MS);

  for (const helmWait of ['default', 'helm3'] as HelmWait[]) {
    it(`${helmWait} wait: nimbus, its addresses at the end of the pool, reaches Ready from an empty cluster`, async () => {
      await withReconcile({ specText: nimbusAtPoolEnd(), helmWait }, (r) => expectReady(r, `nimbus at the pool's end (${helmWait} wait)`));
    }, TEST_TIMEOUT_MS);
  }

  it('default wait: a tree that applies the address pool before MetalLB installs its kinds stays stuck and fails the tier', async () => {
    await withReconcile({ specFile: SPECS.veil, helmWait: 'default', edit: poolBeforeMetallb }, async (r) => {
      const refused = /^False .*no matches for kind "\w+" in version "metallb\.io\//;
      await r.waitFor("the pool's Kustomization to fail on MetalLB's missing kinds", (s) => refused.test(state(s, 'Kustomization', 'infra-configs').why), READY_BOUND_MS);
      await sleep(STUCK_WINDOW_MS);
      const v = await judge(r, 0);
      expect(v.ok).toBe(false);
      const now = await r.fluxStates();
      expect(state(now, 'Kustomization', 'infra-configs').why).toMatch(refused);
      expect(state(now, 'Kustomization', 'infra-controllers').why).toMatch(/DependencyNotReady/);
      expect(state(now, 'HelmRelease', 'metallb').exists).toBe(false);
      expect(r.cluster.metallb()).toBeNull();
    });
  }, TEST_TIMEOUT_MS);

  it('Helm 3 wait: a tree that installs the ingress (waiting) before its address pool deadlocks and fails the tier', async () => {
    await withReconcile({ specFile: SPECS.veil, helmWait: 'helm3', edit: ingressBeforePool }, async (r) => {
      const entry = r.workspace.model.facts.ingress[0]!;
      await r.waitFor('MetalLB installed and running, the ingress release waiting', (s) => state(s, 'Kustomization', 'infra-controllers').ready && state(s, 'HelmRelease', entry.controller).exists && r.cluster.metallb() !== null, READY_BOUND_MS);
      await sleep(STUCK_WINDOW_MS);
      const v = await judge(r, 0);
      expect(v.ok).toBe(false);
      const now = await r.fluxStates();
      // the ingress release waits for an address only the pool can give; the pool waits for the ingress
      expect(state(now, 'HelmRelease', entry.controller).ready).toBe(false);
      expect(state(now, 'Kustomization', 'infra-ingress').ready).toBe(false);
      expect(state(now, 'Kustomization', 'infra-configs').why).toMatch(/DependencyNotReady: dependency '[^']*\/infra-ingress' is not ready/);
      expect((await addressProblems(r.cluster, r.workspace.model)).join('\n')).toMatch(new RegExp(`Service ${entry.namespace}/\\S+ \\(LoadBalancer\\) has no address`));
    });
  }, TEST_TIMEOUT_MS);
});

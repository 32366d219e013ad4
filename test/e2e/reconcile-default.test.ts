// End-to-end tier, helm-controller's default wait (kstatus): the first
// reconcile of veil.spec.yaml and of nimbus (agents, two MinIO server pools,
// a dedicated object-store address) from an empty cluster, an in-place edit
// reconciled on top, and a mis-ordered tree that must fail the tier.
// Harness: cluster.ts (what runs), reconcile.ts (COLD-START's steps),
// outcome.ts (what Ready means). README, "End-to-end tier".
import { expect, it } from 'vitest';
import { stringify } from 'yaml';
import { rawSpec, SPECS } from '../fixtures/fixtures.ts';
import { describeE2E, READY_BOUND_MS, STUCK_BOUND_MS, TEST_TIMEOUT_MS, withReconcile } from './e2e-tier.ts';
import { poolBeforeMetallb } from './misorder.ts';
import { judge } from './outcome.ts';
import { KUSTOMIZATIONS } from './reconcile.ts';

/** veil.spec.yaml plus an agent node and a wider address pool: both in-place for the change-safety stage. */
function veilWithAgentAndWiderPool(): string {
  const spec = rawSpec('veil');
  spec.nodes.push({ name: 'meteor-4', address: '192.168.0.204', role: 'agent', labels: { 'veil.test/joined': 'later' } });
  spec.loadBalancer.pools[0].range = '192.168.0.220-192.168.0.249';
  return stringify(spec);
}

describeE2E('end to end, helm-controller default wait', () => {
  it('veil.spec.yaml reaches Ready from an empty cluster, then an in-place edit (agent node, wider pool) reaches Ready again', async () => {
    await withReconcile({ specFile: SPECS.veil, helmWait: 'default' }, async (r) => {
      const first = await judge(r, READY_BOUND_MS);
      expect(first.problems).toEqual([]);
      console.log(`e2e veil (default wait): first reconcile Ready after ${first.elapsedMs} ms`);

      const next = veilWithAgentAndWiderPool();
      // the change-safety stage calls it in place: nothing deleted, replaced or forbidden, nothing denied
      const plan = r.workspace.planAgainstHead(next);
      expect(plan.code).toBe(0);
      expect(plan.report.summary.deny).toBe(0);
      const actions = plan.report.summary.transition.actions;
      expect({ delete: actions.delete, replace: actions.replace, procedure: actions.procedure, forbidden: actions.forbidden }).toEqual({ delete: 0, replace: 0, procedure: 0, forbidden: 0 });
      expect(plan.report.changes.map((c: any) => `${c.action} ${c.kind} ${c.name}`)).toEqual(expect.arrayContaining(['create Node meteor-4', 'update IPAddressPool default']));

      await r.push(next, 'veil: meteor-4 joins as an agent; the pool grows to .249');
      const second = await judge(r, READY_BOUND_MS);
      expect(second.problems).toEqual([]);
      console.log(`e2e veil (default wait): in-place edit Ready after ${second.elapsedMs} ms`);
      // the edit reached the cluster: the pool is wider, and the new node runs the per-node workloads
      const pools = await r.cluster.list('/apis/metallb.io/v1beta1/ipaddresspools');
      expect(pools.map((p) => p.spec.addresses)).toEqual([['192.168.0.220-192.168.0.249']]);
      const podsOnNewNode = (await r.cluster.list('/api/v1/pods')).filter((p) => p.spec.nodeName === 'meteor-4');
      expect(podsOnNewNode.map((p) => p.metadata.ownerReferences?.[0]?.kind)).toContain('DaemonSet');
    });
  }, TEST_TIMEOUT_MS);

  it('nimbus (agents, two MinIO server pools, a dedicated object-store address) reaches Ready from an empty cluster', async () => {
    await withReconcile({ specFile: SPECS.nimbus, helmWait: 'default' }, async (r) => {
      const v = await judge(r, READY_BOUND_MS);
      expect(v.problems).toEqual([]);
      console.log(`e2e nimbus (default wait): Ready after ${v.elapsedMs} ms`);
    });
  }, TEST_TIMEOUT_MS);

  it('fails the tier on a tree that applies the address pool before MetalLB installs its kinds (stuck under any wait)', async () => {
    await withReconcile({ specFile: SPECS.veil, helmWait: 'default', edit: poolBeforeMetallb }, async (r) => {
      const v = await judge(r, STUCK_BOUND_MS);
      expect(v.ok).toBe(false);
      const pending = v.problems.join('\n');
      // the pool's Kustomization cannot apply kinds that do not exist; MetalLB's waits for it
      expect(pending).toMatch(/Kustomization flux-system\/infra-configs: False .*no matches for kind "\w+" in version "metallb\.io\//);
      expect(pending).toMatch(/Kustomization flux-system\/infra-controllers: .*dependency/i);
      const ks = await r.cluster.list(`/apis/${KUSTOMIZATIONS}`);
      expect(ks.find((k) => k.metadata.name === 'sources')?.status?.conditions?.find((c: any) => c.type === 'Ready')?.status).toBe('True');
      expect(r.cluster.metallb()).toBeNull();
    });
  }, TEST_TIMEOUT_MS);
});

// End-to-end tier, Helm 3's wait (helm-controller --feature-gates=
// UseHelm3Defaults=true, how older Flux releases wait: a LoadBalancer Service
// is ready only once it has an address). The compiled order must not
// deadlock here either; a tree that puts the ingress before its address pool
// must fail the tier. See reconcile-default.test.ts for the harness.
import { expect, it } from 'vitest';
import { SPECS } from '../fixtures/fixtures.ts';
import { describeE2E, READY_BOUND_MS, STUCK_BOUND_MS, TEST_TIMEOUT_MS, withReconcile } from './e2e-tier.ts';
import { ingressBeforePool } from './misorder.ts';
import { addressProblems, judge } from './outcome.ts';

describeE2E('end to end, Helm 3 wait', () => {
  for (const fixture of ['veil', 'nimbus'] as const) {
    it(`${fixture} reaches Ready from an empty cluster`, async () => {
      await withReconcile({ specFile: SPECS[fixture], helmWait: 'helm3' }, async (r) => {
        const v = await judge(r, READY_BOUND_MS);
        expect(v.problems).toEqual([]);
        console.log(`e2e ${fixture} (Helm 3 wait): Ready after ${v.elapsedMs} ms`);
      });
    }, TEST_TIMEOUT_MS);
  }

  it('fails the tier on a tree that installs the ingress (waiting) before its address pool: a deadlock', async () => {
    await withReconcile({ specFile: SPECS.veil, helmWait: 'helm3', edit: ingressBeforePool }, async (r) => {
      const v = await judge(r, STUCK_BOUND_MS);
      expect(v.ok).toBe(false);
      const pending = v.problems.join('\n');
      // MetalLB is installed and running, the ingress release waits for an address, the pool waits for the ingress
      expect(pending).not.toMatch(/infra-controllers/);
      expect(pending).toMatch(/HelmRelease ingress-nginx\/ingress-nginx: /);
      expect(pending).toMatch(/Kustomization flux-system\/infra-configs: .*dependency/i);
      expect(r.cluster.metallb()).not.toBeNull();
      expect((await addressProblems(r.cluster, r.workspace.model)).join('\n')).toMatch(/ingress-nginx.*has no address/);
    });
  }, TEST_TIMEOUT_MS);
});

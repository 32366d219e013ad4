// The monitoring volumes kube-prometheus-stack creates, and what a changed
// size or class does to them.
//  - Grafana (grafana chart, persistence.type pvc): the chart renders the
//    PersistentVolumeClaim itself, so helm-controller's upgrade patches the
//    claim, and the API server judges that patch (kubernetes.ts claimUpdate):
//    a refused patch fails the upgrade and Flux rolls the release back.
//  - Prometheus and Alertmanager: the operator owns their StatefulSets; a new
//    claim template reaches only claims created afterwards, existing claims
//    keep their size and class (prometheus-operator.dev, "Storage" and
//    "Resizing volumes").
import type { SpecPath } from '../../diagnostics/diagnostic.ts';
import { MONITORING_RELEASE } from '../../emit/flux/monitoring.ts';
import { CHANGES_HEADINGS as H } from '../../emit/runbooks/headings.ts';
import { slug } from '../../emit/runbooks/markdown.ts';
import { parseQuantity } from '../../model/quantity.ts';
import type { Reason } from '../change.ts';
import { claimReason, claimUpdate } from './kubernetes.ts';
import { enforcesClaimSize } from './storage-classes.ts';
import { diffOf, type Rule, type Verdict } from './rule.ts';

export const RULE_OPERATOR_CLAIMS = 'VEIL-CHANGE-003';

type Storage = { size: string; class: string };

/** VEIL-CHANGE-002 for Grafana's chart-made claim, 003 for the operator-made ones. */
export const monitoringRule: Rule = (t) => {
  const before = t.base.model?.spec.monitoring, after = t.next.model.spec.monitoring;
  if (!before || !after || before.namespace !== after.namespace) return [];
  const d = diffOf(t, 'HelmRelease', after.namespace, MONITORING_RELEASE);
  const out: Verdict[] = [];
  const on = (reason: Reason) => out.push(d
    ? { target: { resource: d.key }, reason }
    : { target: { state: { kind: 'HelmRelease', namespace: after.namespace, name: MONITORING_RELEASE, file: null, ownerPath: ['monitoring'] } }, reason });
  const path = (component: string, key: 'size' | 'class'): SpecPath => ['monitoring', component, 'storage', key];
  const changedKey = (b: Storage, a: Storage): 'size' | 'class' => (b.class !== a.class ? 'class' : 'size');

  const g = claimUpdate('the Grafana claim', before.grafana.storage, after.grafana.storage);
  if (g) {
    const r = claimReason(g, path('grafana', changedKey(before.grafana.storage, after.grafana.storage)), slug(H.monitoringVolume), g.action === 'update' ? '' : '; the chart renders this claim, so the Helm upgrade fails and Flux rolls the release back');
    // the API server takes Flux's apply of the HelmRelease and refuses helm-controller's patch of the claim
    on(r.refusedBy ? { ...r, refusedBy: 'helm-upgrade' } : r);
  }

  for (const component of ['prometheus', 'alertmanager'] as const) {
    const b = before[component].storage, a = after[component].storage;
    if (b.class === a.class && b.size === a.size) continue;
    const key = changedKey(b, a);
    if (key === 'size' && enforcesClaimSize(a.class) === false && (parseQuantity(a.size) ?? 0n) > (parseQuantity(b.size) ?? 0n)) {
      on({ action: 'update', specPath: path(component, 'size'), text: `${component}: the claim template grows ${b.size} -> ${a.size}; the existing claim keeps its nominal size, and ${a.class} enforces none (a directory on the node), so nothing else changes` });
      continue;
    }
    on({ action: 'procedure', rule: RULE_OPERATOR_CLAIMS, specPath: path(component, key), procedure: slug(H.monitoringVolume),
      text: key === 'class'
        ? `${component}: storage class ${b.class} -> ${a.class} reaches only claims the operator creates from now on; the running ${component} stays on its ${b.class} claim until that claim is deleted (its data with it)`
        : `${component}: ${b.size} -> ${a.size} reaches only new claims; the existing claim keeps ${b.size} until it is resized by hand (if ${a.class} allows expansion) or recreated` });
  }
  return out;
};

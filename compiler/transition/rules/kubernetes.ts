// Kubernetes API validation of updates, for the kinds veilc compiles.
//  - StatefulSet: k8s.io/kubernetes pkg/apis/apps/validation
//    ValidateStatefulSetUpdate (v1.34): an update may change only replicas,
//    ordinals, template, updateStrategy, revisionHistoryLimit,
//    persistentVolumeClaimRetentionPolicy and minReadySeconds; anything else
//    in spec (volumeClaimTemplates: sizes, classes, names; serviceName;
//    selector; podManagementPolicy) is refused: "updates to statefulset spec
//    for fields other than ... are forbidden".
//  - PersistentVolumeClaim: pkg/apis/core/validation
//    ValidatePersistentVolumeClaimUpdate (the spec is immutable except
//    resources.requests; storage may not shrink) and the
//    PersistentVolumeClaimResize admission plugin (growth only when the claim's
//    StorageClass sets allowVolumeExpansion: true).
import type { Action, Reason, RefusedBy } from '../change.ts';
import type { SpecPath } from '../../diagnostics/diagnostic.ts';
import { parseQuantity } from '../../model/quantity.ts';
import type { ResourceDiff } from '../resource-diff.ts';
import type { Resource } from '../resources.ts';
import { allowsVolumeExpansion } from './storage-classes.ts';
import { diffsOfKind, onResource, quoted, type Rule, type TransitionContext, type Verdict } from './rule.ts';

export const RULE_STATEFULSET_IMMUTABLE = 'VEIL-CHANGE-001';
export const RULE_CLAIM_UPDATE = 'VEIL-CHANGE-002';

/** StatefulSet spec fields an update may change (ValidateStatefulSetUpdate, Kubernetes 1.34). */
export const STATEFULSET_MUTABLE = ['replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy', 'minReadySeconds'] as const;

/** Where a changed field of a compiled object comes from in the spec, and how to carry the change out. */
export type FieldSource = (t: TransitionContext, r: Resource, field: string) => { path: SpecPath; procedure?: string } | null;

/** `spec.volumeClaimTemplates[0]...` -> `volumeClaimTemplates` */
function specField(path: string): string | null {
  const m = /^spec\.([A-Za-z]+)/.exec(path);
  return m ? m[1]! : null;
}

/** The changed fields of a StatefulSet diff that ValidateStatefulSetUpdate refuses. */
export function immutableStatefulSetFields(d: ResourceDiff): ResourceDiff['fields'] {
  return d.fields.filter((f) => {
    const top = specField(f.path);
    return top !== null && !(STATEFULSET_MUTABLE as readonly string[]).includes(top);
  });
}

/** Existing claims of a StatefulSet keep their size: what the template's new size means for them. */
function growthNote(d: ResourceDiff): string {
  const grown = d.fields.find((f) => /\.resources\.requests\.storage$/.test(f.path));
  const templates = (d.after?.object.spec as { volumeClaimTemplates?: { spec?: { storageClassName?: string } }[] } | undefined)?.volumeClaimTemplates ?? [];
  const cls = templates.find((v) => v.spec?.storageClassName)?.spec?.storageClassName;
  if (!grown || !cls) return '';
  const exp = allowsVolumeExpansion(cls);
  return exp === false
    ? ` Existing claims would keep their size anyway: StorageClass ${cls} has no volume expansion, so a drive cannot grow in place; the data moves to new claims.`
    : exp === null
      ? ` Existing claims keep their size; they can grow in place only if StorageClass ${cls} sets allowVolumeExpansion: true.`
      : '';
}

/** VEIL-CHANGE-001 over every changed StatefulSet; `source` says which spec value each field comes from. */
export function statefulSetRule(source: FieldSource): Rule {
  return (t) => {
    const out: Verdict[] = [];
    for (const d of diffsOfKind(t, 'StatefulSet')) {
      if (!d.before || !d.after) continue;
      const fields = immutableStatefulSetFields(d);
      if (!fields.length) continue;
      // one reason per spec value that caused the refused fields
      const bySource = new Map<string, { path: SpecPath | null; procedure?: string; fields: typeof fields }>();
      for (const f of fields) {
        const s = source(t, d.after, f.path);
        const k = s ? JSON.stringify(s.path) : '';
        const entry = bySource.get(k) ?? { path: s?.path ?? null, procedure: s?.procedure, fields: [] };
        entry.fields.push(f);
        bySource.set(k, entry);
      }
      for (const e of bySource.values()) {
        const shown = e.fields.slice(0, 3).map((f) => `${f.path}: ${quoted(f.before)} -> ${quoted(f.after)}`).join('; ');
        const more = e.fields.length > 3 ? ` and ${e.fields.length - 3} more` : '';
        out.push(onResource(d, {
          action: 'forbidden', rule: RULE_STATEFULSET_IMMUTABLE, refusedBy: 'kubernetes-api', specPath: e.path, procedure: e.procedure,
          text: `${shown}${more}. The API server refuses updates to a StatefulSet's spec other than ${STATEFULSET_MUTABLE.slice(0, -1).join(', ')} and ${STATEFULSET_MUTABLE[STATEFULSET_MUTABLE.length - 1]}, so Flux would fail on every reconcile.${growthNote(d)}`,
        }));
      }
    }
    return out;
  };
}

export interface ClaimVerdict {
  action: Action;
  text: string;
  refusedBy?: RefusedBy;
}

/**
 * An update of one PersistentVolumeClaim from (size, class) to (size, class):
 * what the API server does with it. Sizes are Kubernetes quantities.
 */
export function claimUpdate(claim: string, before: { size: string; class: string }, after: { size: string; class: string }): ClaimVerdict | null {
  if (before.class !== after.class) {
    return { action: 'forbidden', refusedBy: 'kubernetes-api', text: `${claim}: storageClassName ${before.class} -> ${after.class}: a claim's spec is immutable except its storage request, so the API server refuses it` };
  }
  const b = parseQuantity(before.size), a = parseQuantity(after.size);
  if (a === undefined || b === undefined || a === b) return null;
  if (a < b) return { action: 'forbidden', refusedBy: 'kubernetes-api', text: `${claim}: ${before.size} -> ${after.size}: a claim's storage request cannot shrink` };
  const exp = allowsVolumeExpansion(after.class);
  if (exp === true) return { action: 'update', text: `${claim}: grows ${before.size} -> ${after.size} in place (${after.class} allows volume expansion)` };
  if (exp === false) return { action: 'forbidden', refusedBy: 'kubernetes-api', text: `${claim}: ${before.size} -> ${after.size}: StorageClass ${after.class} has no volume expansion, so the API server refuses the larger request` };
  return { action: 'procedure', text: `${claim}: ${before.size} -> ${after.size}: accepted only if StorageClass ${after.class} sets allowVolumeExpansion: true` };
}

/** A claim verdict as a reason on a compiled object. */
export function claimReason(v: ClaimVerdict, specPath: SpecPath, procedure: string, how: string): Reason {
  return { action: v.action, rule: v.action === 'update' ? undefined : RULE_CLAIM_UPDATE, refusedBy: v.refusedBy, specPath, procedure, text: `${v.text}${how}` };
}

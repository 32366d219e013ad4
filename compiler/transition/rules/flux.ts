// Flux prune semantics (fluxcd.io/flux/components/kustomize/kustomizations/,
// "Prune" and "Garbage collection"): every compiled Kustomization runs with
// prune: true, so an object that leaves the tree is deleted from the cluster,
// unless it carries kustomize.toolkit.fluxcd.io/prune: disabled; deleting a
// Kustomization with prune: true deletes everything it applied. A rename
// (another namespace or name) is therefore a delete and a create. Deleting a
// Namespace deletes everything in it, PersistentVolumeClaims included
// (kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/).
// The bootstrap glue Kustomization is applied from the copy the user keeps in
// the bootstrap path, not from out/: a change to it is carried by hand.
import { bootstrapGlueFile } from '../../emit/flux/layout.ts';
import { CHANGES_HEADINGS as H } from '../../emit/runbooks/headings.ts';
import { slug } from '../../emit/runbooks/markdown.ts';
import { changeLabel, type Reason } from '../change.ts';
import type { ResourceDiff } from '../resource-diff.ts';
import { stageOf } from '../owners.ts';
import { apiGroup, type Resource } from '../resources.ts';
import { onResource, type Rule, type TransitionContext, type Verdict } from './rule.ts';

export const RULE_NAMESPACE_PRUNED = 'VEIL-CHANGE-040';
export const RULE_RENAMED = 'VEIL-CHANGE-041';
export const RULE_KUSTOMIZATION_DELETED = 'VEIL-CHANGE-042';
export const RULE_GLUE = 'VEIL-CHANGE-043';
export const RULE_STAGE_MOVE = 'VEIL-CHANGE-044';

export const PRUNE_ANNOTATION = 'kustomize.toolkit.fluxcd.io/prune';
const FLUX_GROUP = 'kustomize.toolkit.fluxcd.io';

function annotations(r: Resource): Record<string, string> {
  return ((r.object.metadata ?? {}) as { annotations?: Record<string, string> }).annotations ?? {};
}

/** The object carries kustomize.toolkit.fluxcd.io/prune: disabled (Flux leaves it when it leaves the tree). */
export function pruneDisabled(r: Resource): boolean {
  return annotations(r)[PRUNE_ANNOTATION] === 'disabled';
}

const isFluxKustomization = (r: Resource) => r.kind === 'Kustomization' && apiGroup(r.apiVersion) === FLUX_GROUP;

function glueFiles(t: TransitionContext): Set<string> {
  return new Set([bootstrapGlueFile(t.next.model.spec), ...(t.base.model ? [bootstrapGlueFile(t.base.model.spec)] : [])]);
}

/**
 * What an object points at, where its kind has one: a source's URL, a
 * HelmRelease's chart. Two objects that point at different things are two
 * objects, not one renamed (ingress-nginx's HelmRepository leaving as Envoy
 * Gateway's arrives, say).
 */
function pointsAt(r: Resource): string | undefined {
  const spec = (r.object.spec ?? {}) as { url?: unknown; chart?: { spec?: { chart?: unknown } } };
  if (typeof spec.url === 'string') return spec.url;
  const chart = spec.chart?.spec?.chart;
  return typeof chart === 'string' ? chart : undefined;
}

/** What Flux's prune does to an object that leaves the tree. */
function pruneReason(r: Resource, renamedTo: Resource | undefined): Reason {
  const to = renamedTo ? `renamed to ${changeLabel(renamedTo)}: ` : '';
  if (pruneDisabled(r)) {
    return { action: renamedTo ? 'replace' : 'delete', text: `${to}Flux stops managing it but leaves it in the cluster (${PRUNE_ANNOTATION}: disabled)`, kept: `${changeLabel(r)} and everything in it` };
  }
  if (r.kind === 'Namespace') {
    return { action: renamedTo ? 'replace' : 'delete', rule: RULE_NAMESPACE_PRUNED, specPath: null,
      text: `${to}Flux prunes namespace ${r.name}, and Kubernetes deletes everything in it`, lost: `every object in namespace ${r.name}, PersistentVolumeClaims and their data included` };
  }
  if (r.kind === 'StatefulSet') {
    const policy = ((r.object.spec ?? {}) as { persistentVolumeClaimRetentionPolicy?: { whenDeleted?: string } }).persistentVolumeClaimRetentionPolicy?.whenDeleted ?? 'Retain';
    return { action: renamedTo ? 'replace' : 'delete', text: `${to}Flux prunes the StatefulSet and its pods`,
      ...(policy === 'Retain' ? { kept: 'its PersistentVolumeClaims (persistentVolumeClaimRetentionPolicy whenDeleted: Retain), no longer mounted' } : { lost: 'its PersistentVolumeClaims (whenDeleted: Delete)' }) };
  }
  if (r.kind === 'HelmRelease') {
    return { action: renamedTo ? 'replace' : 'delete', text: `${to}Flux prunes the HelmRelease and helm-controller uninstalls the release`, lost: 'the objects the chart installed (claims made from StatefulSet templates stay)' };
  }
  return { action: renamedTo ? 'replace' : 'delete', text: `${to}Flux prunes it (prune: true)` };
}

/** What Flux's prune does to every object that leaves or is renamed; Kustomization paths; the bootstrap glue. */
export const fluxRule: Rule = (t) => {
  const out: Verdict[] = [];
  const glue = glueFiles(t);
  const deleted = t.diffs.filter((d) => d.before && !d.after && !glue.has(d.before.file));
  const created = t.diffs.filter((d) => d.after && !d.before && !glue.has(d.after.file));
  // a rename: exactly one object of a kind leaves a file and one of that kind, pointing at the same thing, arrives in it
  const renamed = new Map<ResourceDiff, Resource>();
  for (const d of deleted) {
    const r = d.before!;
    const gone = deleted.filter((x) => x.before!.kind === r.kind && x.before!.file === r.file);
    const came = created.filter((x) => x.after!.kind === r.kind && x.after!.file === r.file);
    if (gone.length === 1 && came.length === 1 && pointsAt(r) === pointsAt(came[0]!.after!)) renamed.set(d, came[0]!.after!);
  }
  for (const d of deleted) {
    const r = d.before!;
    const to = renamed.get(d);
    if (isFluxKustomization(r) && r.object.spec && (r.object.spec as { prune?: boolean }).prune) {
      const moved = to ?? created.map((c) => c.after!).find((c) => isFluxKustomization(c) && c.name === r.name);
      out.push(onResource(d, moved
        ? { action: 'procedure', rule: RULE_KUSTOMIZATION_DELETED, specPath: null, procedure: slug(H.renameFlux),
          text: `Flux Kustomization ${changeLabel(r)} becomes ${changeLabel(moved)}: deleting a Kustomization with prune: true deletes everything it applied, and the new one applies it again (downtime; namespaces without ${PRUNE_ANNOTATION}: disabled go with their claims). Orphan the objects first (prune: false), then move it` }
        : { action: 'delete', rule: RULE_KUSTOMIZATION_DELETED, specPath: null,
          text: `Flux Kustomization ${changeLabel(r)} is deleted: with prune: true, everything it applied is deleted with it`, lost: `what ${r.name} applied (${r.object.spec && typeof (r.object.spec as { path?: unknown }).path === 'string' ? (r.object.spec as { path: string }).path : 'its path'})` }));
      continue;
    }
    const reason = pruneReason(r, to);
    if (to && !reason.rule && r.kind !== 'StatefulSet') {
      reason.rule = RULE_RENAMED;
      reason.specPath = null;
      reason.text = `${reason.text}; the new object is created separately, so whatever points at the old name breaks until it follows`;
    }
    out.push(onResource(d, reason));
  }
  for (const d of created) {
    const from = [...renamed.entries()].find(([, r]) => r === d.after)?.[0];
    if (from) out.push(onResource(d, { action: 'create', text: `created in place of ${changeLabel(from.before!)}` }));
  }
  // the same object, applied by another Flux Kustomization: the old one prunes what it no longer has,
  // unless the new one took it over first (Flux deletes only objects still labelled as its own)
  for (const [key, after] of t.next.resources.byKey) {
    const before = t.base.resources.byKey.get(key);
    const from = before && stageOf(before.file), to = stageOf(after.file);
    if (!from || !to || from === to) continue;
    out.push({ target: { resource: key }, reason: {
      action: 'replace', rule: RULE_STAGE_MOVE, specPath: null,
      text: `moves from Flux Kustomization ${from} to ${to}: if ${from} prunes it before ${to} applies it, it is deleted and created again${after.kind === 'HelmRelease' ? ' (the release is uninstalled and installed)' : ''}`,
      lost: `${changeLabel(after)} for the time between the prune and the new apply, if the prune comes first`,
    } });
  }
  for (const d of t.diffs) {
    const r = d.after ?? d.before!;
    if (d.after && d.before && isFluxKustomization(r)) {
      const path = d.fields.find((f) => f.path === 'spec.path');
      if (path && !glue.has(r.file)) out.push(onResource(d, { action: 'update', text: `path ${String(path.before)} -> ${String(path.after)}: Flux builds the new folder and prunes what is not there` }));
    }
    if (glue.has(r.file)) {
      const renamedGlue = d.before && !d.after && t.diffs.some((x) => x.after && !x.before && glue.has(x.after.file));
      if (d.after && !d.before && t.diffs.some((x) => x.before && !x.after && glue.has(x.before.file))) continue;
      out.push(onResource(d, renamedGlue
        ? { action: 'procedure', rule: RULE_GLUE, specPath: ['cluster', 'name'], procedure: slug(H.renameFlux),
          text: `the bootstrap Kustomization ${changeLabel(r)} is replaced by another one: removing it from the bootstrap path deletes everything it applied (prune: true); orphan first (prune: false), then swap the files` }
        : { action: 'procedure', rule: RULE_GLUE, specPath: ['flux'], procedure: slug(H.glue),
          text: `the bootstrap Kustomization ${changeLabel(r)} ${d.before ? (d.after ? 'changes' : 'is no longer compiled') : 'is new'}: Flux applies the copy you keep in the bootstrap path, not out/, so copy ${r.file} there again` }));
    }
  }
  return out;
};

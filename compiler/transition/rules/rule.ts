// What every rule module sees and returns. A rule reads both models and the
// resource diff and says, for the things it knows, which class a change has
// and why. Pure functions: no I/O.
import type { SpecPath } from '../../diagnostics/diagnostic.ts';
import type { Model } from '../../model/build-model.ts';
import type { FieldChange, Reason } from '../change.ts';
import type { ResourceDiff } from '../resource-diff.ts';
import type { ResourceSet } from '../resources.ts';
import type { SpecChange } from '../spec-diff.ts';

export interface TransitionContext {
  /** null when the base spec did not load or validate under today's schema. */
  base: { model: Model | null; resources: ResourceSet };
  next: { model: Model; resources: ResourceSet };
  /** Compiled objects that differ, appear or disappear. */
  diffs: ResourceDiff[];
  /** Spec values that differ (empty without a base model). */
  spec: SpecChange[];
}

/** Something outside the compiled tree that has running state (a k3s node, a DNS record). */
export interface StateTarget {
  kind: string;
  namespace: string;
  name: string;
  file: string | null;
  ownerPath: SpecPath;
}

export type Target = { resource: string } | { state: StateTarget };

export interface Verdict {
  target: Target;
  reason: Reason;
  /** Old and new values of state outside the compiled tree (a node's address, a record's address). */
  fields?: FieldChange[];
}

export type Rule = (t: TransitionContext) => Verdict[];

/** The diff entries of one kind. */
export function diffsOfKind(t: TransitionContext, kind: string): ResourceDiff[] {
  return t.diffs.filter((d) => (d.after ?? d.before)!.kind === kind);
}

export function onResource(d: ResourceDiff, reason: Reason): Verdict {
  return { target: { resource: d.key }, reason };
}

/** The diff of the object with this kind, namespace and name (either side), if it changed. */
export function diffOf(t: TransitionContext, kind: string, namespace: string, name: string): ResourceDiff | undefined {
  return t.diffs.find((d) => {
    const r = (d.after ?? d.before)!;
    return r.kind === kind && r.namespace === namespace && r.name === name;
  });
}

/** Where a node of the new spec is (by name), else the nodes list. */
export function nodePath(model: Model, name: string): SpecPath {
  const i = model.spec.nodes.findIndex((n) => n.name === name);
  return i < 0 ? ['nodes'] : ['nodes', i];
}

export function quoted(v: unknown): string {
  return v === undefined ? '(none)' : typeof v === 'string' ? v : JSON.stringify(v);
}

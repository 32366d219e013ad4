// Resource-level diff of two compiled trees: which objects appear, disappear
// or change, and for a changed one every differing field with its old and new
// value. This is the structure the rules classify, and what a value-level
// `plan` can print (`~ spec.replicas: 3 -> 4`).
import { fieldChanges } from '../diff/field-changes.ts';
import type { FieldChange } from './change.ts';
import type { Resource, ResourceSet } from './resources.ts';

export interface ResourceDiff {
  key: string;
  before?: Resource;
  after?: Resource;
  /** Empty for creates and deletes. */
  fields: FieldChange[];
}

/** Objects that differ, were added or were removed, in a stable order (file, kind, namespace, name). */
export function diffResources(base: ResourceSet, next: ResourceSet): ResourceDiff[] {
  const out: ResourceDiff[] = [];
  const keys = new Set([...base.byKey.keys(), ...next.byKey.keys()]);
  for (const key of keys) {
    const before = base.byKey.get(key), after = next.byKey.get(key);
    if (before && after) {
      const fields = fieldChanges(before.object, after.object);
      if (fields.length) out.push({ key, before, after, fields });
    } else out.push({ key, before, after, fields: [] });
  }
  const order = (d: ResourceDiff) => {
    const r = (d.after ?? d.before)!;
    return [r.file, r.kind, r.namespace, r.name];
  };
  return out.sort((a, b) => compareTuples(order(a), order(b)));
}

function compareTuples(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

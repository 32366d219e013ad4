// Keys the schema once had and no longer has. A spec that still uses one gets
// a finding that says why it went and what replaces it, instead of the bare
// "unknown key" every other stray key gets.
import type { PathSegment } from '../diagnostics/diagnostic.ts';

export interface RemovedKey {
  /** Path of the mapping that held the key (list indexes are not part of it). */
  parent: readonly string[];
  key: string;
  message: string;
  hint: string;
}

export const REMOVED_KEYS: readonly RemovedKey[] = [
  {
    parent: ['objectStore'],
    key: 'driveSizeOverrides',
    // a StatefulSet has one volumeClaimTemplate per drive for all its pods, and the
    // scheduler, not the spec, decides which node a pod runs on (refused since the
    // first release as VEIL-FLUX-001, now gone from the schema)
    message: '`objectStore.driveSizeOverrides` (a drive size per node) was removed: every server of a pool gets the same claims from its StatefulSet, and the scheduler, not the spec, decides which node each server runs on',
    hint: 'delete it; drives of another size form a server pool of their own: `objectStore.pools` with its own `driveSize` (README, "Server pools")',
  },
];

/** The removed key at `parent` + `key`, if any. */
export function removedKey(parent: readonly PathSegment[], key: string): RemovedKey | undefined {
  const names = parent.filter((s): s is string => typeof s === 'string');
  return REMOVED_KEYS.find((r) => r.key === key && r.parent.length === names.length && r.parent.every((p, i) => p === names[i]));
}

// Shared by the end-to-end test files: skip or fail when the binaries are
// missing (as the control-plane tests do), the bounds, and a reconcile with
// its cluster always stopped.
import { readFileSync } from 'node:fs';
import { describeNeedingTools } from '../tools-required.ts';
import { e2eToolsMissing, type HelmWait } from './cluster.ts';
import { bootstrap, type Reconciler } from './reconcile.ts';
import type { TreeEdit } from './workspace.ts';

/**
 * How long a reconcile may take before the tier calls it stuck, ms. A
 * healthy first reconcile of veil takes about 70 s here (quiet 2-core
 * machine, tools built); the bound leaves room for a loaded CI runner.
 */
export const READY_BOUND_MS = 300_000;
/** A deliberately stuck tree is watched this long: more than twice a healthy reconcile. */
export const STUCK_BOUND_MS = 150_000;
/** Per test: start, one or two bounded reconciles, stop. */
export const TEST_TIMEOUT_MS = 2 * READY_BOUND_MS + 240_000;

/** `describe`, or `describe.skip` when the binaries are missing and not required (CI requires them). */
export function describeE2E(name: string, body: () => void): void {
  describeNeedingTools(name, e2eToolsMissing(), body);
}

/** Bootstraps a cluster for `spec` (a file), runs `body`, always stops it. */
export async function withReconcile<T>(options: { specFile?: string; specText?: string; helmWait: HelmWait; edit?: TreeEdit }, body: (r: Reconciler) => Promise<T>): Promise<T> {
  const missing = e2eToolsMissing();
  if (missing) throw new Error(missing);
  const specText = options.specText ?? readFileSync(options.specFile!, 'utf8');
  const r = await bootstrap({ specText, helmWait: options.helmWait, edit: options.edit });
  try {
    return await body(r);
  } finally {
    await r.stop();
  }
}

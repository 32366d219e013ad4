// Shared by the end-to-end tests: skip or fail when the binaries are missing
// (as the control-plane tests do), the time bounds, and a reconcile whose
// cluster is always stopped, with the processes' logs in a failure.
import { readFileSync } from 'node:fs';
import { describeNeedingTools } from '../tools-required.ts';
import { e2eToolsMissing, type HelmWait } from './cluster.ts';
import { bootstrap, type Reconciler } from './reconcile.ts';
import type { TreeEdit } from './workspace.ts';

/** Starting the cluster (control plane, controllers Ready), ms. */
export const START_BOUND_MS = 180_000;
/**
 * How long a reconcile may take before the tier calls it stuck, ms. A
 * healthy first reconcile of veil takes 65-90 s here (2-core machine, tools
 * built, another test file running beside it); the bound leaves room for a
 * loaded CI runner.
 */
export const READY_BOUND_MS = 300_000;
/**
 * How long a deliberately stuck tree is watched once it is stuck (its
 * preconditions reached within READY_BOUND_MS): no progress in this window
 * is what the tests assert, ms.
 */
export const STUCK_WINDOW_MS = 60_000;
/** `veilc plan` and stopping everything, ms. */
const OVERHEAD_MS = 120_000 + 60_000;
/** Per test: start, up to two bounded reconciles, plan and stop. */
export const TEST_TIMEOUT_MS = START_BOUND_MS + 2 * READY_BOUND_MS + OVERHEAD_MS;

/** `describe`, or `describe.skip` when the binaries are missing and not required (CI requires them). */
export function describeE2E(name: string, body: () => void): void {
  describeNeedingTools(name, e2eToolsMissing(), body);
}

export type SpecSource = { specFile: string } | { specText: string };

/**
 * Bootstraps a cluster for the spec, runs `body`, always stops it. When the
 * body fails, the error carries the last lines of every process's log (they
 * are deleted with the cluster).
 */
export async function withReconcile<T>(options: SpecSource & { helmWait: HelmWait; edit?: TreeEdit }, body: (r: Reconciler) => Promise<T>): Promise<T> {
  const missing = e2eToolsMissing();
  if (missing) throw new Error(missing);
  const specText = 'specText' in options ? options.specText : readFileSync(options.specFile, 'utf8');
  const r = await bootstrap({ specText, helmWait: options.helmWait, edit: options.edit, startTimeoutMs: START_BOUND_MS });
  try {
    return await body(r);
  } catch (e) {
    if (e instanceof Error) e.message += `\n\nlast lines of each process log:\n${r.cluster.logs(12)}`;
    throw e;
  } finally {
    await r.stop();
  }
}

// How far V8's young generation (its new space, two semi-spaces) may grow in a
// run. V8 doubles it, up to 16 MiB semi-spaces (32 MiB), while many objects
// survive scavenges, and it does so while a large spec loads. Each page it
// grows into is fresh memory, and on this project's machines the first touch
// of a page costs ~23 us (a write to new memory, measured): 32 MiB is ~190 ms.
// Held at 8 MiB semi-spaces once it gets there, a 5,000-node compile touches
// ~3,500 fewer pages and runs ~5% faster; more scavenges then, but each copies
// only what is alive (README, "Benchmark"). Small specs never grow it that far.
// A command-line flag (--max-semi-space-size) would set this at start-up, but
// veilc runs as `node dist/veilc.cjs` and V8 refuses a code cache made under
// other flags; --semi-space-growth-factor is read each time V8 grows the space.
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** The new space (both semi-spaces) at which it stops growing: 16 MiB, semi-spaces of 8 MiB. */
export const YOUNG_GENERATION_CAP_BYTES = 16 * 2 ** 20;

let capped = false;

/**
 * Called between stages: once the new space has grown to at least
 * YOUNG_GENERATION_CAP_BYTES, V8 grows it no further in this process
 * (--semi-space-growth-factor=1, process-wide; V8 may still shrink it).
 * Returns whether the cap is in place. `stats` and `setFlags` are V8's
 * (tests give others).
 */
export function capYoungGeneration(stats = getHeapSpaceStatistics, setFlags = setFlagsFromString): boolean {
  if (capped) return true;
  const newSpace = stats().find((s) => s.space_name === 'new_space');
  if (!newSpace || newSpace.space_size < YOUNG_GENERATION_CAP_BYTES) return false;
  setFlags('--semi-space-growth-factor=1');
  capped = true;
  return true;
}

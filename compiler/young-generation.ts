// How far V8's young generation (its new space, two semi-spaces) may grow in a
// run. V8 doubles it, up to 16 MiB semi-spaces (32 MiB), while many objects
// survive scavenges. Each page it grows into is fresh memory, and on this
// project's machines the first touch of a page costs ~23 us (a write to new
// memory, measured): 32 MiB is ~190 ms. Loading sizes it to the spec (the
// spec's data is what survives); held at that size from then on, the stages
// after it (mostly short-lived objects) scavenge more often, each scavenge
// copying only what is alive, and touch fewer fresh pages: `check` on
// veil.spec.yaml stays at 2 MiB (-490 page faults), a 5,000-node compile at
// 16 MiB (-3,600 page faults, ~5% faster; README, "Benchmark").
// A command-line flag (--max-semi-space-size) would size it at start-up, but
// veilc runs as `node dist/veilc.cjs` and V8 refuses a code cache made under
// other flags; --semi-space-growth-factor is read each time V8 grows the space.
import { setFlagsFromString } from 'node:v8';

let held = false;

/**
 * Called once the spec is loaded: from then on V8 grows the young generation
 * no further in this process (--semi-space-growth-factor=1, process-wide; V8
 * may still shrink it). Returns whether this call set it. `setFlags` is V8's
 * (tests give another).
 */
export function holdYoungGeneration(setFlags = setFlagsFromString): boolean {
  if (held) return false;
  setFlags('--semi-space-growth-factor=1');
  held = true;
  return true;
}

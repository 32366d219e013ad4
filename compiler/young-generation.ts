// How far V8's young generation (its new space, two semi-spaces) may grow in a
// run. V8 doubles it, up to 16 MiB semi-spaces (32 MiB), while many objects
// survive scavenges. Each page it grows into is fresh memory, and on this
// project's machines the first touch of a page costs ~23 us (a write to new
// memory, measured): 32 MiB is ~190 ms. Loading a spec sizes it (the spec's
// data is what survives); held at that size from then on, the stages after it
// (mostly short-lived objects) scavenge more often, each scavenge copying only
// what is alive, and touch fewer fresh pages: `check` on veil.spec.yaml stays
// at 2 MiB (-490 page faults), a 5,000-node compile at 16 MiB (-3,600 page
// faults, ~5% faster; README, "Benchmark"). A run that loads a second spec
// (`--base`) lets it grow again while that one loads: loadSpec runs here.
// A command-line flag (--max-semi-space-size) would size it at start-up, but
// veilc runs as `node dist/veilc.cjs` and V8 refuses a code cache made under
// other flags; --semi-space-growth-factor is read each time V8 grows the space.
import { setFlagsFromString } from 'node:v8';

/** V8's own growth factor (--semi-space-growth-factor's default), given back while a spec loads. */
const V8_GROWTH_FACTOR = 2;

let held = false;

/**
 * Runs `load` (the loading of one spec) with V8's young generation free to
 * grow, and holds it at the size it reached once `load` returns or throws
 * (--semi-space-growth-factor=1, process-wide; V8 may still shrink it).
 * Returns what `load` returns. `setFlags` is V8's (tests give another).
 */
export function sizedByLoading<T>(load: () => T, setFlags: (flags: string) => void = setFlagsFromString): T {
  if (held) setFlags(`--semi-space-growth-factor=${V8_GROWTH_FACTOR}`);
  try {
    return load();
  } finally {
    setFlags('--semi-space-growth-factor=1');
    held = true;
  }
}

/** Whether a loading has held the young generation in this process. */
export function youngGenerationHeld(): boolean {
  return held;
}

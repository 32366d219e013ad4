// Stage timings for the benchmark: VEILC_TIMINGS=1 prints where a run's time
// goes (process start + module loading, then each stage) to stderr as JSON.
import { performance } from 'node:perf_hooks';

const marks: [string, number][] = [];
let last = 0;

/** Records the time since the previous mark under `stage`. */
export function mark(stage: string): void {
  const now = performance.now();
  marks.push([stage, now - last]);
  last = now;
}

export function timingsEnabled(): boolean {
  return !!process.env.VEILC_TIMINGS;
}

export function reportTimings(): void {
  if (!timingsEnabled()) return;
  const out: Record<string, number> = {};
  for (const [stage, ms] of marks) out[stage] = Math.round((out[stage] ?? 0) * 100 + ms * 100) / 100;
  process.stderr.write(`veilc-timings ${JSON.stringify(out)}\n`);
}

// Stage timings for the benchmark: VEILC_TIMINGS=1 prints where a run's time
// goes (process start + module loading, then each stage) to stderr as JSON.
// process.uptime() rather than perf_hooks' performance.now(), which would load
// perf_hooks on every run. Its origin is a little later in the process's
// start (2-4 ms here), so startup+modules reads that much lower than the
// figures measured before this change.

const marks: [string, number][] = [];
let last = 0;

/** Records the time since the previous mark under `stage`. */
export function mark(stage: string): void {
  const now = process.uptime() * 1000;
  marks.push([stage, now - last]);
  last = now;
}

export function timingsEnabled(): boolean {
  return !!process.env.VEILC_TIMINGS;
}

/** With VEILC_TIMINGS set, writes the marks as one `veilc-timings {...}` line with `write` (the run's stderr). */
export function reportTimings(write: (text: string) => unknown): void {
  if (!timingsEnabled()) return;
  const out: Record<string, number> = {};
  for (const [stage, ms] of marks) out[stage] = Math.round((out[stage] ?? 0) * 100 + ms * 100) / 100;
  write(`veilc-timings ${JSON.stringify(out)}\n`);
}

/**
 * The commands with a bundle of their own, dist/veilc-<name>.cjs, built by
 * scripts/bundle.mjs from entries/<name>.ts; the launcher (dist/veilc.cjs)
 * runs every other command line with dist/veilc-all.cjs.
 */
export const OWN_BUNDLE: readonly string[] = ['validate'];
// Only `validate`, what an editor runs on every save, is much smaller alone
// (976 of 1,318 KiB): `check`, `compile` and `plan` need the emitters and
// most of the rest (1.2 MB each), so a bundle each would ship megabytes for
// a few per cent (README, "Benchmark").

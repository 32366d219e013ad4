// Waivers end to end: a waived deny no longer fails the spec, a lapsed waiver
// brings the finding back (and says so), paths match the placed diagnostic's
// path, and the date is injectable and validated.
import { describe, expect, it } from 'vitest';
import { countBySeverity, UsageError } from '../../compiler/diagnostics/diagnostic.ts';
import { isCalendarDate, localDate, resolveToday } from '../../compiler/policy/today.ts';
import { hasDeny } from '../../compiler/pipeline.ts';
import { byRule, edit, evaluateText, FIXTURES } from './helpers.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const needMore = (waiver: string) => edit(['    usable: 500Gi', '    usable: 600Gi'], ['waivers: []', `waivers:\n  - ${waiver}`]);
const WAIVE_CAPACITY = '{ rule: VEIL-MINIO-004, path: objectStore.driveSize, reason: bigger drives are on order, expires: 2026-03-31 }';

describe('a waiver', () => {
  it('turns a deny into a waived finding until it expires', async () => {
    const r = await evaluateText(needMore(WAIVE_CAPACITY), '2026-03-31');
    const [d] = byRule(r.diagnostics, 'VEIL-MINIO-004');
    expect(d!.severity).toBe('deny');
    expect(d!.waived).toEqual({ reason: 'bigger drives are on order', expires: '2026-03-31' });
    expect(hasDeny(r.diagnostics)).toBe(false);
    expect(countBySeverity(r.diagnostics)).toEqual({ deny: 0, warn: 2, waived: 1 });
  });

  it('lapses the day after: the deny is back and the waiver is flagged', async () => {
    const r = await evaluateText(needMore(WAIVE_CAPACITY), '2026-04-01');
    expect(byRule(r.diagnostics, 'VEIL-MINIO-004')[0]!.waived).toBeUndefined();
    expect(hasDeny(r.diagnostics)).toBe(true);
    const [w] = byRule(r.diagnostics, 'VEIL-WAIVER-001');
    expect(w!.severity).toBe('warn');
    expect(w!.path).toBe('waivers[0].expires');
    expect(w!.message).toBe('the waiver of VEIL-MINIO-004 at objectStore.driveSize expired on 2026-03-31 (today is 2026-04-01); its findings count again');
  });

  it('with an empty path waives the rule anywhere', async () => {
    const r = await evaluateText(needMore('{ rule: VEIL-MINIO-004, reason: bigger drives are on order, expires: 2026-03-31 }'));
    expect(byRule(r.diagnostics, 'VEIL-MINIO-004')[0]!.waived?.expires).toBe('2026-03-31');
  });

  it('matches the path as diagnostics print it, indexes included', async () => {
    const plan = readFileSync(join(FIXTURES, 'plan-as-written.spec.yaml'), 'utf8')
      .replace('waivers: []', 'waivers:\n  - { rule: VEIL-ETCD-002, path: "nodes[3].role", reason: meteor-4 is drained next week, expires: 2026-02-01 }');
    const r = await evaluateText(plan);
    const [d] = byRule(r.diagnostics, 'VEIL-ETCD-002');
    expect(d!.path).toBe('nodes[3].role');
    expect(d!.waived?.reason).toBe('meteor-4 is drained next week');
    expect(byRule(r.diagnostics, 'VEIL-WAIVER-002')).toEqual([]);
  });

  it('at another path waives nothing and is reported', async () => {
    const r = await evaluateText(needMore('{ rule: VEIL-MINIO-004, path: objectStore.require.usable, reason: bigger drives are on order, expires: 2026-03-31 }'));
    expect(hasDeny(r.diagnostics)).toBe(true);
    expect(byRule(r.diagnostics, 'VEIL-WAIVER-002')[0]!.message).toBe('the waiver of VEIL-MINIO-004 at objectStore.require.usable matches no finding');
  });
});

describe('today', () => {
  it('is the explicit date, else VEILC_TODAY, else the local date', () => {
    expect(resolveToday('2026-02-28', { VEILC_TODAY: '2030-01-01' })).toBe('2026-02-28');
    expect(resolveToday(undefined, { VEILC_TODAY: '2030-01-01' })).toBe('2030-01-01');
    expect(resolveToday(undefined, {})).toBe(localDate());
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('must be a real calendar date', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-1-5')).toBe(false);
    expect(() => resolveToday(undefined, { VEILC_TODAY: 'tomorrow' })).toThrow(UsageError);
    expect(() => resolveToday('2026-13-01')).toThrow(/today=2026-13-01 is not a calendar date/);
  });
});

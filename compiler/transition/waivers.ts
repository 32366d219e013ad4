// Waivers for transition findings: the same spec `waivers` list and the same
// meaning as the policy waivers (package veil.waivers): a waiver covers one
// rule at one spec path ("" for anywhere) until its expiry date, judged
// against `today`; an expired waiver covers nothing (the policy's
// VEIL-WAIVER-001 already reports it). The policy leaves VEIL-CHANGE-*
// waivers to this stage, which alone knows whether they match.
import type { Diagnostic, Finding } from '../diagnostics/diagnostic.ts';
import type { Spec } from '../schema/spec-types.ts';

export const TRANSITION_RULE_PREFIX = 'VEIL-CHANGE-';
export const RULE_UNUSED_WAIVER = 'VEIL-CHANGE-090';

/** Marks covered diagnostics as waived; returns findings for transition waivers that covered nothing. */
export function applyTransitionWaivers(spec: Spec, diags: Diagnostic[], today: string, base: string): Finding[] {
  const used = new Set<number>();
  const active = spec.waivers.map((w, i) => ({ w, i })).filter(({ w }) => w.rule.startsWith(TRANSITION_RULE_PREFIX) && !(w.expires < today));
  for (const d of diags) {
    const hit = active.find(({ w }) => w.rule === d.rule && (w.path === '' || w.path === d.path));
    if (!hit) continue;
    d.waived = { reason: hit.w.reason, expires: hit.w.expires };
    used.add(hit.i);
  }
  return active.filter(({ i }) => !used.has(i)).map(({ w, i }) => ({
    rule: RULE_UNUSED_WAIVER, severity: 'warn', path: ['waivers', i],
    message: `the waiver of ${w.rule}${w.path ? ` at ${w.path}` : ''} matches no change since ${base}`,
    hint: 'once the change it accepted is deployed, delete the waiver; otherwise correct its rule ID or path',
  }));
}

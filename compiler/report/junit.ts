// JUnit XML for CI dashboards: one test case per rule evaluated (failed when it
// denies), per external check, and for drift. Warnings are reported as output.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

export interface JunitCheck {
  name: string;
  /** undefined = passed; a string = the failure text */
  failure?: string;
  skipped?: string;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
  // XML 1.0 cannot carry most control characters, even escaped
  .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/**
 * JUnit XML valid against the Jenkins xUnit plugin's junit-10.xsd (vendored in
 * test/fixtures/junit/, checked with xmllint): `skipped` only on testsuite,
 * `errors` on both. `suite` names the testsuite after the command, e.g. `veilc check`.
 */
export function toJunit(diags: readonly Diagnostic[], rulesEvaluated: readonly string[], checks: readonly JunitCheck[] = [], suite = 'veilc'): string {
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of diags) byRule.set(d.rule, [...(byRule.get(d.rule) ?? []), d]);
  const ruleIds = [...new Set([...rulesEvaluated, ...byRule.keys()])].sort();
  const cases: string[] = [];
  let failures = 0, skipped = 0;
  for (const id of ruleIds) {
    const found = byRule.get(id) ?? [];
    const denies = found.filter((d) => d.severity === 'deny' && !d.waived);
    const others = found.filter((d) => !denies.includes(d));
    const line = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.waived ? 'waived' : d.severity} ${d.path ? `${d.path}: ` : ''}${d.message}${d.hint ? ` (hint: ${d.hint})` : ''}${d.excerpt ? `\n  ${d.line} | ${d.excerpt.text}` : ''}`;
    let body = '';
    if (denies.length) {
      failures++;
      body += `<failure message="${xml(denies[0]!.message)}" type="${id}">${xml(denies.map(line).join('\n'))}</failure>`;
    }
    if (others.length) body += `<system-out>${xml(others.map(line).join('\n'))}</system-out>`;
    const area = id.split('-')[1] ?? 'rule';
    cases.push(`    <testcase classname="${area === 'CHECK' ? 'veilc.check' : `veilc.policy.${xml(area)}`}" name="${xml(id)}">${body}</testcase>`);
  }
  for (const c of checks) {
    let body = '';
    if (c.failure !== undefined) { failures++; body = `<failure message="${xml(c.failure.split('\n')[0] ?? '')}">${xml(c.failure)}</failure>`; }
    else if (c.skipped !== undefined) { skipped++; body = `<skipped message="${xml(c.skipped)}"/>`; }
    cases.push(`    <testcase classname="veilc.check" name="${xml(c.name)}">${body}</testcase>`);
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="veilc" tests="${cases.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="${xml(suite)}" tests="${cases.length}" failures="${failures}" skipped="${skipped}" errors="0">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

// Machine output: { findings: [...], summary: {...} } with one stable key order.
import { countBySeverity, type Diagnostic } from '../diagnostics/diagnostic.ts';

export interface JsonSummary {
  [key: string]: unknown;
}

/** The report as an object, for commands that add keys of their own (plan --base adds `changes`). */
export function jsonReport(diags: readonly Diagnostic[], summary: JsonSummary): { findings: object[]; summary: JsonSummary } {
  const c = countBySeverity(diags);
  const findings = diags.map((d) => ({
    rule: d.rule, severity: d.severity, message: d.message, path: d.path, file: d.file, line: d.line, column: d.column,
    endLine: d.endLine, endColumn: d.endColumn, hint: d.hint ?? null, ...(d.waived ? { waived: d.waived } : {}),
    ...(d.excerpt ? { excerpt: d.excerpt.text } : {}),
  }));
  return { findings, summary: { deny: c.deny, warn: c.warn, waived: c.waived, ...summary } };
}

export function toJsonReport(diags: readonly Diagnostic[], summary: JsonSummary): string {
  return `${JSON.stringify(jsonReport(diags, summary), null, 2)}\n`;
}

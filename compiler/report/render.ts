// One entry point for every report format, so each command reports alike,
// and every report first goes through the redaction pass (redact.ts): no
// format sees the spec text or an unmasked finding.
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { toGithubAnnotations } from './github.ts';
import { toJsonReport } from './json.ts';
import { toJunit, type JunitCheck } from './junit.ts';
import { policyDetect, redactReport, type Detect } from './redact.ts';
import { toSarif } from './sarif.ts';
import { formatDiagnostic, formatSummary, pickStyle } from './text.ts';

export const FORMATS = ['text', 'json', 'github', 'sarif', 'junit'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReportInput {
  diagnostics: Diagnostic[];
  /** The spec source, for code frames; only the redaction pass reads it. */
  text?: string;
  /** Secret substrings the secret rules found in the spec: masked wherever the report echoes it. */
  redact?: readonly string[];
  /** The spec file as named; findings in other files (the gate's, in the output folder) get no spec code frame. */
  specFile?: string;
  /** The command, e.g. `check`: names the JUnit test suite. */
  command?: string;
  /** Absolute URL of veilc's documentation folder, for SARIF helpUri (see sarif.ts). */
  docsBase?: string;
  rulesEvaluated: readonly string[];
  /** Extra summary fields (json), e.g. drift and tools. */
  summary?: Record<string, unknown>;
  /** Gate checks beyond rules (junit), e.g. drift and each external tool. */
  checks?: JunitCheck[];
  /** Extra human lines printed before the summary (text, github). */
  notes?: string[];
  version: string;
}

export async function render(format: Format, input: ReportInput, stream: { isTTY?: boolean }, detect: Detect = policyDetect): Promise<string> {
  const r = await redactReport(input, detect);
  switch (format) {
    case 'json':
      return toJsonReport(r.diagnostics, { rulesEvaluated: r.rulesEvaluated.length, ...r.summary });
    case 'sarif':
      return toSarif(r.diagnostics, { version: r.version, rules: r.rulesEvaluated, ...(r.docsBase ? { docsBase: r.docsBase } : {}) });
    case 'junit':
      return toJunit(r.diagnostics, r.rulesEvaluated, r.checks, r.command ? `veilc ${r.command}` : 'veilc');
    case 'github':
      return toGithubAnnotations(r.diagnostics) + (r.notes ?? []).map((n) => `${n}\n`).join('') + `${formatSummary(r.diagnostics, r.rulesEvaluated.length, pickStyle({}))}\n`;
    case 'text': {
      const s = pickStyle(stream);
      const parts = r.diagnostics.map((d) => `${formatDiagnostic(d, s)}\n\n`);
      for (const n of r.notes ?? []) parts.push(`${n}\n`);
      parts.push(`${formatSummary(r.diagnostics, r.rulesEvaluated.length, s)}\n`);
      return parts.join('');
    }
  }
}

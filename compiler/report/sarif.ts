// SARIF 2.1.0 (OASIS): what code-scanning dashboards ingest. Each finding is a
// result with a region on the spec line; waived findings carry a suppression.
import { relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

export interface SarifRuleInfo {
  id: string;
  description?: string;
}

export function toSarif(diags: readonly Diagnostic[], opts: { version: string; rules?: readonly SarifRuleInfo[]; cwd?: string }): string {
  const cwd = opts.cwd ?? process.cwd();
  const ruleIds = [...new Set([...(opts.rules ?? []).map((r) => r.id), ...diags.map((d) => d.rule)])].sort();
  const describe = new Map((opts.rules ?? []).map((r) => [r.id, r.description]));
  const rules = ruleIds.map((id) => ({ id, shortDescription: { text: describe.get(id) ?? id } }));
  const results = diags.map((d) => ({
    ruleId: d.rule,
    ruleIndex: ruleIds.indexOf(d.rule),
    level: d.severity === 'deny' ? 'error' : 'warning',
    message: { text: `${d.path ? `${d.path}: ` : ''}${d.message}${d.hint ? ` (hint: ${d.hint})` : ''}` },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: toUri(relative(cwd, d.file) || d.file) },
        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn, ...(d.excerpt ? { snippet: { text: d.excerpt.text } } : {}) },
      },
      ...(d.path ? { logicalLocations: [{ fullyQualifiedName: d.path, kind: 'member' }] } : {}),
    }],
    ...(d.waived ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: `${d.waived.reason} (until ${d.waived.expires})` }] } : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'veilc', version: opts.version, rules } }, results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function toUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}

// GitHub Actions workflow commands: one annotation per finding, on the spec's
// real line and column, so the PR diff shows it in place.
// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
import { relative } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProp = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function toGithubAnnotations(diags: readonly Diagnostic[], cwd = process.cwd()): string {
  return diags.filter((d) => !d.waived).map((d) => {
    const level = d.severity === 'deny' ? 'error' : 'warning';
    const file = relative(cwd, d.file) || d.file;
    const props = [`file=${escapeProp(file)}`, `line=${d.line}`, `col=${d.column}`, `endLine=${d.endLine}`, `endColumn=${d.endColumn}`, `title=${escapeProp(d.rule)}`];
    const text = `${d.path ? `${d.path}: ` : ''}${d.message}${d.hint ? `\nhint: ${d.hint}` : ''}`;
    return `::${level} ${props.join(',')}::${escapeData(text)}\n`;
  }).join('');
}

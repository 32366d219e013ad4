// Runs the whole pipeline in-process on one spec text, the way the CLI does
// (`veilc compile --format json`: load, schema, keys, model, policy, emit,
// write to a temporary folder), renders the findings in every report format,
// and returns what went wrong instead of throwing: an internal error, an exit
// code outside 0/1/2, a finding without a place, a format that fails to render.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../compiler/cli/main.ts';
import type { Diagnostic } from '../../compiler/diagnostics/diagnostic.ts';
import { policyDetect, type Detect } from '../../compiler/report/redact.ts';
import { FORMATS, render } from '../../compiler/report/render.ts';

export interface CaseResult {
  exit: number;
  findings: number;
  problems: string[];
}

/** A scratch folder in memory where the machine has one (tmpfs writes are ~10x cheaper than disk here). */
export function scratch(prefix: string): string {
  const base = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  return mkdtempSync(join(base, prefix));
}

export class PipelineHarness {
  readonly dir = scratch('veilc-fuzz-');
  private readonly spec = join(this.dir, 'veil.spec.yaml');
  private readonly out = join(this.dir, 'out');

  async run(text: string): Promise<CaseResult> {
    writeFileSync(this.spec, text);
    rmSync(this.out, { recursive: true, force: true });
    let stdout = '';
    let stderr = '';
    const io = { stdout: { write: (s: string) => { stdout += s; } }, stderr: { write: (s: string) => { stderr += s; } } };
    const problems: string[] = [];
    const exit = await main(['compile', '--spec', this.spec, '--out', this.out, '--format', 'json'], io);
    if (![0, 1, 2].includes(exit)) problems.push(`exit code ${exit}`);
    if (/internal error/i.test(stderr)) problems.push(`internal error: ${stderr.trim()}`);
    if (exit === 2 && !/^veilc: .+\n(hint: .+\n)?$/.test(stderr)) problems.push(`exit 2 without a one-line message: ${JSON.stringify(stderr)}`);
    let diagnostics: Diagnostic[] = [];
    if (exit !== 2) {
      try {
        diagnostics = (JSON.parse(stdout) as { findings: Diagnostic[] }).findings;
      } catch {
        problems.push(`the json report does not parse: ${stdout.slice(0, 200)}`);
      }
    }
    for (const d of diagnostics) {
      if (!(Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.column) && d.column >= 1)) problems.push(`finding without a place: ${JSON.stringify(d)}`);
      if (!/^VEIL-[A-Z0-9]+-\d{3}$/.test(d.rule) || !d.message || !d.hint) problems.push(`finding without rule, message or hint: ${JSON.stringify(d)}`);
    }
    if (exit === 1 && !diagnostics.some((d) => d.severity === 'deny' && !d.waived)) problems.push('exit 1 without a deny finding');
    const wrote = existsSync(this.out) ? readdirSync(this.out).length : 0;
    if (exit === 0 && wrote === 0) problems.push('exit 0 but nothing was written');
    if (exit !== 0 && wrote !== 0) problems.push(`exit ${exit} but out/ was written`);
    // every format redacts the same strings: detect the secrets in them once
    let detected: ReturnType<Detect> | null = null;
    const detect: Detect = (texts) => (detected ??= policyDetect(texts));
    for (const format of FORMATS) {
      try {
        const report = await render(format, { diagnostics, text, rulesEvaluated: [], version: '0.0.0' }, { isTTY: false }, detect);
        if (format === 'sarif' || format === 'json') JSON.parse(report);
      } catch (e) {
        problems.push(`${format} report fails: ${(e as Error).message}`);
      }
    }
    return { exit, findings: diagnostics.length, problems };
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

// The report formats' consumers' own validators: Microsoft's SARIF multitool
// (`validate --rule-kind "Sarif;Gh"`: the SARIF rules plus GitHub code
// scanning's ingestion rules) and xmllint against the Jenkins junit-10.xsd.
// The multitool's npm package ships a self-contained .NET binary per platform
// (@microsoft/sarif-multitool-linux on x64 Linux); it needs no .NET install.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT, tempDir } from '../foundation/helpers.ts';
import { toolsRequired } from '../tools-required.ts';

export const JUNIT_XSD = join(ROOT, 'test/fixtures/junit/junit-10.xsd');
const required = toolsRequired();

function multitoolPath(): string | null {
  try {
    const bin = join(dirname(createRequire(import.meta.url).resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
    return process.platform === 'linux' && process.arch === 'x64' && existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

export const MULTITOOL = multitoolPath();
export const XMLLINT = spawnSync('xmllint', ['--version']).status === 0 ? 'xmllint' : null;
/** Skip only outside CI; under CI or VEILC_REQUIRE_TOOLS=1 a missing validator fails the suite. */
export const skipMultitool = !MULTITOOL && !required;
export const skipXmllint = !XMLLINT && !required;
if (skipMultitool) console.warn('SARIF multitool not runnable here (x64 Linux only): skipping its checks');
if (skipXmllint) console.warn('xmllint not found (apt-get install libxml2-utils): skipping the junit-10.xsd checks');

export interface SarifProblem { rule: string; level: string; text: string }

/** Problems the multitool reports for a SARIF log (its exit code is 0 even with errors: read its own SARIF output). */
export function multitoolProblems(sarif: string): SarifProblem[] {
  if (!MULTITOOL) throw new Error('the SARIF multitool (@microsoft/sarif-multitool-linux) is not installed');
  const dir = tempDir('veilc-sarif-');
  const input = join(dir, 'report.sarif'), output = join(dir, 'validation.sarif');
  writeFileSync(input, sarif);
  const r = spawnSync(MULTITOOL, ['validate', input, '--rule-kind', 'Sarif;Gh', '--output', output, '--log', 'ForceOverwrite'], { encoding: 'utf8', timeout: 120_000 });
  if (!existsSync(output)) throw new Error(`the SARIF multitool wrote no output (exit ${r.status}): ${r.stderr || r.stdout}`);
  const log = JSON.parse(readFileSync(output, 'utf8'));
  const rules: { id: string; messageStrings?: Record<string, { text: string }> }[] = log.runs[0].tool.driver.rules ?? [];
  return (log.runs[0].results ?? []).map((x: { ruleId: string; level?: string; message: { id?: string; text?: string; arguments?: string[] } }) => {
    const template = rules.find((rule) => rule.id === x.ruleId)?.messageStrings?.[x.message.id ?? '']?.text ?? x.message.text ?? x.message.id ?? '';
    return { rule: x.ruleId, level: x.level ?? 'warning', text: template.replace(/\{(\d+)\}/g, (_m, i: string) => x.message.arguments?.[Number(i)] ?? '') };
  });
}

export const errorsOf = (problems: SarifProblem[]) => problems.filter((p) => p.level === 'error');

/** xmllint's verdict on a JUnit report against junit-10.xsd: '' when valid, else its messages. */
export function junitSchemaErrors(xml: string): string {
  if (!XMLLINT) throw new Error('xmllint is not installed (apt-get install libxml2-utils)');
  const file = join(tempDir('veilc-junit-'), 'report.xml');
  writeFileSync(file, xml);
  const r = spawnSync(XMLLINT, ['--noout', '--schema', JUNIT_XSD, file], { encoding: 'utf8', timeout: 60_000 });
  return r.status === 0 ? '' : `${r.stderr}${r.stdout}`.trim();
}

// Reports that their consumers accept, checked by the consumers' own
// validators: SARIF with 0 errors under the multitool's `--rule-kind Sarif;Gh`
// (GitHub code scanning's ingestion rules), JUnit valid against Jenkins'
// junit-10.xsd; and every cause of exit 1 is a result, an annotation and a
// failed test case in every format, at the file and line that caused it.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../compiler/diagnostics/diagnostic.ts';
import { checkFindings } from '../../compiler/gate/check-findings.ts';
import type { CheckResult } from '../../compiler/gate/check.ts';
import { FORMATS, render, type Format } from '../../compiler/report/render.ts';
import { ruleDoc } from '../../compiler/report/rule-catalog.ts';
import { docsBaseOf, FINGERPRINT, SRCROOT, toSarif } from '../../compiler/report/sarif.ts';
import { findTool } from '../../compiler/verify/find-tool.ts';
import { runCli } from '../cli/run-cli.ts';
import { ROOT, tempDir, VEIL_SPEC } from '../foundation/helpers.ts';
import { errorsOf, junitSchemaErrors, multitoolProblems, skipMultitool, skipXmllint } from './consumers.ts';
import { toolsRequired } from '../tools-required.ts';

const veil = readFileSync(VEIL_SPEC, 'utf8');
const OUT = join(ROOT, 'out');
const DOCS = 'https://github.com/example/veilc/blob/v0.1.0/';

/** A repository of its own: .git, the spec, a copy of out/. */
function repo(spec = veil): { dir: string; spec: string; out: string } {
  const dir = tempDir('veilc-repo-');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'veil.spec.yaml'), spec);
  cpSync(OUT, join(dir, 'out'), { recursive: true });
  return { dir, spec: join(dir, 'veil.spec.yaml'), out: join(dir, 'out') };
}

/** Asserts `rule` fails the gate in `format`'s own terms, and the report passes its consumer's validator. */
function expectCause(format: Format, stdout: string, rule: string, file: string, line: number, col = 1): void {
  switch (format) {
    case 'text':
      expect(stdout).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${line}:${col} deny ${rule} `, 'm'));
      break;
    case 'json':
      expect(JSON.parse(stdout).findings).toContainEqual(expect.objectContaining({ rule, severity: 'deny', file, line }));
      break;
    case 'github':
      expect(stdout).toMatch(new RegExp(`^::error file=[^,]*,line=${line},col=${col},.*title=${rule}::`, 'm'));
      break;
    case 'sarif': {
      const log = JSON.parse(stdout);
      type Result = { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] };
      const hit = (log.runs[0].results as Result[]).find((x) => x.ruleId === rule && x.locations[0]!.physicalLocation.region.startLine === line
        && decodeURIComponent(x.locations[0]!.physicalLocation.artifactLocation.uri).endsWith(file.split('/').slice(-2).join('/')));
      expect(hit, `${rule} is a result at ${file}:${line}`).toBeDefined();
      expect(hit!.level).toBe('error');
      break;
    }
    case 'junit':
      expect(stdout).toMatch(new RegExp(`<testcase classname="[^"]+" name="${rule}"><failure `));
      break;
  }
}

/** The consumer's own validator accepts the report (SARIF: 0 errors under Sarif;Gh; JUnit: junit-10.xsd). */
function expectAccepted(format: Format, stdout: string): void {
  if (format === 'sarif' && !skipMultitool) expect(errorsOf(multitoolProblems(stdout))).toEqual([]);
  if (format === 'junit' && !skipXmllint) expect(junitSchemaErrors(stdout)).toBe('');
}

// the multitool is a 100 MB .NET binary: seconds per run, more on a busy machine
const SLOW = 240_000;

describe('the validators can fail', () => {
  it.skipIf(skipMultitool)('the multitool reports GitHub ingestion errors (GH2012: a rule without full description and help)', () => {
    const log = JSON.parse(toSarif([], { version: '0.1.0', rules: ['VEIL-NET-001'] }));
    delete log.runs[0].tool.driver.rules[0].fullDescription;
    delete log.runs[0].tool.driver.rules[0].help;
    const errors = errorsOf(multitoolProblems(JSON.stringify(log)));
    expect(errors.map((e) => e.rule)).toEqual(['GH2012', 'GH2012']);
  }, SLOW);
  it.skipIf(skipXmllint)('xmllint rejects a testsuites element with a skipped attribute (junit-10.xsd)', () => {
    expect(junitSchemaErrors('<?xml version="1.0"?>\n<testsuites name="x" skipped="1"><testsuite name="s" tests="0" failures="0" errors="0"/></testsuites>\n'))
      .toMatch(/attribute 'skipped' is not allowed/);
  });
});

describe('SARIF for GitHub code scanning', () => {
  it.skipIf(skipMultitool)('the clean spec: 0 errors, and with a docs URL 0 problems at all', async () => {
    const r = await runCli(['validate', '--spec', VEIL_SPEC, '--format', 'sarif']);
    expect(errorsOf(multitoolProblems(r.stdout))).toEqual([]);
    const log = JSON.parse(toSarif([], { version: '0.1.0', rules: JSON.parse(r.stdout).runs[0].tool.driver.rules.map((x: { id: string }) => x.id), docsBase: DOCS }));
    expect(multitoolProblems(JSON.stringify(log))).toEqual([]);
  }, SLOW);

  it('rules carry the catalog: full description, help with sources, helpUri to the RULES.md anchor', () => {
    const log = JSON.parse(toSarif([], { version: '0.1.0', rules: ['VEIL-NET-005', 'VEIL-SCHEMA-001', 'VEIL-CHECK-001'], docsBase: DOCS }));
    const [check, net, schema] = log.runs[0].tool.driver.rules;
    expect(net.shortDescription.text).toBe('Pools disjoint from DHCP');
    expect(net.fullDescription.text.length).toBeGreaterThan(40);
    expect(net.help.markdown).toContain('Sources:\n- https://');
    expect(net.helpUri).toBe(`${DOCS}policies/RULES.md#veil-net-005`);
    expect(readFileSync(join(ROOT, 'policies/RULES.md'), 'utf8')).toContain('\n### VEIL-NET-005\n');
    expect(schema.fullDescription.text).toMatch(/schema/);
    expect(check.helpUri).toBe(`${DOCS}README.md#policies-and-waivers`);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(/^## Policies and waivers$/m);
    expect(check.name).toBe('OutputDrift');
  });

  it('every policy rule and every stage rule the README lists has a catalog entry', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const ranges = [...readme.matchAll(/`(VEIL-[A-Z]+)-(\d{3})`\.\.`(\d{3})`/g)];
    expect(ranges.length).toBeGreaterThanOrEqual(4);
    for (const [, area, from, to] of ranges) {
      for (let n = Number(from); n <= Number(to!); n++) {
        const id = `${area}-${String(n).padStart(3, '0')}`;
        expect(ruleDoc(id).title, id).not.toBe(id);
      }
    }
  });

  it('URIs are relative to the repository root with uriBaseId %SRCROOT%; fingerprints survive moved lines', async () => {
    const a = repo();
    mkdirSync(join(a.dir, 'deploy'));
    const spec = join(a.dir, 'deploy/veil.spec.yaml');
    writeFileSync(spec, veil);
    const first = JSON.parse(toSarif(await findings(spec), { version: '0.1.0', cwd: a.dir }));
    writeFileSync(spec, `# a new first line\n${veil}`);
    const moved = JSON.parse(toSarif(await findings(spec), { version: '0.1.0', cwd: join(a.dir, 'deploy') }));
    const loc = (x: { locations: { physicalLocation: { artifactLocation: unknown; region: { startLine: number } } }[] }) => x.locations[0]!.physicalLocation;
    expect(first.runs[0].results.length).toBeGreaterThan(0);
    expect(loc(first.runs[0].results[0]).artifactLocation).toEqual({ uri: 'deploy/veil.spec.yaml', uriBaseId: SRCROOT });
    expect(loc(moved.runs[0].results[0]).artifactLocation).toEqual({ uri: 'deploy/veil.spec.yaml', uriBaseId: SRCROOT });
    expect(loc(moved.runs[0].results[0]).region.startLine).toBe(loc(first.runs[0].results[0]).region.startLine + 1);
    const prints = (log: { runs: { results: { partialFingerprints: Record<string, string> }[] }[] }) => log.runs[0]!.results.map((x) => x.partialFingerprints[FINGERPRINT]);
    expect(prints(moved)).toEqual(prints(first));
    expect(new Set(prints(first)).size).toBe(first.runs[0].results.length);
    expect(first.runs[0].originalUriBaseIds[SRCROOT]).toBeDefined();
  }, SLOW);

  it('docsBaseOf reads a GitHub repository from package.json, and nothing else', () => {
    expect(docsBaseOf({ version: '1.2.3', repository: { url: 'git+https://github.com/o/veilc.git' } })).toBe('https://github.com/o/veilc/blob/v1.2.3/');
    expect(docsBaseOf({ version: '1.2.3', repository: 'github:o/veilc' })).toBe('https://github.com/o/veilc/blob/v1.2.3/');
    expect(docsBaseOf({ version: '1.2.3' })).toBeUndefined();
    expect(docsBaseOf({ version: '1.2.3', repository: 'https://gitlab.com/o/veilc' })).toBeUndefined();
  });
});

async function findings(spec: string): Promise<Diagnostic[]> {
  const r = await runCli(['validate', '--spec', spec, '--format', 'json']);
  return JSON.parse(r.stdout).findings.map((f: Diagnostic) => ({ ...f, file: spec }));
}

describe('every cause of exit 1 is in every format', () => {
  it.each(FORMATS)('a policy deny, --format %s', async (format) => {
    const text = veil.replace('    usable: 500Gi', '    usable: 900Gi');
    const a = repo(text);
    // where the policy places it, told by the json report; every other format must agree
    const found = JSON.parse((await runCli(['validate', '--spec', a.spec, '--format', 'json'])).stdout).findings as Diagnostic[];
    const { line, column: col } = found.find((f) => f.rule === 'VEIL-MINIO-004' && f.severity === 'deny')!;
    const r = await runCli(['check', '--spec', a.spec, '--out', a.out, '--skip-tools', '--format', format]);
    expect(r.code).toBe(1);
    expectCause(format, r.stdout, 'VEIL-MINIO-004', a.spec, line, col);
    expectAccepted(format, r.stdout);
  }, SLOW);

  it.each(FORMATS)('drift: a hand-edited, a missing and an extra file, --format %s', async (format) => {
    const a = repo();
    const zone = join(a.out, 'unbound/zones/veil.home.arpa.zone');
    const lines = readFileSync(zone, 'utf8').split('\n');
    const at = lines.findIndex((l) => /^grafana\s.*192\.168\.0\.220/.test(l));
    lines[at] = lines[at]!.replace('192.168.0.220', '192.168.0.66');
    writeFileSync(zone, lines.join('\n'));
    cpSync(join(a.out, 'docs/DNS.md'), join(a.out, 'docs/NOTES.md'));
    writeFileSync(join(a.out, 'docs/DNS.md'), '');
    const r = await runCli(['check', '--spec', a.spec, '--out', a.out, '--skip-tools', '--format', format]);
    expect(r.code).toBe(1);
    expectCause(format, r.stdout, 'VEIL-CHECK-001', zone, at + 1);
    expectCause(format, r.stdout, 'VEIL-CHECK-001', join(a.out, 'docs/NOTES.md'), 1);
    expectCause(format, r.stdout, 'VEIL-CHECK-001', join(a.out, 'docs/DNS.md'), 1);
    if (format === 'junit') expect(r.stdout).toContain('<testsuite name="veilc check"');
    expectAccepted(format, r.stdout);
  }, SLOW);

  it.each(FORMATS)('a stale bootstrap glue copy, --format %s', async (format) => {
    const a = repo();
    const copy = join(a.dir, 'clusters/veil/veil.yaml');
    const glue = readFileSync(join(OUT, 'flux/veil/bootstrap/veil.yaml'), 'utf8');
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(copy, glue.replace(/interval: \S+/, 'interval: 1h'));
    const line = glue.split('\n').findIndex((l) => /interval: \S+/.test(l)) + 1;
    const r = await runCli(['check', '--spec', a.spec, '--out', a.out, '--skip-tools', '--format', format]);
    expect(r.code).toBe(1);
    expectCause(format, r.stdout, 'VEIL-CHECK-002', copy, line);
    expectAccepted(format, r.stdout);
  }, SLOW);

  it.each(FORMATS)('a checker rejection, --format %s (placed on the compiled file the checker named)', async (format) => {
    const result = {
      validated: { diagnostics: [], rulesEvaluated: ['VEIL-NET-001'] },
      diagnostics: [], files: [{ path: 'docs/COLD-START.md', content: '' }], drift: { added: [], changed: [], removed: [], unknown: [], links: [], diffs: [], firstDifference: {} },
      glue: null, missingRequired: [], passed: false,
      tools: [{ tool: 'shellcheck', ran: true, ok: false, checked: 3, problems: ['docs/COLD-START.md:42: SC2086 (info): Double quote to prevent globbing'] }],
    } as unknown as CheckResult;
    const diagnostics = checkFindings(result, 'deploy', 'veil.spec.yaml');
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'VEIL-CHECK-003', file: 'deploy/docs/COLD-START.md', line: 42 })]);
    const stdout = await render(format, { diagnostics, rulesEvaluated: ['VEIL-NET-001', 'VEIL-CHECK-003'], version: '0.1.0', command: 'check' }, {});
    expectCause(format, stdout, 'VEIL-CHECK-003', 'deploy/docs/COLD-START.md', 42);
    expectAccepted(format, stdout);
  }, SLOW);
});

describe('a real checker\'s rejection', () => {
  const required = toolsRequired();
  const kubeconform = findTool('kubeconform');
  it.skipIf(!kubeconform && !required)('compile --verify: kubeconform without schemas for the Kubernetes version rejects, as VEIL-CHECK-003 findings at the compiled files', async () => {
    const a = repo();
    const out = join(a.dir, 'deploy');
    const r = await runCli(['compile', '--spec', a.spec, '--out', out, '--verify', '--kubernetes-version', '1.99.0', '--schemas-dir', tempDir(), '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const rejected = (JSON.parse(r.stdout).findings as Diagnostic[]).filter((f) => f.rule === 'VEIL-CHECK-003');
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.every((f) => f.severity === 'deny' && f.file.startsWith(`${out}/flux/`) && /^kubeconform rejected /.test(f.message))).toBe(true);
    expect(existsSync(out)).toBe(false);
  }, SLOW);
});

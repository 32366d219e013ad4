// The gate: passes on this repository, fails at the right spec line on a
// policy violation, and fails on a hand-edited or stale out/.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir, VEIL_SPEC, writeTemp } from '../foundation/helpers.ts';
import { sarifValidator } from '../report/sarif-schema.ts';
import { runCli } from './run-cli.ts';

const veil = readFileSync(VEIL_SPEC, 'utf8');
const OUT = join(ROOT, 'out');

/** A repository like this one: the spec and a copy of out/ beside it (the manifest records the spec relative to out/). */
function copyOfOut(): { spec: string; out: string } {
  const repo = tempDir();
  const spec = join(repo, 'veil.spec.yaml');
  writeFileSync(spec, veil);
  const out = join(repo, 'out');
  cpSync(OUT, out, { recursive: true });
  return { spec, out };
}

describe('veilc check', () => {
  it('passes on this repository: no denial, no drift, rules evaluated', async () => {
    const r = await runCli(['check', '--spec', VEIL_SPEC, '--out', OUT, '--skip-tools', '--format', 'json']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const s = JSON.parse(r.stdout).summary;
    expect(s).toMatchObject({ deny: 0, passed: true, drift: { added: [], changed: [], removed: [], unknown: [], links: [] } });
    expect(s.rulesEvaluated).toBeGreaterThan(30);
    expect(s.filesChecked).toBeGreaterThan(20);
  });

  it('fails on a hand-edited out/ file, naming it with a diff', async () => {
    const { spec, out } = copyOfOut();
    const file = join(out, 'unbound/zones/veil.home.arpa.zone');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/(grafana\s.*\s)192\.168\.0\.220/, '$1192.168.0.66'));
    const r = await runCli(['check', '--spec', spec, '--out', out, '--skip-tools']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`changed: ${out}/unbound/zones/veil.home.arpa.zone`);
    expect(r.stdout).toMatch(/^-grafana.*192\.168\.0\.66$/m);
    expect(r.stdout).toMatch(/^\+grafana.*192\.168\.0\.220$/m);
  });

  it('passes on a copy of this repository (the manifest names the spec relative to out/)', async () => {
    const { spec, out } = copyOfOut();
    const r = await runCli(['check', '--spec', spec, '--out', out, '--skip-tools']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  it('fails on a missing file and on a file veilc did not write', async () => {
    const { spec, out } = copyOfOut();
    rmSync(join(out, 'docs/DNS.md'));
    writeFileSync(join(out, 'docs/NOTES.md'), 'hand-written\n');
    const r = await runCli(['check', '--spec', spec, '--out', out, '--skip-tools', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).summary.drift).toEqual({ added: ['docs/DNS.md'], changed: [], removed: [], unknown: ['docs/NOTES.md'], links: [] });
  });

  it('fails at the right spec line on a policy violation, in every format', async () => {
    // 5 drives cannot form EC(4,2)
    const text = veil.replace('servers: 3\n  drivesPerServer: 2', 'servers: 5\n  drivesPerServer: 1').replace('nodes: [meteor-1, meteor-2, meteor-3]', 'nodes: [meteor-1, meteor-2, meteor-3, meteor-4, meteor-5]')
      .replace("    role: server\n\nkubernetes", "    role: server\n  - { name: meteor-4, address: 192.168.0.204, role: agent }\n  - { name: meteor-5, address: 192.168.0.205, role: agent }\n\nkubernetes");
    const spec = writeTemp(text);
    const erasureLine = text.split('\n').findIndex((l) => l.includes('erasure: { data: 4, parity: 2 }')) + 1;
    const json = await runCli(['check', '--spec', spec, '--out', OUT, '--skip-tools', '--format', 'json']);
    expect(json.code).toBe(1);
    const denied = JSON.parse(json.stdout).findings.filter((f: { severity: string }) => f.severity === 'deny');
    expect(denied.map((f: { rule: string; line: number }) => [f.rule, f.line])).toEqual([['VEIL-MINIO-001', erasureLine]]);

    const gh = await runCli(['check', '--spec', spec, '--out', OUT, '--skip-tools', '--format', 'github']);
    expect(gh.code).toBe(1);
    expect(gh.stdout).toMatch(new RegExp(`^::error file=[^,]*spec\\.yaml,line=${erasureLine},col=\\d+,.*title=VEIL-MINIO-001::`, 'm'));

    const sarif = await runCli(['check', '--spec', spec, '--out', OUT, '--skip-tools', '--format', 'sarif']);
    const validate = sarifValidator();
    const log = JSON.parse(sarif.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'VEIL-MINIO-001').locations[0].physicalLocation.region.startLine).toBe(erasureLine);

    const junit = await runCli(['check', '--spec', spec, '--out', OUT, '--skip-tools', '--format', 'junit']);
    expect(junit.stdout).toMatch(/<testcase classname="veilc.policy.MINIO" name="VEIL-MINIO-001"><failure /);
  });

  it('--require-tools turns a missing checker into an error (exit 2), and says which', async () => {
    const saved = process.env.VEILC_SHELLCHECK;
    process.env.VEILC_SHELLCHECK = '/nonexistent/shellcheck';
    try {
      const r = await runCli(['check', '--spec', VEIL_SPEC, '--out', OUT, '--require-tools']);
      expect(r.code).toBe(2);
      expect(r.stdout).toContain('shellcheck: skipped');
      expect(r.stdout).toContain('--require-tools: missing shellcheck');
    } finally {
      if (saved === undefined) delete process.env.VEILC_SHELLCHECK; else process.env.VEILC_SHELLCHECK = saved;
    }
  });
});

describe('veilc plan', () => {
  it('reports changes by resource, runbook section and record, and nothing when up to date', async () => {
    expect((await runCli(['plan', '--spec', VEIL_SPEC, '--out', OUT])).stdout).toMatch(/is up to date/);
    const spec = writeTemp(veil.replace('driveSize: 125Gi', 'driveSize: 150Gi').replace('address: 192.168.0.170                # example', 'address: 192.168.0.171'));
    const r = await runCli(['plan', '--spec', spec, '--out', OUT, '--format', 'json']);
    const items = JSON.parse(r.stdout).changes.map((c: { change: string; file: string; item: string }) => `${c.change} ${c.file} ${c.item}`);
    expect(items).toContain('change flux/veil/platform/storage/minio-statefulset.yaml StatefulSet minio/minio');
    expect(items).toContain('remove unbound/zones/home.arpa.zone record hive A 192.168.0.170');
    expect(items).toContain('add unbound/zones/home.arpa.zone record hive A 192.168.0.171');
    expect(items).toContain('change docs/STORAGE.md section "Topology"');
    expect(items).toContain('add unbound/zones/0.168.192.in-addr.arpa.zone record 171 PTR hive.home.arpa.');
  });
});

describe('the hand-kept bootstrap glue copy', () => {
  it('is checked when the repository has one: a stale copy fails the gate', async () => {
    const repo = tempDir();
    const spec = join(repo, 'veil.spec.yaml');
    writeFileSync(spec, veil);
    const out = join(repo, 'out');
    cpSync(OUT, out, { recursive: true });
    const copy = join(repo, 'clusters/veil/veil.yaml');
    const glue = readFileSync(join(OUT, 'flux/veil/bootstrap/veil.yaml'), 'utf8');
    mkdirSync(dirname(copy), { recursive: true });

    writeFileSync(copy, glue);
    const ok = await runCli(['check', '--spec', spec, '--out', out, '--skip-tools']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('bootstrap glue: clusters/veil/veil.yaml matches');

    writeFileSync(copy, glue.replace(/interval: \S+/, 'interval: 1h'));
    const stale = await runCli(['check', '--spec', spec, '--out', out, '--skip-tools']);
    expect(stale.code).toBe(1);
    expect(stale.stdout).toContain('bootstrap glue: clusters/veil/veil.yaml differs');
  });
});

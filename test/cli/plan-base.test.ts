// `plan --base` and `check --base` in a throwaway git repository holding
// veil.spec.yaml and its out/: the three edits of issue 11 are denied at the
// changed line in every format, adding an agent is not, a waiver accepts a
// refused change, and missing git pieces are usage errors (exit 2).
import { afterEach, describe, expect, it } from 'vitest';
import { sarifValidator } from '../report/sarif-schema.ts';
import { lineOf } from '../transition/helpers.ts';
import { makeRepo, type Repo } from '../transition/git-repo.ts';
import { runCli } from './run-cli.ts';

const savedPath = process.env.PATH;
afterEach(() => { process.env.PATH = savedPath; });

function edited(edit: (spec: string) => string): Repo {
  const repo = makeRepo();
  repo.write('veil.spec.yaml', edit(repo.read('veil.spec.yaml')));
  return repo;
}

const replaceOnce = (text: string, from: string, to: string) => {
  if (!text.includes(from)) throw new Error(`${from} not in the spec`);
  return text.replace(from, to);
};

const EDITS = {
  'driveSize 125Gi -> 138Gi': { edit: (s: string) => replaceOnce(s, 'driveSize: 125Gi', 'driveSize: 138Gi'), rule: 'VEIL-CHANGE-001', at: 'driveSize: 138Gi' },
  'another storage class': {
    edit: (s: string) => replaceOnce(replaceOnce(s, 'storageClasses: [local-path]', 'storageClasses: [local-path, longhorn]'), '  storageClass: local-path\n', '  storageClass: longhorn\n'),
    rule: 'VEIL-CHANGE-001', at: 'storageClass: longhorn',
  },
  '3 -> 4 servers in one pool': {
    edit: (s: string) => replaceOnce(replaceOnce(replaceOnce(replaceOnce(s, '  servers: 3\n', '  servers: 4\n'), 'erasure: { data: 4, parity: 2 }', 'erasure: { data: 6, parity: 2 }'),
      'nodes: [meteor-1, meteor-2, meteor-3]', 'nodes: [meteor-1, meteor-2, meteor-3, meteor-4]'),
    '    role: server\n\nkubernetes', '    role: server\n  - name: meteor-4\n    address: 192.168.0.204\n    role: agent\n\nkubernetes'),
    rule: 'VEIL-CHANGE-010', at: 'servers: 4',
  },
} as const;

const AGENT = (s: string) => replaceOnce(replaceOnce(s, '    role: server\n\nkubernetes', '    role: server\n  - name: meteor-4\n    address: 192.168.0.204\n    role: agent\n\nkubernetes'),
  '        - { name: meteor-3, target: node/meteor-3 }\n', '        - { name: meteor-3, target: node/meteor-3 }\n        - { name: meteor-4, target: node/meteor-4 }\n');

describe.each(Object.entries(EDITS))('plan --base HEAD: %s', (_name, e) => {
  const repo = edited(e.edit);
  const line = lineOf(repo.read('veil.spec.yaml'), e.at);

  it('json: the change is forbidden and a deny finding sits at the new value (exit 1)', async () => {
    const r = await runCli(['plan', '--spec', repo.spec, '--out', repo.out, '--base', 'HEAD', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['changes', 'findings', 'summary']);
    const sts = j.changes.find((c: { kind: string }) => c.kind === 'StatefulSet');
    expect(sts).toMatchObject({ kind: 'StatefulSet', namespace: 'minio', name: 'minio', file: 'flux/veil/platform/storage/minio-statefulset.yaml', action: 'forbidden', line });
    expect(sts.rules).toContain(e.rule);
    expect(sts.reasons.length).toBeGreaterThan(0);
    const denies = j.findings.filter((f: { severity: string }) => f.severity === 'deny');
    expect(denies.map((f: { rule: string; line: number }) => [f.rule, f.line])).toContainEqual([e.rule, line]);
    expect(j.summary.deny).toBeGreaterThan(0);
  });

  it('text, github, sarif and junit carry the denial at the same line', async () => {
    const args = ['plan', '--spec', repo.spec, '--out', repo.out, '--base', 'HEAD'];
    const text = await runCli(args);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^ +! forbidden StatefulSet minio\/minio/m);
    expect(text.stdout).toContain(`veil.spec.yaml:${line}:`);
    const gh = await runCli([...args, '--format', 'github']);
    expect(gh.stdout).toMatch(new RegExp(`^::error file=[^,]*veil\\.spec\\.yaml,line=${line},.*title=${e.rule}::`, 'm'));
    const sarif = await runCli([...args, '--format', 'sarif']);
    const log = JSON.parse(sarif.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.find((x: { ruleId: string }) => x.ruleId === e.rule).locations[0].physicalLocation.region.startLine).toBe(line);
    const junit = await runCli([...args, '--format', 'junit']);
    expect(junit.stdout).toMatch(new RegExp(`name="${e.rule}"><failure `));
  });

  it('check --base HEAD fails on it too, with out/ compiled and no drift', async () => {
    expect((await runCli(['compile', '--spec', repo.spec, '--out', repo.out])).code).toBe(0);
    const r = await runCli(['check', '--spec', repo.spec, '--out', repo.out, '--skip-tools', '--base', 'HEAD', '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.summary.drift).toEqual({ added: [], changed: [], removed: [], links: [], unknown: [] });
    expect(j.summary.transition).toMatchObject({ base: 'HEAD', baseSpec: 'valid', baseTree: 'committed' });
    expect(j.findings.filter((f: { severity: string }) => f.severity === 'deny').map((f: { rule: string; line: number }) => [f.rule, f.line])).toContainEqual([e.rule, line]);
  });
});

describe('--base: what is allowed', () => {
  it('adding an agent node is not denied: plan and check pass', async () => {
    const repo = edited(AGENT);
    const plan = await runCli(['plan', '--spec', repo.spec, '--out', repo.out, '--base', 'HEAD', '--format', 'json']);
    expect(plan.code, plan.stdout).toBe(0);
    const j = JSON.parse(plan.stdout);
    expect(j.changes.find((c: { kind: string; name: string }) => c.kind === 'Node' && c.name === 'meteor-4')).toMatchObject({ action: 'create' });
    expect(j.findings.filter((f: { severity: string }) => f.severity === 'deny')).toEqual([]);
    expect((await runCli(['compile', '--spec', repo.spec, '--out', repo.out])).code).toBe(0);
    expect((await runCli(['check', '--spec', repo.spec, '--out', repo.out, '--skip-tools', '--base', 'HEAD'])).code).toBe(0);
  });

  it('adding a second MinIO server pool is not denied', async () => {
    const repo = edited((s) => replaceOnce(s, '  credentials:\n', '  pools:\n    - name: archive\n      servers: 3\n      drivesPerServer: 2\n      driveSize: 500Gi\n      nodes: [meteor-1, meteor-2, meteor-3]\n      erasure: { data: 4 }\n  credentials:\n'));
    const plan = await runCli(['plan', '--spec', repo.spec, '--out', repo.out, '--base', 'HEAD', '--format', 'json']);
    const j = JSON.parse(plan.stdout);
    expect(plan.code, JSON.stringify(j.findings.filter((f: { severity: string }) => f.severity === 'deny'))).toBe(0);
    expect(j.changes.find((c: { kind: string; name: string }) => c.kind === 'StatefulSet' && c.name === 'minio-archive')).toMatchObject({ action: 'create' });
    expect(j.changes.find((c: { kind: string; name: string }) => c.kind === 'StatefulSet' && c.name === 'minio')).toMatchObject({ action: 'update' });
    expect(j.findings.map((f: { rule: string }) => f.rule)).toContain('VEIL-CHANGE-014');
  });

  it('an unchanged spec: no change to what is deployed', async () => {
    const repo = makeRepo();
    const r = await runCli(['plan', '--spec', repo.spec, '--out', repo.out, '--base', 'HEAD']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no change to what is deployed');
  });

  it('a waiver accepts the refused drive size for the commit that carries it out', async () => {
    const repo = edited((s) => replaceOnce(EDITS['driveSize 125Gi -> 138Gi'].edit(s), 'waivers: []', 'waivers:\n  - rule: VEIL-CHANGE-001\n    path: objectStore.driveSize\n    reason: drives recreated by hand (CHANGES.md)\n    expires: 2099-01-31'));
    expect((await runCli(['compile', '--spec', repo.spec, '--out', repo.out])).code).toBe(0);
    const r = await runCli(['check', '--spec', repo.spec, '--out', repo.out, '--skip-tools', '--base', 'HEAD', '--format', 'json']);
    expect(r.code, r.stdout).toBe(0);
    const waived = JSON.parse(r.stdout).findings.filter((f: { waived?: unknown }) => f.waived);
    expect(waived.map((f: { rule: string }) => f.rule)).toEqual(['VEIL-CHANGE-001']);
  });
});

describe('--base: usage errors (exit 2)', () => {
  it('an output folder elsewhere in the repository, base without a compiled tree: nothing spurious, the refused size is the only change', async () => {
    // only the spec is committed, so the base tree is compiled from it, into the same folder as the new one
    const spec = replaceOnce(makeRepo().read('veil.spec.yaml'), 'path: ./out/flux/veil', 'path: ./deploy/veil/flux/veil');
    const repo = makeRepo({ 'veil.spec.yaml': spec }, false);
    const out = `${repo.dir}/deploy/veil`;
    const same = await runCli(['plan', '--spec', repo.spec, '--out', out, '--base', 'HEAD', '--format', 'json']);
    expect(same.code, same.stderr).toBe(0);
    expect(JSON.parse(same.stdout).changes).toEqual([]);
    repo.write('veil.spec.yaml', EDITS['driveSize 125Gi -> 138Gi'].edit(spec));
    const j = JSON.parse((await runCli(['plan', '--spec', repo.spec, '--out', out, '--base', 'HEAD', '--format', 'json'])).stdout);
    expect(j.changes.map((c: { kind: string; action: string }) => `${c.action} ${c.kind}`)).toEqual(['forbidden StatefulSet']);
  });

  it('a revision that does not exist', async () => {
    const repo = makeRepo();
    const r = await runCli(['plan', '--spec', repo.spec, '--out', repo.out, '--base', 'origin/main']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/revision origin\/main does not exist/);
    expect(r.stderr).toMatch(/fetch-depth/);
  });

  it('no git', async () => {
    const repo = makeRepo();
    process.env.PATH = '/nonexistent';
    const r = await runCli(['check', '--spec', repo.spec, '--out', repo.out, '--skip-tools', '--base', 'HEAD']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs git/);
  });

  it('without --base, plan keeps its file-level output and its two formats', async () => {
    const repo = makeRepo();
    const r = await runCli(['plan', '--spec', repo.spec, '--out', repo.out, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(['changes', 'filesAdded', 'filesChanged', 'filesRemoved', 'findings', 'summary']);
    const sarif = await runCli(['plan', '--spec', repo.spec, '--out', repo.out, '--format', 'sarif']);
    expect(sarif.code).toBe(2);
    expect(sarif.stderr).toMatch(/needs --base/);
  });
});

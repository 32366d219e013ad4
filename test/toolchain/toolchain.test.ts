// scripts/toolchain.sh without building anything: every tool has a complete
// pin, a run whose stamps match calls no Go and still checks what each binary
// reports, and a binary that reports another version than its pin is refused.
// Each case runs a copy of the script in a temporary repository whose
// tools/bin holds stand-in binaries, with a `go` on PATH that fails loudly.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/fixtures.ts';

const versions = readFileSync(join(ROOT, 'scripts/toolchain.versions'), 'utf8');
const pin = (tool: string, field: string) =>
  new RegExp(`^${tool.toUpperCase().replace(/-/g, '_')}_${field}=(\\S+)$`, 'm').exec(versions)?.[1];

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

/** A repository with only the toolchain script, its pins and a `go` that must not run. */
function sandbox(): { root: string; run: (...args: string[]) => { code: number | null; out: string }; goCalled: () => boolean } {
  const root = mkdtempSync(join(tmpdir(), 'veilc-toolchain-'));
  made.push(root);
  mkdirSync(join(root, 'scripts'));
  for (const f of ['toolchain.sh', 'toolchain.versions']) copyFileSync(join(ROOT, 'scripts', f), join(root, 'scripts', f));
  mkdirSync(join(root, 'fakego'));
  writeFileSync(join(root, 'fakego/go'), `#!/bin/sh\ntouch "${root}/go-was-called"\nexit 99\n`);
  chmodSync(join(root, 'fakego/go'), 0o755);
  const env = { ...process.env, PATH: `${join(root, 'fakego')}:/usr/bin:/bin` };
  return {
    root,
    run: (...args) => {
      const r = spawnSync('bash', [join(root, 'scripts/toolchain.sh'), ...args], { env, encoding: 'utf8', timeout: 60_000 });
      return { code: r.status, out: `${r.stdout}${r.stderr}` };
    },
    goCalled: () => existsSync(join(root, 'go-was-called')),
  };
}

/** Installs a stand-in binary and the stamp the script would have written for the pin. */
function install(root: string, tool: string, script: string, stampRoot = ROOT): void {
  mkdirSync(join(root, 'tools/bin'), { recursive: true });
  mkdirSync(join(root, 'tools/stamps'), { recursive: true });
  writeFileSync(join(root, 'tools/bin', tool), `#!/bin/sh\n${script}\n`);
  chmodSync(join(root, 'tools/bin', tool), 0o755);
  copyFileSync(join(stampRoot, 'tools/stamps', tool), join(root, 'tools/stamps', tool));
}

const haveStamps = existsSync(join(ROOT, 'tools/stamps/amtool')) && existsSync(join(ROOT, 'tools/stamps/kube-apiserver'));

describe('toolchain.sh', () => {
  it('--list names every tool, each with a module, a package and a version in toolchain.versions', () => {
    const { run } = sandbox();
    const r = run('--list');
    expect(r.code, r.out).toBe(0);
    const tools = r.out.trim().split('\n').map((l) => l.split(/\s+/)[0]!);
    expect(tools).toEqual(expect.arrayContaining(['amtool', 'minio', 'etcd', 'kube-apiserver', 'kubectl', 'helm-controller', 'kwok', 'helm']));
    for (const t of tools) {
      for (const field of ['MODULE', 'PACKAGE', 'VERSION']) expect(pin(t, field), `${t} ${field}`).toBeTruthy();
    }
  });

  it('refuses an unknown tool and a bad --jobs', () => {
    const { run, goCalled } = sandbox();
    expect(run('no-such-tool').out).toMatch(/unknown tool: no-such-tool/);
    expect(run('--jobs=0').out).toMatch(/--jobs wants a positive number/);
    expect(goCalled()).toBe(false);
  });

  // the stamps come from this checkout's tools/ (the real build writes them)
  describe.skipIf(!haveStamps)('with stamps in place', () => {
    it('calls no Go when the stamps match, and still runs each binary', () => {
      const { root, run, goCalled } = sandbox();
      install(root, 'amtool', `echo "amtool, version ${pin('amtool', 'VERSION')!.slice(1)} (branch: , revision: unknown)"`);
      install(root, 'kube-apiserver', `echo "Kubernetes ${pin('kube-apiserver', 'VERSION')}"`);
      const r = run('amtool', 'kube-apiserver');
      expect(r.code, r.out).toBe(0);
      expect(goCalled()).toBe(false);
      expect(r.out).toMatch(/^amtool\s+v0\.28\.1\s+tools\/bin\/amtool$/m);
    });

    it('--suite builds and checks SUITE_TOOLS from toolchain.versions, and nothing else', () => {
      const { root, run, goCalled } = sandbox();
      const file = join(root, 'scripts/toolchain.versions');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^SUITE_TOOLS=.*$/m, 'SUITE_TOOLS="amtool kube-apiserver"'));
      install(root, 'amtool', `echo "amtool, version ${pin('amtool', 'VERSION')!.slice(1)} (branch: , revision: unknown)"`);
      install(root, 'kube-apiserver', `echo "Kubernetes ${pin('kube-apiserver', 'VERSION')}"`);
      const r = run('--suite');
      expect(r.code, r.out).toBe(0);
      expect(goCalled()).toBe(false);
      expect(r.out.trim().split('\n').map((l) => l.split(/\s+/)[0])).toEqual(['amtool', 'kube-apiserver']);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^SUITE_TOOLS=.*$/m, 'SUITE_TOOLS="amtool kubelet"'));
      expect(run('--suite').out).toMatch(/SUITE_TOOLS names an unknown tool: kubelet/);
    });

    it('refuses a binary that reports another version than its pin (what it prints, not the stamp)', () => {
      const { root, run, goCalled } = sandbox();
      install(root, 'kube-apiserver', "echo 'Kubernetes v0.0.0-master+$Format:%H$'");
      const r = run('kube-apiserver');
      expect(r.code).not.toBe(0);
      expect(r.out).toContain("reports version '0.0.0-master+$Format:%H$', expected 1.34.3");
      expect(goCalled()).toBe(false);
    });

    it('rebuilds (and so needs Go) when a stamp no longer matches the pin', () => {
      const { root, run, goCalled } = sandbox();
      install(root, 'amtool', 'echo "amtool, version 0.28.1"');
      writeFileSync(join(root, 'tools/stamps/amtool'), 'github.com/prometheus/alertmanager ./cmd/amtool@v0.27.0 ldflags=-s -w\n');
      const r = run('amtool');
      expect(r.code).not.toBe(0);
      expect(goCalled()).toBe(true);
    });
  });
});

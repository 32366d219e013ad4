// compiler/verify/find-tool.ts: which binary a tool name resolves to, and
// what a user is told when there is none. Each case builds its own PATH and
// binaries in a temporary folder.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findTool, missingToolHint, TOOLCHAIN_TOOLS, TOOLS_BIN_DIR, toolEnvVar } from '../../compiler/verify/find-tool.ts';
import { ROOT } from '../fixtures/fixtures.ts';

const scratch = mkdtempSync(join(tmpdir(), 'veilc-find-tool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function executable(dir: string, name: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, '#!/bin/sh\nexit 0\n');
  chmodSync(file, 0o755);
  return file;
}

describe('findTool', () => {
  const onPath = executable(join(scratch, 'path'), 'veilc-probe-tool');
  const other = executable(join(scratch, 'other'), 'veilc-probe-tool');

  it('takes VEILC_<NAME> first (a path, or a bare word looked up on PATH), then PATH', () => {
    const env = { PATH: join(scratch, 'path') };
    expect(findTool('veilc-probe-tool', { env })).toEqual({ path: onPath, source: 'path' });
    expect(findTool('veilc-probe-tool', { env: { ...env, VEILC_VEILC_PROBE_TOOL: other } })).toEqual({ path: other, source: 'env' });
    expect(findTool('veilc-probe-tool', { env: { PATH: join(scratch, 'other'), VEILC_VEILC_PROBE_TOOL: 'veilc-probe-tool' } })).toEqual({ path: other, source: 'env' });
  });

  it('throws when VEILC_<NAME> names nothing executable, instead of using another binary', () => {
    const notExecutable = join(scratch, 'plain-file');
    writeFileSync(notExecutable, 'not a program');
    const env = { PATH: join(scratch, 'path') };
    expect(() => findTool('veilc-probe-tool', { env: { ...env, VEILC_VEILC_PROBE_TOOL: notExecutable } })).toThrow(/VEILC_VEILC_PROBE_TOOL=.*does not name an executable file/);
    expect(() => findTool('veilc-probe-tool', { env: { ...env, VEILC_VEILC_PROBE_TOOL: 'no-such-program' } })).toThrow(/does not name an executable/);
  });

  it('returns null when nothing is found, and the hint names the toolchain script, the apt package or the variable', () => {
    expect(findTool('veilc-no-such-tool', { env: { PATH: join(scratch, 'path') } })).toBeNull();
    expect(missingToolHint('amtool')).toBe('amtool not found: run `bash scripts/toolchain.sh amtool` (needs Go) or set VEILC_AMTOOL=/path/to/amtool');
    expect(missingToolHint('unbound-checkconf')).toMatch(/apt-get install unbound .*VEILC_UNBOUND_CHECKCONF/);
    expect(missingToolHint('veilc-no-such-tool')).toMatch(/put it on PATH or set VEILC_VEILC_NO_SUCH_TOOL=/);
    expect(toolEnvVar('kube-apiserver')).toBe('VEILC_KUBE_APISERVER');
  });

  it('skips the repository\'s own bin/ wrappers on PATH (npx kubeconform must not find itself)', () => {
    const found = findTool('kubeconform', { env: { PATH: join(ROOT, 'bin') } });
    expect(found?.path ?? null).not.toBe(join(ROOT, 'bin/kubeconform.mjs'));
  });

  // Which kubectl, etcd... the control-plane tests get: the pinned one, not the machine's.
  const built = TOOLCHAIN_TOOLS.find((t) => findTool(t, { env: { PATH: '' } })?.source === 'tools');
  it.skipIf(built === undefined)('with preferToolsBin, tools/bin wins over PATH; without it, PATH wins', () => {
    const name = built!;
    const shadow = executable(join(scratch, 'shadow'), name);
    const env = { PATH: join(scratch, 'shadow') };
    expect(findTool(name, { env })).toEqual({ path: shadow, source: 'path' });
    expect(findTool(name, { env, preferToolsBin: true })).toEqual({ path: join(TOOLS_BIN_DIR, name), source: 'tools' });
  });

  it('knows exactly the tools scripts/toolchain.sh builds', () => {
    const r = spawnSync('bash', [join(ROOT, 'scripts/toolchain.sh'), '--list'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect([...TOOLCHAIN_TOOLS]).toEqual(r.stdout.trim().split('\n').map((l) => l.split(/\s+/)[0]));
  });
});

// The done-when, as a new user would do it: in an empty Git
// repository, install the packed tarball (offline, empty npm cache), then
// `npx veilc init …`, `npx veilc compile --out deploy`, `npx veilc check --out
// deploy`; the Flux paths are under ./deploy, and the editor (the real YAML
// language server) finds the installed schema through init's modeline.
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { keyPosition, startYamlLanguageServer, type YamlLanguageServer } from '../editor/lsp.ts';
import { git, NPM_TIMEOUT, npmInstallOffline, npxVeilc, pack, project, ROOT } from './npm.ts';

let repo: string;
/** The checkers are found as a user's CI finds them: on PATH (here, this repository's pinned builds). */
const withTools = { PATH: [join(ROOT, 'tools/bin'), process.env.PATH].join(delimiter) };

beforeAll(() => {
  const { tarball } = pack();
  repo = realpathSync(project({ git: true }));
  npmInstallOffline(repo, tarball);
}, NPM_TIMEOUT);

describe('a GitOps repository adopting veilc', () => {
  it('npx veilc init …: a spec whose modeline names ./node_modules/veilc/schema/veil.schema.json, which exists', () => {
    const r = npxVeilc(repo, ['init', '--name', 'homelab', '--cidr', '192.168.1.0/24', '--gateway', '192.168.1.1',
      '--dhcp-range', '192.168.1.100-192.168.1.199', '--node', 'k3s-1=192.168.1.11', '--node', 'k3s-2=192.168.1.12', '--node', 'k3s-3=192.168.1.13',
      '--with', 'ingress,dns,monitoring', '--dns-host', 'pi=192.168.1.2']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const first = readFileSync(join(repo, 'veil.spec.yaml'), 'utf8').split('\n')[0];
    expect(first).toBe('# yaml-language-server: $schema=./node_modules/veilc/schema/veil.schema.json');
    expect(existsSync(join(repo, 'node_modules/veilc/schema/veil.schema.json'))).toBe(true);
  }, NPM_TIMEOUT);

  it('npx veilc compile --out deploy: every Flux path is under ./deploy and exists in the repository', () => {
    const r = npxVeilc(repo, ['compile', '--out', 'deploy']);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toContain('not inside a Git repository');
    const paths: string[] = [];
    const flux = join(repo, 'deploy/flux/homelab');
    for (const f of ['sources.yaml', 'infra-controllers.yaml', 'infra-configs.yaml', 'monitoring.yaml', 'bootstrap/homelab.yaml']) {
      for (const d of parseAllDocuments(readFileSync(join(flux, f), 'utf8'))) paths.push((d.toJS() as { spec: { path: string } }).spec.path);
    }
    expect(paths).toHaveLength(5);
    for (const p of paths) {
      expect(p).toMatch(/^\.\/deploy\/flux\/homelab(\/|$)/);
      expect(statSync(join(repo, p)).isDirectory(), p).toBe(true);
    }
  }, NPM_TIMEOUT);

  it('npx veilc check --out deploy passes on the committed tree (with the checkers where installed), and fails on a folder without it', () => {
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'veil: spec and compiled tree');
    const offline = process.env.VEILC_SCHEMAS_DIR ? ['--schemas-dir', resolve(ROOT, process.env.VEILC_SCHEMAS_DIR)] : [];
    const require = process.env.VEILC_REQUIRE_TOOLS === '1' ? ['--require-tools'] : [];
    const r = npxVeilc(repo, ['check', '--out', 'deploy', ...offline, ...require], withTools);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/drift: none \(\d+ files match deploy\/\)/);
    const stale = npxVeilc(repo, ['check', '--out', 'out', '--skip-tools']);
    expect(stale.code).toBe(1); // nothing compiled there: every file is missing
  }, NPM_TIMEOUT);

  it('a checker that is missing is named with a way to install it that works outside the veilc repository', () => {
    const r = npxVeilc(repo, ['check', '--out', 'deploy', '--require-tools'], { PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter) });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('go install github.com/yannh/kubeconform/cmd/kubeconform@');
    expect(r.stdout).not.toContain('scripts/toolchain.sh');
  }, NPM_TIMEOUT);
});

describe('the editor in that repository', () => {
  let server: YamlLanguageServer;
  beforeAll(async () => { server = await startYamlLanguageServer(repo); });
  afterAll(async () => { await server?.stop(); });

  it('hover over pools[].mode shows the default from the installed schema', async () => {
    const file = join(repo, 'veil.spec.yaml');
    const text = readFileSync(file, 'utf8');
    const at = keyPosition(text, 'mode');
    // the server applies its settings after start-up, asynchronously; one hover answered meanwhile came
    // without its "Source:" line (1 fresh CI run in 4), so ask again, a bounded number of times
    let shown = '';
    for (let i = 0; i < 10 && !shown.includes('Source:'); i++) {
      if (i) await new Promise((r) => setTimeout(r, 300));
      shown = (await server.hover(file, text, at.line, at.character)) ?? '';
    }
    expect(shown).toContain('Default: `l2`');
    expect(shown).toContain(`node_modules/veilc/schema/veil.schema.json`);
  });
});


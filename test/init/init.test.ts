// `veilc init`: a spec that compiles on the first try from flags or answers,
// every optional section live or as a comment that is valid when uncommented,
// a modeline that finds the installed schema, and no overwrite without --force.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SECTIONS, type Section } from '../../compiler/init/answers.ts';
import { schemaReference } from '../../compiler/init/schema-ref.ts';
import { runCli } from '../cli/run-cli.ts';
import { ROOT, tempDir } from '../foundation/helpers.ts';

const BASE = ['--name', 'homelab', '--cidr', '192.168.1.0/24', '--gateway', '192.168.1.1', '--dhcp-range', '192.168.1.100-192.168.1.199',
  '--node', 'k3s-1=192.168.1.11', '--node', 'k3s-2=192.168.1.12', '--node', 'k3s-3=192.168.1.13:agent'];
const DNS_HOST = ['--dns-host', 'pi=192.168.1.2'];

function specIn(dir = realpathSync(tempDir('veilc-init-'))): string {
  return join(dir, 'veil.spec.yaml');
}

/** Every subset of the optional sections. */
const COMBOS: Section[][] = Array.from({ length: 1 << SECTIONS.length }, (_, m) => SECTIONS.filter((_, i) => m & (1 << i)));

/** The commented block of top-level key `key`, uncommented, or undefined. */
function uncommented(text: string, key: string): string | undefined {
  const lines = text.split('\n');
  const at = lines.indexOf(`# ${key}:`);
  if (at < 0) return undefined;
  const body: string[] = [];
  for (let i = at; i < lines.length && lines[i]!.startsWith('# '); i++) body.push(lines[i]!.slice(2));
  return body.join('\n');
}

const NEEDS: Partial<Record<Section, Section[]>> = { ingress: ['load-balancer'] };
const KEYS: Record<Section, string[]> = { 'load-balancer': ['loadBalancer'], ingress: ['ingress'], dns: ['hosts', 'dns'], monitoring: ['monitoring'], 'object-store': ['objectStore'] };

describe('veilc init with flags', () => {
  it('writes a spec that compiles, exit 0, for every combination of optional sections (32)', async () => {
    for (const sections of COMBOS) {
      const spec = specIn();
      const args = ['init', '--spec', spec, ...BASE, ...(sections.length ? ['--with', sections.join(',')] : []), ...(sections.includes('dns') ? DNS_HOST : [])];
      const init = await runCli(args);
      expect(init.code, `${sections.join(',')}: ${init.stdout}${init.stderr}`).toBe(0);
      const c = await runCli(['compile', '--spec', spec, '--out', join(dirname(spec), 'deploy')]);
      expect(c.code, `${sections.join(',')}: ${c.stdout}`).toBe(0);
      expect(c.stdout).toContain('0 denied');
      // live sections are data; the rest are comments
      const data = parse(readFileSync(spec, 'utf8')) as Record<string, unknown>;
      for (const s of SECTIONS) {
        const live = sections.includes(s) || (s === 'load-balancer' && sections.includes('ingress'));
        const key = KEYS[s].at(-1)!;
        expect(key in data, `${sections.join(',')}: ${key}`).toBe(live);
        if (!live) expect(uncommented(readFileSync(spec, 'utf8'), key), `${key} as a comment`).toBeDefined();
      }
    }
  });

  it('each commented section, uncommented (with the section it needs), still validates without a denial', async () => {
    for (const sections of [[], ['dns'], ['load-balancer', 'dns'], ['object-store']] as Section[][]) {
      const spec = specIn();
      expect((await runCli(['init', '--spec', spec, ...BASE, '--with', sections.join(',') || 'none', ...(sections.includes('dns') ? DNS_HOST : [])])).code).toBe(0);
      const text = readFileSync(spec, 'utf8');
      for (const s of SECTIONS.filter((x) => !sections.includes(x))) {
        const enable = [s, ...(NEEDS[s] ?? [])].filter((x) => !sections.includes(x));
        let edited = text;
        for (const e of enable) for (const key of KEYS[e]) {
          const block = uncommented(edited, key);
          if (block === undefined) continue;
          edited = edited.replace(block.split('\n').map((l) => `# ${l}`).join('\n'), block);
        }
        const file = join(dirname(spec), `${s}.spec.yaml`);
        writeFileSync(file, edited);
        const v = await runCli(['validate', '--spec', file, '--format', 'json']);
        expect(v.code, `${s} uncommented (live: ${sections.join(',')}): ${v.stdout}`).toBe(0);
        expect(KEYS[s].at(-1)! in (parse(edited) as object)).toBe(true);
      }
    }
  });

  it('starts with a modeline whose schema path resolves, from the spec\'s folder, to veilc\'s schema', async () => {
    const spec = specIn();
    expect((await runCli(['init', '--spec', spec, ...BASE])).code).toBe(0);
    const first = readFileSync(spec, 'utf8').split('\n')[0]!;
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(m, first).not.toBeNull();
    const target = resolve(dirname(spec), m![1]!);
    expect(readFileSync(target, 'utf8')).toBe(readFileSync(join(ROOT, 'schema/veil.schema.json'), 'utf8'));
  });

  it('refuses a node outside the LAN with the finding at its line, and writes nothing', async () => {
    const spec = specIn();
    const r = await runCli(['init', '--spec', spec, ...BASE, '--node', 'far=10.0.0.5']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/VEIL-NET-001/);
    expect(r.stdout).toContain('nothing written');
    expect(existsSync(spec)).toBe(false);
  });

  it('rejects a malformed flag value with the expected form, exit 2', async () => {
    const r = await runCli(['init', '--spec', specIn(), ...BASE, '--node', 'bad node']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/NAME=ADDRESS/);
    const c = await runCli(['init', '--spec', specIn(), ...BASE.map((x) => (x === '192.168.1.0/24' ? '192.168.1.0/33' : x))]);
    expect(c.code).toBe(2);
    expect(c.stderr).toContain('--cidr');
  });
});

describe('never overwrites silently', () => {
  it('an existing file is left alone without --force (exit 2, says so), and replaced with it', async () => {
    const spec = specIn();
    writeFileSync(spec, 'my own spec\n');
    const r = await runCli(['init', '--spec', spec, ...BASE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/exists.*does not overwrite/);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(spec, 'utf8')).toBe('my own spec\n');
    const f = await runCli(['init', '--spec', spec, ...BASE, '--force']);
    expect(f.code).toBe(0);
    expect(readFileSync(spec, 'utf8')).toContain('name: homelab');
  });
});

/** A terminal-like stdin with the given lines already typed. */
function typed(lines: string[], end = true): PassThrough & { isTTY: boolean } {
  const s = Object.assign(new PassThrough(), { isTTY: true });
  s.write(lines.map((l) => `${l}\n`).join(''));
  if (end) s.end();
  return s;
}

describe('prompts', () => {
  it('without a terminal and with flags missing: a usage error naming them, no prompt, nothing written', async () => {
    const spec = specIn();
    const r = await runCli(['init', '--spec', spec, '--name', 'homelab'], Object.assign(new PassThrough(), { isTTY: false }));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing --cidr, --gateway, --node');
    expect(r.stderr).toContain('not a terminal');
    expect(existsSync(spec)).toBe(false);
  });

  it('on a terminal: asks for what the flags left open, explains a wrong answer and asks again; the result compiles', async () => {
    const spec = specIn();
    const stdin = typed([
      '192.168.7.0/24', // LAN
      '', // gateway: the offered default, the first host
      '192.168.7.50-192.168.7.99', // DHCP
      'n1=192.168.7.10 n2=192.168.7.11 n3=192.168.7.12:worker', // a wrong role
      'n1=192.168.7.10 n2=192.168.7.11 n3=192.168.7.12:agent',
      'ingress,dns,monitoring',
      'nas=192.168.7.5', // DNS host
      '', // pool: the offered free block
    ]);
    const r = await runCli(['init', '--spec', spec, '--name', 'lab'], stdin);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).toContain('LAN as a CIDR');
    expect(r.stderr).toContain('Gateway (your router) [192.168.7.1]');
    expect(r.stderr).toMatch(/role "worker" is not server or agent/);
    expect(r.stderr.match(/^.*Nodes as NAME=ADDRESS/gm)).toHaveLength(2);
    expect(r.stderr).toMatch(/MetalLB address pool, FIRST-LAST \[192\.168\.7\.235-192\.168\.7\.254\]/);
    const data = parse(readFileSync(spec, 'utf8')) as Record<string, any>;
    expect(data.network).toEqual({ cidr: '192.168.7.0/24', gateway: '192.168.7.1', dhcp: { range: '192.168.7.50-192.168.7.99' } });
    expect(data.nodes[2]).toEqual({ name: 'n3', address: '192.168.7.12', role: 'agent' });
    expect(data.monitoring.grafana.host).toBe('grafana.lab.home.arpa');
    expect((await runCli(['compile', '--spec', spec, '--out', join(dirname(spec), 'out')])).code).toBe(0);
  });

  it('input that ends before the last answer: a usage error, nothing written', async () => {
    const spec = specIn();
    const r = await runCli(['init', '--spec', spec, '--name', 'lab'], typed(['192.168.7.0/24']));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/input ended before an answer/);
    expect(existsSync(spec)).toBe(false);
  });
});

describe('the modeline finds the installed schema', () => {
  it('./node_modules/veilc/schema/veil.schema.json beside the spec, ../node_modules/… from a sub-folder', () => {
    const dir = realpathSync(tempDir('veilc-modeline-'));
    const installed = join(dir, 'node_modules/veilc/schema/veil.schema.json');
    mkdirSync(dirname(installed), { recursive: true });
    cpSync(join(ROOT, 'schema/veil.schema.json'), installed);
    expect(schemaReference(join(dir, 'veil.spec.yaml'), installed)).toBe('./node_modules/veilc/schema/veil.schema.json');
    expect(schemaReference(join(dir, 'clusters/home/veil.spec.yaml'), installed)).toBe('../../node_modules/veilc/schema/veil.schema.json');
    for (const spec of ['veil.spec.yaml', 'clusters/home/veil.spec.yaml']) {
      expect(existsSync(resolve(dir, dirname(spec), schemaReference(join(dir, spec), installed)))).toBe(true);
    }
  });

  it('another veilc in node_modules is not taken for the running one: the path goes to the running veilc\'s schema', () => {
    const dir = realpathSync(tempDir('veilc-modeline-'));
    const other = join(dir, 'node_modules/veilc/schema/veil.schema.json');
    mkdirSync(dirname(other), { recursive: true });
    writeFileSync(other, '{}');
    const running = join(ROOT, 'schema/veil.schema.json');
    const ref = schemaReference(join(dir, 'veil.spec.yaml'), running);
    expect(ref).not.toContain('node_modules');
    expect(resolve(dir, ref)).toBe(realpathSync(running));
  });
});

describe('on a real terminal', () => {
  const hasScript = (() => { try { execFileSync('script', ['--version'], { stdio: 'ignore' }); return true; } catch { return false; } })();
  it.skipIf(!hasScript)('the bundle asks on a pseudo-terminal (util-linux `script`) and writes a spec that validates', () => {
    const dir = realpathSync(tempDir('veilc-pty-'));
    const answers = ['192.168.9.0/24', '', '', 'a=192.168.9.10 b=192.168.9.11 c=192.168.9.12', 'load-balancer', ''].map((l) => `${l}\n`).join('');
    const cmd = `${process.execPath} ${join(ROOT, 'dist/veilc.cjs')} init --name pty`;
    const shown = execFileSync('script', ['-qec', cmd, '/dev/null'], { cwd: dir, input: answers, encoding: 'utf8', timeout: 60_000 });
    expect(shown).toContain('Gateway (your router) [192.168.9.1]');
    expect(shown).toContain('wrote veil.spec.yaml');
    const data = parse(readFileSync(join(dir, 'veil.spec.yaml'), 'utf8')) as Record<string, any>;
    expect(data.loadBalancer.pools[0].range).toBe('192.168.9.235-192.168.9.254');
    expect(execFileSync(process.execPath, [join(ROOT, 'dist/veilc.cjs'), 'validate'], { cwd: dir, encoding: 'utf8' })).toContain('0 denied');
  });
});

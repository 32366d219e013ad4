import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { OWN_BUNDLE } from '../../compiler/cli/own-bundles.ts';
import { PRINT_LOADED, printedLoads, ROOT } from './helpers.ts';
import { veilWithZones } from '../fixtures/fixtures.ts';
import { runCli } from '../cli/run-cli.ts';
import { generatedSpec } from '../policy/helpers.ts';

const loader = createRequire(import.meta.url)('../../compiler/cli/bundle-loader.cjs') as typeof import('../../compiler/cli/bundle-loader.cjs');

const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

/** A run of `node <args>` with print-loaded.cjs: its result, the files of dist/ it loaded (relative, sorted) and the built-ins. */
function loadedBy(args: string[]) {
  const r = spawnSync(process.execPath, ['-r', PRINT_LOADED, ...args], { cwd: ROOT, encoding: 'utf8' });
  const { files, builtins } = printedLoads(r.stderr);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, files: files.filter((f) => f.startsWith(join(ROOT, 'dist'))).map((f) => relative(ROOT, f)).sort(), builtins };
}

describe('dist/, the bundles `npx veilc` runs', () => {
  it('are what scripts/bundle.mjs builds from the current sources (run `npm run build:bundle`)', async () => {
    const { bundle, makeCache, staleCache, v8CacheFiles } = await import('../../scripts/bundle.mjs');
    const built = await bundle();
    expect(Object.keys(built).sort()).toEqual(['dist/veilc-all.cjs', ...OWN_BUNDLE.map((c) => `dist/veilc-${c}.cjs`), 'dist/veilc-tldts.cjs', 'dist/veilc-yaml.cjs', 'dist/veilc.cjs'].sort());
    // nothing in dist/ that the build does not make (a bundle of a command that lost its own)
    expect(readdirSync(join(ROOT, 'dist')).map((f) => `dist/${f}`).sort()).toEqual([...Object.keys(built), ...v8CacheFiles()].sort());
    for (const [file, text] of Object.entries(built)) expect(readFileSync(join(ROOT, file), 'utf8') === text, `${file} is stale: run \`npm run build:bundle\``).toBe(true);
    // each code cache was made for its bundle as committed and is whole; on the V8 that made it, it is
    // what the build makes now, byte for byte (scripts/v8-cache.cjs runs with a fixed --random-seed)
    expect(v8CacheFiles()).toEqual(['dist/veilc-all.v8-cache', 'dist/veilc-validate.v8-cache']);
    const dir = mkdtempSync(join(tmpdir(), 'veilc-v8-cache-'));
    try {
      for (const b of ['dist/veilc-all.cjs', 'dist/veilc-validate.cjs']) {
        expect(staleCache(b, built[b]), b).toBeNull();
        // the launcher compiles them with vm.Script, which has no loader for import()
        expect(built[b], b).not.toMatch(/\bimport\(/);
        const committed = readFileSync(join(ROOT, loader.cacheFileOf(b)));
        // V8 copies data that is not pointer-aligned before it deserialises it
        expect((committed.indexOf(10) + 1) % loader.DATA_ALIGNMENT, `${b}: its cached data does not start aligned`).toBe(0);
        if (loader.cacheHeaderOf(committed)?.v8 !== process.versions.v8) continue;
        makeCache(b, join(dir, 'made'));
        expect(readFileSync(join(dir, 'made')).equals(committed), `${b}: its cache is not what scripts/v8-cache.cjs makes`).toBe(true);
        // no folder of the machine that made it (V8 keeps the script name, a flat 'dist/...')
        expect(committed.includes(ROOT)).toBe(false);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the launcher runs validate\'s bundle and the one with every command from their code cache (on the V8 that made it)', () => {
    // a preload that reports, at exit, each vm.Script given cached data and whether V8 took it
    const dir = mkdtempSync(join(tmpdir(), 'veilc-v8-cache-use-'));
    try {
      const preload = join(dir, 'scripts.cjs');
      writeFileSync(preload, `const vm = require('node:vm'); const seen = [];
vm.Script = class extends vm.Script { constructor(source, options) { super(source, options); if (options && options.filename) seen.push(options.filename + ' ' + (options.cachedData !== undefined) + ' ' + this.cachedDataRejected); } };
process.on('exit', () => process.stderr.write('\\nscripts ' + JSON.stringify(seen) + '\\n'));\n`);
      const made = loader.cacheHeaderOf(readFileSync(join(ROOT, 'dist/veilc-validate.v8-cache')))?.v8;
      const taken = made === process.versions.v8 ? 'true false' : 'false undefined';
      for (const [args, bundle] of [[['validate'], 'veilc-validate.cjs'], [['check', '--skip-tools'], 'veilc-all.cjs']] as const) {
        const r = spawnSync(process.execPath, ['-r', preload, join(ROOT, 'dist/veilc.cjs'), ...args, '--spec', join(ROOT, 'veil.spec.yaml')], { cwd: ROOT, encoding: 'utf8' });
        expect(r.status, r.stderr).toBe(0);
        expect(JSON.parse(/\nscripts (.*)\n/.exec(r.stderr)![1]!), args.join(' ')).toEqual([`dist/${bundle} ${taken}`]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a code cache that is missing, damaged, cut short, made for another bundle or for an edit of this one is not used: the same report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veilc-v8-cache-'));
    try {
      for (const f of ['policies', 'schema', 'package.json']) symlinkSync(join(ROOT, f), join(dir, f));
      const spec = join(ROOT, 'veil.spec.yaml');
      const runs = [['validate', '--spec', spec, '--format', 'json'], ['check', '--skip-tools', '--spec', spec, '--format', 'json'], ['validate', '--help']];
      const report = (launcher: string) => runs.map((args) => {
        const r = spawnSync(process.execPath, [launcher, ...args], { cwd: ROOT, encoding: 'utf8' });
        return { status: r.status, signal: r.signal, stdout: r.stdout };
      });
      const expected = report(join(ROOT, 'dist/veilc.cjs'));
      expect(expected.map((r) => r.status)).toEqual([0, 0, 0]);
      const help = 'policies; write nothing';
      expect(expected[2]!.stdout).toContain(help);
      const damage: Record<string, (cache: Buffer, other: Buffer) => Buffer | undefined> = {
        missing: () => undefined,
        // bytes flipped after the header: the header's SHA-256 of the data no longer fits (release
        // builds of V8 checksum no code cache, and such data crashed the process)
        damaged: (cache) => { const b = Buffer.from(cache); for (let i = b.indexOf(10) + 200; i < b.length; i += 997) b[i] = b[i]! ^ 0xff; return b; },
        'cut short': (cache) => cache.subarray(0, Math.floor(cache.length / 2)),
        // the other bundle's cache: its header names another text
        'for another bundle': (_cache, other) => other,
        'without a header': (cache) => cache.subarray(cache.indexOf(10) + 1),
      };
      const fresh = () => {
        rmSync(join(dir, 'dist'), { recursive: true, force: true });
        execFileSync('cp', ['-r', join(ROOT, 'dist'), join(dir, 'dist')]);
      };
      for (const [name, make] of Object.entries(damage)) {
        fresh();
        const names = ['veilc-validate.v8-cache', 'veilc-all.v8-cache'];
        const caches = names.map((f) => readFileSync(join(dir, 'dist', f)));
        names.forEach((f, i) => {
          const bytes = make(caches[i]!, caches[1 - i]!);
          rmSync(join(dir, 'dist', f));
          if (bytes) writeFileSync(join(dir, 'dist', f), bytes);
        });
        expect(report(join(dir, 'dist/veilc.cjs')), name).toEqual(expected);
      }
      // the bundle edited, its length kept (all V8 itself checks): the edit runs, not the cached bytecode
      fresh();
      const bundle = join(dir, 'dist/veilc-validate.cjs');
      writeFileSync(bundle, readFileSync(bundle, 'utf8').replace(help, help.toUpperCase()));
      const edited = report(join(dir, 'dist/veilc.cjs'));
      expect(edited[2]!.stdout).toContain(help.toUpperCase());
      expect(edited.slice(0, 2)).toEqual(expected.slice(0, 2));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the launcher compiles a command bundle as the function it is written as; any other module text in Node.js\'s wrapper: the same bindings, columns of the file', () => {
    for (const b of ['dist/veilc-all.cjs', 'dist/veilc-validate.cjs']) expect(loader.compileBundle(join(ROOT, b), false).bundleFunction, b).toBe(true);
    const { head, tail, call } = loader.BUNDLE_FUNCTION;
    const body = [
      'const seen = { sameExports: exports === module.exports, thisIsExports: this === exports, file: __filename, dir: __dirname, required: typeof require(\'node:path\').join, text: \'caf\u00e9 \u2014 ok\' };',
      'module.exports = { seen, fail: () => { throw new Error(\'here\'); } };',
    ].join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'veilc-bundle-form-'));
    try {
      const forms = {
        'bundle function': `#!/usr/bin/env node\n${head}${body}${tail}${call}`,
        'bundle function, non-ASCII (read as UTF-8)': `#!/usr/bin/env node\n${head}${body.replace('ok', 'ok \u00e9')}${tail}${call}`,
        // not the shape the launcher compiles alone: run in Node.js's module wrapper, as Node.js runs it
        'bundle function with CRLF line ends': `#!/usr/bin/env node\r\n${head}${body.replace(/\n/g, '\r\n')}${tail.replace('\n', '\r\n')}${call.replace('\n', '\r\n')}`,
        'plain module': `#!/usr/bin/env node\n${body}\n`,
        'plain module without #!': `${body}\n`,
      };
      for (const [name, text] of Object.entries(forms)) {
        const file = join(dir, `${name.replace(/\W+/g, '-')}.cjs`);
        writeFileSync(file, text);
        const compiled = loader.compileBundle(file, false);
        expect(compiled.bundleFunction, name).toBe(name.startsWith('bundle function') && !name.includes('CRLF'));
        loader.runCompiled(compiled.script, file);
        const { seen, fail } = createRequire(import.meta.url)(file) as { seen: Record<string, unknown>; fail: () => void };
        expect(seen, name).toEqual({ sameExports: true, thisIsExports: true, file, dir, required: 'function', text: name.includes('non-ASCII') ? 'caf\u00e9 \u2014 ok \u00e9' : 'caf\u00e9 \u2014 ok' });
        // the frame's line and column are the file's own
        const lines = text.split('\n');
        const line = lines.findIndex((l) => l.includes('new Error'));
        let stack = '';
        try { fail(); } catch (e) { stack = (e as Error).stack ?? ''; }
        expect(stack, name).toContain(`dist/${file.slice(dir.length + 1)}:${line + 1}:${lines[line]!.indexOf('new Error') + 1}`);
        // Node.js runs the same file as a module of its own
        expect(execFileSync(process.execPath, ['-e', `const m = require(${JSON.stringify(file)}); process.stdout.write(JSON.stringify(m.seen))`], { encoding: 'utf8' }), name).toBe(JSON.stringify(seen));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the launcher reads a bundle and then its cache into one buffer: the cache is taken whether it is larger or smaller than the bundle, and the text run is the bundle\'s', () => {
    const { head, tail, call } = loader.BUNDLE_FUNCTION;
    const dir = mkdtempSync(join(tmpdir(), 'veilc-bundle-buffer-'));
    try {
      for (const [padding, letter] of [[0, 'x'], [400_000, 'x'], [0, '\u00e9'], [400_000, '\u00e9']] as const) {
        // the cache of a run that called f is larger than this text unless the padding makes the text the larger;
        // a text beyond ASCII is read as UTF-8
        const body = `${'// padding\n'.repeat(padding / 11)}module.exports = { f: (n) => Array.from({ length: n }, (_, i) => \`\${i}:\${'${letter}'.repeat(i % 7)}\`).join(';') };`;
        const file = join(dir, `padded-${padding}-${letter.charCodeAt(0)}.cjs`);
        writeFileSync(file, `${head}${body}${tail}${call}`);
        const plain = loader.compileBundle(file, false);
        loader.runCompiled(plain.script, file);
        const expected = (createRequire(import.meta.url).cache[file]!.exports as { f: (n: number) => string }).f(50);
        writeFileSync(loader.cacheFileOf(file), loader.cacheFile(plain.source, plain.script.createCachedData()));
        const size = { text: readFileSync(file).length, cache: readFileSync(loader.cacheFileOf(file)).length };
        expect(size.text > size.cache, `padding ${padding}: ${JSON.stringify(size)}`).toBe(padding > 0);
        const cached = loader.compileBundle(file);
        expect(cached.offered, `padding ${padding}`).toBe(true);
        expect(cached.script.cachedDataRejected, `padding ${padding}`).toBe(false);
        expect(cached.source).toBe(plain.source);
        loader.runCompiled(cached.script, file);
        expect((createRequire(import.meta.url).cache[file]!.exports as { f: (n: number) => string }).f(50)).toBe(expected);
        if (letter !== 'x') expect(expected).toContain('\u00e9\u00e9');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a code cache that cannot be read (an I/O error) or is a FIFO only means a plain compile: no crash, no hang', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veilc-cache-unreadable-'));
    try {
      // reads of any fd opened on a .v8-cache fail with EIO, as on a failing disk
      const preload = join(dir, 'eio.cjs');
      writeFileSync(preload, `const fs = require('node:fs'); const cacheFds = new Set();
const open = fs.openSync; fs.openSync = (p, ...a) => { const fd = open(p, ...a); if (String(p).endsWith('.v8-cache')) cacheFds.add(fd); return fd; };
const read = fs.readSync; fs.readSync = (fd, ...a) => { if (cacheFds.has(fd)) { const e = new Error('EIO: i/o error, read'); e.code = 'EIO'; throw e; } return read(fd, ...a); };`);
      const compiled = (env: string[]) => spawnSync(process.execPath, [...env, '-e', `const l = require(${JSON.stringify(join(ROOT, 'compiler/cli/bundle-loader.cjs'))}); const c = l.compileBundle(${JSON.stringify(join(ROOT, 'dist/veilc-validate.cjs'))}); process.stdout.write(String(c.offered));`], { encoding: 'utf8', timeout: 20_000 });
      const plain = compiled([]);
      expect(plain.stdout, plain.stderr).toBe(process.versions.v8 === loader.cacheHeaderOf(readFileSync(join(ROOT, 'dist/veilc-validate.v8-cache')))?.v8 ? 'true' : 'false');
      const failing = compiled(['-r', preload]);
      expect(failing.stderr).toBe('');
      expect(failing.stdout).toBe('false');
      // a FIFO where the cache should be: the open itself must not wait for a writer
      mkdirSync(join(dir, 'dist'));
      for (const f of ['policies', 'schema', 'package.json']) symlinkSync(join(ROOT, f), join(dir, f));
      for (const f of ['veilc.cjs', 'veilc-validate.cjs']) writeFileSync(join(dir, 'dist', f), readFileSync(join(ROOT, 'dist', f)));
      execFileSync('mkfifo', [join(dir, 'dist/veilc-validate.v8-cache')]);
      const validate = () => spawnSync(process.execPath, [join(dir, 'dist/veilc.cjs'), 'validate', '--spec', join(ROOT, 'veil.spec.yaml')], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
      const r = validate();
      expect(r.error, 'the launcher hung on the FIFO').toBeUndefined();
      expect(r.status, r.stderr).toBe(0);
      // a bundle whose size fstat does not know (here a FIFO a writer feeds) is read to its end: the same report, not an empty text
      const bundle = join(dir, 'dist/veilc-validate.cjs');
      rmSync(bundle);
      execFileSync('mkfifo', [bundle]);
      const writer = spawn('sh', ['-c', `cat ${JSON.stringify(join(ROOT, 'dist/veilc-validate.cjs'))} > ${JSON.stringify(bundle)}`], { stdio: 'ignore' });
      try {
        const fed = validate();
        expect(fed.error).toBeUndefined();
        expect(fed.status, fed.stderr).toBe(0);
        expect(fed.stdout).toBe(r.stdout);
        expect(fed.stdout).toMatch(/rules evaluated/);
      } finally {
        writer.kill();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('run with Node.js alone, and the launcher is what package.json exposes as `veilc`', () => {
    expect(pkg.bin.veilc).toBe('dist/veilc.cjs');
    expect(node([join(ROOT, 'dist/veilc.cjs'), '--version']).trim()).toBe(pkg.version);
  });

  it('the launcher finds its bundles when Node.js runs it through a link (--preserve-symlinks-main)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veilc-link-'));
    try {
      // what npm puts in node_modules/.bin
      symlinkSync(join(ROOT, 'dist/veilc.cjs'), join(dir, 'veilc'));
      // a public zone: the Public Suffix List's bundle is found next to the real file too
      const publicZone = join(dir, 'public-zone.yaml');
      writeFileSync(publicZone, veilWithZones(['myfamily.net']));
      for (const args of [['--version'], ['validate', '--spec', join(ROOT, 'veil.spec.yaml')], ['validate', '--spec', publicZone], ['compile', '--spec', publicZone, '--out', join(dir, 'out')]]) {
        const r = spawnSync(process.execPath, ['--preserve-symlinks-main', join(dir, 'veilc'), ...args], { cwd: dir, encoding: 'utf8' });
        expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(0);
        expect(r.stderr).not.toContain('MODULE_NOT_FOUND');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the launcher loads only the bundle of the command it runs', () => {
    const loaded = (args: string[]) => loadedBy([join(ROOT, 'dist/veilc.cjs'), ...args]).files;
    for (const c of OWN_BUNDLE) expect(loaded([c, '--help'])).toEqual([`dist/veilc-${c}.cjs`, 'dist/veilc.cjs'].sort());
    expect(loaded(['--version'])).toEqual(['dist/veilc-all.cjs', 'dist/veilc.cjs'].sort());
    expect(loaded(['rpz', '--help'])).toEqual(['dist/veilc-all.cjs', 'dist/veilc.cjs'].sort());
  });

  it('the libraries as the bundles edit them (scripts/bundle.mjs SOURCE_PATCHES) report what the unedited ones do', async () => {
    const { SOURCE_PATCHES } = await import('../../scripts/bundle.mjs');
    // each edit still finds its text (the build refuses otherwise), and is in the bundles
    for (const p of SOURCE_PATCHES) {
      expect(readFileSync(join(ROOT, p.file), 'utf8').split(p.text).length, p.file).toBe(2);
    }
    for (const b of ['dist/veilc-all.cjs', 'dist/veilc-validate.cjs']) expect(readFileSync(join(ROOT, b), 'utf8'), b).toContain('has no NUL terminator');
    // the SDK's results, read from the Wasm memory by the edit in dist/ and by the SDK's own loop
    // in-process: reports with thousands of findings, many secrets, none
    const dir = mkdtempSync(join(tmpdir(), 'veilc-patched-'));
    try {
      const secrets = join(dir, 'secrets.spec.yaml');
      writeFileSync(secrets, readFileSync(join(ROOT, 'veil.spec.yaml'), 'utf8').replace(/description: (.*)/, 'description: "token=ghp_0123456789abcdefghijklmnopqrstuvwxyzAB https://user:hunter22@example.com/x?api_key=s3cr3tvalue"'));
      // a warning for each of 1,000 nodes without a DNS record
      const many = join(dir, 'many.spec.yaml');
      writeFileSync(many, generatedSpec(1000, { records: false }));
      for (const spec of [join(ROOT, 'veil.spec.yaml'), secrets, many]) {
        const args = ['validate', '--spec', spec, '--format', 'json'];
        const bundled = spawnSync(process.execPath, [join(ROOT, 'dist/veilc.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
        const inProcess = await runCli(args);
        expect(bundled.status, spec).toBe(inProcess.code);
        expect(bundled.stdout === inProcess.stdout, `${spec}: the bundle's report differs from the in-process one`).toBe(true);
        expect(JSON.parse(bundled.stdout).findings.length, spec).toBeGreaterThan(spec === many ? 1000 : 2);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('validate loads no Node.js built-in it does not use, and no library code the bundles replace', () => {
    // what a run costs grows with every module Node.js compiles (README, "Benchmark")
    const { status, files, builtins } = loadedBy([join(ROOT, 'dist/veilc.cjs'), 'validate', '--spec', 'veil.spec.yaml']);
    expect(status).toBe(0);
    // yaml is loaded by the loader's slow path alone, tldts for a zone that is not special-use alone (scripts/bundle.mjs, LAZY_PACKAGES)
    expect(files).toEqual(['dist/veilc-validate.cjs', 'dist/veilc.cjs']);
    expect(builtins).toContain('fs');
    // commander's child_process (scripts/bundle.mjs), the stage timer's perf_hooks
    expect(builtins.filter((m) => ['child_process', 'perf_hooks', 'readline'].includes(m))).toEqual([]);
    // nor does check on the bundle with every command: the checkers' spawn, git's and init's readline wait for their first use
    const check = loadedBy([join(ROOT, 'dist/veilc.cjs'), 'check', '--skip-tools', '--spec', 'veil.spec.yaml']);
    expect(check.status, check.stderr).toBe(0);
    expect(check.builtins.filter((m) => ['child_process', 'perf_hooks', 'readline'].includes(m))).toEqual([]);
    // the report goes to its pipe by write(2): no net.Socket for stdout or stderr (compiler/cli/stdio.ts)
    for (const run of [{ builtins }, check]) expect(run.builtins.filter((m) => ['net', 'tty'].includes(m))).toEqual([]);
    for (const file of ['dist/veilc-validate.cjs', 'dist/veilc-all.cjs']) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      // the opa-wasm SDK's copy of the yaml package (v1), behind its YAML built-ins
      expect(text, file).not.toContain('node_modules/@open-policy-agent/opa-wasm/node_modules/yaml');
      expect(text, file).toContain('compiler/policy/sdk-yaml-builtins.cjs');
    }
  });

  it('the stand-ins the bundles give veilc\'s modules for child_process and readline hold every function those modules import', () => {
    const standIns: Record<string, string> = { 'node:child_process': 'compiler/cli/lazy-child-process.cjs', 'node:readline': 'compiler/cli/lazy-readline.cjs' };
    const sources = execFileSync('git', ['ls-files', 'compiler'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => /\.(ts|cjs|mjs)$/.test(f));
    const seen: string[] = [];
    for (const file of sources) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'(node:child_process|node:readline)'/g)) {
        const names = m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]!).filter((n) => n && !n.startsWith('type '));
        const standIn = createRequire(import.meta.url)(join(ROOT, standIns[m[2]!]!)) as Record<string, unknown>;
        for (const n of names) {
          expect(typeof standIn[n], `${file} imports ${n} from ${m[2]}`).toBe('function');
          seen.push(`${m[2]} ${n}`);
        }
      }
      // no other way in (but the stand-ins' own): a default or namespace import, or a require
      if (!Object.values(standIns).includes(file)) expect(text, file).not.toMatch(/import\s+(\*\s+as\s+)?\w+\s+from\s*'node:(child_process|readline)'|require\('node:(child_process|readline)'\)/);
    }
    expect(seen.sort()).toEqual(['node:child_process spawn', 'node:child_process spawnSync', 'node:readline createInterface']);
  });

  it('validate\'s bundle loads the yaml package for input its fast loader refuses, and reports it as the full bundle does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veilc-slow-load-'));
    try {
      // a repeated key, an alias, a syntax error: each only the slow path judges
      const veil = readFileSync(join(ROOT, 'veil.spec.yaml'), 'utf8');
      const specs = {
        repeated: veil.replace('cluster:\n', 'cluster:\n  description: one\n  description: two\n'),
        alias: veil.replace('cluster:\n', 'x-anchor: &a 1\nx-alias: *a\ncluster:\n'),
        syntax: veil.replace('cluster:\n', 'cluster: [\n'),
      };
      for (const [name, text] of Object.entries(specs)) {
        const spec = join(dir, `${name}.yaml`);
        writeFileSync(spec, text);
        const args = (bundle: string) => [join(ROOT, bundle), 'validate', '--spec', spec, '--format', 'json'];
        const own = loadedBy(args('dist/veilc.cjs'));
        const all = spawnSync(process.execPath, args('dist/veilc-all.cjs'), { cwd: ROOT, encoding: 'utf8' });
        expect(own.status, `${name}: ${own.stderr}`).toBe(1);
        expect(own.stdout, name).toBe(all.stdout);
        expect(own.stdout, name).toMatch(/VEIL-(LOAD|SCHEMA)-\d{3}/);
        expect(own.files, name).toEqual(['dist/veilc-validate.cjs', 'dist/veilc-yaml.cjs', 'dist/veilc.cjs']);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the bundles load the Public Suffix List for a zone that is not special-use alone, and warn VEIL-DNS-009 where it applies', () => {
    const dir = mkdtempSync(join(tmpdir(), 'veilc-psl-'));
    try {
      const cases = [
        // VEIL-DNS-009 on the apex of a registrable domain and on a public suffix (the list's private section)
        { name: 'public', text: veilWithZones(['myfamily.co.uk', 'duckdns.org']), loads: true, dns009: 2 },
        { name: 'subdomain', text: veilWithZones(['lan.myfamily.net']), loads: true, dns009: 0 },
        { name: 'special-use', text: veilWithZones(['lab.example.org', 'printers.internal']), loads: false, dns009: 0 },
      ];
      for (const c of cases) {
        const spec = join(dir, `${c.name}.yaml`);
        writeFileSync(spec, c.text);
        for (const [launcher, bundles] of [['dist/veilc.cjs', ['dist/veilc-validate.cjs']], ['dist/veilc-all.cjs', []]] as const) {
          const args = (cmd: string) => [join(ROOT, launcher), cmd, '--spec', spec, '--format', 'json'];
          for (const cmd of launcher === 'dist/veilc.cjs' ? ['validate'] : ['validate', 'check']) {
            const run = loadedBy([...args(cmd), ...(cmd === 'check' ? ['--skip-tools'] : [])]);
            const rules = (JSON.parse(run.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
            expect(rules.filter((r) => r === 'VEIL-DNS-009').length, `${c.name} ${launcher} ${cmd}`).toBe(c.dns009);
            expect(run.files, `${c.name} ${launcher} ${cmd}`).toEqual([launcher, ...bundles, ...(c.loads ? ['dist/veilc-tldts.cjs'] : [])].sort());
          }
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(OWN_BUNDLE)('a command\'s own bundle has the same flags and the same report as the bundle with every command: %s', (c) => {
    expect(node([join(ROOT, `dist/veilc-${c}.cjs`), c, '--help'])).toBe(node([join(ROOT, 'dist/veilc-all.cjs'), c, '--help']));
    const spec = join(ROOT, 'veil.spec.yaml');
    expect(node([join(ROOT, 'dist/veilc.cjs'), c, '--spec', spec, '--format', 'json'])).toBe(node([join(ROOT, 'dist/veilc-all.cjs'), c, '--spec', spec, '--format', 'json']));
  });
});

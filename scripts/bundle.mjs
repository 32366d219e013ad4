// Bundles the CLI so `npx veilc` needs only Node.js (no npm install, no
// TypeScript at run time) and starts fast: dist/veilc.cjs, a launcher that
// hands the process to dist/veilc-<command>.cjs, a bundle holding one
// command's code alone (one per compiler/cli/entries/<command>.ts), or to
// dist/veilc-all.cjs with every command (--help, --version, the others);
// dist/veilc-yaml.cjs and dist/veilc-tldts.cjs hold packages that bundles load
// only on first use (LAZY_PACKAGES below).
// Node.js compiles and initialises every module a bundle holds, so `validate`
// starts faster without the emitters, pictures and transition it never runs.
// Each bundle holds its own copy of what it uses (but the lazy packages, read
// from files of their own): esbuild shares code between entry
// points only for ES modules (splitting), and CommonJS compiles faster at
// start-up (Node.js 20 compiles a 700 KiB ES module eagerly, ~20 ms measured).
// The launcher's bundles also get V8's code cache (V8_CACHES below).
// `--check` rebuilds in memory and exits 1 if a committed bundle differs or a
// code cache was not made for it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Modules the bundles replace with smaller ones of veilc's own, each keeping
 * what veilc uses: code a bundle holds is compiled and initialised by every
 * run, and so is every Node.js module it requires at load (README,
 * "Benchmark"). Keyed by the folder that imports it: a library's folder
 * under node_modules, or one of veilc's own from the root.
 */
const REPLACEMENTS = [
  { importer: '/node_modules/commander/', request: 'node:child_process', path: 'compiler/cli/lazy-child-process.cjs' },
  { importer: '/node_modules/@open-policy-agent/opa-wasm/src/builtins/', request: './yaml', path: 'compiler/policy/sdk-yaml-builtins.cjs' },
  // veilc's own modules, for Node.js modules that few runs use (the replacement requires the real one on first use)
  { importer: 'compiler/', request: 'node:child_process', path: 'compiler/cli/lazy-child-process.cjs' },
  { importer: 'compiler/', request: 'node:readline', path: 'compiler/cli/lazy-readline.cjs' },
];

/** Whether `importer` (an absolute path) is in the folder `folder`: a library's anywhere under node_modules, veilc's own from the root. */
const importedFrom = (importer, folder) => (folder.startsWith('/node_modules/') ? importer.includes(folder) : importer.startsWith(`${root}${folder}`));

const replacements = {
  name: 'veilc-replacements',
  setup(b) {
    for (const r of REPLACEMENTS) {
      const filter = new RegExp(`^${escapeRegExp(r.request)}$`);
      const path = `${root}${r.path}`;
      // a replacement's own require of the real module resolves as usual
      b.onResolve({ filter }, (args) => (importedFrom(args.importer, r.importer) && args.importer !== path ? { path } : undefined));
    }
  },
};

/**
 * Library source edited as the bundles take it in, each edit one exact text
 * of one file; the build fails when the text is not there exactly once (a new
 * version of the library needs the edit looked at again). The tests run the
 * libraries unedited, so every test that runs dist/ compares the two.
 */
export const SOURCE_PATCHES = [
  {
    // The opa-wasm SDK finds the end of each result's JSON in the Wasm memory
    // with a loop over its bytes; on veil.spec.yaml's results V8 gives that
    // loop to TurboFan, ~7 ms of a background thread the process then waits
    // for as it exits, and its memory (README, "Benchmark"). indexOf finds the
    // NUL natively. Where the SDK's loop would run past the memory, this throws.
    file: 'node_modules/@open-policy-agent/opa-wasm/src/opa.js',
    text: '  let idx = addr;\n\n  while (buf[idx] !== 0) {\n    idx++;\n  }\n',
    with: '  const idx = buf.indexOf(0, addr);\n  if (idx < 0) throw new Error("opa-wasm: a result in the Wasm memory has no NUL terminator");\n',
  },
];

const sourcePatches = {
  name: 'veilc-source-patches',
  setup(b) {
    for (const p of SOURCE_PATCHES) {
      b.onLoad({ filter: new RegExp(`${escapeRegExp(p.file)}$`) }, (args) => {
        if (args.path !== `${root}${p.file}`) return undefined;
        const text = readFileSync(args.path, 'utf8');
        const at = text.indexOf(p.text);
        if (at < 0 || text.indexOf(p.text, at + 1) >= 0) throw new Error(`${p.file}: the text SOURCE_PATCHES edits is not there exactly once; look at the patch again`);
        return { contents: text.slice(0, at) + p.with + text.slice(at + p.text.length), loader: 'js' };
      });
    }
  },
};

/**
 * Packages that bundles load from a file of their own on first use instead of
 * holding them, with the bundles that do so: code a bundle holds is compiled
 * and initialised by every run (README, "Benchmark"), ~160 KiB for `yaml`,
 * ~140 KiB for `tldts`.
 * - yaml: validate runs it only on its loader's slow path (syntax errors,
 *   repeated keys, aliases); the other commands emit YAML on every run.
 * - tldts: the Public Suffix List, looked up only for a zone that is not
 *   special-use (compiler/model/public-suffix.ts), by every command.
 */
const LAZY_PACKAGES = [
  { name: 'yaml', file: 'dist/veilc-yaml.cjs', entry: 'compiler/load/yaml-package.cjs', usedBy: (outfile) => outfile === 'dist/veilc-validate.cjs' },
  { name: 'tldts', file: 'dist/veilc-tldts.cjs', entry: 'compiler/model/tldts-package.cjs', usedBy: isCommandBundle },
];

/** A lazy package's file: library code alone. */
function isLazyPackageFile(outfile) {
  return LAZY_PACKAGES.some((p) => p.file === outfile);
}

/** A bundle that runs commands: not the launcher, not a lazy package's file. */
function isCommandBundle(outfile) {
  return outfile !== 'dist/veilc.cjs' && !isLazyPackageFile(outfile);
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Output file (relative to the root) -> entry source, for every bundle in dist/. */
export function bundleEntries() {
  const commands = readdirSync(`${root}compiler/cli/entries`).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
  return {
    'dist/veilc.cjs': 'compiler/cli/launcher.ts',
    'dist/veilc-all.cjs': 'compiler/cli/entry.ts',
    ...Object.fromEntries(LAZY_PACKAGES.map((p) => [p.file, p.entry])),
    ...Object.fromEntries(commands.map((c) => [`dist/veilc-${c}.cjs`, `compiler/cli/entries/${c}.ts`])),
  };
}

/**
 * A lazy package for the compiler's modules in a bundle: the package's own
 * exports, each a getter that requires the package's file the first time one
 * is read (by a path esbuild leaves to Node.js).
 */
async function lazyPackage({ name, file }) {
  const names = Object.keys(await import(name)).filter((n) => n !== 'default').sort();
  const contents = `let pkg;
const load = () => (pkg ??= require(require('node:path').join(__dirname, ${JSON.stringify(file.slice('dist/'.length))})));
for (const name of ${JSON.stringify(names)}) Object.defineProperty(exports, name, { enumerable: true, get: () => load()[name] });
`;
  const namespace = `veilc-lazy-${name}`;
  const filter = new RegExp(`^${escapeRegExp(name)}$`);
  return {
    name: namespace,
    setup(b) {
      b.onResolve({ filter }, (args) => (importedFrom(args.importer, 'compiler/') ? { path: name, namespace } : undefined));
      b.onLoad({ filter: /.*/, namespace }, () => ({ contents, loader: 'js', resolveDir: root }));
    },
  };
}

/**
 * Bundles the launcher runs with V8's code cache (compiler/cli/bundle-loader.cjs),
 * and the command line of the run that makes it (scripts/v8-cache.cjs): the
 * functions that run calls are cached compiled. `check` may find out/ stale
 * (exit 1) and still runs every stage.
 */
const V8_CACHES = {
  'dist/veilc-validate.cjs': ['validate', '--spec', 'veil.spec.yaml'],
  'dist/veilc-all.cjs': ['check', '--skip-tools', '--spec', 'veil.spec.yaml'],
};

const loader = createRequire(import.meta.url)('../compiler/cli/bundle-loader.cjs');

/** The code cache files scripts/bundle.mjs makes, relative to the root. */
export const v8CacheFiles = () => Object.keys(V8_CACHES).map((f) => loader.cacheFileOf(f)).sort();

/**
 * Why the code cache of `bundle` (relative) does not fit `text` (the committed
 * bundle by default), or null when it does. A cache made on another V8 fits:
 * the launcher just does not use it there.
 */
export function staleCache(bundle, text = readFileSync(`${root}${bundle}`, 'utf8')) {
  let bytes;
  try {
    bytes = readFileSync(`${root}${loader.cacheFileOf(bundle)}`);
  } catch {
    return 'missing';
  }
  const problem = loader.cacheProblem(bytes, loader.sha256(Buffer.from(text)));
  return problem?.startsWith('made on V8 ') ? null : problem;
}

/** Makes the code cache of `bundle` (relative) into `out` (absolute; next to the bundle by default). */
export function makeCache(bundle, out = `${root}${loader.cacheFileOf(bundle)}`) {
  // the same environment wherever it runs (colours, CI and test variables change which functions a run calls)
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  const r = spawnSync(process.execPath, ['--random-seed=1', `${root}scripts/v8-cache.cjs`, `${root}${bundle}`, '--out', out, ...V8_CACHES[bundle]], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`scripts/v8-cache.cjs failed on ${bundle} (${r.signal ?? `exit ${r.status}`}): ${r.stderr}`);
}

/** Every bundle's text, by output file relative to the root. */
export async function bundle() {
  const texts = {};
  const lazy = await Promise.all(LAZY_PACKAGES.map(async (p) => ({ ...p, plugin: await lazyPackage(p) })));
  for (const [outfile, entry] of Object.entries(bundleEntries())) {
    const result = await build({
      absWorkingDir: root, // keeps the module keys in the bundle relative and machine-independent
      entryPoints: [`${root}${entry}`],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      outfile: `${root}${outfile}`,
      legalComments: 'none',
      charset: 'ascii',
      // smaller text parses faster at every start; identifiers stay readable
      minifySyntax: true,
      minifyWhitespace: true,
      // the sources locate shipped files from import.meta.url (compiler/paths.ts);
      // in a bundle that is the bundle's own URL, one folder below the root too
      define: { 'import.meta.url': '__veilcBundleUrl' },
      // a lazy package's file holds library code alone, which never reads it;
      // a command bundle's code is a function the launcher compiles alone (BUNDLE_FUNCTION)
      banner: isLazyPackageFile(outfile) ? undefined : { js: `${isCommandBundle(outfile) ? loader.BUNDLE_FUNCTION.head : ''}const __veilcBundleUrl = require('node:url').pathToFileURL(__filename).href;` },
      footer: isCommandBundle(outfile) ? { js: `${loader.BUNDLE_FUNCTION.tail.slice(1)}${loader.BUNDLE_FUNCTION.call.trimEnd()}` } : undefined,
      logLevel: 'warning',
      plugins: [replacements, sourcePatches, ...lazy.filter((p) => p.usedBy(outfile)).map((p) => p.plugin)],
    });
    texts[outfile] = result.outputFiles[0].text;
  }
  return texts;
}

/**
 * A program other than veilc (`entry`, relative to the root) bundled as
 * veilc's command bundles are: one CommonJS file for Node.js 20, minified
 * alike, with the same library replacements and source patches; written to
 * `outfile` (an absolute path). The benchmark's floors (scripts/floors/) are
 * bundled so, that they and veilc load the same library code; without the
 * launcher, its module function or a V8 code cache.
 */
export async function bundleProgram(entry, outfile) {
  await build({
    absWorkingDir: root,
    entryPoints: [`${root}${entry}`],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    legalComments: 'none',
    charset: 'ascii',
    minifySyntax: true,
    minifyWhitespace: true,
    logLevel: 'warning',
    plugins: [replacements, sourcePatches],
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const texts = await bundle();
  if (process.argv.includes('--check')) {
    const stale = Object.entries(texts).filter(([file, text]) => {
      try { return readFileSync(`${root}${file}`, 'utf8') !== text; } catch { return true; /* missing counts as stale */ }
    }).map(([file]) => file);
    const caches = Object.keys(V8_CACHES).map((b) => [b, staleCache(b, texts[b])]).filter(([, why]) => why).map(([b, why]) => `${loader.cacheFileOf(b)} (${why})`);
    if (stale.length || caches.length) {
      console.error(`${[...stale, ...caches].join(', ')} stale: run \`npm run build:bundle\` and commit the bundles`);
      process.exit(1);
    }
  } else {
    mkdirSync(`${root}dist`, { recursive: true });
    for (const [file, text] of Object.entries(texts)) {
      writeFileSync(`${root}${file}`, text, { mode: 0o755 });
      console.log(`${file}: ${(text.length / 1024).toFixed(0)} KiB`);
    }
    // a cache is made anew for a changed bundle only, not for another Node.js (the launcher skips it there)
    for (const file of Object.keys(V8_CACHES)) {
      if (!staleCache(file)) continue;
      makeCache(file);
      if (staleCache(file)) throw new Error(`scripts/v8-cache.cjs made no cache that fits ${file}`);
      console.log(`${loader.cacheFileOf(file)}: ${(readFileSync(`${root}${loader.cacheFileOf(file)}`).length / 1024).toFixed(0)} KiB, made on V8 ${process.versions.v8}`);
    }
  }
}

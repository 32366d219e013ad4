// Bundles the CLI so `npx veilc` needs only Node.js (no npm install, no
// TypeScript at run time) and starts fast: dist/veilc-main.cjs is the whole
// CLI in one file; dist/veilc.cjs, the `veilc` command, is a small launcher
// that runs it through a V8 code cache (compiler/cli/launch.ts).
// CommonJS rather than ESM: Node.js 20 compiles a 700 KiB ES module eagerly
// at start-up (~20 ms measured), a script lazily.
// `--check` rebuilds in memory and exits 1 if a committed file differs.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What each dist/ file is built from. */
const ENTRIES = {
  'dist/veilc-main.cjs': 'compiler/cli/entry.ts',
  'dist/veilc.cjs': 'compiler/cli/launch.ts',
};

async function bundleOne(out, entry) {
  const result = await build({
    absWorkingDir: root, // keeps the module keys in the bundle relative and machine-independent
    entryPoints: [`${root}${entry}`],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    outfile: `${root}${out}`,
    legalComments: 'none',
    charset: 'utf8',
    // smaller text parses faster at every start; identifiers stay readable
    minifySyntax: true,
    minifyWhitespace: true,
    // the sources locate shipped files from import.meta.url (compiler/paths.ts);
    // in the bundle that is the bundle's own URL, one folder below the root too
    ...(out === 'dist/veilc-main.cjs' ? {
      define: { 'import.meta.url': '__veilcBundleUrl' },
      banner: { js: "const __veilcBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    } : {}),
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** The text of every dist/ file, by path from the repository root. */
export async function bundle() {
  const files = {};
  for (const [out, entry] of Object.entries(ENTRIES)) files[out] = await bundleOne(out, entry);
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await bundle();
  if (process.argv.includes('--check')) {
    const stale = Object.entries(files).filter(([out, text]) => {
      try { return readFileSync(`${root}${out}`, 'utf8') !== text; } catch { return true; /* missing counts as stale */ }
    });
    if (stale.length) {
      console.error(`${stale.map(([out]) => out).join(', ')} stale: run \`npm run build:bundle\` and commit it`);
      process.exit(1);
    }
  } else {
    mkdirSync(`${root}dist`, { recursive: true });
    for (const [out, text] of Object.entries(files)) {
      writeFileSync(`${root}${out}`, text, { mode: 0o755 });
      console.log(`${out}: ${(text.length / 1024).toFixed(0)} KiB`);
    }
  }
}

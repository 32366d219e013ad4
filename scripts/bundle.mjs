// Bundles the CLI into one file, dist/veilc.cjs, so `npx veilc` needs only
// Node.js (no npm install, no TypeScript at run time) and starts fast.
// CommonJS rather than ESM: Node.js 20 compiles a 700 KiB ES module eagerly
// at start-up (~20 ms measured), a script lazily.
// `--check` rebuilds in memory and exits 1 if the committed bundle differs.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}dist/veilc.cjs`;

export async function bundle() {
  const result = await build({
    absWorkingDir: root, // keeps the module keys in the bundle relative and machine-independent
    entryPoints: [`${root}compiler/cli/entry.ts`],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    outfile,
    legalComments: 'none',
    charset: 'ascii',
    // smaller text parses faster at every start; identifiers stay readable
    minifySyntax: true,
    minifyWhitespace: true,
    // the sources locate shipped files from import.meta.url (compiler/paths.ts);
    // in the bundle that is the bundle's own URL, one folder below the root too
    define: { 'import.meta.url': '__veilcBundleUrl' },
    banner: { js: "const __veilcBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await bundle();
  if (process.argv.includes('--check')) {
    let current = '';
    try { current = readFileSync(outfile, 'utf8'); } catch { /* missing counts as stale */ }
    if (current !== text) {
      console.error('dist/veilc.cjs is stale: run `npm run build:bundle` and commit it');
      process.exit(1);
    }
  } else {
    mkdirSync(`${root}dist`, { recursive: true });
    writeFileSync(outfile, text, { mode: 0o755 });
    console.log(`dist/veilc.cjs: ${(text.length / 1024).toFixed(0)} KiB`);
  }
}

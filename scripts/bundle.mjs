// Bundles the CLI into one file, dist/veilc.mjs, so `npx veilc` needs only
// Node.js (no npm install, no TypeScript at run time) and starts fast.
// `--check` rebuilds in memory and exits 1 if the committed bundle differs.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}dist/veilc.mjs`;

export async function bundle() {
  const result = await build({
    absWorkingDir: root, // keeps the module keys in the bundle relative and machine-independent
    entryPoints: [`${root}compiler/cli/entry.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    outfile,
    legalComments: 'none',
    charset: 'utf8',
    // smaller text parses faster at every start; identifiers stay readable
    minifySyntax: true,
    minifyWhitespace: true,
    // some CommonJS dependencies call require(); give the ESM bundle one
    banner: { js: "import { createRequire as __veilcCreateRequire } from 'node:module';\nconst require = __veilcCreateRequire(import.meta.url);" },
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
      console.error('dist/veilc.mjs is stale: run `npm run build` and commit it');
      process.exit(1);
    }
  } else {
    mkdirSync(`${root}dist`, { recursive: true });
    writeFileSync(outfile, text, { mode: 0o755 });
    console.log(`dist/veilc.mjs: ${(text.length / 1024).toFixed(0)} KiB`);
  }
}

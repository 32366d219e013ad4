// Product code (compiler/) never imports from scripts/ or test/: scripts and
// tests may use the compiler, not the reverse (developer guide). Imports are
// read with TypeScript's own pre-processor, so comments and strings that
// merely mention a path do not count, and dynamic imports do.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../fixtures/fixtures.ts';

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) return sourcesUnder(p);
    return /\.(ts|mts|mjs|js|cjs)$/.test(entry) ? [p] : [];
  });
}

/** Repository-relative targets of the relative imports of `file` (static, dynamic, re-exports). */
function relativeImports(file: string, text = readFileSync(file, 'utf8')): string[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => relative(ROOT, resolve(dirname(file), spec)));
}

describe('layering', () => {
  it('finds imports the way the check below relies on (static, dynamic, export-from)', () => {
    const file = join(ROOT, 'compiler/verify/example.ts');
    const text = [
      "import { a } from '../../scripts/x.mjs';",
      "export { b } from '../model/y.ts';",
      "const c = await import('../../test/z.ts');",
      "// import { d } from '../../scripts/comment.mjs';",
      "const s = 'from \"../../scripts/string.mjs\"';",
    ].join('\n');
    expect(relativeImports(file, text)).toEqual(['scripts/x.mjs', 'compiler/model/y.ts', 'test/z.ts']);
  });

  it('compiler/ imports nothing from scripts/ or test/', () => {
    const offending = sourcesUnder(join(ROOT, 'compiler')).flatMap((file) =>
      relativeImports(file)
        .filter((target) => /^(scripts|test)\//.test(target))
        .map((target) => `${relative(ROOT, file)} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });
});

// Scripts use the compiler's own modules (product code lives in compiler/,
// scripts may import it, never the reverse). Plain `node scripts/x.mjs` on
// Node.js 20 cannot load TypeScript, so the module is loaded through tsx (a
// dev dependency); under vitest, which transforms TypeScript itself, the
// ordinary import works and is used.
import { tsImport } from 'tsx/esm/api';

/**
 * The module at `rel` (relative to the repository root, e.g.
 * `compiler/verify/find-tool.ts`), loaded once per process.
 * @param {string} rel
 * @returns {Promise<any>}
 */
export async function importProduct(rel) {
  const url = new URL(`../${rel}`, import.meta.url);
  try {
    return await import(url.href);
  } catch (e) {
    if (e?.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw e;
    return tsImport(url.href, import.meta.url);
  }
}

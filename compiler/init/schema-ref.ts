// The modeline's schema location for a new spec: relative to the spec's
// folder (the YAML language server resolves a relative $schema against the
// document), through node_modules/veilc when veilc is installed there as a
// dependency, so the path stays valid on every checkout of the repository.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { repoPath } from '../paths.ts';
import { realFolder } from '../place/output-place.ts';

export const PACKAGE_NAME = 'veilc';

/** schema/veil.schema.json of the running veilc. */
export function installedSchema(): string {
  return repoPath('schema', 'veil.schema.json');
}

const sameFile = (a: string, b: string) => existsSync(a) && existsSync(b) && realpathSync(a) === realpathSync(b);

/**
 * `./node_modules/veilc/schema/veil.schema.json` (or `../node_modules/…` from a
 * sub-folder) when the nearest node_modules/veilc above the spec is the running
 * veilc; otherwise the relative path to the running veilc's schema.
 */
export function schemaReference(specFile: string, schema: string = installedSchema()): string {
  const specDir = realFolder(dirname(resolve(specFile)));
  let ref: string | undefined;
  for (let dir = specDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', PACKAGE_NAME, 'schema', 'veil.schema.json');
    if (sameFile(candidate, schema)) { ref = relative(specDir, candidate); break; }
    if (dirname(dir) === dir) break;
  }
  ref ??= relative(specDir, existsSync(schema) ? realpathSync(schema) : schema);
  const posix = ref.split(sep).join('/');
  return posix.startsWith('../') ? posix : `./${posix}`;
}

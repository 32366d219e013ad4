// Shared test helpers: run the pipeline's early stages on YAML text.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpecError, type Diagnostic } from '../../compiler/diagnostics/diagnostic.ts';
import { loadAndSchema } from '../../compiler/pipeline.ts';
import { ROOT, SPECS } from '../fixtures/fixtures.ts';

export { ROOT };
export const VEIL_SPEC = SPECS.veil;

export function tempDir(prefix = 'veilc-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeTemp(content: string | Buffer, name = 'spec.yaml'): string {
  const file = join(tempDir(), name);
  writeFileSync(file, content);
  return file;
}

/** Every load and schema finding, as the pipeline reports them together, or [] when the text is schema-valid. */
export function schemaDiagnostics(yamlText: string | Buffer): Diagnostic[] {
  try {
    return loadAndSchema(writeTemp(yamlText)).found;
  } catch (e) {
    if (e instanceof SpecError) return e.diagnostics;
    throw e;
  }
}

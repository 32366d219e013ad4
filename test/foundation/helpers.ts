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

/** The preload that prints, at exit, the modules a run loaded (test/foundation/print-loaded.cjs). */
export const PRINT_LOADED = join(ROOT, 'test/foundation/print-loaded.cjs');

/** What PRINT_LOADED printed on a run's stderr: the CommonJS files it loaded (absolute) and the Node.js built-ins. */
export function printedLoads(stderr: string): { files: string[]; builtins: string[] } {
  const files = JSON.parse(/\nloaded (.*)\n/.exec(stderr)![1]!) as string[];
  const builtins = (JSON.parse(/\nbuiltins (.*)\n/.exec(stderr)![1]!) as string[]).filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
  return { files, builtins };
}

// Shared by the runbook tests: build models from the two fixture specs, emit
// the runbooks or the whole compiled tree, and write them to a temporary out/.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emitAll } from '../../compiler/emit/emit-all.ts';
import { normalizeFiles, type OutputFile } from '../../compiler/emit/output.ts';
import { emitRunbooks } from '../../compiler/emit/runbooks/emit-runbooks.ts';
import { writeTree } from '../../compiler/write/write-out.ts';
import { findTool } from '../../compiler/verify/find-tool.ts';

import { model, rawSpec, ROOT, SPECS, type Fixture } from '../fixtures/fixtures.ts';

export { model, rawSpec, ROOT, SPECS, type Fixture };

export function runbooks(fixture: Fixture): OutputFile[] {
  return normalizeFiles(emitRunbooks(model(fixture)));
}

/** All runbook text of a fixture, keyed by out/ path. */
export function runbookText(fixture: Fixture): Map<string, string> {
  return new Map(runbooks(fixture).map((f) => [f.path, f.content]));
}

/** The whole compiled tree, every emitter's output: what the runbooks' links must resolve in. */
export function compiledTree(fixture: Fixture): OutputFile[] {
  return emitAll(model(fixture));
}

export function writeOut(files: readonly OutputFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'veilc-runbooks-'));
  writeTree(dir, files);
  return dir;
}

export { toolsRequired } from '../tools-required.ts';

export function haveTool(name: string): boolean {
  return findTool(name) !== null;
}

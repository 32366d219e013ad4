// The `veilc compile` command that writes a tree again, as the compiled files
// and runbooks quote it: run from the repository root, with --spec and --out
// only where they differ from the defaults (model.place, computed by the CLI).
import type { Model } from '../model/build-model.ts';
import { DEFAULT_PLACE } from '../model/place.ts';
import { sh } from './runbooks/shell.ts';

export function compileCommand(m: Model): string {
  const p = m.place;
  return [
    'npx veilc compile',
    ...(p.specFile === DEFAULT_PLACE.specFile ? [] : ['--spec', sh(p.specFile)]),
    ...(p.outDir === DEFAULT_PLACE.outDir ? [] : ['--out', sh(p.outDir)]),
  ].join(' ');
}

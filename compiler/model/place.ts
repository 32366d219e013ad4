// Where the compiled tree and the spec sit in the Git repository that Flux
// syncs. Flux resolves a Kustomization's spec.path from the repository root
// (Flux docs, Kustomization ".spec.path"), and the runbooks' commands run from
// that root, so both need the output folder's repository path. It is model
// input: the CLI computes it at the edge (compiler/place/output-place.ts) and
// the emitters stay pure.
import { posix } from 'node:path';

export interface OutputPlace {
  /** The output folder from the repository root: POSIX, no `./`, no trailing `/` (`out`, `deploy/veil`; `.` for the root itself). */
  outDir: string;
  /** The spec file from the repository root (`veil.spec.yaml`, `clusters/home/veil.spec.yaml`). */
  specFile: string;
}

/** `veilc compile` run from the root of the repository that holds veil.spec.yaml. */
export const DEFAULT_PLACE: OutputPlace = { outDir: 'out', specFile: 'veil.spec.yaml' };

/** A repository path as Flux spells it: `./out`, `./deploy/veil`, `./` for the root. */
export function gitPath(repoPath: string): string {
  const p = posix.normalize(repoPath).replace(/^\.\/?/, '').replace(/\/+$/, '');
  return p === '' || p === '.' ? './' : `./${p}`;
}

/** The output folder as prose names it: `out/`, `deploy/veil/`, `./` for the root. */
export function outFolder(place: OutputPlace): string {
  return place.outDir === '.' ? './' : `${place.outDir}/`;
}

/** A file inside the output folder, from the repository root (for commands): `out/unbound/x.conf`. */
export function outRepoPath(place: OutputPlace, pathInOut: string): string {
  return place.outDir === '.' ? pathInOut : `${place.outDir}/${pathInOut}`;
}

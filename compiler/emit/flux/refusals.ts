// What the Flux output cannot express, as findings at the spec line, so the
// pipeline can deny before emitting instead of compiling something that lies.
//
// Per-node drive sizes (objectStore.driveSizeOverrides): a StatefulSet has one
// volumeClaimTemplate per drive for all its pods, and which pod lands on which
// node is the scheduler's choice, so a size cannot follow a node. Pre-creating
// claims named like the StatefulSet's (data0-minio-1, ...) would tie the size
// to a pod ordinal, not to the node the spec names. MinIO sizes every set by
// its smallest drive (docs, "Erasure Coding": capacity), so a larger node
// would only waste space anyway. veilc therefore refuses differing sizes.
import type { Finding } from '../../diagnostics/diagnostic.ts';
import type { Model } from '../../model/build-model.ts';
import { parseQuantity } from '../../model/quantity.ts';

export const RULE_DRIVE_SIZE_OVERRIDE = 'VEIL-FLUX-001';

export function fluxFindings(model: Model): Finding[] {
  const os = model.spec.objectStore;
  if (!os) return [];
  const base = parseQuantity(os.driveSize);
  const findings: Finding[] = [];
  for (const [node, size] of Object.entries(os.driveSizeOverrides).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (base !== undefined && parseQuantity(size) === base) continue;
    findings.push({
      rule: RULE_DRIVE_SIZE_OVERRIDE,
      severity: 'deny',
      path: ['objectStore', 'driveSizeOverrides', node],
      message: `a drive size for ${node} alone (${size}, not ${os.driveSize}) cannot be compiled: the MinIO StatefulSet gives every server the same claims and the scheduler, not the spec, decides which server runs on ${node}`,
      hint: `remove the override and use one driveSize for all servers; MinIO sizes each erasure set by its smallest drive, so a larger drive on one node would not add capacity`,
    });
  }
  return findings;
}

/** Thrown by emitFlux when the model has a refusal the pipeline did not stop at. */
export class FluxRefusal extends Error {
  constructor(readonly findings: Finding[]) {
    super(findings.map((f) => `${f.rule} ${f.path.join('.')}: ${f.message}`).join('\n'));
    this.name = 'FluxRefusal';
  }
}

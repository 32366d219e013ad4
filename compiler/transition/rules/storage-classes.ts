// What veilc knows about StorageClasses it cannot see. The spec only names
// classes; whether one lets a claim grow (allowVolumeExpansion) is a property
// of the class in the cluster. Known: k3s's bundled local-path
// (k3s-io/k3s manifests/local-storage.yaml: no allowVolumeExpansion, and
// rancher/local-path-provisioner does not resize). Unknown classes answer
// null, and the rules say "only if the class allows expansion".

const EXPANSION: Record<string, boolean> = {
  'local-path': false,
};

/** true / false when the class is known, null when veilc cannot know. */
export function allowsVolumeExpansion(storageClass: string): boolean | null {
  return Object.hasOwn(EXPANSION, storageClass) ? EXPANSION[storageClass]! : null;
}

/**
 * local-path volumes are plain directories on the node: the claim's size is a
 * label, not a quota (rancher/local-path-provisioner README, "size limits are
 * not enforced"). A bigger number on such a claim changes nothing on disk.
 */
export function enforcesClaimSize(storageClass: string): boolean | null {
  return storageClass === 'local-path' ? false : null;
}

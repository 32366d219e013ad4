// MinIO erasure-set geometry, as MinIO itself computes it.
// Sources (MinIO server, github.com/minio/minio):
//  - cmd/endpoint-ellipses.go: possibleSetCounts / possibleSetCountsWithSymmetry /
//    getSetIndexes: set sizes 2..16 that divide the drive count, kept only when
//    symmetric with the ellipsis pattern (the server count), largest wins.
//  - internal/config/storageclass/storage-class.go: DefaultParityBlocks
//    (1 drive: 0, 2-3: 1, 4-5: 2, 6-7: 3, 8+: 4) and parity <= set size / 2.
//  - cmd/erasure.go, cmd/erasure-metadata.go: read quorum = data drives; write
//    quorum = data drives, plus one when data == parity.

export const SET_SIZES = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16] as const;

/** The length of the ellipsis MinIO checks symmetry against: the server count, or the drives of a lone server. */
export function symmetryLength(servers: number, drivesPerServer: number): number {
  return servers > 1 ? servers : drivesPerServer;
}

export function possibleSetSizes(totalDrives: number, symmetry: number): number[] {
  return SET_SIZES.filter((s) => totalDrives % s === 0)
    .filter((s) => (symmetry > s ? symmetry % s === 0 : s % symmetry === 0));
}

/** MinIO's chosen set size, or undefined when no size fits (MinIO refuses to start). */
export function chooseSetSize(servers: number, drivesPerServer: number): number | undefined {
  const sizes = possibleSetSizes(servers * drivesPerServer, symmetryLength(servers, drivesPerServer));
  return sizes.length ? sizes[sizes.length - 1] : undefined;
}

export function defaultParity(setSize: number): number {
  if (setSize <= 1) return 0;
  if (setSize <= 3) return 1;
  if (setSize <= 5) return 2;
  if (setSize <= 7) return 3;
  return 4;
}

export interface Quorum {
  readQuorum: number;
  writeQuorum: number;
  /** Drives per set that may fail with reads still served. */
  readDriveTolerance: number;
  writeDriveTolerance: number;
}

export function quorum(setSize: number, parity: number): Quorum {
  const data = setSize - parity;
  const writeQuorum = data === parity ? data + 1 : data;
  return { readQuorum: data, writeQuorum, readDriveTolerance: parity, writeDriveTolerance: setSize - writeQuorum };
}

/**
 * Drive i of the pool, in MinIO's expansion order of
 * `http://NAME-{0...S-1}.SVC/data{0...D-1}`: internal/ellipses expands the
 * last ellipsis in the outer loop, so the server varies fastest
 * (minio-0/data0, minio-1/data0, ..., minio-0/data1, ...), and sets take
 * consecutive slices of that list (endpointSet.Get). Sets are thus spread
 * across servers.
 */
export interface DriveSlot { index: number; server: number; drive: number; set: number }

export function layout(servers: number, drivesPerServer: number, setSize: number): DriveSlot[] {
  const out: DriveSlot[] = [];
  for (let drive = 0; drive < drivesPerServer; drive++) {
    for (let server = 0; server < servers; server++) {
      const index = drive * servers + server;
      out.push({ index, server, drive, set: Math.floor(index / setSize) });
    }
  }
  return out;
}

/** Most drives any `k` nodes hold in one set: the worst case of losing k nodes. */
export function worstLoss(drivesPerNodeInSet: number[][], k: number): number {
  let worst = 0;
  for (const counts of drivesPerNodeInSet) {
    const top = [...counts].sort((a, b) => b - a).slice(0, k).reduce((a, b) => a + b, 0);
    worst = Math.max(worst, top);
  }
  return worst;
}

/** Whole nodes that may be lost, worst case, with every set within `driveTolerance`. */
export function nodeTolerance(drivesPerNodeInSet: number[][], nodes: number, driveTolerance: number): number {
  let k = 0;
  while (k < nodes && worstLoss(drivesPerNodeInSet, k + 1) <= driveTolerance) k++;
  return k;
}

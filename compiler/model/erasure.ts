// MinIO erasure-set geometry and quorums of one server pool, as MinIO itself
// computes them at the pinned release (RELEASE.2025-09-07, commit 07c3a429bfed).
// Sources (MinIO server, github.com/minio/minio):
//  - cmd/endpoint-ellipses.go: each pool argument is expanded on its own
//    (GetAllSets per argument); possibleSetCounts / possibleSetCountsWithSymmetry
//    / getSetIndexes: set sizes 2..16 that divide the drive count, kept only when
//    symmetric with the ellipsis pattern (the server count), largest wins.
//  - internal/config/storageclass/storage-class.go: DefaultParityBlocks
//    (1 drive: 0, 2-3: 1, 4-5: 2, 6-7: 3, 8+: 4), ValidateParity (parity <= set
//    size / 2), AvailabilityOptimized (the default: MINIO_STORAGE_CLASS_OPTIMIZE unset).
//  - cmd/erasure-object.go putObject: with the availability-optimised default,
//    every drive that is offline when an object is written adds one parity
//    block to that object (up to half the set), and the write is refused once
//    half the set or more is offline; so a write needs a majority of the set's
//    drives, whatever the configured parity. An object written with all drives
//    online has the configured parity P and needs N-P drives to be read.
//  - cmd/erasure-sets.go newErasureSets and internal/dsync/drwmutex.go: a
//    set's namespace locks live on one locker per host of the set; a write lock
//    needs a majority of those hosts (floor(h/2)+1), a read lock ceil(h/2).

export const SET_SIZES = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16] as const;

/** The length of the ellipsis MinIO checks symmetry against: the server count, or the drives of a lone server. */
export function symmetryLength(servers: number, drivesPerServer: number): number {
  return servers > 1 ? servers : drivesPerServer;
}

/** Whether MinIO forms sets of `setSize` from `totalDrives` whose ellipsis has the length `symmetry`: it divides the drives and is symmetric with the ellipsis. */
function fitsSetSize(totalDrives: number, symmetry: number, setSize: number): boolean {
  return totalDrives % setSize === 0 && (symmetry > setSize ? symmetry % setSize === 0 : setSize % symmetry === 0);
}

export function possibleSetSizes(totalDrives: number, symmetry: number): number[] {
  return SET_SIZES.filter((s) => fitsSetSize(totalDrives, symmetry, s));
}

/**
 * MinIO's chosen set size for one pool (the largest of possibleSetSizes), or
 * undefined when no size fits (MinIO refuses to start). Found without building
 * the list: the erasure alternatives try ~2,000 layouts per pool.
 */
export function chooseSetSize(servers: number, drivesPerServer: number): number | undefined {
  const total = servers * drivesPerServer;
  const symmetry = symmetryLength(servers, drivesPerServer);
  for (let k = SET_SIZES.length - 1; k >= 0; k--) if (fitsSetSize(total, symmetry, SET_SIZES[k]!)) return SET_SIZES[k];
  return undefined;
}

export function defaultParity(setSize: number): number {
  if (setSize <= 1) return 0;
  if (setSize <= 3) return 1;
  if (setSize <= 5) return 2;
  if (setSize <= 7) return 3;
  return 4;
}

/** Largest parity MinIO accepts for a set of `setSize` drives (storageclass.ValidateParity). */
export function maxParity(setSize: number): number {
  return Math.floor(setSize / 2);
}

/**
 * How one erasure set spreads over servers. A set size MinIO accepts either
 * divides the server count (each set takes one drive on `setSize` servers) or
 * is a multiple of it (each set takes setSize/servers drives on every server);
 * a lone server holds the whole set. So every set of a pool looks alike.
 */
export interface SetSpread {
  /** Servers (hosts) holding drives of one set. */
  hosts: number;
  /** Drives each of those servers holds in the set. */
  drivesPerHost: number;
}

export function setSpread(servers: number, setSize: number): SetSpread {
  const hosts = servers > 1 ? Math.min(servers, setSize) : 1;
  return { hosts, drivesPerHost: setSize / hosts };
}

export interface Quorum {
  /** Drives of a set an object written at full health (parity P) needs to be read: N-P. */
  readQuorum: number;
  /** Drives of a set a write needs with the default availability-optimised storage class: a majority, floor(N/2)+1. */
  writeQuorum: number;
  /**
   * Drives an object written at parity P is written to at least: N-P, plus one
   * when N-P = P. MinIO's cluster health check (/minio/health/cluster) reports
   * a set unhealthy for writes below this, although writes go on down to writeQuorum.
   */
  parityWriteQuorum: number;
  /** Drives per set that may fail with reads still served: P. */
  readDriveTolerance: number;
  /** Drives per set that may fail with writes still accepted: N - writeQuorum. */
  writeDriveTolerance: number;
}

export function quorum(setSize: number, parity: number): Quorum {
  const data = setSize - parity;
  const writeQuorum = Math.floor(setSize / 2) + 1;
  return {
    readQuorum: data,
    writeQuorum,
    parityWriteQuorum: data === parity ? data + 1 : data,
    readDriveTolerance: parity,
    writeDriveTolerance: setSize - writeQuorum,
  };
}

/** dsync's lock quorum over the `hosts` lockers of one set: reads ceil(h/2), writes floor(h/2)+1. */
export function lockQuorum(hosts: number): { read: number; write: number } {
  return { read: Math.ceil(hosts / 2), write: Math.floor(hosts / 2) + 1 };
}

export interface NodeTolerance {
  reads: number;
  writes: number;
}

/**
 * Whole nodes (one server of the pool each) that may be lost, worst case,
 * with every set still serving reads / accepting writes. The worst case puts
 * all k lost servers in one set: k hosts of its locks and k x drivesPerHost drives.
 */
export function nodeTolerance(spread: SetSpread, q: Quorum, servers: number): NodeTolerance {
  const locks = lockQuorum(spread.hosts);
  const within = (driveTolerance: number, lockTolerance: number) =>
    Math.max(0, Math.min(servers, Math.floor(driveTolerance / spread.drivesPerHost), lockTolerance));
  return {
    reads: within(q.readDriveTolerance, spread.hosts - locks.read),
    writes: within(q.writeDriveTolerance, spread.hosts - locks.write),
  };
}

/** Most drives of one set that `k` lost nodes can take. */
export function worstDrivesLost(spread: SetSpread, k: number): number {
  return Math.min(k, spread.hosts) * spread.drivesPerHost;
}

/**
 * Drive i of the pool, in MinIO's expansion order of
 * `http://NAME-{0...S-1}.SVC/data{0...D-1}`: internal/ellipses expands the
 * last ellipsis in the outer loop, so the server varies fastest
 * (minio-0/data0, minio-1/data0, ..., minio-0/data1, ...), and sets take
 * consecutive slices of that list (endpointSet.Get). Sets are thus spread
 * across servers. O(servers x drives): for tables and tests, not for judging.
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

/** Drives of each set on each server: counts[set][server]. O(sets x servers): for tables and tests. */
export function drivesPerServerInSet(servers: number, drivesPerServer: number, setSize: number): number[][] {
  const sets = Math.ceil((servers * drivesPerServer) / setSize);
  const counts = Array.from({ length: sets }, () => Array.from({ length: servers }, () => 0));
  for (const s of layout(servers, drivesPerServer, setSize)) counts[s.set]![s.server]!++;
  return counts;
}

/** Sets in which each server holds drives (spread.drivesPerHost in each): every set, or one per drive row. */
export function setsPerServer(servers: number, drivesPerServer: number, setSize: number): number {
  if (servers <= 1 || setSize >= servers) return (servers * drivesPerServer) / setSize;
  return drivesPerServer;
}

// The nearest layouts that MinIO would accept for a requested erasure code, and
// the codes that fit the set MinIO really forms: the fix hints of the MinIO
// policies ("5 drives cannot form EC(4,2): use 6 drives, or EC(3,2)"). Pure
// geometry from erasure.ts, computed here because Rego compiled to Wasm has no
// business re-implementing MinIO's set-size search.
import { chooseSetSize, defaultParity, layout, nodeTolerance, quorum } from './erasure.ts';

export interface LayoutAlternative {
  servers: number;
  drivesPerServer: number;
  totalDrives: number;
}

export interface CodeAlternative {
  data: number;
  parity: number;
}

export interface ErasureAlternatives {
  /** Layouts on which MinIO forms sets of exactly data+parity drives, nearest drive count first. */
  layouts: LayoutAlternative[];
  /** Codes (data+parity) valid for the set size MinIO forms from the spec's layout. */
  codes: CodeAlternative[];
}

/** Schema bounds: servers 1..32, drivesPerServer 1..16. */
const MAX_SERVERS = 32;
const MAX_DRIVES_PER_SERVER = 16;
const MAX_LAYOUTS = 3;

export interface AlternativesInput {
  servers: number;
  drivesPerServer: number;
  data: number;
  parity: number;
  /** Nodes allowed to host a server (one server per node). */
  allowedNodes: number;
  requiredNodeFailures: number;
}

export function erasureAlternatives(i: AlternativesInput): ErasureAlternatives {
  return { layouts: layoutAlternatives(i), codes: codeAlternatives(chooseSetSize(i.servers, i.drivesPerServer), i.parity) };
}

/** Tolerated whole-node losses (reads and writes both) of a layout with sets of `setSize`. */
export function layoutNodeTolerance(servers: number, drivesPerServer: number, setSize: number, parity: number): number {
  const q = quorum(setSize, parity);
  const sets = Math.ceil((servers * drivesPerServer) / setSize);
  const perNode = Array.from({ length: sets }, () => Array.from({ length: servers }, () => 0));
  for (const s of layout(servers, drivesPerServer, setSize)) perNode[s.set]![s.server]!++;
  return nodeTolerance(perNode, servers, Math.min(q.readDriveTolerance, q.writeDriveTolerance));
}

function layoutAlternatives(i: AlternativesInput): LayoutAlternative[] {
  const wanted = i.data + i.parity;
  const current = i.servers * i.drivesPerServer;
  const maxServers = Math.max(1, Math.min(MAX_SERVERS, i.allowedNodes));
  const fits: (LayoutAlternative & { tolerance: number })[] = [];
  for (let servers = 1; servers <= maxServers; servers++) {
    for (let dps = 1; dps <= MAX_DRIVES_PER_SERVER; dps++) {
      if (servers === i.servers && dps === i.drivesPerServer) continue;
      if (chooseSetSize(servers, dps) !== wanted) continue;
      fits.push({ servers, drivesPerServer: dps, totalDrives: servers * dps, tolerance: layoutNodeTolerance(servers, dps, wanted, i.parity) });
    }
  }
  // prefer layouts that also meet the node-failure requirement; fall back to any that fit
  const meeting = fits.filter((f) => f.tolerance >= i.requiredNodeFailures);
  const pool = meeting.length ? meeting : fits;
  pool.sort((a, b) =>
    Math.abs(a.totalDrives - current) - Math.abs(b.totalDrives - current) ||
    a.totalDrives - b.totalDrives ||
    b.servers - a.servers);
  return pool.slice(0, MAX_LAYOUTS).map(({ servers, drivesPerServer, totalDrives }) => ({ servers, drivesPerServer, totalDrives }));
}

/**
 * Codes for the set MinIO forms: keep the requested parity when it is valid
 * (parity <= set size / 2, storage-class.go validateParity), else the largest
 * valid parity; then MinIO's default parity for that size.
 */
function codeAlternatives(setSize: number | undefined, parity: number): CodeAlternative[] {
  if (setSize === undefined) return [];
  const maxParity = setSize > 2 ? Math.floor(setSize / 2) : setSize - 1;
  const out: CodeAlternative[] = [];
  for (const p of [Math.min(parity, maxParity), defaultParity(setSize)]) {
    if (p < 0 || setSize - p < 1 || out.some((c) => c.parity === p)) continue;
    out.push({ data: setSize - p, parity: p });
  }
  return out;
}

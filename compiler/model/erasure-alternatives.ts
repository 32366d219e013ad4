// The nearest layouts that MinIO would accept for a requested erasure code, and
// the codes that fit the set MinIO really forms: the fix hints of the MinIO
// policies ("5 drives cannot form EC(4,2): use 6 drives, or EC(3,2)"). Pure
// geometry from erasure.ts, computed here because Rego compiled to Wasm has no
// business re-implementing MinIO's set-size search. A hint is only offered
// when it is computed to meet the requirement it is offered for.
import { chooseSetSize, defaultParity, maxParity, nodeTolerance, quorum, setSpread } from './erasure.ts';

export interface LayoutAlternative {
  servers: number;
  drivesPerServer: number;
  totalDrives: number;
  /** Servers beyond the nodes the pool may use today (0: fits the pool's `nodes`). */
  extraNodes: number;
}

export interface CodeAlternative {
  data: number;
  parity: number;
}

export interface ErasureAlternatives {
  /** Layouts on which MinIO forms sets of exactly data+parity drives, within the pool's nodes, nearest drive count first. */
  layouts: LayoutAlternative[];
  /** Codes (data+parity) valid for the set size MinIO forms from the pool's layout. */
  codes: CodeAlternative[];
  /** Layouts forming the requested sets that survive require.nodeFailures, fewest extra nodes first (empty when none does). */
  tolerantLayouts: LayoutAlternative[];
}

/**
 * Bounds of the hint search only (MinIO has no server limit): layouts up to
 * this many servers and 16 drives per server (the schema's drivesPerServer bound).
 */
const SEARCH_SERVERS = 64;
const MAX_DRIVES_PER_SERVER = 16;
const MAX_LAYOUTS = 3;

export interface AlternativesInput {
  servers: number;
  drivesPerServer: number;
  data: number;
  parity: number;
  /** Nodes allowed to host a server of the pool (one server per node). */
  allowedNodes: number;
  requiredNodeFailures: number;
  /** The deployment's parity is shared with other pools: only codes with this parity fit. */
  parityFixed: boolean;
}

export function erasureAlternatives(i: AlternativesInput): ErasureAlternatives {
  return {
    layouts: layoutAlternatives(i),
    codes: codeAlternatives(chooseSetSize(i.servers, i.drivesPerServer), i.parity, i.parityFixed),
    tolerantLayouts: tolerantLayouts(i),
  };
}

/** Whole nodes a layout with sets of `setSize` survives for reads and writes both. */
export function layoutNodeTolerance(servers: number, setSize: number, parity: number): number {
  const t = nodeTolerance(setSpread(servers, setSize), quorum(setSize, parity), servers);
  return Math.min(t.reads, t.writes);
}

interface Candidate extends LayoutAlternative { tolerance: number }

/** Every layout (other than the pool's own) on which MinIO forms sets of data+parity, up to `maxServers`. */
function candidates(i: AlternativesInput, maxServers: number): Candidate[] {
  const wanted = i.data + i.parity;
  const out: Candidate[] = [];
  for (let servers = 1; servers <= maxServers; servers++) {
    for (let dps = 1; dps <= MAX_DRIVES_PER_SERVER; dps++) {
      if (servers === i.servers && dps === i.drivesPerServer) continue;
      // the chosen size divides the drives: most layouts fail this before the search
      if ((servers * dps) % wanted !== 0 || chooseSetSize(servers, dps) !== wanted) continue;
      out.push({ servers, drivesPerServer: dps, totalDrives: servers * dps, extraNodes: Math.max(0, servers - i.allowedNodes), tolerance: layoutNodeTolerance(servers, wanted, i.parity) });
    }
  }
  return out;
}

const nearest = (current: number) => (a: Candidate, b: Candidate) =>
  Math.abs(a.totalDrives - current) - Math.abs(b.totalDrives - current) || a.totalDrives - b.totalDrives || b.servers - a.servers;

const strip = ({ servers, drivesPerServer, totalDrives, extraNodes }: Candidate): LayoutAlternative => ({ servers, drivesPerServer, totalDrives, extraNodes });

function layoutAlternatives(i: AlternativesInput): LayoutAlternative[] {
  const fits = candidates(i, Math.max(1, Math.min(SEARCH_SERVERS, i.allowedNodes)));
  // prefer layouts that also meet the node-failure requirement; fall back to any that fit
  const meeting = fits.filter((f) => f.tolerance >= i.requiredNodeFailures);
  const pool = meeting.length ? meeting : fits;
  return pool.sort(nearest(i.servers * i.drivesPerServer)).slice(0, MAX_LAYOUTS).map(strip);
}

function tolerantLayouts(i: AlternativesInput): LayoutAlternative[] {
  const wanted = i.data + i.parity;
  if (i.parity > maxParity(wanted) || i.data < 1) return [];
  const fits = candidates(i, SEARCH_SERVERS)
    .filter((f) => f.tolerance >= i.requiredNodeFailures);
  const current = i.servers * i.drivesPerServer;
  return fits.sort((a, b) => a.extraNodes - b.extraNodes || nearest(current)(a, b)).slice(0, 1).map(strip);
}

/**
 * Codes for the set MinIO forms: keep the requested parity when it is valid
 * (parity <= set size / 2, storageclass.ValidateParity), else the largest
 * valid parity; then MinIO's default parity for that size. When the parity is
 * shared with other pools, only the requested parity can fit.
 */
function codeAlternatives(setSize: number | undefined, parity: number, parityFixed: boolean): CodeAlternative[] {
  if (setSize === undefined) return [];
  const choices = parityFixed ? (parity <= maxParity(setSize) ? [parity] : []) : [Math.min(parity, maxParity(setSize)), defaultParity(setSize)];
  const out: CodeAlternative[] = [];
  for (const p of choices) {
    if (p < 0 || setSize - p < 1 || out.some((c) => c.parity === p)) continue;
    out.push({ data: setSize - p, parity: p });
  }
  return out;
}

// The derived facts of a spec: everything the policies, emitters and runbooks
// need that is computed rather than written. Plain JSON (numbers, strings,
// arrays), because it is also the policy input handed to the Wasm.
import type { PathSegment } from '../diagnostics/diagnostic.ts';
import type { ErasureAlternatives } from './erasure-alternatives.ts';
import type { EntryPoint } from './ingress.ts';

export type Path = PathSegment[];

export interface AddressFact {
  /** `gateway`, `host/NAME`, `node/NAME`, `ingress`, `ingress-retiring`, `object-store` */
  owner: string;
  address: string;
  value: number;
  path: Path;
}

export interface RangeFact {
  name: string;
  first: string;
  last: string;
  firstValue: number;
  lastValue: number;
  size: number;
  path: Path;
}

export interface NetworkFacts {
  cidr: string;
  prefix: number;
  network: number;
  broadcast: number;
  /** 192.168.0.0/24 -> 0.168.192.in-addr.arpa */
  reverseZone: string;
  gateway: AddressFact;
  dhcp: RangeFact | null;
  /** Static addresses: gateway, hosts, nodes. */
  statics: AddressFact[];
  /**
   * Indexes into `statics` of owners that share one address, ascending; one
   * list per address held more than once (VEIL-NET-003 reads this instead of
   * comparing every pair, which is O(n^2) in the Wasm).
   */
  sharedStatics: number[][];
  pools: (RangeFact & { mode: 'l2' | 'bgp' })[];
  /** Addresses requested from pools: the ingress (and a retiring one), and any dedicated service address. */
  serviceAddresses: AddressFact[];
  /** BGP sessions of MetalLB (loadBalancer.bgp), or null when the spec declares none. */
  bgp: BgpFacts | null;
}

export interface BgpPeerFact {
  name: string;
  address: string;
  /** The address as a 32-bit number, like every address fact. */
  value: number;
  peerASN: number;
  /** Hold time in seconds, or null for MetalLB's default. */
  holdTime: number | null;
  /** Nodes that peer with it; empty = every node. */
  nodes: string[];
  path: Path;
}

export interface BgpFacts {
  /** The cluster's AS number: every speaker uses it for every peer. */
  myASN: number;
  peers: BgpPeerFact[];
}

export interface EtcdFacts {
  members: string[];
  count: number;
  quorum: number;
  tolerance: number;
}

/** What losing one node does to one pool it hosts a server of. */
export interface PoolLossFact {
  /** The pool's name (its StatefulSet). */
  pool: string;
  /** Drives the node holds in each set it has drives in (every such set alike). */
  drivesPerSet: number;
  /** Sets of the pool the node holds drives in. */
  sets: number;
}

export interface NodeLossFact {
  node: string;
  /** Every pool with a server on this node (server i of a pool on its i-th listed node). */
  pools: PoolLossFact[];
  readsSurvive: boolean;
  writesSurvive: boolean;
}

/**
 * One MinIO server pool: its own servers, drives, drive size and erasure sets
 * (MinIO chooses the set size per pool), judged on its own. Pool 0 is the
 * top-level objectStore fields, pool i > 0 is objectStore.pools[i-1].
 */
export interface PoolFacts {
  index: number;
  /** The pool's StatefulSet name: objectStore.name, then NAME-POOL. */
  name: string;
  /** Where the pool is declared: ['objectStore'] or ['objectStore', 'pools', i-1]. */
  path: Path;
  servers: number;
  drivesPerServer: number;
  totalDrives: number;
  /** driveSize as written (a Kubernetes quantity) and in bytes. */
  driveSize: string;
  driveBytes: number;
  storageClass: string;
  /** Nodes allowed to host a server of this pool. */
  nodes: string[];
  /** Node that hosts server i (one server per node, in the pool's `nodes` order). */
  serverNodes: string[];
  /** Allowed nodes that are not declared nodes. */
  unknownNodes: string[];
  /** Set sizes MinIO would accept for this pool's drive and server count. */
  possibleSetSizes: number[];
  /** The size MinIO picks (largest possible), or null when none fits. */
  setSize: number | null;
  setCount: number;
  /** data + the deployment's parity: the set size the spec asks for. */
  requestedSetSize: number;
  data: number;
  /** Servers holding drives of one set, and drives each holds in it (0 when no set fits). */
  hostsPerSet: number;
  drivesPerHostInSet: number;
  readQuorum: number;
  /** Drives a write needs with the availability-optimised default: a majority of the set. */
  writeQuorum: number;
  /** Drives an object at the configured parity is written to (what MinIO's cluster health check counts). */
  parityWriteQuorum: number;
  readDriveTolerance: number;
  writeDriveTolerance: number;
  readNodeTolerance: number;
  writeNodeTolerance: number;
  rawBytes: number;
  usableBytes: number;
  /** Nearest valid layouts and codes, for fix hints. */
  alternatives: ErasureAlternatives;
}

/** Computed fixes the MinIO rules may offer; null where no such change meets the requirement. */
export interface ErasureHints {
  /** Smallest higher parity with which every pool survives require.nodeFailures (and require.usable still holds). */
  parityForNodeFailures: number | null;
  /** Largest lower parity with which require.usable holds and every pool still survives require.nodeFailures. */
  parityForUsable: number | null;
  /** Smallest drive size of the last pool that brings usable capacity to require.usable. */
  driveBytesForUsable: number | null;
  /** Smallest drive size of the last pool that gives 10% headroom over require.usable. */
  driveBytesForHeadroom: number | null;
}

/** The erasure-coded MinIO deployment: deployment-wide parity, and its server pools in order. */
export interface ErasureFacts {
  /** Parity of every pool (MINIO_STORAGE_CLASS_STANDARD is deployment-wide). */
  parity: number;
  /** MinIO's default parity when the variable is unset: the first pool's set size decides, for every pool. */
  defaultParity: number | null;
  /** Parity that must be set with MINIO_STORAGE_CLASS_STANDARD=EC:<parity>. */
  storageClassStandard: string;
  /** Whether the requested parity differs from MinIO's default (or no set fits in the first pool). */
  storageClassStandardRequired: boolean;
  pools: PoolFacts[];
  totalDrives: number;
  rawBytes: number;
  usableBytes: number;
  requiredUsableBytes: number | null;
  requiredNodeFailures: number;
  /** Nodes the deployment survives losing: the least of its pools (every pool must keep quorum). */
  readNodeTolerance: number;
  writeNodeTolerance: number;
  /** Every node that hosts a server of some pool. */
  nodeLoss: NodeLossFact[];
  hints: ErasureHints;
}

export interface RecordFact {
  zone: string;
  name: string;
  fqdn: string;
  target: string | null;
  /** Resolved address, or null when the target names nothing that exists. */
  address: string | null;
  ttl: number;
  path: Path;
}

/** Where a record is: `zones[zone].records[record]`. */
export type RecordRef = [zone: number, record: number];

export interface ZoneFacts {
  name: string;
  isLanZone: boolean;
  /** The name is, or lies under, a special-use or reserved name (compiler/model/special-use.ts: home.arpa, .internal, example.org, ...). */
  specialUse: boolean;
  /** By the Public Suffix List (compiler/model/public-suffix.ts): the listed suffix the name ends in, or null (also for special-use names, which are not looked up). */
  publicSuffix: string | null;
  /** By the Public Suffix List: the registrable domain the name is in (`myfamily.net`), or null (also for special-use names). */
  registrableDomain: string | null;
  records: RecordFact[];
  path: Path;
}

export interface PtrFact {
  /** Owner relative to the reverse zone, e.g. `160`. */
  owner: string;
  /** The owner as a fully qualified name, e.g. `160.0.168.192.in-addr.arpa`. */
  name: string;
  address: string;
  /** The name the PTR points at: the host's or node's name in the LAN zone. */
  fqdn: string;
  /** The host's or node's address in the spec, which implies this record. */
  path: Path;
}

export interface IngressHostFact {
  host: string;
  component: string;
  path: Path;
}

export interface DnsFacts {
  server: string;
  serverAddress: string | null;
  lanZone: string;
  zones: ZoneFacts[];
  /**
   * Every record's FQDN -> the records with that name, in zone then record
   * order: the lookup behind "has a record" and "defined twice" (VEIL-DNS-002,
   * -003, -004), which would otherwise scan every record per name.
   */
  recordsByFqdn: Record<string, RecordRef[]>;
  reverse: { zone: string; records: PtrFact[] } | null;
  /** Host names the compiled Ingresses or HTTPRoutes serve; each needs a record resolving to the ingress. */
  ingressHosts: IngressHostFact[];
  /** Where the target `ingress` resolves: the address of the entry point that serves DNS, or null without ingress. */
  ingressAddress: string | null;
}

export interface StorageFacts {
  /** Every storage class the spec asks for, with where. */
  uses: { class: string; path: Path }[];
}

export interface MonitoringFacts {
  prometheusVolumeBytes: number;
  retentionSizeBytes: number | null;
  /** Prometheus's own unit spelling (base-2 "GB") of retentionSize. */
  retentionSizePrometheus: string | null;
}

export interface Facts {
  network: NetworkFacts;
  /** HTTP entry points (compiler/model/ingress.ts): the current one first, then a retiring one. */
  ingress: EntryPoint[];
  etcd: EtcdFacts;
  erasure: ErasureFacts | null;
  dns: DnsFacts | null;
  monitoring: MonitoringFacts | null;
  storage: StorageFacts;
}

// The derived facts of a spec: everything the policies, emitters and runbooks
// need that is computed rather than written. Plain JSON (numbers, strings,
// arrays), because it is also the policy input handed to the Wasm.
import type { PathSegment } from '../diagnostics/diagnostic.ts';
import type { ErasureAlternatives } from './erasure-alternatives.ts';

export type Path = PathSegment[];

export interface AddressFact {
  /** `gateway`, `host/NAME`, `node/NAME`, `ingress`, `object-store` */
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
  /** Addresses requested from pools: ingress and any dedicated service address. */
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

export interface NodeLossFact {
  node: string;
  /** Drives this node holds in each set (index = set). */
  drivesPerSet: number[];
  readsSurvive: boolean;
  writesSurvive: boolean;
}

export interface ErasureFacts {
  servers: number;
  drivesPerServer: number;
  totalDrives: number;
  /** Set sizes MinIO would accept for this drive count and server count. */
  possibleSetSizes: number[];
  /** The size MinIO picks (largest possible), or null when none fits. */
  setSize: number | null;
  setCount: number;
  requestedSetSize: number;
  data: number;
  parity: number;
  /** MinIO's default parity for the chosen set size (storage-class.go). */
  defaultParity: number | null;
  /** Parity that must be set with MINIO_STORAGE_CLASS_STANDARD=EC:<parity>. */
  storageClassStandard: string;
  /**
   * Whether the manifests must set MINIO_STORAGE_CLASS_STANDARD: the requested
   * parity differs from MinIO's default for the set size (or no set fits).
   */
  storageClassStandardRequired: boolean;
  readQuorum: number;
  writeQuorum: number;
  readDriveTolerance: number;
  writeDriveTolerance: number;
  readNodeTolerance: number;
  writeNodeTolerance: number;
  /** Node that hosts server i (one server per node, in `objectStore.nodes` order). */
  serverNodes: string[];
  /** Drives of each set on each node: sets[set][node index] */
  drivesPerNodeInSet: number[][];
  nodeLoss: NodeLossFact[];
  driveSizes: { node: string; bytes: number; path: Path }[];
  minDriveBytes: number;
  maxDriveBytes: number;
  rawBytes: number;
  usableBytes: number;
  requiredUsableBytes: number | null;
  requiredNodeFailures: number;
  /** Nodes named in objectStore.nodes that are not declared nodes. */
  unknownNodes: string[];
  /** Nearest valid layouts and codes, for fix hints. */
  alternatives: ErasureAlternatives;
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
  /** By the Public Suffix List (compiler/model/public-suffix.ts): the listed suffix the name ends in, or null. */
  publicSuffix: string | null;
  /** By the Public Suffix List: the registrable domain the name is in (`myfamily.net`), or null. */
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
  /** Host names the compiled Ingresses serve; each needs a record resolving to the ingress. */
  ingressHosts: IngressHostFact[];
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
  etcd: EtcdFacts;
  erasure: ErasureFacts | null;
  dns: DnsFacts | null;
  monitoring: MonitoringFacts | null;
  storage: StorageFacts;
}

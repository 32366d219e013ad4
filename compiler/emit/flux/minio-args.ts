// The MinIO server's volume arguments: one per server pool, in the order the
// pools were added, each with one ellipsis pattern over that pool's
// StatefulSet pod names and one over the drive mounts, e.g.
//   http://minio-{0...2}.minio-hl.minio.svc.cluster.local:9000/data{0...1}
// MinIO expands each argument on its own (github.com/minio/pkg ellipses
// .FindEllipsesPatterns, last pattern first) into servers x drives endpoints,
// checks set sizes for symmetry against the first pattern's length
// (cmd/endpoint-ellipses.go, possibleSetCountsWithSymmetry) and forms the
// pool's sets; several arguments are several pools
// (mergeDisksLayoutFromArgs), and every argument must then have an ellipsis.
// The symmetry length is the server count, or the drive count when there is a
// single server, exactly as compiler/model/erasure.ts (symmetryLength)
// assumes; a count of one gets no ellipsis, so the other pattern is the only
// one. Tests expand these strings the way MinIO does and recompute the sets.

export const API_PORT = 9000;
export const CONSOLE_PORT = 9001;
/** k3s's default --cluster-domain */
export const CLUSTER_DOMAIN = 'cluster.local';

/** What a pool's argument is made of: its StatefulSet name and layout. */
export interface PoolArg {
  /** StatefulSet name; its pods are NAME-0, NAME-1, ... */
  name: string;
  servers: number;
  drivesPerServer: number;
}

/** The headless Service that gives the pods of StatefulSet `statefulSet` their DNS names. */
export function headlessServiceName(statefulSet: string): string {
  return `${statefulSet}-hl`;
}

/** Mount path and claim name of drive i. */
export function driveName(i: number): string {
  return `data${i}`;
}

function range(count: number, label: (i: number) => string, prefix: string): string {
  return count > 1 ? `${prefix}{0...${count - 1}}` : label(0);
}

export function minioVolumeArg(pool: PoolArg, namespace: string): string {
  const hosts = range(pool.servers, (i) => `${pool.name}-${i}`, `${pool.name}-`);
  const drives = range(pool.drivesPerServer, driveName, 'data');
  return `http://${hosts}.${headlessServiceName(pool.name)}.${namespace}.svc.${CLUSTER_DOMAIN}:${API_PORT}/${drives}`;
}

/** `minio server` arguments of every server of the deployment: every pool, in order. */
export function minioArgs(pools: readonly PoolArg[], namespace: string): string[] {
  return ['server', '--address', `:${API_PORT}`, '--console-address', `:${CONSOLE_PORT}`, ...pools.map((p) => minioVolumeArg(p, namespace))];
}

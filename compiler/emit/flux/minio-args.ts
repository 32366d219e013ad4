// The MinIO server's volume argument: one ellipsis pattern over the
// StatefulSet's pod names and one over the drive mounts, e.g.
//   http://minio-{0...2}.minio-hl.minio.svc.cluster.local:9000/data{0...1}
// MinIO expands it (github.com/minio/pkg ellipses.FindEllipsesPatterns, last
// pattern first) into servers x drives endpoints and checks set sizes for
// symmetry against the first pattern's length (cmd/endpoint-ellipses.go,
// possibleSetCountsWithSymmetry). That is the server count, or the drive count
// when there is a single server, exactly as compiler/model/erasure.ts
// (symmetryLength) assumes; a count of one gets no ellipsis, so the other
// pattern is the only one. Tests expand this string the way MinIO does and
// recompute the set size.
import type { Spec } from '../../schema/spec-types.ts';

export const API_PORT = 9000;
export const CONSOLE_PORT = 9001;
/** k3s's default --cluster-domain */
export const CLUSTER_DOMAIN = 'cluster.local';

type ObjectStore = NonNullable<Spec['objectStore']>;

export function headlessServiceName(os: ObjectStore): string {
  return `${os.name}-hl`;
}

/** Mount path and claim name of drive i. */
export function driveName(i: number): string {
  return `data${i}`;
}

function range(count: number, label: (i: number) => string, prefix: string): string {
  return count > 1 ? `${prefix}{0...${count - 1}}` : label(0);
}

export function minioVolumeArg(os: ObjectStore): string {
  const hosts = range(os.servers, (i) => `${os.name}-${i}`, `${os.name}-`);
  const drives = range(os.drivesPerServer, driveName, 'data');
  return `http://${hosts}.${headlessServiceName(os)}.${os.namespace}.svc.${CLUSTER_DOMAIN}:${API_PORT}/${drives}`;
}

export function minioArgs(os: ObjectStore): string[] {
  return ['server', '--address', `:${API_PORT}`, '--console-address', `:${CONSOLE_PORT}`, minioVolumeArg(os)];
}

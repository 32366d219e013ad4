// Headings other runbooks link to. Their text holds no spec value, so the
// anchors (GitHub slugs of this text) stay the same whatever the spec says.
export const COLD_START_HEADINGS = {
  order: 'Bring-up order',
  dns: '1. DNS',
  firstServer: '2. First server',
  otherServers: '3. Other servers',
  agents: '4. Agents',
  workstation: '5. Workstation access',
  secrets: '6. Secrets',
  flux: '7. Flux bootstrap',
  alreadyBootstrapped: 'Flux already bootstrapped',
  kustomizations: '8. Kustomizations, in order',
  smoke: '9. Smoke test',
  flags: 'Reference: k3s configuration',
} as const;

export const BACKUP_HEADINGS = {
  etcd: 'etcd snapshots',
  restore: 'Restore etcd from a snapshot',
  volumes: 'Monitoring volumes',
  mirror: 'Mirror the buckets off the cluster',
} as const;

export const STORAGE_HEADINGS = {
  addPool: 'Add a server pool',
} as const;

export const DNS_HEADINGS = {
  deploy: '2. Deploy the config and zones',
  verify: '5. Verify with dig',
  blocklists: 'Update the block lists',
} as const;

/** CHANGES.md sections; the transition stage links each procedure to one of them. */
export const CHANGES_HEADINGS = {
  plan: 'Before a change: plan against what is deployed',
  waive: 'Carry out a refused change by hand',
  recreateStore: 'Recreate the object store on new drives',
  growClaims: 'Grow the object store drives in place',
  decommission: 'Remove a server pool',
  addServer: 'Add a server',
  removeServer: 'Remove a server',
  replaceServer: 'Replace a server or change its address',
  agentAddress: 'Change an agent address',
  upgrade: 'Upgrade k3s',
  nodeConfig: 'Change the k3s configuration of running nodes',
  moveAddress: 'Move a load-balancer address',
  switchController: 'Change the ingress controller',
  monitoringVolume: 'Grow or move a monitoring volume',
  renameFlux: 'Rename the cluster or move the Flux namespace',
  glue: 'Copy the bootstrap Kustomization again',
} as const;

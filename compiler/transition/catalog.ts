// The transition rules' catalog: what each VEIL-CHANGE rule judges, for the
// README's Change safety table (test/transition/catalog.test.ts keeps the two
// equal) and for reports that carry rule metadata (SARIF). The rule modules
// in rules/ hold the logic and cite their sources.

/** id -> [the class or severity it gives, what it judges] (Markdown, as in the README). */
export const TRANSITION_RULE_DOCS = {
  'VEIL-CHANGE-001': ['forbidden', 'a StatefulSet\'s spec changes outside replicas, ordinals, template, updateStrategy, revisionHistoryLimit, persistentVolumeClaimRetentionPolicy, minReadySeconds: volumeClaimTemplates (size, class, names), serviceName, selector, podManagementPolicy (Kubernetes `pkg/apis/apps/validation` ValidateStatefulSetUpdate)'],
  'VEIL-CHANGE-002': ['forbidden / procedure', 'a claim the chart renders (Grafana) changes class or shrinks, or grows on a class without volume expansion (local-path has none); unknown classes: only with `allowVolumeExpansion` (ValidatePersistentVolumeClaimUpdate, PersistentVolumeClaimResize admission)'],
  'VEIL-CHANGE-003': ['procedure', 'Prometheus/Alertmanager claim templates: existing claims keep size and class (prometheus-operator "Resizing volumes"); growth on local-path is an update'],
  'VEIL-CHANGE-010': ['forbidden', 'a MinIO server pool\'s servers, drives per server or erasure set size change: fixed when MinIO formats the pool; grow by adding a pool (MinIO "Expand a Distributed MinIO Deployment")'],
  'VEIL-CHANGE-011': ['update (warn)', 'MinIO parity (`MINIO_STORAGE_CLASS_STANDARD`) changes: applies to new objects only'],
  'VEIL-CHANGE-012': ['procedure', 'a server pool is removed: decommission it first (`mc admin decommission`)'],
  'VEIL-CHANGE-013': ['procedure', 'the object store moves (name or namespace): new, empty claims; the old ones are retained'],
  'VEIL-CHANGE-014': ['create (warn)', 'a server pool is added: every server restarts with the new pool list, all at once (STORAGE.md "Add a server pool")'],
  'VEIL-CHANGE-015': ['update (warn)', 'server pools change order: MinIO keeps every object (tried on the pinned release), but every server restarts at once'],
  'VEIL-CHANGE-020': ['procedure', 'more than one etcd member added or removed at once (etcd runtime reconfiguration: one member at a time)'],
  'VEIL-CHANGE-021': ['procedure', 'the cluster-init server changes (k3s HA embedded etcd; k3s-io/k3s#10362)'],
  'VEIL-CHANGE-022': ['warn', 'the one-at-a-time path passes a 2-member etcd (quorum 2 of 2)'],
  'VEIL-CHANGE-023': ['procedure', 'the servers removed leave fewer than the old quorum'],
  'VEIL-CHANGE-024': ['procedure', 'a node\'s address changes (a server\'s is its etcd peer URL)'],
  'VEIL-CHANGE-025': ['forbidden / procedure', '`kubernetes.version` changes: Flux does not upgrade k3s; a downgrade or a skipped minor version is refused (Kubernetes version skew policy, k3s manual upgrades)'],
  'VEIL-CHANGE-026': ['procedure', 'a running node\'s k3s configuration changes (snapshot settings, node labels): edit config.yaml and restart; labels apply only at registration'],
  'VEIL-CHANGE-030': ['forbidden', 'a MetalLB pool shrinks or goes so that an address veilc assigned (ingress, MinIO\'s dedicated one) is in no pool: MetalLB withdraws it (MetalLB ≥ 0.14.9 IP reconciliation)'],
  'VEIL-CHANGE-031': ['procedure', 'the ingress or MinIO address moves: DNS and caches must follow'],
  'VEIL-CHANGE-032': ['procedure', 'the host names move to an ingress controller the same change installs (`ingress.controller` switched in one step, or a migration window opened with `keepsDns: false`): every host is down until it is ready; open the window with `ingress.retiring` instead (CHANGES.md "Change the ingress controller")'],
  'VEIL-CHANGE-033': ['procedure', 'the controller the host names still resolve to is removed (`ingress.retiring` deleted in the change that switches `keepsDns`): cached answers reach a controller Flux uninstalled'],
  'VEIL-CHANGE-040': ['delete / replace (warn)', 'a namespace Flux prunes, with everything in it (claims included)'],
  'VEIL-CHANGE-041': ['replace (warn)', 'an object renamed (namespace or name): pruned and created separately'],
  'VEIL-CHANGE-042': ['delete / procedure', 'a Flux Kustomization deleted or moved: with `prune: true` it deletes everything it applied'],
  'VEIL-CHANGE-043': ['procedure', 'the bootstrap glue Kustomization changes: copy it to the bootstrap path by hand'],
  'VEIL-CHANGE-044': ['replace (warn)', 'an object moves to another Flux Kustomization: the old one may prune it before the new one applies it'],
  'VEIL-CHANGE-050': ['delete (warn)', 'a DNS record is removed'],
  'VEIL-CHANGE-090': ['warn', 'a waiver of a VEIL-CHANGE rule matches no change since the base'],
  'VEIL-CHANGE-091': ['warn', 'the base spec does not load or validate under today\'s schema'],
} as const satisfies Record<string, readonly [string, string]>;

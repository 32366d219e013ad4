// @ts-nocheck
// Generated from schema/veil.schema.json by scripts/gen-validator.ts; do not edit.
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://veilc.invalid/schema/veil.schema.json","title":"veil.spec.yaml","description":"The one description of a small self-hosted k3s cluster, compiled by veilc into Flux manifests, Unbound zones and runbooks.","type":"object","additionalProperties":false,"required":["cluster","network","nodes"],"properties":{"cluster":{"type":"object","description":"Identity of the cluster.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Cluster name; used in resource names, paths and runbook titles."},"description":{"type":"string","description":"Free text shown at the top of the runbooks.","maxLength":500,"default":""}},"required":["name"]},"network":{"type":"object","description":"The LAN the cluster lives on.","additionalProperties":false,"properties":{"cidr":{"$ref":"#/$defs/ipv4Cidr","description":"The LAN as an IPv4 CIDR, e.g. 192.168.0.0/24. Every address in the spec must lie inside it."},"gateway":{"$ref":"#/$defs/ipv4","description":"Default gateway (router) of the LAN."},"domain":{"$ref":"#/$defs/dnsName","description":"DNS domain of LAN hosts and nodes; the zone of that name is the LAN zone.","default":"home.arpa"},"dhcp":{"type":"object","description":"DHCP server settings that the address plan must avoid.","additionalProperties":false,"properties":{"range":{"$ref":"#/$defs/ipv4Range","description":"Dynamic range handed out by the DHCP server, as FIRST-LAST."}},"required":["range"]}},"required":["cidr","gateway"]},"hosts":{"type":"array","description":"LAN hosts that are not Kubernetes nodes (DNS server, NAS, workstations).","items":{"type":"object","description":"A LAN host.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Host name (RFC 1123 label)."},"address":{"$ref":"#/$defs/ipv4","description":"Static IPv4 address of the host."},"roles":{"type":"array","description":"What the host does; `dns` marks a host that can serve DNS.","items":{"type":"string","enum":["dns","nas","workstation","router","other"]},"uniqueItems":true,"default":[]},"description":{"type":"string","description":"Free text for the runbooks.","maxLength":500}},"required":["name","address"]},"default":[]},"nodes":{"type":"array","description":"Kubernetes nodes. Servers run the k3s control plane with embedded etcd (and workloads); agents run workloads only.","items":{"type":"object","description":"A Kubernetes node.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Node name as registered in Kubernetes (RFC 1123 label)."},"address":{"$ref":"#/$defs/ipv4","description":"Static IPv4 address of the node on the LAN."},"role":{"type":"string","description":"`server`: k3s server and etcd member; `agent`: worker only.","enum":["server","agent"],"default":"server"},"labels":{"type":"object","description":"Extra Kubernetes labels for the node (documented in the runbook; applied with k3s --node-label).","additionalProperties":{"type":"string","maxLength":63,"pattern":"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"},"propertyNames":{"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$","maxLength":316},"default":{}}},"required":["name","address"]},"minItems":1},"kubernetes":{"type":"object","description":"Kubernetes distribution settings.","additionalProperties":false,"properties":{"distribution":{"type":"string","description":"Kubernetes distribution; veilc targets k3s.","enum":["k3s"],"default":"k3s"},"version":{"type":"string","description":"k3s release to install, as published (e.g. v1.34.1+k3s1).","pattern":"^v[0-9]+\\.[0-9]+\\.[0-9]+\\+k3s[0-9]+$","default":"v1.34.1+k3s1"},"etcd":{"type":"object","description":"Embedded etcd settings.","additionalProperties":false,"properties":{"snapshots":{"type":"object","description":"Scheduled etcd snapshots taken by k3s on every server.","additionalProperties":false,"properties":{"schedule":{"$ref":"#/$defs/cron","description":"Cron schedule (k3s --etcd-snapshot-schedule-cron).","default":"0 */12 * * *"},"retention":{"type":"integer","description":"Number of snapshots each server keeps (k3s --etcd-snapshot-retention).","minimum":1,"maximum":1000,"default":5},"dir":{"$ref":"#/$defs/absPath","description":"Directory where k3s writes snapshots on each server (k3s --etcd-snapshot-dir).","default":"/var/lib/rancher/k3s/server/db/snapshots"}},"default":{}}},"default":{}}},"default":{}},"loadBalancer":{"type":"object","description":"Load-balancer address pools (MetalLB) and, for `mode: bgp` pools, the BGP routers they are announced to.","additionalProperties":false,"properties":{"provider":{"type":"string","description":"Load-balancer implementation.","enum":["metallb"],"default":"metallb"},"namespace":{"$ref":"#/$defs/label","description":"Namespace MetalLB runs in.","default":"metallb-system"},"pools":{"type":"array","description":"Address pools MetalLB may assign to LoadBalancer Services.","items":{"type":"object","description":"An address pool.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Pool name (becomes the IPAddressPool name)."},"range":{"$ref":"#/$defs/ipv4Range","description":"Addresses of the pool, as FIRST-LAST."},"mode":{"type":"string","description":"How the addresses are announced: `l2` (ARP) or `bgp`.","enum":["l2","bgp"],"default":"l2"},"autoAssign":{"type":"boolean","description":"Whether MetalLB may hand out addresses from this pool to Services that do not ask for one.","default":true}},"required":["name","range"]},"minItems":1},"bgp":{"type":"object","description":"BGP announcement of the `mode: bgp` pools (MetalLB in FRR mode, its chart's default).","additionalProperties":false,"properties":{"myASN":{"type":"integer","description":"AS number of the cluster, used by every node's speaker for every peer (MetalLB's FRR mode requires one local ASN). Prefer a private ASN (RFC 6996: 64512-65534 or 4200000000-4294967294).","minimum":1,"maximum":4294967295},"peers":{"type":"array","description":"BGP routers the speakers peer with; a `mode: bgp` pool needs at least one.","items":{"type":"object","description":"A BGP router every node's MetalLB speaker opens a session to (becomes a BGPPeer).","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Peer name (becomes the BGPPeer name)."},"address":{"$ref":"#/$defs/ipv4","description":"Address of the router the speakers dial."},"peerASN":{"type":"integer","description":"AS number the router announces (RFC 4271); the same as `myASN` for internal BGP.","minimum":1,"maximum":4294967295},"port":{"type":"integer","description":"TCP port to dial; BGP's 179 when absent (MetalLB allows 1-16384).","minimum":1,"maximum":16384},"holdTime":{"type":"integer","description":"BGP hold time in seconds: 0 (no keepalives) or at least 3 (RFC 4271 section 4.2); MetalLB's default (90) when absent.","minimum":0,"maximum":65535},"passwordSecret":{"type":"object","description":"Secret holding the TCP MD5 password of the session (RFC 2385): type kubernetes.io/basic-auth, key `password`, in the MetalLB namespace. The password itself never goes into the spec.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Name of the Secret in the MetalLB namespace."}},"required":["name"]},"nodes":{"type":"array","description":"Only these nodes peer with the router (BGPPeer nodeSelectors on kubernetes.io/hostname); every node when absent.","items":{"$ref":"#/$defs/label"},"minItems":1,"uniqueItems":true}},"required":["name","address","peerASN"]},"default":[]}},"required":["myASN"]}},"required":["pools"]},"ingress":{"type":"object","description":"The HTTP ingress controller.","additionalProperties":false,"properties":{"controller":{"type":"string","description":"Ingress controller implementation.","enum":["ingress-nginx"],"default":"ingress-nginx"},"namespace":{"$ref":"#/$defs/label","description":"Namespace of the controller. Default: `ingress-nginx` for ingress-nginx."},"address":{"$ref":"#/$defs/ipv4","description":"LoadBalancer address of the controller; must lie in a load-balancer pool."},"className":{"$ref":"#/$defs/label","description":"IngressClass name; it is made the cluster default. Default: `nginx` for ingress-nginx."}},"required":["address"]},"dns":{"type":"object","description":"LAN DNS served by Unbound on a LAN host.","additionalProperties":false,"properties":{"server":{"$ref":"#/$defs/label","description":"Name of the host (from `hosts`) that runs Unbound."},"ttl":{"type":"integer","description":"Default TTL of the records, in seconds.","minimum":0,"maximum":2147483647,"default":3600},"serial":{"type":"object","description":"How the SOA serial is chosen.","additionalProperties":false,"properties":{"policy":{"type":"string","description":"`content`: derived from the zone content (changes exactly when the content does); `fixed`: the value below.","enum":["content","fixed"],"default":"content"},"value":{"type":"integer","description":"Serial used with policy `fixed`.","minimum":1,"maximum":4294967295}},"default":{},"if":{"properties":{"policy":{"const":"fixed"}},"required":["policy"]},"then":{"required":["value"]}},"zoneDir":{"$ref":"#/$defs/absPath","description":"Directory on the DNS host where the zone files are installed.","default":"/etc/unbound/zones"},"reverse":{"type":"boolean","description":"Also serve the reverse (in-addr.arpa) zone of the LAN with PTR records for hosts and nodes.","default":true},"zones":{"type":"array","description":"Authoritative zones.","items":{"type":"object","description":"A DNS zone.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/dnsName","description":"Zone apex, e.g. veil.home.arpa."},"records":{"type":"array","description":"Address records of the zone.","items":{"type":"object","description":"An A record. Give exactly one of `target` or `address`.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/recordName","description":"Owner name relative to the zone (`@` for the apex)."},"target":{"$ref":"#/$defs/recordTarget","description":"What the name resolves to: `ingress`, `object-store`, `host/NAME` or `node/NAME`."},"address":{"$ref":"#/$defs/ipv4","description":"A literal IPv4 address (prefer a target, so the record follows the spec)."},"ttl":{"type":"integer","description":"TTL of this record, in seconds.","minimum":0,"maximum":2147483647}},"required":["name"],"oneOf":[{"required":["target"]},{"required":["address"]}]},"default":[]}},"required":["name"]},"minItems":1},"filtering":{"type":"array","description":"Block lists applied with Unbound RPZ.","items":{"type":"object","description":"A block list.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"List name (becomes the RPZ zone name `NAME.rpz.`)."},"format":{"type":"string","description":"Format of the upstream list: `hosts` (hosts file, e.g. StevenBlack) or `rpz` (already an RPZ zone).","enum":["hosts","rpz"],"default":"hosts"},"url":{"type":"string","description":"Where the list is downloaded from.","pattern":"^https?://","maxLength":2048},"action":{"type":"string","description":"RPZ action for listed names.","enum":["nxdomain","nodata","drop"],"default":"nxdomain"}},"required":["name","url"]},"default":[]}},"required":["server","zones"]},"monitoring":{"type":"object","description":"kube-prometheus-stack: Prometheus, Alertmanager and Grafana.","additionalProperties":false,"properties":{"namespace":{"$ref":"#/$defs/label","description":"Namespace of the monitoring stack.","default":"monitoring"},"prometheus":{"type":"object","description":"Prometheus settings.","additionalProperties":false,"properties":{"host":{"$ref":"#/$defs/dnsName","description":"Ingress host name; needs a DNS record resolving to the ingress address."},"retention":{"$ref":"#/$defs/duration","description":"How long samples are kept (Prometheus duration, e.g. 15d).","default":"10d"},"retentionSize":{"$ref":"#/$defs/quantity","description":"Size cap of the TSDB; must stay below the volume size."},"walCompression":{"type":"boolean","description":"Compress the write-ahead log.","default":true},"storage":{"type":"object","description":"Persistent volume for this component.","additionalProperties":false,"properties":{"size":{"$ref":"#/$defs/quantity","description":"Size of the PersistentVolumeClaim (Kubernetes quantity, e.g. 20Gi).","default":"20Gi"},"class":{"$ref":"#/$defs/label","description":"StorageClass of the claim; must be one of `storageClasses`.","default":"local-path"}},"default":{}},"remoteWrite":{"type":"array","description":"Optional remote_write targets for long-term storage.","items":{"type":"object","description":"A remote_write target.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Name of the target."},"kind":{"type":"string","description":"What receives the samples.","enum":["thanos","mimir","victoriametrics","generic"],"default":"generic"},"url":{"type":"string","description":"remote_write endpoint URL.","pattern":"^https?://","maxLength":2048},"basicAuthSecret":{"type":"object","description":"Secret with `username` and `password` keys for basic auth.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Name of the Secret in the component's namespace."},"key":{"type":"string","description":"Key inside the Secret, when one is needed.","pattern":"^[-._a-zA-Z0-9]{1,253}$"}},"required":["name"]}},"required":["name","url"]},"default":[]}},"default":{}},"alertmanager":{"type":"object","description":"Alertmanager settings.","additionalProperties":false,"properties":{"host":{"$ref":"#/$defs/dnsName","description":"Ingress host name; needs a DNS record resolving to the ingress address."},"storage":{"type":"object","description":"Persistent volume for this component.","additionalProperties":false,"properties":{"size":{"$ref":"#/$defs/quantity","description":"Size of the PersistentVolumeClaim (Kubernetes quantity, e.g. 20Gi).","default":"2Gi"},"class":{"$ref":"#/$defs/label","description":"StorageClass of the claim; must be one of `storageClasses`.","default":"local-path"}},"default":{}},"receivers":{"type":"array","description":"Alert receivers.","items":{"type":"object","description":"A receiver: none of `webhook` or `email` makes a null receiver that drops alerts.","additionalProperties":false,"properties":{"name":{"type":"string","description":"Receiver name.","pattern":"^[-_a-zA-Z0-9\\\\. ]{1,63}$"},"webhook":{"type":"object","description":"Send alerts to a webhook.","additionalProperties":false,"properties":{"url":{"type":"string","description":"Webhook URL (must not contain credentials; use urlSecret for token URLs).","pattern":"^https?://[^@\\s]+$","maxLength":2048},"urlSecret":{"type":"object","description":"Secret holding the webhook URL (for URLs that contain a token).","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Name of the Secret in the component's namespace."},"key":{"type":"string","description":"Key inside the Secret, when one is needed.","pattern":"^[-._a-zA-Z0-9]{1,253}$"}},"required":["name"]}}},"email":{"type":"object","description":"Send alerts by email.","additionalProperties":false,"properties":{"to":{"type":"string","description":"Recipient address.","pattern":"^[^@\\s]+@[^@\\s]+$"},"from":{"type":"string","description":"Sender address.","pattern":"^[^@\\s]+@[^@\\s]+$"},"smarthost":{"type":"string","description":"SMTP relay as host:port.","pattern":"^[^\\s:]+:[0-9]{1,5}$"},"authUsername":{"type":"string","description":"SMTP user name.","maxLength":256},"authPasswordSecret":{"type":"object","description":"Secret holding the SMTP password (key required).","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Name of the Secret in the component's namespace."},"key":{"type":"string","description":"Key inside the Secret, when one is needed.","pattern":"^[-._a-zA-Z0-9]{1,253}$"}},"required":["name"]}},"required":["to","from","smarthost"]}},"required":["name"]},"default":[{"name":"null"}]},"route":{"type":"object","description":"Alert routing tree (Alertmanager route).","additionalProperties":false,"properties":{"receiver":{"type":"string","description":"Default receiver; must be one of `receivers`.","default":"null"},"groupBy":{"type":"array","description":"Labels alerts are grouped by.","items":{"type":"string","pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$|^\\.\\.\\.$"},"default":["alertname","namespace"]},"routes":{"type":"array","description":"Child routes, first match wins.","items":{"type":"object","description":"A child route.","additionalProperties":false,"properties":{"receiver":{"type":"string","description":"Receiver for matching alerts."},"matchers":{"type":"array","description":"Alertmanager matchers, e.g. severity = \"critical\".","items":{"type":"string","minLength":1,"maxLength":512},"minItems":1},"continue":{"type":"boolean","description":"Keep matching later routes after this one.","default":false}},"required":["receiver","matchers"]},"default":[]}},"default":{}}},"default":{}},"grafana":{"type":"object","description":"Grafana settings.","additionalProperties":false,"properties":{"host":{"$ref":"#/$defs/dnsName","description":"Ingress host name; needs a DNS record resolving to the ingress address."},"storage":{"type":"object","description":"Persistent volume for this component.","additionalProperties":false,"properties":{"size":{"$ref":"#/$defs/quantity","description":"Size of the PersistentVolumeClaim (Kubernetes quantity, e.g. 20Gi).","default":"5Gi"},"class":{"$ref":"#/$defs/label","description":"StorageClass of the claim; must be one of `storageClasses`.","default":"local-path"}},"default":{}},"adminSecret":{"type":"object","description":"Secret with the Grafana admin credentials (the chart's admin.existingSecret).","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Name of the Secret in the component's namespace."},"userKey":{"type":"string","description":"Key of the admin user name (the chart's admin.userKey).","pattern":"^[-._a-zA-Z0-9]{1,253}$","default":"admin-user"},"passwordKey":{"type":"string","description":"Key of the admin password (the chart's admin.passwordKey).","pattern":"^[-._a-zA-Z0-9]{1,253}$","default":"admin-password"}},"required":["name"]}},"default":{}}}},"objectStore":{"type":"object","description":"Distributed S3 object store.","additionalProperties":false,"properties":{"kind":{"type":"string","description":"Object store implementation.","enum":["minio"],"default":"minio"},"name":{"$ref":"#/$defs/label","description":"Name of the first pool's StatefulSet and of the Services; the other pools are NAME-POOL.","default":"minio"},"namespace":{"$ref":"#/$defs/label","description":"Namespace of the object store.","default":"minio"},"erasure":{"type":"object","description":"Erasure code of the first pool's sets: data + parity drives. The parity is deployment-wide (MINIO_STORAGE_CLASS_STANDARD): every pool uses it.","additionalProperties":false,"properties":{"data":{"type":"integer","description":"Data drives per erasure set of the first pool.","minimum":1,"maximum":16},"parity":{"type":"integer","description":"Parity drives per erasure set (MinIO EC:N), for every pool of the deployment.","minimum":0,"maximum":8}},"required":["data","parity"]},"servers":{"type":"integer","description":"Number of MinIO servers in the first server pool (one per node). MinIO sets no upper limit; the erasure-set rules decide which counts work.","minimum":1},"drivesPerServer":{"type":"integer","description":"Drives (PersistentVolumeClaims) per server of the first pool.","minimum":1,"maximum":16},"driveSize":{"$ref":"#/$defs/quantity","description":"Size of each drive of the first pool."},"storageClass":{"$ref":"#/$defs/label","description":"StorageClass of the first pool's drives (and the default of the other pools); must be one of `storageClasses`.","default":"local-path"},"nodes":{"type":"array","description":"Nodes allowed to host a server of the first pool (required node affinity, one server per node).","items":{"$ref":"#/$defs/label"},"minItems":1,"uniqueItems":true},"pools":{"type":"array","description":"Server pools added after the first, in the order they were added. MinIO grows a deployment by adding a pool, never by widening one: every server lists every pool in this order, and each pool keeps its own servers, drives, drive size and erasure sets. The top-level servers, drivesPerServer, driveSize, nodes and erasure are the first pool.","items":{"type":"object","description":"A server pool added to the deployment. Its layout is fixed once MinIO formats its drives.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Pool name, unique among the pools; its StatefulSet and headless Service are OBJECTSTORE-NAME and OBJECTSTORE-NAME-hl (OBJECTSTORE = objectStore.name)."},"erasure":{"type":"object","description":"Erasure code of this pool's sets. MinIO chooses the set size per pool, but the parity is deployment-wide (objectStore.erasure.parity), so only the data drives are per pool.","additionalProperties":false,"properties":{"data":{"type":"integer","description":"Data drives per erasure set of this pool; its sets have data + objectStore.erasure.parity drives.","minimum":1,"maximum":16}},"required":["data"]},"servers":{"type":"integer","description":"Number of MinIO servers in this pool (one per node). MinIO sets no upper limit; the erasure-set rules decide which counts work.","minimum":1},"drivesPerServer":{"type":"integer","description":"Drives (PersistentVolumeClaims) per server of this pool.","minimum":1,"maximum":16},"driveSize":{"$ref":"#/$defs/quantity","description":"Size of each drive of this pool."},"storageClass":{"$ref":"#/$defs/label","description":"StorageClass of this pool's drives; default: objectStore.storageClass. Must be one of `storageClasses`."},"nodes":{"type":"array","description":"Nodes allowed to host a server of this pool (required node affinity, one server of the pool per node).","items":{"$ref":"#/$defs/label"},"minItems":1,"uniqueItems":true}},"required":["name","erasure","servers","drivesPerServer","driveSize","nodes"]},"default":[]},"require":{"type":"object","description":"What the layout must give; veilc denies a layout that falls short.","additionalProperties":false,"properties":{"usable":{"$ref":"#/$defs/quantity","description":"Minimum usable capacity of the whole deployment (every pool)."},"nodeFailures":{"type":"integer","description":"Whole nodes that may be lost while reads and writes keep working, in every pool.","minimum":0,"maximum":16,"default":1}},"default":{}},"exposure":{"type":"object","description":"How clients reach the S3 API and console.","additionalProperties":false,"properties":{"mode":{"type":"string","description":"`ingress`: through the ingress controller by host name; `loadBalancer`: a dedicated pool address.","enum":["ingress","loadBalancer"],"default":"ingress"},"apiHost":{"$ref":"#/$defs/dnsName","description":"Host name of the S3 API."},"consoleHost":{"$ref":"#/$defs/dnsName","description":"Host name of the web console."},"address":{"$ref":"#/$defs/ipv4","description":"Dedicated LoadBalancer address (mode loadBalancer); must lie in a pool."}},"default":{}},"credentials":{"type":"object","description":"Root credentials.","additionalProperties":false,"properties":{"secretRef":{"type":"object","description":"Secret holding MINIO_ROOT_USER and MINIO_ROOT_PASSWORD.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Secret name in the object store namespace."},"userKey":{"type":"string","description":"Key of the root user.","pattern":"^[-._a-zA-Z0-9]{1,253}$","default":"rootUser"},"passwordKey":{"type":"string","description":"Key of the root password.","pattern":"^[-._a-zA-Z0-9]{1,253}$","default":"rootPassword"}},"required":["name"]}},"required":["secretRef"]},"buckets":{"type":"array","description":"Buckets to document and create after bring-up.","items":{"type":"object","description":"A bucket.","additionalProperties":false,"properties":{"name":{"type":"string","description":"Bucket name (S3 rules: 3-63 lowercase letters, digits, dots, dashes).","pattern":"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"}},"required":["name"]},"default":[]},"resources":{"type":"object","description":"Per-server resource requests and limits.","additionalProperties":false,"properties":{"cpu":{"type":"string","description":"CPU request.","pattern":"^[0-9]+(\\.[0-9]+)?m?$","default":"250m"},"memory":{"$ref":"#/$defs/quantity","description":"Memory request.","default":"1Gi"},"memoryLimit":{"$ref":"#/$defs/quantity","description":"Memory limit.","default":"4Gi"}},"default":{}}},"required":["erasure","servers","drivesPerServer","driveSize","nodes","credentials"]},"storageClasses":{"type":"array","description":"StorageClasses that exist in the cluster (k3s ships `local-path`).","items":{"$ref":"#/$defs/label"},"uniqueItems":true,"default":["local-path"]},"flux":{"type":"object","description":"Flux GitOps settings.","additionalProperties":false,"properties":{"path":{"type":"string","description":"Path (from the Git repository root) of the compiled Flux entry folder, which veilc writes to <output folder>/flux/<cluster.name>/; the Kustomization <cluster.name> syncs it. Default: where the compile writes it, from the output folder's place in the Git repository (`./out/flux/<cluster.name>` for `--out out` at the root).","pattern":"^\\./([-_.a-zA-Z0-9]+/)*[-_.a-zA-Z0-9]+$"},"bootstrapPath":{"type":"string","description":"Path that `flux bootstrap --path` syncs, where bootstrap keeps its own flux-system manifests; veilc never writes there. Default `./clusters/<cluster.name>`.","pattern":"^\\./([-_.a-zA-Z0-9]+/)*[-_.a-zA-Z0-9]+$"},"namespace":{"$ref":"#/$defs/label","description":"Namespace of the Flux controllers.","default":"flux-system"},"sourceRef":{"$ref":"#/$defs/label","description":"Name of the GitRepository that the bootstrap created.","default":"flux-system"},"interval":{"$ref":"#/$defs/duration","description":"Reconcile interval of the Kustomizations.","default":"10m"},"timeout":{"$ref":"#/$defs/duration","description":"Timeout of each Kustomization.","default":"5m"}},"default":{}},"versions":{"type":"object","description":"Pinned chart and image versions.","additionalProperties":false,"properties":{"charts":{"type":"object","description":"Helm chart versions.","additionalProperties":false,"properties":{"metallb":{"$ref":"#/$defs/semver","description":"metallb chart (https://metallb.github.io/metallb).","default":"0.15.2"},"ingressNginx":{"$ref":"#/$defs/semver","description":"ingress-nginx chart (https://kubernetes.github.io/ingress-nginx).","default":"4.15.1"},"kubePrometheusStack":{"$ref":"#/$defs/semver","description":"kube-prometheus-stack chart (https://prometheus-community.github.io/helm-charts).","default":"77.14.0"}},"default":{}},"images":{"type":"object","description":"Container images.","additionalProperties":false,"properties":{"minio":{"type":"string","description":"MinIO server image, pinned by tag or digest.","pattern":"^[-a-z0-9./:]+(:[-_.A-Za-z0-9]+)?(@sha256:[a-f0-9]{64})?$","default":"quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z"}},"default":{}}},"default":{}},"waivers":{"type":"array","description":"Accepted exceptions to policy rules. Each waives one rule at one spec path until it expires.","items":{"type":"object","description":"A waiver.","additionalProperties":false,"properties":{"rule":{"type":"string","description":"Rule ID, e.g. VEIL-LIFECYCLE-001.","pattern":"^VEIL-[A-Z]+-[0-9]{3}$"},"path":{"type":"string","description":"Spec path the finding points at, e.g. ingress.controller (empty for the whole spec).","maxLength":512,"default":""},"reason":{"type":"string","description":"Why the exception is acceptable.","minLength":10,"maxLength":1000},"expires":{"$ref":"#/$defs/date","description":"Date (YYYY-MM-DD) after which the waiver lapses and the finding is an error again."}},"required":["rule","reason","expires"]},"default":[]}},"$defs":{"label":{"type":"string","description":"RFC 1123 label: 1-63 lowercase letters, digits or dashes, starting and ending with a letter or digit.","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"dnsName":{"type":"string","description":"Fully qualified DNS name without the trailing dot (RFC 1123 labels joined by dots, at most 253 characters).","maxLength":253,"pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"},"recordName":{"type":"string","description":"Record owner name relative to its zone, or `@` for the apex.","maxLength":253,"pattern":"^(@|[a-z0-9*]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*)$"},"recordTarget":{"type":"string","description":"`ingress`, `object-store`, `host/NAME` or `node/NAME`.","pattern":"^(ingress|object-store|(host|node)/[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)$"},"ipv4":{"type":"string","description":"IPv4 address in dotted-quad form without leading zeros.","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},"ipv4Cidr":{"type":"string","description":"IPv4 network in CIDR form, e.g. 192.168.0.0/24 (host bits must be zero).","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/(3[0-2]|[12]?[0-9])$"},"ipv4Range":{"type":"string","description":"Inclusive IPv4 range FIRST-LAST, e.g. 192.168.0.220-192.168.0.239.","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])-((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},"quantity":{"type":"string","description":"Kubernetes quantity: a number with an optional binary (Ki, Mi, Gi, Ti, Pi, Ei) or decimal (k, M, G, T, P, E) suffix, e.g. 125Gi.","pattern":"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},"duration":{"type":"string","description":"Duration as one or more number-unit pairs (ms, s, m, h, d, w, y), e.g. 15d or 1h30m.","pattern":"^([0-9]{1,6}(ms|s|m|h|d|w|y))+$"},"cron":{"type":"string","description":"Five-field cron expression, e.g. \"0 */12 * * *\".","pattern":"^\\s*([-0-9*/,]+)\\s+([-0-9*/,]+)\\s+([-0-9*/,?LW]+)\\s+([-0-9*/,A-Za-z]+)\\s+([-0-9*/,A-Za-z?L#]+)\\s*$"},"absPath":{"type":"string","description":"Absolute POSIX path without `..` segments.","maxLength":1024,"pattern":"^(/[-_.+a-zA-Z0-9]+)+$","not":{"pattern":"(^|/)\\.\\.?(/|$)"}},"semver":{"type":"string","description":"Semantic version, e.g. 4.13.3.","pattern":"^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"},"date":{"type":"string","description":"Calendar date YYYY-MM-DD.","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"}}};
const schema32 = {"type":"string","description":"RFC 1123 label: 1-63 lowercase letters, digits or dashes, starting and ending with a letter or digit.","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"};
const schema33 = {"type":"string","description":"IPv4 network in CIDR form, e.g. 192.168.0.0/24 (host bits must be zero).","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/(3[0-2]|[12]?[0-9])$"};
const schema34 = {"type":"string","description":"IPv4 address in dotted-quad form without leading zeros.","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"};
const schema35 = {"type":"string","description":"Fully qualified DNS name without the trailing dot (RFC 1123 labels joined by dots, at most 253 characters).","maxLength":253,"pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"};
const schema36 = {"type":"string","description":"Inclusive IPv4 range FIRST-LAST, e.g. 192.168.0.220-192.168.0.239.","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])-((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"};
const schema41 = {"type":"string","description":"Five-field cron expression, e.g. \"0 */12 * * *\".","pattern":"^\\s*([-0-9*/,]+)\\s+([-0-9*/,]+)\\s+([-0-9*/,?LW]+)\\s+([-0-9*/,A-Za-z]+)\\s+([-0-9*/,A-Za-z?L#]+)\\s*$"};
const schema42 = {"type":"string","description":"Absolute POSIX path without `..` segments.","maxLength":1024,"pattern":"^(/[-_.+a-zA-Z0-9]+)+$","not":{"pattern":"(^|/)\\.\\.?(/|$)"}};
const schema56 = {"type":"string","description":"Record owner name relative to its zone, or `@` for the apex.","maxLength":253,"pattern":"^(@|[a-z0-9*]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*)$"};
const schema57 = {"type":"string","description":"`ingress`, `object-store`, `host/NAME` or `node/NAME`.","pattern":"^(ingress|object-store|(host|node)/[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)$"};
const schema62 = {"type":"string","description":"Duration as one or more number-unit pairs (ms, s, m, h, d, w, y), e.g. 15d or 1h30m.","pattern":"^([0-9]{1,6}(ms|s|m|h|d|w|y))+$"};
const schema63 = {"type":"string","description":"Kubernetes quantity: a number with an optional binary (Ki, Mi, Gi, Ti, Pi, Ei) or decimal (k, M, G, T, P, E) suffix, e.g. 125Gi.","pattern":"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"};
const schema98 = {"type":"string","description":"Semantic version, e.g. 4.13.3.","pattern":"^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"};
const schema101 = {"type":"string","description":"Calendar date YYYY-MM-DD.","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"};
const func1 = Object.prototype.hasOwnProperty;
import func2Module from "ajv/dist/runtime/ucs2length.js";
const func2 = func2Module.default ?? func2Module; // CJS default: Node gives the exports object, vite the export
import func0Module from "ajv/dist/runtime/equal.js";
const func0 = func0Module.default ?? func0Module; // CJS default: Node gives the exports object, vite the export
const pattern4 = new RegExp("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$", "u");
const pattern5 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/(3[0-2]|[12]?[0-9])$", "u");
const pattern6 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$", "u");
const pattern7 = new RegExp("^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$", "u");
const pattern8 = new RegExp("^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])-((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$", "u");
const pattern13 = new RegExp("^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$", "u");
const pattern14 = new RegExp("^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$", "u");
const pattern15 = new RegExp("^v[0-9]+\\.[0-9]+\\.[0-9]+\\+k3s[0-9]+$", "u");
const pattern16 = new RegExp("^\\s*([-0-9*/,]+)\\s+([-0-9*/,]+)\\s+([-0-9*/,?LW]+)\\s+([-0-9*/,A-Za-z]+)\\s+([-0-9*/,A-Za-z?L#]+)\\s*$", "u");
const pattern17 = new RegExp("(^|/)\\.\\.?(/|$)", "u");
const pattern18 = new RegExp("^(/[-_.+a-zA-Z0-9]+)+$", "u");
const pattern33 = new RegExp("^(@|[a-z0-9*]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*)$", "u");
const pattern34 = new RegExp("^(ingress|object-store|(host|node)/[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)$", "u");
const pattern37 = new RegExp("^https?://", "u");
const pattern40 = new RegExp("^([0-9]{1,6}(ms|s|m|h|d|w|y))+$", "u");
const pattern41 = new RegExp("^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$", "u");
const pattern47 = new RegExp("^[-._a-zA-Z0-9]{1,253}$", "u");
const pattern51 = new RegExp("^[-_a-zA-Z0-9\\\\. ]{1,63}$", "u");
const pattern52 = new RegExp("^https?://[^@\\s]+$", "u");
const pattern55 = new RegExp("^[^@\\s]+@[^@\\s]+$", "u");
const pattern57 = new RegExp("^[^\\s:]+:[0-9]{1,5}$", "u");
const pattern60 = new RegExp("^[a-zA-Z_][a-zA-Z0-9_]*$|^\\.\\.\\.$", "u");
const pattern83 = new RegExp("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", "u");
const pattern84 = new RegExp("^[0-9]+(\\.[0-9]+)?m?$", "u");
const pattern88 = new RegExp("^\\./([-_.a-zA-Z0-9]+/)*[-_.a-zA-Z0-9]+$", "u");
const pattern94 = new RegExp("^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$", "u");
const pattern97 = new RegExp("^[-a-z0-9./:]+(:[-_.A-Za-z0-9]+)?(@sha256:[a-f0-9]{64})?$", "u");
const pattern98 = new RegExp("^VEIL-[A-Z]+-[0-9]{3}$", "u");
const pattern99 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://veilc.invalid/schema/veil.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.hosts === undefined){
data.hosts = [];
}
if(data.kubernetes === undefined){
data.kubernetes = {};
}
if(data.storageClasses === undefined){
data.storageClasses = ["local-path"];
}
if(data.flux === undefined){
data.flux = {};
}
if(data.versions === undefined){
data.versions = {};
}
if(data.waivers === undefined){
data.waivers = [];
}
if(data.cluster === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cluster"},message:"must have required property '"+"cluster"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.network === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "network"},message:"must have required property '"+"network"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.nodes === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "nodes"},message:"must have required property '"+"nodes"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.cluster !== undefined){
let data0 = data.cluster;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.description === undefined){
data0.description = "";
}
if(data0.name === undefined){
const err4 = {instancePath:instancePath+"/cluster",schemaPath:"#/properties/cluster/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "name") || (key1 === "description"))){
const err5 = {instancePath:instancePath+"/cluster",schemaPath:"#/properties/cluster/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.name !== undefined){
let data1 = data0.name;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/cluster/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/cluster/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let data2 = data0.description;
if(typeof data2 === "string"){
if(func2(data2) > 500){
const err8 = {instancePath:instancePath+"/cluster/description",schemaPath:"#/properties/cluster/properties/description/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/cluster/description",schemaPath:"#/properties/cluster/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/cluster",schemaPath:"#/properties/cluster/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.network !== undefined){
let data3 = data.network;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.domain === undefined){
data3.domain = "home.arpa";
}
if(data3.cidr === undefined){
const err11 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/required",keyword:"required",params:{missingProperty: "cidr"},message:"must have required property '"+"cidr"+"'"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data3.gateway === undefined){
const err12 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/required",keyword:"required",params:{missingProperty: "gateway"},message:"must have required property '"+"gateway"+"'"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key2 in data3){
if(!((((key2 === "cidr") || (key2 === "gateway")) || (key2 === "domain")) || (key2 === "dhcp"))){
const err13 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data3.cidr !== undefined){
let data4 = data3.cidr;
if(typeof data4 === "string"){
if(!pattern5.test(data4)){
const err14 = {instancePath:instancePath+"/network/cidr",schemaPath:"#/$defs/ipv4Cidr/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/(3[0-2]|[12]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/(3[0-2]|[12]?[0-9])$"+"\""};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/network/cidr",schemaPath:"#/$defs/ipv4Cidr/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data3.gateway !== undefined){
let data5 = data3.gateway;
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
const err16 = {instancePath:instancePath+"/network/gateway",schemaPath:"#/$defs/ipv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/network/gateway",schemaPath:"#/$defs/ipv4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
let data6 = data3.domain;
if(typeof data6 === "string"){
if(func2(data6) > 253){
const err18 = {instancePath:instancePath+"/network/domain",schemaPath:"#/$defs/dnsName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern7.test(data6)){
const err19 = {instancePath:instancePath+"/network/domain",schemaPath:"#/$defs/dnsName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/network/domain",schemaPath:"#/$defs/dnsName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data3.dhcp !== undefined){
let data7 = data3.dhcp;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.range === undefined){
const err21 = {instancePath:instancePath+"/network/dhcp",schemaPath:"#/properties/network/properties/dhcp/required",keyword:"required",params:{missingProperty: "range"},message:"must have required property '"+"range"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key3 in data7){
if(!(key3 === "range")){
const err22 = {instancePath:instancePath+"/network/dhcp",schemaPath:"#/properties/network/properties/dhcp/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.range !== undefined){
let data8 = data7.range;
if(typeof data8 === "string"){
if(!pattern8.test(data8)){
const err23 = {instancePath:instancePath+"/network/dhcp/range",schemaPath:"#/$defs/ipv4Range/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])-((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])-((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\""};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/network/dhcp/range",schemaPath:"#/$defs/ipv4Range/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/network/dhcp",schemaPath:"#/properties/network/properties/dhcp/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/network",schemaPath:"#/properties/network/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
let data9 = data.hosts;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.roles === undefined){
data10.roles = [];
}
if(data10.name === undefined){
const err27 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data10.address === undefined){
const err28 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key4 in data10){
if(!((((key4 === "name") || (key4 === "address")) || (key4 === "roles")) || (key4 === "description"))){
const err29 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.name !== undefined){
let data11 = data10.name;
if(typeof data11 === "string"){
if(!pattern4.test(data11)){
const err30 = {instancePath:instancePath+"/hosts/" + i0+"/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/hosts/" + i0+"/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data10.address !== undefined){
let data12 = data10.address;
if(typeof data12 === "string"){
if(!pattern6.test(data12)){
const err32 = {instancePath:instancePath+"/hosts/" + i0+"/address",schemaPath:"#/$defs/ipv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\""};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/hosts/" + i0+"/address",schemaPath:"#/$defs/ipv4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
let data13 = data10.roles;
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(typeof data14 !== "string"){
const err34 = {instancePath:instancePath+"/hosts/" + i0+"/roles/" + i1,schemaPath:"#/properties/hosts/items/properties/roles/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!(((((data14 === "dns") || (data14 === "nas")) || (data14 === "workstation")) || (data14 === "router")) || (data14 === "other"))){
const err35 = {instancePath:instancePath+"/hosts/" + i0+"/roles/" + i1,schemaPath:"#/properties/hosts/items/properties/roles/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.hosts.items.properties.roles.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
let i2 = data13.length;
let j0;
if(i2 > 1){
const indices0 = {};
for(;i2--;){
let item0 = data13[i2];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err36 = {instancePath:instancePath+"/hosts/" + i0+"/roles",schemaPath:"#/properties/hosts/items/properties/roles/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
break;
}
indices0[item0] = i2;
}
}
}
else {
const err37 = {instancePath:instancePath+"/hosts/" + i0+"/roles",schemaPath:"#/properties/hosts/items/properties/roles/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data10.description !== undefined){
let data15 = data10.description;
if(typeof data15 === "string"){
if(func2(data15) > 500){
const err38 = {instancePath:instancePath+"/hosts/" + i0+"/description",schemaPath:"#/properties/hosts/items/properties/description/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/hosts/" + i0+"/description",schemaPath:"#/properties/hosts/items/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/hosts/" + i0,schemaPath:"#/properties/hosts/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/hosts",schemaPath:"#/properties/hosts/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data.nodes !== undefined){
let data16 = data.nodes;
if(Array.isArray(data16)){
if(data16.length < 1){
const err42 = {instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
const len2 = data16.length;
for(let i3=0; i3<len2; i3++){
let data17 = data16[i3];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.role === undefined){
data17.role = "server";
}
if(data17.labels === undefined){
data17.labels = {};
}
if(data17.name === undefined){
const err43 = {instancePath:instancePath+"/nodes/" + i3,schemaPath:"#/properties/nodes/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data17.address === undefined){
const err44 = {instancePath:instancePath+"/nodes/" + i3,schemaPath:"#/properties/nodes/items/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key5 in data17){
if(!((((key5 === "name") || (key5 === "address")) || (key5 === "role")) || (key5 === "labels"))){
const err45 = {instancePath:instancePath+"/nodes/" + i3,schemaPath:"#/properties/nodes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data17.name !== undefined){
let data18 = data17.name;
if(typeof data18 === "string"){
if(!pattern4.test(data18)){
const err46 = {instancePath:instancePath+"/nodes/" + i3+"/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/nodes/" + i3+"/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data17.address !== undefined){
let data19 = data17.address;
if(typeof data19 === "string"){
if(!pattern6.test(data19)){
const err48 = {instancePath:instancePath+"/nodes/" + i3+"/address",schemaPath:"#/$defs/ipv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\""};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/nodes/" + i3+"/address",schemaPath:"#/$defs/ipv4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
let data20 = data17.role;
if(typeof data20 !== "string"){
const err50 = {instancePath:instancePath+"/nodes/" + i3+"/role",schemaPath:"#/properties/nodes/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!((data20 === "server") || (data20 === "agent"))){
const err51 = {instancePath:instancePath+"/nodes/" + i3+"/role",schemaPath:"#/properties/nodes/items/properties/role/enum",keyword:"enum",params:{allowedValues: schema31.properties.nodes.items.properties.role.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
let data21 = data17.labels;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
for(const key6 in data21){
const _errs60 = errors;
if(typeof key6 === "string"){
if(func2(key6) > 316){
const err52 = {instancePath:instancePath+"/nodes/" + i3+"/labels",schemaPath:"#/properties/nodes/items/properties/labels/propertyNames/maxLength",keyword:"maxLength",params:{limit: 316},message:"must NOT have more than 316 characters",propertyName:key6};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!pattern13.test(key6)){
const err53 = {instancePath:instancePath+"/nodes/" + i3+"/labels",schemaPath:"#/properties/nodes/items/properties/labels/propertyNames/pattern",keyword:"pattern",params:{pattern: "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"},message:"must match pattern \""+"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$"+"\"",propertyName:key6};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
var valid22 = _errs60 === errors;
if(!valid22){
const err54 = {instancePath:instancePath+"/nodes/" + i3+"/labels",schemaPath:"#/properties/nodes/items/properties/labels/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
for(const key7 in data21){
let data22 = data21[key7];
if(typeof data22 === "string"){
if(func2(data22) > 63){
const err55 = {instancePath:instancePath+"/nodes/" + i3+"/labels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/items/properties/labels/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 63},message:"must NOT have more than 63 characters"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!pattern14.test(data22)){
const err56 = {instancePath:instancePath+"/nodes/" + i3+"/labels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/items/properties/labels/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"},message:"must match pattern \""+"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"+"\""};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/nodes/" + i3+"/labels/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/nodes/items/properties/labels/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath:instancePath+"/nodes/" + i3+"/labels",schemaPath:"#/properties/nodes/items/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/nodes/" + i3,schemaPath:"#/properties/nodes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
else {
const err60 = {instancePath:instancePath+"/nodes",schemaPath:"#/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
let data23 = data.kubernetes;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.distribution === undefined){
data23.distribution = "k3s";
}
if(data23.version === undefined){
data23.version = "v1.34.1+k3s1";
}
if(data23.etcd === undefined){
data23.etcd = {};
}
for(const key8 in data23){
if(!(((key8 === "distribution") || (key8 === "version")) || (key8 === "etcd"))){
const err61 = {instancePath:instancePath+"/kubernetes",schemaPath:"#/properties/kubernetes/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
let data24 = data23.distribution;
if(typeof data24 !== "string"){
const err62 = {instancePath:instancePath+"/kubernetes/distribution",schemaPath:"#/properties/kubernetes/properties/distribution/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(!(data24 === "k3s")){
const err63 = {instancePath:instancePath+"/kubernetes/distribution",schemaPath:"#/properties/kubernetes/properties/distribution/enum",keyword:"enum",params:{allowedValues: schema31.properties.kubernetes.properties.distribution.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
let data25 = data23.version;
if(typeof data25 === "string"){
if(!pattern15.test(data25)){
const err64 = {instancePath:instancePath+"/kubernetes/version",schemaPath:"#/properties/kubernetes/properties/version/pattern",keyword:"pattern",params:{pattern: "^v[0-9]+\\.[0-9]+\\.[0-9]+\\+k3s[0-9]+$"},message:"must match pattern \""+"^v[0-9]+\\.[0-9]+\\.[0-9]+\\+k3s[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/kubernetes/version",schemaPath:"#/properties/kubernetes/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
let data26 = data23.etcd;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.snapshots === undefined){
data26.snapshots = {};
}
for(const key9 in data26){
if(!(key9 === "snapshots")){
const err66 = {instancePath:instancePath+"/kubernetes/etcd",schemaPath:"#/properties/kubernetes/properties/etcd/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
let data27 = data26.snapshots;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.schedule === undefined){
data27.schedule = "0 */12 * * *";
}
if(data27.retention === undefined){
data27.retention = 5;
}
if(data27.dir === undefined){
data27.dir = "/var/lib/rancher/k3s/server/db/snapshots";
}
for(const key10 in data27){
if(!(((key10 === "schedule") || (key10 === "retention")) || (key10 === "dir"))){
const err67 = {instancePath:instancePath+"/kubernetes/etcd/snapshots",schemaPath:"#/properties/kubernetes/properties/etcd/properties/snapshots/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
let data28 = data27.schedule;
if(typeof data28 === "string"){
if(!pattern16.test(data28)){
const err68 = {instancePath:instancePath+"/kubernetes/etcd/snapshots/schedule",schemaPath:"#/$defs/cron/pattern",keyword:"pattern",params:{pattern: "^\\s*([-0-9*/,]+)\\s+([-0-9*/,]+)\\s+([-0-9*/,?LW]+)\\s+([-0-9*/,A-Za-z]+)\\s+([-0-9*/,A-Za-z?L#]+)\\s*$"},message:"must match pattern \""+"^\\s*([-0-9*/,]+)\\s+([-0-9*/,]+)\\s+([-0-9*/,?LW]+)\\s+([-0-9*/,A-Za-z]+)\\s+([-0-9*/,A-Za-z?L#]+)\\s*$"+"\""};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
else {
const err69 = {instancePath:instancePath+"/kubernetes/etcd/snapshots/schedule",schemaPath:"#/$defs/cron/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
let data29 = data27.retention;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err70 = {instancePath:instancePath+"/kubernetes/etcd/snapshots/retention",schemaPath:"#/properties/kubernetes/properties/etcd/properties/snapshots/properties/retention/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 > 1000 || isNaN(data29)){
const err71 = {instancePath:instancePath+"/kubernetes/etcd/snapshots/retention",schemaPath:"#/properties/kubernetes/properties/etcd/properties/snapshots/properties/retention/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data29 < 1 || isNaN(data29)){
const err72 = {instancePath:instancePath+"/kubernetes/etcd/snapshots/retention",schemaPath:"#/properties/kubernetes/properties/etcd/properties/snapshots/properties/retention/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
let data30 = data27.dir;
const _errs85 = errors;
const _errs86 = errors;
if(typeof data30 === "string"){
if(!pattern17.test(data30)){
const err73 = {};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
var valid29 = _errs86 === errors;
if(valid29){
const err74 = {instancePath:instancePath+"/kubernetes/etcd/snapshots/dir",schemaPath:"#/$defs/absPath/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
else {
errors = _errs85;
if(vErrors !== null){
if(_errs85){
vErrors.length = _errs85;
}
else {
vErrors = null;
}
}
}
if(typeof data30 === "string"){
if(func2(data30) > 1024){
const err75 = {instancePath:instancePath+"/kubernetes/etcd/snapshots/dir",schemaPath:"#/$defs/absPath/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!pattern18.test(data30)){
const err76 = {instancePath:instancePath+"/kubernetes/etcd/snapshots/dir",schemaPath:"#/$defs/absPath/pattern",keyword:"pattern",params:{pattern: "^(/[-_.+a-zA-Z0-9]+)+$"},message:"must match pattern \""+"^(/[-_.+a-zA-Z0-9]+)+$"+"\""};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
else {
const err77 = {instancePath:instancePath+"/kubernetes/etcd/snapshots/dir",schemaPath:"#/$defs/absPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/kubernetes/etcd/snapshots",schemaPath:"#/properties/kubernetes/properties/etcd/properties/snapshots/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/kubernetes/etcd",schemaPath:"#/properties/kubernetes/properties/etcd/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
else {
const err80 = {instancePath:instancePath+"/kubernetes",schemaPath:"#/properties/kubernetes/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if(data.loadBalancer !== undefined){
let data31 = data.loadBalancer;
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.provider === undefined){
data31.provider = "metallb";
}
if(data31.namespace === undefined){
data31.namespace = "metallb-system";
}
if(data31.pools === undefined){
const err81 = {instancePath:instancePath+"/loadBalancer",schemaPath:"#/properties/loadBalancer/required",keyword:"required",params:{missingProperty: "pools"},message:"must have required property '"+"pools"+"'"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
for(const key11 in data31){
if(!((((key11 === "provider") || (key11 === "namespace")) || (key11 === "pools")) || (key11 === "bgp"))){
const err82 = {instancePath:instancePath+"/loadBalancer",schemaPath:"#/properties/loadBalancer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
let data32 = data31.provider;
if(typeof data32 !== "string"){
const err83 = {instancePath:instancePath+"/loadBalancer/provider",schemaPath:"#/properties/loadBalancer/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(!(data32 === "metallb")){
const err84 = {instancePath:instancePath+"/loadBalancer/provider",schemaPath:"#/properties/loadBalancer/properties/provider/enum",keyword:"enum",params:{allowedValues: schema31.properties.loadBalancer.properties.provider.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
let data33 = data31.namespace;
if(typeof data33 === "string"){
if(!pattern4.test(data33)){
const err85 = {instancePath:instancePath+"/loadBalancer/namespace",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
else {
const err86 = {instancePath:instancePath+"/loadBalancer/namespace",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data31.pools !== undefined){
let data34 = data31.pools;
if(Array.isArray(data34)){
if(data34.length < 1){
const err87 = {instancePath:instancePath+"/loadBalancer/pools",schemaPath:"#/properties/loadBalancer/properties/pools/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
const len3 = data34.length;
for(let i4=0; i4<len3; i4++){
let data35 = data34[i4];
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
if(data35.mode === undefined){
data35.mode = "l2";
}
if(data35.autoAssign === undefined){
data35.autoAssign = true;
}
if(data35.name === undefined){
const err88 = {instancePath:instancePath+"/loadBalancer/pools/" + i4,schemaPath:"#/properties/loadBalancer/properties/pools/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(data35.range === undefined){
const err89 = {instancePath:instancePath+"/loadBalancer/pools/" + i4,schemaPath:"#/properties/loadBalancer/properties/pools/items/required",keyword:"required",params:{missingProperty: "range"},message:"must have required property '"+"range"+"'"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
for(const key12 in data35){
if(!((((key12 === "name") || (key12 === "range")) || (key12 === "mode")) || (key12 === "autoAssign"))){
const err90 = {instancePath:instancePath+"/loadBalancer/pools/" + i4,schemaPath:"#/properties/loadBalancer/properties/pools/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data35.name !== undefined){
let data36 = data35.name;
if(typeof data36 === "string"){
if(!pattern4.test(data36)){
const err91 = {instancePath:instancePath+"/loadBalancer/pools/" + i4+"/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
else {
const err92 = {instancePath:instancePath+"/loadBalancer/pools/" + i4+"/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data35.range !== undefined){
let data37 = data35.range;
if(typeof data37 === "string"){
if(!pattern8.test(data37)){
const err93 = {instancePath:instancePath+"/loadBalancer/pools/" + i4+"/range",schemaPath:"#/$defs/ipv4Range/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])-((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])-((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\""};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
else {
const err94 = {instancePath:instancePath+"/loadBalancer/pools/" + i4+"/range",schemaPath:"#/$defs/ipv4Range/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
let data38 = data35.mode;
if(typeof data38 !== "string"){
const err95 = {instancePath:instancePath+"/loadBalancer/pools/" + i4+"/mode",schemaPath:"#/properties/loadBalancer/properties/pools/items/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(!((data38 === "l2") || (data38 === "bgp"))){
const err96 = {instancePath:instancePath+"/loadBalancer/pools/" + i4+"/mode",schemaPath:"#/properties/loadBalancer/properties/pools/items/properties/mode/enum",keyword:"enum",params:{allowedValues: schema31.properties.loadBalancer.properties.pools.items.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(typeof data35.autoAssign !== "boolean"){
const err97 = {instancePath:instancePath+"/loadBalancer/pools/" + i4+"/autoAssign",schemaPath:"#/properties/loadBalancer/properties/pools/items/properties/autoAssign/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/loadBalancer/pools/" + i4,schemaPath:"#/properties/loadBalancer/properties/pools/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
else {
const err99 = {instancePath:instancePath+"/loadBalancer/pools",schemaPath:"#/properties/loadBalancer/properties/pools/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data31.bgp !== undefined){
let data40 = data31.bgp;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(data40.peers === undefined){
data40.peers = [];
}
if(data40.myASN === undefined){
const err100 = {instancePath:instancePath+"/loadBalancer/bgp",schemaPath:"#/properties/loadBalancer/properties/bgp/required",keyword:"required",params:{missingProperty: "myASN"},message:"must have required property '"+"myASN"+"'"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
for(const key13 in data40){
if(!((key13 === "myASN") || (key13 === "peers"))){
const err101 = {instancePath:instancePath+"/loadBalancer/bgp",schemaPath:"#/properties/loadBalancer/properties/bgp/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data40.myASN !== undefined){
let data41 = data40.myASN;
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
const err102 = {instancePath:instancePath+"/loadBalancer/bgp/myASN",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/myASN/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 > 4294967295 || isNaN(data41)){
const err103 = {instancePath:instancePath+"/loadBalancer/bgp/myASN",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/myASN/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(data41 < 1 || isNaN(data41)){
const err104 = {instancePath:instancePath+"/loadBalancer/bgp/myASN",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/myASN/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
}
let data42 = data40.peers;
if(Array.isArray(data42)){
const len4 = data42.length;
for(let i5=0; i5<len4; i5++){
let data43 = data42[i5];
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.name === undefined){
const err105 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5,schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(data43.address === undefined){
const err106 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5,schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(data43.peerASN === undefined){
const err107 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5,schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/required",keyword:"required",params:{missingProperty: "peerASN"},message:"must have required property '"+"peerASN"+"'"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
for(const key14 in data43){
if(!(((((((key14 === "name") || (key14 === "address")) || (key14 === "peerASN")) || (key14 === "port")) || (key14 === "holdTime")) || (key14 === "passwordSecret")) || (key14 === "nodes"))){
const err108 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5,schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data43.name !== undefined){
let data44 = data43.name;
if(typeof data44 === "string"){
if(!pattern4.test(data44)){
const err109 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data43.address !== undefined){
let data45 = data43.address;
if(typeof data45 === "string"){
if(!pattern6.test(data45)){
const err111 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/address",schemaPath:"#/$defs/ipv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\""};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
else {
const err112 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/address",schemaPath:"#/$defs/ipv4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data43.peerASN !== undefined){
let data46 = data43.peerASN;
if(!(((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46))) && (isFinite(data46)))){
const err113 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/peerASN",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/properties/peerASN/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 > 4294967295 || isNaN(data46)){
const err114 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/peerASN",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/properties/peerASN/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data46 < 1 || isNaN(data46)){
const err115 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/peerASN",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/properties/peerASN/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
if(data43.port !== undefined){
let data47 = data43.port;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
const err116 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/port",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/properties/port/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 > 16384 || isNaN(data47)){
const err117 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/port",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/properties/port/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16384},message:"must be <= 16384"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(data47 < 1 || isNaN(data47)){
const err118 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/port",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/properties/port/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
if(data43.holdTime !== undefined){
let data48 = data43.holdTime;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err119 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/holdTime",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/properties/holdTime/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 > 65535 || isNaN(data48)){
const err120 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/holdTime",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/properties/holdTime/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data48 < 0 || isNaN(data48)){
const err121 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/holdTime",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/properties/holdTime/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
if(data43.passwordSecret !== undefined){
let data49 = data43.passwordSecret;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.name === undefined){
const err122 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/passwordSecret",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/properties/passwordSecret/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
for(const key15 in data49){
if(!(key15 === "name")){
const err123 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/passwordSecret",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/properties/passwordSecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data49.name !== undefined){
let data50 = data49.name;
if(typeof data50 === "string"){
if(!pattern4.test(data50)){
const err124 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/passwordSecret/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/passwordSecret/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
else {
const err126 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/passwordSecret",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/properties/passwordSecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data43.nodes !== undefined){
let data51 = data43.nodes;
if(Array.isArray(data51)){
if(data51.length < 1){
const err127 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/nodes",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/properties/nodes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
const len5 = data51.length;
for(let i6=0; i6<len5; i6++){
let data52 = data51[i6];
if(typeof data52 === "string"){
if(!pattern4.test(data52)){
const err128 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/nodes/" + i6,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
else {
const err129 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/nodes/" + i6,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
let i7 = data51.length;
let j1;
if(i7 > 1){
outer0:
for(;i7--;){
for(j1 = i7; j1--;){
if(func0(data51[i7], data51[j1])){
const err130 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/nodes",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/properties/nodes/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i7+" are identical)"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err131 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5+"/nodes",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/loadBalancer/bgp/peers/" + i5,schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
}
else {
const err133 = {instancePath:instancePath+"/loadBalancer/bgp/peers",schemaPath:"#/properties/loadBalancer/properties/bgp/properties/peers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
else {
const err134 = {instancePath:instancePath+"/loadBalancer/bgp",schemaPath:"#/properties/loadBalancer/properties/bgp/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
}
else {
const err135 = {instancePath:instancePath+"/loadBalancer",schemaPath:"#/properties/loadBalancer/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data.ingress !== undefined){
let data53 = data.ingress;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.controller === undefined){
data53.controller = "ingress-nginx";
}
if(data53.address === undefined){
const err136 = {instancePath:instancePath+"/ingress",schemaPath:"#/properties/ingress/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
for(const key16 in data53){
if(!((((key16 === "controller") || (key16 === "namespace")) || (key16 === "address")) || (key16 === "className"))){
const err137 = {instancePath:instancePath+"/ingress",schemaPath:"#/properties/ingress/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
let data54 = data53.controller;
if(typeof data54 !== "string"){
const err138 = {instancePath:instancePath+"/ingress/controller",schemaPath:"#/properties/ingress/properties/controller/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(!(data54 === "ingress-nginx")){
const err139 = {instancePath:instancePath+"/ingress/controller",schemaPath:"#/properties/ingress/properties/controller/enum",keyword:"enum",params:{allowedValues: schema31.properties.ingress.properties.controller.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
if(data53.namespace !== undefined){
let data55 = data53.namespace;
if(typeof data55 === "string"){
if(!pattern4.test(data55)){
const err140 = {instancePath:instancePath+"/ingress/namespace",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath:instancePath+"/ingress/namespace",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data53.address !== undefined){
let data56 = data53.address;
if(typeof data56 === "string"){
if(!pattern6.test(data56)){
const err142 = {instancePath:instancePath+"/ingress/address",schemaPath:"#/$defs/ipv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\""};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/ingress/address",schemaPath:"#/$defs/ipv4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data53.className !== undefined){
let data57 = data53.className;
if(typeof data57 === "string"){
if(!pattern4.test(data57)){
const err144 = {instancePath:instancePath+"/ingress/className",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
else {
const err145 = {instancePath:instancePath+"/ingress/className",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
else {
const err146 = {instancePath:instancePath+"/ingress",schemaPath:"#/properties/ingress/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data.dns !== undefined){
let data58 = data.dns;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.ttl === undefined){
data58.ttl = 3600;
}
if(data58.serial === undefined){
data58.serial = {};
}
if(data58.zoneDir === undefined){
data58.zoneDir = "/etc/unbound/zones";
}
if(data58.reverse === undefined){
data58.reverse = true;
}
if(data58.filtering === undefined){
data58.filtering = [];
}
if(data58.server === undefined){
const err147 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/required",keyword:"required",params:{missingProperty: "server"},message:"must have required property '"+"server"+"'"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(data58.zones === undefined){
const err148 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/required",keyword:"required",params:{missingProperty: "zones"},message:"must have required property '"+"zones"+"'"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
for(const key17 in data58){
if(!(((((((key17 === "server") || (key17 === "ttl")) || (key17 === "serial")) || (key17 === "zoneDir")) || (key17 === "reverse")) || (key17 === "zones")) || (key17 === "filtering"))){
const err149 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data58.server !== undefined){
let data59 = data58.server;
if(typeof data59 === "string"){
if(!pattern4.test(data59)){
const err150 = {instancePath:instancePath+"/dns/server",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
else {
const err151 = {instancePath:instancePath+"/dns/server",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
let data60 = data58.ttl;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
const err152 = {instancePath:instancePath+"/dns/ttl",schemaPath:"#/properties/dns/properties/ttl/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 > 2147483647 || isNaN(data60)){
const err153 = {instancePath:instancePath+"/dns/ttl",schemaPath:"#/properties/dns/properties/ttl/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(data60 < 0 || isNaN(data60)){
const err154 = {instancePath:instancePath+"/dns/ttl",schemaPath:"#/properties/dns/properties/ttl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
let data61 = data58.serial;
const _errs167 = errors;
let valid55 = true;
const _errs168 = errors;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
let missing0;
if((data61.policy === undefined) && (missing0 = "policy")){
const err155 = {};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
else {
if(data61.policy !== undefined){
if("fixed" !== data61.policy){
const err156 = {};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
}
var _valid0 = _errs168 === errors;
errors = _errs167;
if(vErrors !== null){
if(_errs167){
vErrors.length = _errs167;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs170 = errors;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.value === undefined){
const err157 = {instancePath:instancePath+"/dns/serial",schemaPath:"#/properties/dns/properties/serial/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
var _valid0 = _errs170 === errors;
valid55 = _valid0;
}
if(!valid55){
const err158 = {instancePath:instancePath+"/dns/serial",schemaPath:"#/properties/dns/properties/serial/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.policy === undefined){
data61.policy = "content";
}
for(const key18 in data61){
if(!((key18 === "policy") || (key18 === "value"))){
const err159 = {instancePath:instancePath+"/dns/serial",schemaPath:"#/properties/dns/properties/serial/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
let data63 = data61.policy;
if(typeof data63 !== "string"){
const err160 = {instancePath:instancePath+"/dns/serial/policy",schemaPath:"#/properties/dns/properties/serial/properties/policy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if(!((data63 === "content") || (data63 === "fixed"))){
const err161 = {instancePath:instancePath+"/dns/serial/policy",schemaPath:"#/properties/dns/properties/serial/properties/policy/enum",keyword:"enum",params:{allowedValues: schema31.properties.dns.properties.serial.properties.policy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if(data61.value !== undefined){
let data64 = data61.value;
if(!(((typeof data64 == "number") && (!(data64 % 1) && !isNaN(data64))) && (isFinite(data64)))){
const err162 = {instancePath:instancePath+"/dns/serial/value",schemaPath:"#/properties/dns/properties/serial/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if((typeof data64 == "number") && (isFinite(data64))){
if(data64 > 4294967295 || isNaN(data64)){
const err163 = {instancePath:instancePath+"/dns/serial/value",schemaPath:"#/properties/dns/properties/serial/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(data64 < 1 || isNaN(data64)){
const err164 = {instancePath:instancePath+"/dns/serial/value",schemaPath:"#/properties/dns/properties/serial/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
}
}
else {
const err165 = {instancePath:instancePath+"/dns/serial",schemaPath:"#/properties/dns/properties/serial/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
let data65 = data58.zoneDir;
const _errs179 = errors;
const _errs180 = errors;
if(typeof data65 === "string"){
if(!pattern17.test(data65)){
const err166 = {};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
var valid59 = _errs180 === errors;
if(valid59){
const err167 = {instancePath:instancePath+"/dns/zoneDir",schemaPath:"#/$defs/absPath/not",keyword:"not",params:{},message:"must NOT be valid"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
else {
errors = _errs179;
if(vErrors !== null){
if(_errs179){
vErrors.length = _errs179;
}
else {
vErrors = null;
}
}
}
if(typeof data65 === "string"){
if(func2(data65) > 1024){
const err168 = {instancePath:instancePath+"/dns/zoneDir",schemaPath:"#/$defs/absPath/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(!pattern18.test(data65)){
const err169 = {instancePath:instancePath+"/dns/zoneDir",schemaPath:"#/$defs/absPath/pattern",keyword:"pattern",params:{pattern: "^(/[-_.+a-zA-Z0-9]+)+$"},message:"must match pattern \""+"^(/[-_.+a-zA-Z0-9]+)+$"+"\""};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else {
const err170 = {instancePath:instancePath+"/dns/zoneDir",schemaPath:"#/$defs/absPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
if(typeof data58.reverse !== "boolean"){
const err171 = {instancePath:instancePath+"/dns/reverse",schemaPath:"#/properties/dns/properties/reverse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(data58.zones !== undefined){
let data67 = data58.zones;
if(Array.isArray(data67)){
if(data67.length < 1){
const err172 = {instancePath:instancePath+"/dns/zones",schemaPath:"#/properties/dns/properties/zones/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
const len6 = data67.length;
for(let i8=0; i8<len6; i8++){
let data68 = data67[i8];
if(data68 && typeof data68 == "object" && !Array.isArray(data68)){
if(data68.records === undefined){
data68.records = [];
}
if(data68.name === undefined){
const err173 = {instancePath:instancePath+"/dns/zones/" + i8,schemaPath:"#/properties/dns/properties/zones/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
for(const key19 in data68){
if(!((key19 === "name") || (key19 === "records"))){
const err174 = {instancePath:instancePath+"/dns/zones/" + i8,schemaPath:"#/properties/dns/properties/zones/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
if(data68.name !== undefined){
let data69 = data68.name;
if(typeof data69 === "string"){
if(func2(data69) > 253){
const err175 = {instancePath:instancePath+"/dns/zones/" + i8+"/name",schemaPath:"#/$defs/dnsName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if(!pattern7.test(data69)){
const err176 = {instancePath:instancePath+"/dns/zones/" + i8+"/name",schemaPath:"#/$defs/dnsName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
else {
const err177 = {instancePath:instancePath+"/dns/zones/" + i8+"/name",schemaPath:"#/$defs/dnsName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
let data70 = data68.records;
if(Array.isArray(data70)){
const len7 = data70.length;
for(let i9=0; i9<len7; i9++){
let data71 = data70[i9];
const _errs195 = errors;
let valid66 = false;
let passing0 = null;
const _errs196 = errors;
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
if(data71.target === undefined){
const err178 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9,schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/oneOf/0/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
var _valid1 = _errs196 === errors;
if(_valid1){
valid66 = true;
passing0 = 0;
}
const _errs197 = errors;
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
if(data71.address === undefined){
const err179 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9,schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/oneOf/1/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
var _valid1 = _errs197 === errors;
if(_valid1 && valid66){
valid66 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid66 = true;
passing0 = 1;
}
}
if(!valid66){
const err180 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9,schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
else {
errors = _errs195;
if(vErrors !== null){
if(_errs195){
vErrors.length = _errs195;
}
else {
vErrors = null;
}
}
}
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
if(data71.name === undefined){
const err181 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9,schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
for(const key20 in data71){
if(!((((key20 === "name") || (key20 === "target")) || (key20 === "address")) || (key20 === "ttl"))){
const err182 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9,schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data71.name !== undefined){
let data72 = data71.name;
if(typeof data72 === "string"){
if(func2(data72) > 253){
const err183 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/name",schemaPath:"#/$defs/recordName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(!pattern33.test(data72)){
const err184 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/name",schemaPath:"#/$defs/recordName/pattern",keyword:"pattern",params:{pattern: "^(@|[a-z0-9*]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*)$"},message:"must match pattern \""+"^(@|[a-z0-9*]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*)$"+"\""};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
else {
const err185 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/name",schemaPath:"#/$defs/recordName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data71.target !== undefined){
let data73 = data71.target;
if(typeof data73 === "string"){
if(!pattern34.test(data73)){
const err186 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/target",schemaPath:"#/$defs/recordTarget/pattern",keyword:"pattern",params:{pattern: "^(ingress|object-store|(host|node)/[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)$"},message:"must match pattern \""+"^(ingress|object-store|(host|node)/[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)$"+"\""};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
else {
const err187 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/target",schemaPath:"#/$defs/recordTarget/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data71.address !== undefined){
let data74 = data71.address;
if(typeof data74 === "string"){
if(!pattern6.test(data74)){
const err188 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/address",schemaPath:"#/$defs/ipv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\""};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
else {
const err189 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/address",schemaPath:"#/$defs/ipv4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
if(data71.ttl !== undefined){
let data75 = data71.ttl;
if(!(((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75))) && (isFinite(data75)))){
const err190 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/ttl",schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/properties/ttl/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 > 2147483647 || isNaN(data75)){
const err191 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/ttl",schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/properties/ttl/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(data75 < 0 || isNaN(data75)){
const err192 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/ttl",schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/properties/ttl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
}
}
else {
const err193 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9,schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
}
else {
const err194 = {instancePath:instancePath+"/dns/zones/" + i8+"/records",schemaPath:"#/properties/dns/properties/zones/items/properties/records/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
else {
const err195 = {instancePath:instancePath+"/dns/zones/" + i8,schemaPath:"#/properties/dns/properties/zones/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
}
else {
const err196 = {instancePath:instancePath+"/dns/zones",schemaPath:"#/properties/dns/properties/zones/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
let data76 = data58.filtering;
if(Array.isArray(data76)){
const len8 = data76.length;
for(let i10=0; i10<len8; i10++){
let data77 = data76[i10];
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.format === undefined){
data77.format = "hosts";
}
if(data77.action === undefined){
data77.action = "nxdomain";
}
if(data77.name === undefined){
const err197 = {instancePath:instancePath+"/dns/filtering/" + i10,schemaPath:"#/properties/dns/properties/filtering/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
if(data77.url === undefined){
const err198 = {instancePath:instancePath+"/dns/filtering/" + i10,schemaPath:"#/properties/dns/properties/filtering/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
for(const key21 in data77){
if(!((((key21 === "name") || (key21 === "format")) || (key21 === "url")) || (key21 === "action"))){
const err199 = {instancePath:instancePath+"/dns/filtering/" + i10,schemaPath:"#/properties/dns/properties/filtering/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data77.name !== undefined){
let data78 = data77.name;
if(typeof data78 === "string"){
if(!pattern4.test(data78)){
const err200 = {instancePath:instancePath+"/dns/filtering/" + i10+"/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
else {
const err201 = {instancePath:instancePath+"/dns/filtering/" + i10+"/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
let data79 = data77.format;
if(typeof data79 !== "string"){
const err202 = {instancePath:instancePath+"/dns/filtering/" + i10+"/format",schemaPath:"#/properties/dns/properties/filtering/items/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
if(!((data79 === "hosts") || (data79 === "rpz"))){
const err203 = {instancePath:instancePath+"/dns/filtering/" + i10+"/format",schemaPath:"#/properties/dns/properties/filtering/items/properties/format/enum",keyword:"enum",params:{allowedValues: schema31.properties.dns.properties.filtering.items.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if(data77.url !== undefined){
let data80 = data77.url;
if(typeof data80 === "string"){
if(func2(data80) > 2048){
const err204 = {instancePath:instancePath+"/dns/filtering/" + i10+"/url",schemaPath:"#/properties/dns/properties/filtering/items/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if(!pattern37.test(data80)){
const err205 = {instancePath:instancePath+"/dns/filtering/" + i10+"/url",schemaPath:"#/properties/dns/properties/filtering/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
else {
const err206 = {instancePath:instancePath+"/dns/filtering/" + i10+"/url",schemaPath:"#/properties/dns/properties/filtering/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
let data81 = data77.action;
if(typeof data81 !== "string"){
const err207 = {instancePath:instancePath+"/dns/filtering/" + i10+"/action",schemaPath:"#/properties/dns/properties/filtering/items/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
if(!(((data81 === "nxdomain") || (data81 === "nodata")) || (data81 === "drop"))){
const err208 = {instancePath:instancePath+"/dns/filtering/" + i10+"/action",schemaPath:"#/properties/dns/properties/filtering/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema31.properties.dns.properties.filtering.items.properties.action.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
else {
const err209 = {instancePath:instancePath+"/dns/filtering/" + i10,schemaPath:"#/properties/dns/properties/filtering/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
}
else {
const err210 = {instancePath:instancePath+"/dns/filtering",schemaPath:"#/properties/dns/properties/filtering/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
else {
const err211 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data.monitoring !== undefined){
let data82 = data.monitoring;
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
if(data82.namespace === undefined){
data82.namespace = "monitoring";
}
if(data82.prometheus === undefined){
data82.prometheus = {};
}
if(data82.alertmanager === undefined){
data82.alertmanager = {};
}
if(data82.grafana === undefined){
data82.grafana = {};
}
for(const key22 in data82){
if(!((((key22 === "namespace") || (key22 === "prometheus")) || (key22 === "alertmanager")) || (key22 === "grafana"))){
const err212 = {instancePath:instancePath+"/monitoring",schemaPath:"#/properties/monitoring/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
let data83 = data82.namespace;
if(typeof data83 === "string"){
if(!pattern4.test(data83)){
const err213 = {instancePath:instancePath+"/monitoring/namespace",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
else {
const err214 = {instancePath:instancePath+"/monitoring/namespace",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
let data84 = data82.prometheus;
if(data84 && typeof data84 == "object" && !Array.isArray(data84)){
if(data84.retention === undefined){
data84.retention = "10d";
}
if(data84.walCompression === undefined){
data84.walCompression = true;
}
if(data84.storage === undefined){
data84.storage = {};
}
if(data84.remoteWrite === undefined){
data84.remoteWrite = [];
}
for(const key23 in data84){
if(!((((((key23 === "host") || (key23 === "retention")) || (key23 === "retentionSize")) || (key23 === "walCompression")) || (key23 === "storage")) || (key23 === "remoteWrite"))){
const err215 = {instancePath:instancePath+"/monitoring/prometheus",schemaPath:"#/properties/monitoring/properties/prometheus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
if(data84.host !== undefined){
let data85 = data84.host;
if(typeof data85 === "string"){
if(func2(data85) > 253){
const err216 = {instancePath:instancePath+"/monitoring/prometheus/host",schemaPath:"#/$defs/dnsName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
if(!pattern7.test(data85)){
const err217 = {instancePath:instancePath+"/monitoring/prometheus/host",schemaPath:"#/$defs/dnsName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
else {
const err218 = {instancePath:instancePath+"/monitoring/prometheus/host",schemaPath:"#/$defs/dnsName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
let data86 = data84.retention;
if(typeof data86 === "string"){
if(!pattern40.test(data86)){
const err219 = {instancePath:instancePath+"/monitoring/prometheus/retention",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]{1,6}(ms|s|m|h|d|w|y))+$"},message:"must match pattern \""+"^([0-9]{1,6}(ms|s|m|h|d|w|y))+$"+"\""};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
else {
const err220 = {instancePath:instancePath+"/monitoring/prometheus/retention",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if(data84.retentionSize !== undefined){
let data87 = data84.retentionSize;
if(typeof data87 === "string"){
if(!pattern41.test(data87)){
const err221 = {instancePath:instancePath+"/monitoring/prometheus/retentionSize",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
else {
const err222 = {instancePath:instancePath+"/monitoring/prometheus/retentionSize",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(typeof data84.walCompression !== "boolean"){
const err223 = {instancePath:instancePath+"/monitoring/prometheus/walCompression",schemaPath:"#/properties/monitoring/properties/prometheus/properties/walCompression/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
let data89 = data84.storage;
if(data89 && typeof data89 == "object" && !Array.isArray(data89)){
if(data89.size === undefined){
data89.size = "20Gi";
}
if(data89.class === undefined){
data89.class = "local-path";
}
for(const key24 in data89){
if(!((key24 === "size") || (key24 === "class"))){
const err224 = {instancePath:instancePath+"/monitoring/prometheus/storage",schemaPath:"#/properties/monitoring/properties/prometheus/properties/storage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
let data90 = data89.size;
if(typeof data90 === "string"){
if(!pattern41.test(data90)){
const err225 = {instancePath:instancePath+"/monitoring/prometheus/storage/size",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
else {
const err226 = {instancePath:instancePath+"/monitoring/prometheus/storage/size",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
let data91 = data89.class;
if(typeof data91 === "string"){
if(!pattern4.test(data91)){
const err227 = {instancePath:instancePath+"/monitoring/prometheus/storage/class",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
else {
const err228 = {instancePath:instancePath+"/monitoring/prometheus/storage/class",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
else {
const err229 = {instancePath:instancePath+"/monitoring/prometheus/storage",schemaPath:"#/properties/monitoring/properties/prometheus/properties/storage/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
let data92 = data84.remoteWrite;
if(Array.isArray(data92)){
const len9 = data92.length;
for(let i11=0; i11<len9; i11++){
let data93 = data92[i11];
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
if(data93.kind === undefined){
data93.kind = "generic";
}
if(data93.name === undefined){
const err230 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11,schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
if(data93.url === undefined){
const err231 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11,schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
for(const key25 in data93){
if(!((((key25 === "name") || (key25 === "kind")) || (key25 === "url")) || (key25 === "basicAuthSecret"))){
const err232 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11,schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
if(data93.name !== undefined){
let data94 = data93.name;
if(typeof data94 === "string"){
if(!pattern4.test(data94)){
const err233 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
else {
const err234 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
let data95 = data93.kind;
if(typeof data95 !== "string"){
const err235 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/kind",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
if(!((((data95 === "thanos") || (data95 === "mimir")) || (data95 === "victoriametrics")) || (data95 === "generic"))){
const err236 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/kind",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.monitoring.properties.prometheus.properties.remoteWrite.items.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
if(data93.url !== undefined){
let data96 = data93.url;
if(typeof data96 === "string"){
if(func2(data96) > 2048){
const err237 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/url",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
if(!pattern37.test(data96)){
const err238 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/url",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
else {
const err239 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/url",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data93.basicAuthSecret !== undefined){
let data97 = data93.basicAuthSecret;
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
if(data97.name === undefined){
const err240 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/basicAuthSecret",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/basicAuthSecret/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
for(const key26 in data97){
if(!((key26 === "name") || (key26 === "key"))){
const err241 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/basicAuthSecret",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/basicAuthSecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data97.name !== undefined){
let data98 = data97.name;
if(typeof data98 === "string"){
if(!pattern4.test(data98)){
const err242 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/basicAuthSecret/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
else {
const err243 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/basicAuthSecret/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data97.key !== undefined){
let data99 = data97.key;
if(typeof data99 === "string"){
if(!pattern47.test(data99)){
const err244 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/basicAuthSecret/key",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/basicAuthSecret/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]{1,253}$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]{1,253}$"+"\""};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
else {
const err245 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/basicAuthSecret/key",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/basicAuthSecret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
}
else {
const err246 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/basicAuthSecret",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/basicAuthSecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
}
else {
const err247 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11,schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
}
else {
const err248 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
else {
const err249 = {instancePath:instancePath+"/monitoring/prometheus",schemaPath:"#/properties/monitoring/properties/prometheus/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
let data100 = data82.alertmanager;
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
if(data100.storage === undefined){
data100.storage = {};
}
if(data100.receivers === undefined){
data100.receivers = [{"name":"null"}];
}
if(data100.route === undefined){
data100.route = {};
}
for(const key27 in data100){
if(!((((key27 === "host") || (key27 === "storage")) || (key27 === "receivers")) || (key27 === "route"))){
const err250 = {instancePath:instancePath+"/monitoring/alertmanager",schemaPath:"#/properties/monitoring/properties/alertmanager/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data100.host !== undefined){
let data101 = data100.host;
if(typeof data101 === "string"){
if(func2(data101) > 253){
const err251 = {instancePath:instancePath+"/monitoring/alertmanager/host",schemaPath:"#/$defs/dnsName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
if(!pattern7.test(data101)){
const err252 = {instancePath:instancePath+"/monitoring/alertmanager/host",schemaPath:"#/$defs/dnsName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
else {
const err253 = {instancePath:instancePath+"/monitoring/alertmanager/host",schemaPath:"#/$defs/dnsName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
let data102 = data100.storage;
if(data102 && typeof data102 == "object" && !Array.isArray(data102)){
if(data102.size === undefined){
data102.size = "2Gi";
}
if(data102.class === undefined){
data102.class = "local-path";
}
for(const key28 in data102){
if(!((key28 === "size") || (key28 === "class"))){
const err254 = {instancePath:instancePath+"/monitoring/alertmanager/storage",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/storage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
let data103 = data102.size;
if(typeof data103 === "string"){
if(!pattern41.test(data103)){
const err255 = {instancePath:instancePath+"/monitoring/alertmanager/storage/size",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
else {
const err256 = {instancePath:instancePath+"/monitoring/alertmanager/storage/size",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
let data104 = data102.class;
if(typeof data104 === "string"){
if(!pattern4.test(data104)){
const err257 = {instancePath:instancePath+"/monitoring/alertmanager/storage/class",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
else {
const err258 = {instancePath:instancePath+"/monitoring/alertmanager/storage/class",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
else {
const err259 = {instancePath:instancePath+"/monitoring/alertmanager/storage",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/storage/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
let data105 = data100.receivers;
if(Array.isArray(data105)){
const len10 = data105.length;
for(let i12=0; i12<len10; i12++){
let data106 = data105[i12];
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.name === undefined){
const err260 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
for(const key29 in data106){
if(!(((key29 === "name") || (key29 === "webhook")) || (key29 === "email"))){
const err261 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data106.name !== undefined){
let data107 = data106.name;
if(typeof data107 === "string"){
if(!pattern51.test(data107)){
const err262 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/name",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[-_a-zA-Z0-9\\\\. ]{1,63}$"},message:"must match pattern \""+"^[-_a-zA-Z0-9\\\\. ]{1,63}$"+"\""};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
else {
const err263 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/name",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data106.webhook !== undefined){
let data108 = data106.webhook;
if(data108 && typeof data108 == "object" && !Array.isArray(data108)){
for(const key30 in data108){
if(!((key30 === "url") || (key30 === "urlSecret"))){
const err264 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data108.url !== undefined){
let data109 = data108.url;
if(typeof data109 === "string"){
if(func2(data109) > 2048){
const err265 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/url",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
if(!pattern52.test(data109)){
const err266 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/url",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^@\\s]+$"},message:"must match pattern \""+"^https?://[^@\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
else {
const err267 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/url",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
if(data108.urlSecret !== undefined){
let data110 = data108.urlSecret;
if(data110 && typeof data110 == "object" && !Array.isArray(data110)){
if(data110.name === undefined){
const err268 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/urlSecret",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/properties/urlSecret/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
for(const key31 in data110){
if(!((key31 === "name") || (key31 === "key"))){
const err269 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/urlSecret",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/properties/urlSecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data110.name !== undefined){
let data111 = data110.name;
if(typeof data111 === "string"){
if(!pattern4.test(data111)){
const err270 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/urlSecret/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
else {
const err271 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/urlSecret/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data110.key !== undefined){
let data112 = data110.key;
if(typeof data112 === "string"){
if(!pattern47.test(data112)){
const err272 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/urlSecret/key",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/properties/urlSecret/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]{1,253}$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]{1,253}$"+"\""};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
else {
const err273 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/urlSecret/key",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/properties/urlSecret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
}
else {
const err274 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/urlSecret",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/properties/urlSecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
}
else {
const err275 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
if(data106.email !== undefined){
let data113 = data106.email;
if(data113 && typeof data113 == "object" && !Array.isArray(data113)){
if(data113.to === undefined){
const err276 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
if(data113.from === undefined){
const err277 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if(data113.smarthost === undefined){
const err278 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/required",keyword:"required",params:{missingProperty: "smarthost"},message:"must have required property '"+"smarthost"+"'"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
for(const key32 in data113){
if(!(((((key32 === "to") || (key32 === "from")) || (key32 === "smarthost")) || (key32 === "authUsername")) || (key32 === "authPasswordSecret"))){
const err279 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data113.to !== undefined){
let data114 = data113.to;
if(typeof data114 === "string"){
if(!pattern55.test(data114)){
const err280 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/to",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/to/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
else {
const err281 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/to",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
if(data113.from !== undefined){
let data115 = data113.from;
if(typeof data115 === "string"){
if(!pattern55.test(data115)){
const err282 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/from",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/from/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
else {
const err283 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/from",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data113.smarthost !== undefined){
let data116 = data113.smarthost;
if(typeof data116 === "string"){
if(!pattern57.test(data116)){
const err284 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/smarthost",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/smarthost/pattern",keyword:"pattern",params:{pattern: "^[^\\s:]+:[0-9]{1,5}$"},message:"must match pattern \""+"^[^\\s:]+:[0-9]{1,5}$"+"\""};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
else {
const err285 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/smarthost",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/smarthost/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
if(data113.authUsername !== undefined){
let data117 = data113.authUsername;
if(typeof data117 === "string"){
if(func2(data117) > 256){
const err286 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authUsername",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/authUsername/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
else {
const err287 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authUsername",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/authUsername/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
if(data113.authPasswordSecret !== undefined){
let data118 = data113.authPasswordSecret;
if(data118 && typeof data118 == "object" && !Array.isArray(data118)){
if(data118.name === undefined){
const err288 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authPasswordSecret",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/authPasswordSecret/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
for(const key33 in data118){
if(!((key33 === "name") || (key33 === "key"))){
const err289 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authPasswordSecret",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/authPasswordSecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
if(data118.name !== undefined){
let data119 = data118.name;
if(typeof data119 === "string"){
if(!pattern4.test(data119)){
const err290 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authPasswordSecret/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
else {
const err291 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authPasswordSecret/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data118.key !== undefined){
let data120 = data118.key;
if(typeof data120 === "string"){
if(!pattern47.test(data120)){
const err292 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authPasswordSecret/key",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/authPasswordSecret/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]{1,253}$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]{1,253}$"+"\""};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
else {
const err293 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authPasswordSecret/key",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/authPasswordSecret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
}
else {
const err294 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authPasswordSecret",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/authPasswordSecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
}
else {
const err295 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
}
else {
const err296 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
}
else {
const err297 = {instancePath:instancePath+"/monitoring/alertmanager/receivers",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
let data121 = data100.route;
if(data121 && typeof data121 == "object" && !Array.isArray(data121)){
if(data121.receiver === undefined){
data121.receiver = "null";
}
if(data121.groupBy === undefined){
data121.groupBy = ["alertname","namespace"];
}
if(data121.routes === undefined){
data121.routes = [];
}
for(const key34 in data121){
if(!(((key34 === "receiver") || (key34 === "groupBy")) || (key34 === "routes"))){
const err298 = {instancePath:instancePath+"/monitoring/alertmanager/route",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
if(typeof data121.receiver !== "string"){
const err299 = {instancePath:instancePath+"/monitoring/alertmanager/route/receiver",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/receiver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
let data123 = data121.groupBy;
if(Array.isArray(data123)){
const len11 = data123.length;
for(let i13=0; i13<len11; i13++){
let data124 = data123[i13];
if(typeof data124 === "string"){
if(!pattern60.test(data124)){
const err300 = {instancePath:instancePath+"/monitoring/alertmanager/route/groupBy/" + i13,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/groupBy/items/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$|^\\.\\.\\.$"},message:"must match pattern \""+"^[a-zA-Z_][a-zA-Z0-9_]*$|^\\.\\.\\.$"+"\""};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
else {
const err301 = {instancePath:instancePath+"/monitoring/alertmanager/route/groupBy/" + i13,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/groupBy/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
}
else {
const err302 = {instancePath:instancePath+"/monitoring/alertmanager/route/groupBy",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/groupBy/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
let data125 = data121.routes;
if(Array.isArray(data125)){
const len12 = data125.length;
for(let i14=0; i14<len12; i14++){
let data126 = data125[i14];
if(data126 && typeof data126 == "object" && !Array.isArray(data126)){
if(data126.continue === undefined){
data126.continue = false;
}
if(data126.receiver === undefined){
const err303 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/required",keyword:"required",params:{missingProperty: "receiver"},message:"must have required property '"+"receiver"+"'"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
if(data126.matchers === undefined){
const err304 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/required",keyword:"required",params:{missingProperty: "matchers"},message:"must have required property '"+"matchers"+"'"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
for(const key35 in data126){
if(!(((key35 === "receiver") || (key35 === "matchers")) || (key35 === "continue"))){
const err305 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
if(data126.receiver !== undefined){
if(typeof data126.receiver !== "string"){
const err306 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14+"/receiver",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/properties/receiver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
if(data126.matchers !== undefined){
let data128 = data126.matchers;
if(Array.isArray(data128)){
if(data128.length < 1){
const err307 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14+"/matchers",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/properties/matchers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
const len13 = data128.length;
for(let i15=0; i15<len13; i15++){
let data129 = data128[i15];
if(typeof data129 === "string"){
if(func2(data129) > 512){
const err308 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14+"/matchers/" + i15,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/properties/matchers/items/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
if(func2(data129) < 1){
const err309 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14+"/matchers/" + i15,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/properties/matchers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
else {
const err310 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14+"/matchers/" + i15,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/properties/matchers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
}
else {
const err311 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14+"/matchers",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/properties/matchers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
if(typeof data126.continue !== "boolean"){
const err312 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14+"/continue",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/properties/continue/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
else {
const err313 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
}
else {
const err314 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
else {
const err315 = {instancePath:instancePath+"/monitoring/alertmanager/route",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
else {
const err316 = {instancePath:instancePath+"/monitoring/alertmanager",schemaPath:"#/properties/monitoring/properties/alertmanager/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
let data131 = data82.grafana;
if(data131 && typeof data131 == "object" && !Array.isArray(data131)){
if(data131.storage === undefined){
data131.storage = {};
}
for(const key36 in data131){
if(!(((key36 === "host") || (key36 === "storage")) || (key36 === "adminSecret"))){
const err317 = {instancePath:instancePath+"/monitoring/grafana",schemaPath:"#/properties/monitoring/properties/grafana/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
if(data131.host !== undefined){
let data132 = data131.host;
if(typeof data132 === "string"){
if(func2(data132) > 253){
const err318 = {instancePath:instancePath+"/monitoring/grafana/host",schemaPath:"#/$defs/dnsName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
if(!pattern7.test(data132)){
const err319 = {instancePath:instancePath+"/monitoring/grafana/host",schemaPath:"#/$defs/dnsName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
else {
const err320 = {instancePath:instancePath+"/monitoring/grafana/host",schemaPath:"#/$defs/dnsName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
let data133 = data131.storage;
if(data133 && typeof data133 == "object" && !Array.isArray(data133)){
if(data133.size === undefined){
data133.size = "5Gi";
}
if(data133.class === undefined){
data133.class = "local-path";
}
for(const key37 in data133){
if(!((key37 === "size") || (key37 === "class"))){
const err321 = {instancePath:instancePath+"/monitoring/grafana/storage",schemaPath:"#/properties/monitoring/properties/grafana/properties/storage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
let data134 = data133.size;
if(typeof data134 === "string"){
if(!pattern41.test(data134)){
const err322 = {instancePath:instancePath+"/monitoring/grafana/storage/size",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
}
else {
const err323 = {instancePath:instancePath+"/monitoring/grafana/storage/size",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
let data135 = data133.class;
if(typeof data135 === "string"){
if(!pattern4.test(data135)){
const err324 = {instancePath:instancePath+"/monitoring/grafana/storage/class",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
else {
const err325 = {instancePath:instancePath+"/monitoring/grafana/storage/class",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
}
else {
const err326 = {instancePath:instancePath+"/monitoring/grafana/storage",schemaPath:"#/properties/monitoring/properties/grafana/properties/storage/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
if(data131.adminSecret !== undefined){
let data136 = data131.adminSecret;
if(data136 && typeof data136 == "object" && !Array.isArray(data136)){
if(data136.userKey === undefined){
data136.userKey = "admin-user";
}
if(data136.passwordKey === undefined){
data136.passwordKey = "admin-password";
}
if(data136.name === undefined){
const err327 = {instancePath:instancePath+"/monitoring/grafana/adminSecret",schemaPath:"#/properties/monitoring/properties/grafana/properties/adminSecret/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
for(const key38 in data136){
if(!(((key38 === "name") || (key38 === "userKey")) || (key38 === "passwordKey"))){
const err328 = {instancePath:instancePath+"/monitoring/grafana/adminSecret",schemaPath:"#/properties/monitoring/properties/grafana/properties/adminSecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
if(data136.name !== undefined){
let data137 = data136.name;
if(typeof data137 === "string"){
if(!pattern4.test(data137)){
const err329 = {instancePath:instancePath+"/monitoring/grafana/adminSecret/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
else {
const err330 = {instancePath:instancePath+"/monitoring/grafana/adminSecret/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
let data138 = data136.userKey;
if(typeof data138 === "string"){
if(!pattern47.test(data138)){
const err331 = {instancePath:instancePath+"/monitoring/grafana/adminSecret/userKey",schemaPath:"#/properties/monitoring/properties/grafana/properties/adminSecret/properties/userKey/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]{1,253}$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]{1,253}$"+"\""};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
else {
const err332 = {instancePath:instancePath+"/monitoring/grafana/adminSecret/userKey",schemaPath:"#/properties/monitoring/properties/grafana/properties/adminSecret/properties/userKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
let data139 = data136.passwordKey;
if(typeof data139 === "string"){
if(!pattern47.test(data139)){
const err333 = {instancePath:instancePath+"/monitoring/grafana/adminSecret/passwordKey",schemaPath:"#/properties/monitoring/properties/grafana/properties/adminSecret/properties/passwordKey/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]{1,253}$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]{1,253}$"+"\""};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
else {
const err334 = {instancePath:instancePath+"/monitoring/grafana/adminSecret/passwordKey",schemaPath:"#/properties/monitoring/properties/grafana/properties/adminSecret/properties/passwordKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
else {
const err335 = {instancePath:instancePath+"/monitoring/grafana/adminSecret",schemaPath:"#/properties/monitoring/properties/grafana/properties/adminSecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
}
else {
const err336 = {instancePath:instancePath+"/monitoring/grafana",schemaPath:"#/properties/monitoring/properties/grafana/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
}
else {
const err337 = {instancePath:instancePath+"/monitoring",schemaPath:"#/properties/monitoring/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
if(data.objectStore !== undefined){
let data140 = data.objectStore;
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.kind === undefined){
data140.kind = "minio";
}
if(data140.name === undefined){
data140.name = "minio";
}
if(data140.namespace === undefined){
data140.namespace = "minio";
}
if(data140.storageClass === undefined){
data140.storageClass = "local-path";
}
if(data140.pools === undefined){
data140.pools = [];
}
if(data140.require === undefined){
data140.require = {};
}
if(data140.exposure === undefined){
data140.exposure = {};
}
if(data140.buckets === undefined){
data140.buckets = [];
}
if(data140.resources === undefined){
data140.resources = {};
}
if(data140.erasure === undefined){
const err338 = {instancePath:instancePath+"/objectStore",schemaPath:"#/properties/objectStore/required",keyword:"required",params:{missingProperty: "erasure"},message:"must have required property '"+"erasure"+"'"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
if(data140.servers === undefined){
const err339 = {instancePath:instancePath+"/objectStore",schemaPath:"#/properties/objectStore/required",keyword:"required",params:{missingProperty: "servers"},message:"must have required property '"+"servers"+"'"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
if(data140.drivesPerServer === undefined){
const err340 = {instancePath:instancePath+"/objectStore",schemaPath:"#/properties/objectStore/required",keyword:"required",params:{missingProperty: "drivesPerServer"},message:"must have required property '"+"drivesPerServer"+"'"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
if(data140.driveSize === undefined){
const err341 = {instancePath:instancePath+"/objectStore",schemaPath:"#/properties/objectStore/required",keyword:"required",params:{missingProperty: "driveSize"},message:"must have required property '"+"driveSize"+"'"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
if(data140.nodes === undefined){
const err342 = {instancePath:instancePath+"/objectStore",schemaPath:"#/properties/objectStore/required",keyword:"required",params:{missingProperty: "nodes"},message:"must have required property '"+"nodes"+"'"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
if(data140.credentials === undefined){
const err343 = {instancePath:instancePath+"/objectStore",schemaPath:"#/properties/objectStore/required",keyword:"required",params:{missingProperty: "credentials"},message:"must have required property '"+"credentials"+"'"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
for(const key39 in data140){
if(!(func1.call(schema31.properties.objectStore.properties, key39))){
const err344 = {instancePath:instancePath+"/objectStore",schemaPath:"#/properties/objectStore/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
let data141 = data140.kind;
if(typeof data141 !== "string"){
const err345 = {instancePath:instancePath+"/objectStore/kind",schemaPath:"#/properties/objectStore/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
if(!(data141 === "minio")){
const err346 = {instancePath:instancePath+"/objectStore/kind",schemaPath:"#/properties/objectStore/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.objectStore.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
let data142 = data140.name;
if(typeof data142 === "string"){
if(!pattern4.test(data142)){
const err347 = {instancePath:instancePath+"/objectStore/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
else {
const err348 = {instancePath:instancePath+"/objectStore/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
let data143 = data140.namespace;
if(typeof data143 === "string"){
if(!pattern4.test(data143)){
const err349 = {instancePath:instancePath+"/objectStore/namespace",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
}
else {
const err350 = {instancePath:instancePath+"/objectStore/namespace",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
if(data140.erasure !== undefined){
let data144 = data140.erasure;
if(data144 && typeof data144 == "object" && !Array.isArray(data144)){
if(data144.data === undefined){
const err351 = {instancePath:instancePath+"/objectStore/erasure",schemaPath:"#/properties/objectStore/properties/erasure/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
if(data144.parity === undefined){
const err352 = {instancePath:instancePath+"/objectStore/erasure",schemaPath:"#/properties/objectStore/properties/erasure/required",keyword:"required",params:{missingProperty: "parity"},message:"must have required property '"+"parity"+"'"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
for(const key40 in data144){
if(!((key40 === "data") || (key40 === "parity"))){
const err353 = {instancePath:instancePath+"/objectStore/erasure",schemaPath:"#/properties/objectStore/properties/erasure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
if(data144.data !== undefined){
let data145 = data144.data;
if(!(((typeof data145 == "number") && (!(data145 % 1) && !isNaN(data145))) && (isFinite(data145)))){
const err354 = {instancePath:instancePath+"/objectStore/erasure/data",schemaPath:"#/properties/objectStore/properties/erasure/properties/data/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
if((typeof data145 == "number") && (isFinite(data145))){
if(data145 > 16 || isNaN(data145)){
const err355 = {instancePath:instancePath+"/objectStore/erasure/data",schemaPath:"#/properties/objectStore/properties/erasure/properties/data/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
if(data145 < 1 || isNaN(data145)){
const err356 = {instancePath:instancePath+"/objectStore/erasure/data",schemaPath:"#/properties/objectStore/properties/erasure/properties/data/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
}
}
if(data144.parity !== undefined){
let data146 = data144.parity;
if(!(((typeof data146 == "number") && (!(data146 % 1) && !isNaN(data146))) && (isFinite(data146)))){
const err357 = {instancePath:instancePath+"/objectStore/erasure/parity",schemaPath:"#/properties/objectStore/properties/erasure/properties/parity/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
if((typeof data146 == "number") && (isFinite(data146))){
if(data146 > 8 || isNaN(data146)){
const err358 = {instancePath:instancePath+"/objectStore/erasure/parity",schemaPath:"#/properties/objectStore/properties/erasure/properties/parity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8},message:"must be <= 8"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
if(data146 < 0 || isNaN(data146)){
const err359 = {instancePath:instancePath+"/objectStore/erasure/parity",schemaPath:"#/properties/objectStore/properties/erasure/properties/parity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
}
}
else {
const err360 = {instancePath:instancePath+"/objectStore/erasure",schemaPath:"#/properties/objectStore/properties/erasure/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
if(data140.servers !== undefined){
let data147 = data140.servers;
if(!(((typeof data147 == "number") && (!(data147 % 1) && !isNaN(data147))) && (isFinite(data147)))){
const err361 = {instancePath:instancePath+"/objectStore/servers",schemaPath:"#/properties/objectStore/properties/servers/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
if((typeof data147 == "number") && (isFinite(data147))){
if(data147 < 1 || isNaN(data147)){
const err362 = {instancePath:instancePath+"/objectStore/servers",schemaPath:"#/properties/objectStore/properties/servers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
}
if(data140.drivesPerServer !== undefined){
let data148 = data140.drivesPerServer;
if(!(((typeof data148 == "number") && (!(data148 % 1) && !isNaN(data148))) && (isFinite(data148)))){
const err363 = {instancePath:instancePath+"/objectStore/drivesPerServer",schemaPath:"#/properties/objectStore/properties/drivesPerServer/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
if((typeof data148 == "number") && (isFinite(data148))){
if(data148 > 16 || isNaN(data148)){
const err364 = {instancePath:instancePath+"/objectStore/drivesPerServer",schemaPath:"#/properties/objectStore/properties/drivesPerServer/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
if(data148 < 1 || isNaN(data148)){
const err365 = {instancePath:instancePath+"/objectStore/drivesPerServer",schemaPath:"#/properties/objectStore/properties/drivesPerServer/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
}
}
if(data140.driveSize !== undefined){
let data149 = data140.driveSize;
if(typeof data149 === "string"){
if(!pattern41.test(data149)){
const err366 = {instancePath:instancePath+"/objectStore/driveSize",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
else {
const err367 = {instancePath:instancePath+"/objectStore/driveSize",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
}
let data150 = data140.storageClass;
if(typeof data150 === "string"){
if(!pattern4.test(data150)){
const err368 = {instancePath:instancePath+"/objectStore/storageClass",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
else {
const err369 = {instancePath:instancePath+"/objectStore/storageClass",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
if(data140.nodes !== undefined){
let data151 = data140.nodes;
if(Array.isArray(data151)){
if(data151.length < 1){
const err370 = {instancePath:instancePath+"/objectStore/nodes",schemaPath:"#/properties/objectStore/properties/nodes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
const len14 = data151.length;
for(let i16=0; i16<len14; i16++){
let data152 = data151[i16];
if(typeof data152 === "string"){
if(!pattern4.test(data152)){
const err371 = {instancePath:instancePath+"/objectStore/nodes/" + i16,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
else {
const err372 = {instancePath:instancePath+"/objectStore/nodes/" + i16,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
}
let i17 = data151.length;
let j2;
if(i17 > 1){
outer1:
for(;i17--;){
for(j2 = i17; j2--;){
if(func0(data151[i17], data151[j2])){
const err373 = {instancePath:instancePath+"/objectStore/nodes",schemaPath:"#/properties/objectStore/properties/nodes/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i17+" are identical)"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err374 = {instancePath:instancePath+"/objectStore/nodes",schemaPath:"#/properties/objectStore/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
}
let data153 = data140.pools;
if(Array.isArray(data153)){
const len15 = data153.length;
for(let i18=0; i18<len15; i18++){
let data154 = data153[i18];
if(data154 && typeof data154 == "object" && !Array.isArray(data154)){
if(data154.name === undefined){
const err375 = {instancePath:instancePath+"/objectStore/pools/" + i18,schemaPath:"#/properties/objectStore/properties/pools/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
if(data154.erasure === undefined){
const err376 = {instancePath:instancePath+"/objectStore/pools/" + i18,schemaPath:"#/properties/objectStore/properties/pools/items/required",keyword:"required",params:{missingProperty: "erasure"},message:"must have required property '"+"erasure"+"'"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
if(data154.servers === undefined){
const err377 = {instancePath:instancePath+"/objectStore/pools/" + i18,schemaPath:"#/properties/objectStore/properties/pools/items/required",keyword:"required",params:{missingProperty: "servers"},message:"must have required property '"+"servers"+"'"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
if(data154.drivesPerServer === undefined){
const err378 = {instancePath:instancePath+"/objectStore/pools/" + i18,schemaPath:"#/properties/objectStore/properties/pools/items/required",keyword:"required",params:{missingProperty: "drivesPerServer"},message:"must have required property '"+"drivesPerServer"+"'"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
if(data154.driveSize === undefined){
const err379 = {instancePath:instancePath+"/objectStore/pools/" + i18,schemaPath:"#/properties/objectStore/properties/pools/items/required",keyword:"required",params:{missingProperty: "driveSize"},message:"must have required property '"+"driveSize"+"'"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
if(data154.nodes === undefined){
const err380 = {instancePath:instancePath+"/objectStore/pools/" + i18,schemaPath:"#/properties/objectStore/properties/pools/items/required",keyword:"required",params:{missingProperty: "nodes"},message:"must have required property '"+"nodes"+"'"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
for(const key41 in data154){
if(!(((((((key41 === "name") || (key41 === "erasure")) || (key41 === "servers")) || (key41 === "drivesPerServer")) || (key41 === "driveSize")) || (key41 === "storageClass")) || (key41 === "nodes"))){
const err381 = {instancePath:instancePath+"/objectStore/pools/" + i18,schemaPath:"#/properties/objectStore/properties/pools/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
if(data154.name !== undefined){
let data155 = data154.name;
if(typeof data155 === "string"){
if(!pattern4.test(data155)){
const err382 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
}
else {
const err383 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
}
if(data154.erasure !== undefined){
let data156 = data154.erasure;
if(data156 && typeof data156 == "object" && !Array.isArray(data156)){
if(data156.data === undefined){
const err384 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/erasure",schemaPath:"#/properties/objectStore/properties/pools/items/properties/erasure/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
for(const key42 in data156){
if(!(key42 === "data")){
const err385 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/erasure",schemaPath:"#/properties/objectStore/properties/pools/items/properties/erasure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
if(data156.data !== undefined){
let data157 = data156.data;
if(!(((typeof data157 == "number") && (!(data157 % 1) && !isNaN(data157))) && (isFinite(data157)))){
const err386 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/erasure/data",schemaPath:"#/properties/objectStore/properties/pools/items/properties/erasure/properties/data/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
if((typeof data157 == "number") && (isFinite(data157))){
if(data157 > 16 || isNaN(data157)){
const err387 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/erasure/data",schemaPath:"#/properties/objectStore/properties/pools/items/properties/erasure/properties/data/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
if(data157 < 1 || isNaN(data157)){
const err388 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/erasure/data",schemaPath:"#/properties/objectStore/properties/pools/items/properties/erasure/properties/data/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
}
}
else {
const err389 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/erasure",schemaPath:"#/properties/objectStore/properties/pools/items/properties/erasure/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
if(data154.servers !== undefined){
let data158 = data154.servers;
if(!(((typeof data158 == "number") && (!(data158 % 1) && !isNaN(data158))) && (isFinite(data158)))){
const err390 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/servers",schemaPath:"#/properties/objectStore/properties/pools/items/properties/servers/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
if((typeof data158 == "number") && (isFinite(data158))){
if(data158 < 1 || isNaN(data158)){
const err391 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/servers",schemaPath:"#/properties/objectStore/properties/pools/items/properties/servers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
}
if(data154.drivesPerServer !== undefined){
let data159 = data154.drivesPerServer;
if(!(((typeof data159 == "number") && (!(data159 % 1) && !isNaN(data159))) && (isFinite(data159)))){
const err392 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/drivesPerServer",schemaPath:"#/properties/objectStore/properties/pools/items/properties/drivesPerServer/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
if((typeof data159 == "number") && (isFinite(data159))){
if(data159 > 16 || isNaN(data159)){
const err393 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/drivesPerServer",schemaPath:"#/properties/objectStore/properties/pools/items/properties/drivesPerServer/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
if(data159 < 1 || isNaN(data159)){
const err394 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/drivesPerServer",schemaPath:"#/properties/objectStore/properties/pools/items/properties/drivesPerServer/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
}
if(data154.driveSize !== undefined){
let data160 = data154.driveSize;
if(typeof data160 === "string"){
if(!pattern41.test(data160)){
const err395 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/driveSize",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
else {
const err396 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/driveSize",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
if(data154.storageClass !== undefined){
let data161 = data154.storageClass;
if(typeof data161 === "string"){
if(!pattern4.test(data161)){
const err397 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/storageClass",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
else {
const err398 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/storageClass",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
if(data154.nodes !== undefined){
let data162 = data154.nodes;
if(Array.isArray(data162)){
if(data162.length < 1){
const err399 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/nodes",schemaPath:"#/properties/objectStore/properties/pools/items/properties/nodes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
const len16 = data162.length;
for(let i19=0; i19<len16; i19++){
let data163 = data162[i19];
if(typeof data163 === "string"){
if(!pattern4.test(data163)){
const err400 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/nodes/" + i19,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
}
else {
const err401 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/nodes/" + i19,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
let i20 = data162.length;
let j3;
if(i20 > 1){
outer2:
for(;i20--;){
for(j3 = i20; j3--;){
if(func0(data162[i20], data162[j3])){
const err402 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/nodes",schemaPath:"#/properties/objectStore/properties/pools/items/properties/nodes/uniqueItems",keyword:"uniqueItems",params:{i: i20, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i20+" are identical)"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err403 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/nodes",schemaPath:"#/properties/objectStore/properties/pools/items/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
}
}
else {
const err404 = {instancePath:instancePath+"/objectStore/pools/" + i18,schemaPath:"#/properties/objectStore/properties/pools/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
}
}
else {
const err405 = {instancePath:instancePath+"/objectStore/pools",schemaPath:"#/properties/objectStore/properties/pools/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
let data164 = data140.require;
if(data164 && typeof data164 == "object" && !Array.isArray(data164)){
if(data164.nodeFailures === undefined){
data164.nodeFailures = 1;
}
for(const key43 in data164){
if(!((key43 === "usable") || (key43 === "nodeFailures"))){
const err406 = {instancePath:instancePath+"/objectStore/require",schemaPath:"#/properties/objectStore/properties/require/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
}
if(data164.usable !== undefined){
let data165 = data164.usable;
if(typeof data165 === "string"){
if(!pattern41.test(data165)){
const err407 = {instancePath:instancePath+"/objectStore/require/usable",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
else {
const err408 = {instancePath:instancePath+"/objectStore/require/usable",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
let data166 = data164.nodeFailures;
if(!(((typeof data166 == "number") && (!(data166 % 1) && !isNaN(data166))) && (isFinite(data166)))){
const err409 = {instancePath:instancePath+"/objectStore/require/nodeFailures",schemaPath:"#/properties/objectStore/properties/require/properties/nodeFailures/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
if((typeof data166 == "number") && (isFinite(data166))){
if(data166 > 16 || isNaN(data166)){
const err410 = {instancePath:instancePath+"/objectStore/require/nodeFailures",schemaPath:"#/properties/objectStore/properties/require/properties/nodeFailures/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
if(data166 < 0 || isNaN(data166)){
const err411 = {instancePath:instancePath+"/objectStore/require/nodeFailures",schemaPath:"#/properties/objectStore/properties/require/properties/nodeFailures/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
}
}
else {
const err412 = {instancePath:instancePath+"/objectStore/require",schemaPath:"#/properties/objectStore/properties/require/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
let data167 = data140.exposure;
if(data167 && typeof data167 == "object" && !Array.isArray(data167)){
if(data167.mode === undefined){
data167.mode = "ingress";
}
for(const key44 in data167){
if(!((((key44 === "mode") || (key44 === "apiHost")) || (key44 === "consoleHost")) || (key44 === "address"))){
const err413 = {instancePath:instancePath+"/objectStore/exposure",schemaPath:"#/properties/objectStore/properties/exposure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
let data168 = data167.mode;
if(typeof data168 !== "string"){
const err414 = {instancePath:instancePath+"/objectStore/exposure/mode",schemaPath:"#/properties/objectStore/properties/exposure/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
if(!((data168 === "ingress") || (data168 === "loadBalancer"))){
const err415 = {instancePath:instancePath+"/objectStore/exposure/mode",schemaPath:"#/properties/objectStore/properties/exposure/properties/mode/enum",keyword:"enum",params:{allowedValues: schema31.properties.objectStore.properties.exposure.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
if(data167.apiHost !== undefined){
let data169 = data167.apiHost;
if(typeof data169 === "string"){
if(func2(data169) > 253){
const err416 = {instancePath:instancePath+"/objectStore/exposure/apiHost",schemaPath:"#/$defs/dnsName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
if(!pattern7.test(data169)){
const err417 = {instancePath:instancePath+"/objectStore/exposure/apiHost",schemaPath:"#/$defs/dnsName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
}
else {
const err418 = {instancePath:instancePath+"/objectStore/exposure/apiHost",schemaPath:"#/$defs/dnsName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
}
if(data167.consoleHost !== undefined){
let data170 = data167.consoleHost;
if(typeof data170 === "string"){
if(func2(data170) > 253){
const err419 = {instancePath:instancePath+"/objectStore/exposure/consoleHost",schemaPath:"#/$defs/dnsName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
if(!pattern7.test(data170)){
const err420 = {instancePath:instancePath+"/objectStore/exposure/consoleHost",schemaPath:"#/$defs/dnsName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
}
else {
const err421 = {instancePath:instancePath+"/objectStore/exposure/consoleHost",schemaPath:"#/$defs/dnsName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
}
if(data167.address !== undefined){
let data171 = data167.address;
if(typeof data171 === "string"){
if(!pattern6.test(data171)){
const err422 = {instancePath:instancePath+"/objectStore/exposure/address",schemaPath:"#/$defs/ipv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\""};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
}
else {
const err423 = {instancePath:instancePath+"/objectStore/exposure/address",schemaPath:"#/$defs/ipv4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
}
}
else {
const err424 = {instancePath:instancePath+"/objectStore/exposure",schemaPath:"#/properties/objectStore/properties/exposure/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
if(data140.credentials !== undefined){
let data172 = data140.credentials;
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
if(data172.secretRef === undefined){
const err425 = {instancePath:instancePath+"/objectStore/credentials",schemaPath:"#/properties/objectStore/properties/credentials/required",keyword:"required",params:{missingProperty: "secretRef"},message:"must have required property '"+"secretRef"+"'"};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
for(const key45 in data172){
if(!(key45 === "secretRef")){
const err426 = {instancePath:instancePath+"/objectStore/credentials",schemaPath:"#/properties/objectStore/properties/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
}
if(data172.secretRef !== undefined){
let data173 = data172.secretRef;
if(data173 && typeof data173 == "object" && !Array.isArray(data173)){
if(data173.userKey === undefined){
data173.userKey = "rootUser";
}
if(data173.passwordKey === undefined){
data173.passwordKey = "rootPassword";
}
if(data173.name === undefined){
const err427 = {instancePath:instancePath+"/objectStore/credentials/secretRef",schemaPath:"#/properties/objectStore/properties/credentials/properties/secretRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
for(const key46 in data173){
if(!(((key46 === "name") || (key46 === "userKey")) || (key46 === "passwordKey"))){
const err428 = {instancePath:instancePath+"/objectStore/credentials/secretRef",schemaPath:"#/properties/objectStore/properties/credentials/properties/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
}
if(data173.name !== undefined){
let data174 = data173.name;
if(typeof data174 === "string"){
if(!pattern4.test(data174)){
const err429 = {instancePath:instancePath+"/objectStore/credentials/secretRef/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
}
else {
const err430 = {instancePath:instancePath+"/objectStore/credentials/secretRef/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
}
let data175 = data173.userKey;
if(typeof data175 === "string"){
if(!pattern47.test(data175)){
const err431 = {instancePath:instancePath+"/objectStore/credentials/secretRef/userKey",schemaPath:"#/properties/objectStore/properties/credentials/properties/secretRef/properties/userKey/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]{1,253}$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]{1,253}$"+"\""};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
else {
const err432 = {instancePath:instancePath+"/objectStore/credentials/secretRef/userKey",schemaPath:"#/properties/objectStore/properties/credentials/properties/secretRef/properties/userKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
let data176 = data173.passwordKey;
if(typeof data176 === "string"){
if(!pattern47.test(data176)){
const err433 = {instancePath:instancePath+"/objectStore/credentials/secretRef/passwordKey",schemaPath:"#/properties/objectStore/properties/credentials/properties/secretRef/properties/passwordKey/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]{1,253}$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]{1,253}$"+"\""};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
}
else {
const err434 = {instancePath:instancePath+"/objectStore/credentials/secretRef/passwordKey",schemaPath:"#/properties/objectStore/properties/credentials/properties/secretRef/properties/passwordKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
}
else {
const err435 = {instancePath:instancePath+"/objectStore/credentials/secretRef",schemaPath:"#/properties/objectStore/properties/credentials/properties/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
}
else {
const err436 = {instancePath:instancePath+"/objectStore/credentials",schemaPath:"#/properties/objectStore/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
}
let data177 = data140.buckets;
if(Array.isArray(data177)){
const len17 = data177.length;
for(let i21=0; i21<len17; i21++){
let data178 = data177[i21];
if(data178 && typeof data178 == "object" && !Array.isArray(data178)){
if(data178.name === undefined){
const err437 = {instancePath:instancePath+"/objectStore/buckets/" + i21,schemaPath:"#/properties/objectStore/properties/buckets/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
for(const key47 in data178){
if(!(key47 === "name")){
const err438 = {instancePath:instancePath+"/objectStore/buckets/" + i21,schemaPath:"#/properties/objectStore/properties/buckets/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
}
if(data178.name !== undefined){
let data179 = data178.name;
if(typeof data179 === "string"){
if(!pattern83.test(data179)){
const err439 = {instancePath:instancePath+"/objectStore/buckets/" + i21+"/name",schemaPath:"#/properties/objectStore/properties/buckets/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"+"\""};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
}
else {
const err440 = {instancePath:instancePath+"/objectStore/buckets/" + i21+"/name",schemaPath:"#/properties/objectStore/properties/buckets/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
}
}
else {
const err441 = {instancePath:instancePath+"/objectStore/buckets/" + i21,schemaPath:"#/properties/objectStore/properties/buckets/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
}
else {
const err442 = {instancePath:instancePath+"/objectStore/buckets",schemaPath:"#/properties/objectStore/properties/buckets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
let data180 = data140.resources;
if(data180 && typeof data180 == "object" && !Array.isArray(data180)){
if(data180.cpu === undefined){
data180.cpu = "250m";
}
if(data180.memory === undefined){
data180.memory = "1Gi";
}
if(data180.memoryLimit === undefined){
data180.memoryLimit = "4Gi";
}
for(const key48 in data180){
if(!(((key48 === "cpu") || (key48 === "memory")) || (key48 === "memoryLimit"))){
const err443 = {instancePath:instancePath+"/objectStore/resources",schemaPath:"#/properties/objectStore/properties/resources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
let data181 = data180.cpu;
if(typeof data181 === "string"){
if(!pattern84.test(data181)){
const err444 = {instancePath:instancePath+"/objectStore/resources/cpu",schemaPath:"#/properties/objectStore/properties/resources/properties/cpu/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?m?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?m?$"+"\""};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
}
else {
const err445 = {instancePath:instancePath+"/objectStore/resources/cpu",schemaPath:"#/properties/objectStore/properties/resources/properties/cpu/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
let data182 = data180.memory;
if(typeof data182 === "string"){
if(!pattern41.test(data182)){
const err446 = {instancePath:instancePath+"/objectStore/resources/memory",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
}
else {
const err447 = {instancePath:instancePath+"/objectStore/resources/memory",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
let data183 = data180.memoryLimit;
if(typeof data183 === "string"){
if(!pattern41.test(data183)){
const err448 = {instancePath:instancePath+"/objectStore/resources/memoryLimit",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
}
else {
const err449 = {instancePath:instancePath+"/objectStore/resources/memoryLimit",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
}
else {
const err450 = {instancePath:instancePath+"/objectStore/resources",schemaPath:"#/properties/objectStore/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
}
else {
const err451 = {instancePath:instancePath+"/objectStore",schemaPath:"#/properties/objectStore/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
let data184 = data.storageClasses;
if(Array.isArray(data184)){
const len18 = data184.length;
for(let i22=0; i22<len18; i22++){
let data185 = data184[i22];
if(typeof data185 === "string"){
if(!pattern4.test(data185)){
const err452 = {instancePath:instancePath+"/storageClasses/" + i22,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
}
else {
const err453 = {instancePath:instancePath+"/storageClasses/" + i22,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
}
let i23 = data184.length;
let j4;
if(i23 > 1){
outer3:
for(;i23--;){
for(j4 = i23; j4--;){
if(func0(data184[i23], data184[j4])){
const err454 = {instancePath:instancePath+"/storageClasses",schemaPath:"#/properties/storageClasses/uniqueItems",keyword:"uniqueItems",params:{i: i23, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i23+" are identical)"};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
break outer3;
}
}
}
}
}
else {
const err455 = {instancePath:instancePath+"/storageClasses",schemaPath:"#/properties/storageClasses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
let data186 = data.flux;
if(data186 && typeof data186 == "object" && !Array.isArray(data186)){
if(data186.namespace === undefined){
data186.namespace = "flux-system";
}
if(data186.sourceRef === undefined){
data186.sourceRef = "flux-system";
}
if(data186.interval === undefined){
data186.interval = "10m";
}
if(data186.timeout === undefined){
data186.timeout = "5m";
}
for(const key49 in data186){
if(!((((((key49 === "path") || (key49 === "bootstrapPath")) || (key49 === "namespace")) || (key49 === "sourceRef")) || (key49 === "interval")) || (key49 === "timeout"))){
const err456 = {instancePath:instancePath+"/flux",schemaPath:"#/properties/flux/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
}
if(data186.path !== undefined){
let data187 = data186.path;
if(typeof data187 === "string"){
if(!pattern88.test(data187)){
const err457 = {instancePath:instancePath+"/flux/path",schemaPath:"#/properties/flux/properties/path/pattern",keyword:"pattern",params:{pattern: "^\\./([-_.a-zA-Z0-9]+/)*[-_.a-zA-Z0-9]+$"},message:"must match pattern \""+"^\\./([-_.a-zA-Z0-9]+/)*[-_.a-zA-Z0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
}
else {
const err458 = {instancePath:instancePath+"/flux/path",schemaPath:"#/properties/flux/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
if(data186.bootstrapPath !== undefined){
let data188 = data186.bootstrapPath;
if(typeof data188 === "string"){
if(!pattern88.test(data188)){
const err459 = {instancePath:instancePath+"/flux/bootstrapPath",schemaPath:"#/properties/flux/properties/bootstrapPath/pattern",keyword:"pattern",params:{pattern: "^\\./([-_.a-zA-Z0-9]+/)*[-_.a-zA-Z0-9]+$"},message:"must match pattern \""+"^\\./([-_.a-zA-Z0-9]+/)*[-_.a-zA-Z0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
}
else {
const err460 = {instancePath:instancePath+"/flux/bootstrapPath",schemaPath:"#/properties/flux/properties/bootstrapPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
}
let data189 = data186.namespace;
if(typeof data189 === "string"){
if(!pattern4.test(data189)){
const err461 = {instancePath:instancePath+"/flux/namespace",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
}
else {
const err462 = {instancePath:instancePath+"/flux/namespace",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
let data190 = data186.sourceRef;
if(typeof data190 === "string"){
if(!pattern4.test(data190)){
const err463 = {instancePath:instancePath+"/flux/sourceRef",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
}
else {
const err464 = {instancePath:instancePath+"/flux/sourceRef",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
let data191 = data186.interval;
if(typeof data191 === "string"){
if(!pattern40.test(data191)){
const err465 = {instancePath:instancePath+"/flux/interval",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]{1,6}(ms|s|m|h|d|w|y))+$"},message:"must match pattern \""+"^([0-9]{1,6}(ms|s|m|h|d|w|y))+$"+"\""};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
}
else {
const err466 = {instancePath:instancePath+"/flux/interval",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
let data192 = data186.timeout;
if(typeof data192 === "string"){
if(!pattern40.test(data192)){
const err467 = {instancePath:instancePath+"/flux/timeout",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]{1,6}(ms|s|m|h|d|w|y))+$"},message:"must match pattern \""+"^([0-9]{1,6}(ms|s|m|h|d|w|y))+$"+"\""};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
}
else {
const err468 = {instancePath:instancePath+"/flux/timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
}
else {
const err469 = {instancePath:instancePath+"/flux",schemaPath:"#/properties/flux/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
let data193 = data.versions;
if(data193 && typeof data193 == "object" && !Array.isArray(data193)){
if(data193.charts === undefined){
data193.charts = {};
}
if(data193.images === undefined){
data193.images = {};
}
for(const key50 in data193){
if(!((key50 === "charts") || (key50 === "images"))){
const err470 = {instancePath:instancePath+"/versions",schemaPath:"#/properties/versions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
}
let data194 = data193.charts;
if(data194 && typeof data194 == "object" && !Array.isArray(data194)){
if(data194.metallb === undefined){
data194.metallb = "0.15.2";
}
if(data194.ingressNginx === undefined){
data194.ingressNginx = "4.15.1";
}
if(data194.kubePrometheusStack === undefined){
data194.kubePrometheusStack = "77.14.0";
}
for(const key51 in data194){
if(!(((key51 === "metallb") || (key51 === "ingressNginx")) || (key51 === "kubePrometheusStack"))){
const err471 = {instancePath:instancePath+"/versions/charts",schemaPath:"#/properties/versions/properties/charts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
let data195 = data194.metallb;
if(typeof data195 === "string"){
if(!pattern94.test(data195)){
const err472 = {instancePath:instancePath+"/versions/charts/metallb",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
}
else {
const err473 = {instancePath:instancePath+"/versions/charts/metallb",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
let data196 = data194.ingressNginx;
if(typeof data196 === "string"){
if(!pattern94.test(data196)){
const err474 = {instancePath:instancePath+"/versions/charts/ingressNginx",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
}
else {
const err475 = {instancePath:instancePath+"/versions/charts/ingressNginx",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
let data197 = data194.kubePrometheusStack;
if(typeof data197 === "string"){
if(!pattern94.test(data197)){
const err476 = {instancePath:instancePath+"/versions/charts/kubePrometheusStack",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
else {
const err477 = {instancePath:instancePath+"/versions/charts/kubePrometheusStack",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
}
else {
const err478 = {instancePath:instancePath+"/versions/charts",schemaPath:"#/properties/versions/properties/charts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
let data198 = data193.images;
if(data198 && typeof data198 == "object" && !Array.isArray(data198)){
if(data198.minio === undefined){
data198.minio = "quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z";
}
for(const key52 in data198){
if(!(key52 === "minio")){
const err479 = {instancePath:instancePath+"/versions/images",schemaPath:"#/properties/versions/properties/images/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key52},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
}
let data199 = data198.minio;
if(typeof data199 === "string"){
if(!pattern97.test(data199)){
const err480 = {instancePath:instancePath+"/versions/images/minio",schemaPath:"#/properties/versions/properties/images/properties/minio/pattern",keyword:"pattern",params:{pattern: "^[-a-z0-9./:]+(:[-_.A-Za-z0-9]+)?(@sha256:[a-f0-9]{64})?$"},message:"must match pattern \""+"^[-a-z0-9./:]+(:[-_.A-Za-z0-9]+)?(@sha256:[a-f0-9]{64})?$"+"\""};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
}
else {
const err481 = {instancePath:instancePath+"/versions/images/minio",schemaPath:"#/properties/versions/properties/images/properties/minio/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
}
else {
const err482 = {instancePath:instancePath+"/versions/images",schemaPath:"#/properties/versions/properties/images/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
}
else {
const err483 = {instancePath:instancePath+"/versions",schemaPath:"#/properties/versions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
let data200 = data.waivers;
if(Array.isArray(data200)){
const len19 = data200.length;
for(let i24=0; i24<len19; i24++){
let data201 = data200[i24];
if(data201 && typeof data201 == "object" && !Array.isArray(data201)){
if(data201.path === undefined){
data201.path = "";
}
if(data201.rule === undefined){
const err484 = {instancePath:instancePath+"/waivers/" + i24,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'"};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
if(data201.reason === undefined){
const err485 = {instancePath:instancePath+"/waivers/" + i24,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
if(data201.expires === undefined){
const err486 = {instancePath:instancePath+"/waivers/" + i24,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "expires"},message:"must have required property '"+"expires"+"'"};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
for(const key53 in data201){
if(!((((key53 === "rule") || (key53 === "path")) || (key53 === "reason")) || (key53 === "expires"))){
const err487 = {instancePath:instancePath+"/waivers/" + i24,schemaPath:"#/properties/waivers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
}
if(data201.rule !== undefined){
let data202 = data201.rule;
if(typeof data202 === "string"){
if(!pattern98.test(data202)){
const err488 = {instancePath:instancePath+"/waivers/" + i24+"/rule",schemaPath:"#/properties/waivers/items/properties/rule/pattern",keyword:"pattern",params:{pattern: "^VEIL-[A-Z]+-[0-9]{3}$"},message:"must match pattern \""+"^VEIL-[A-Z]+-[0-9]{3}$"+"\""};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
}
else {
const err489 = {instancePath:instancePath+"/waivers/" + i24+"/rule",schemaPath:"#/properties/waivers/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
}
let data203 = data201.path;
if(typeof data203 === "string"){
if(func2(data203) > 512){
const err490 = {instancePath:instancePath+"/waivers/" + i24+"/path",schemaPath:"#/properties/waivers/items/properties/path/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
}
else {
const err491 = {instancePath:instancePath+"/waivers/" + i24+"/path",schemaPath:"#/properties/waivers/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
if(data201.reason !== undefined){
let data204 = data201.reason;
if(typeof data204 === "string"){
if(func2(data204) > 1000){
const err492 = {instancePath:instancePath+"/waivers/" + i24+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
if(func2(data204) < 10){
const err493 = {instancePath:instancePath+"/waivers/" + i24+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
}
else {
const err494 = {instancePath:instancePath+"/waivers/" + i24+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
}
if(data201.expires !== undefined){
let data205 = data201.expires;
if(typeof data205 === "string"){
if(!pattern99.test(data205)){
const err495 = {instancePath:instancePath+"/waivers/" + i24+"/expires",schemaPath:"#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
}
else {
const err496 = {instancePath:instancePath+"/waivers/" + i24+"/expires",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
}
}
else {
const err497 = {instancePath:instancePath+"/waivers/" + i24,schemaPath:"#/properties/waivers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
}
}
else {
const err498 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
}
else {
const err499 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


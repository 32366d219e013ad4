// @ts-nocheck
// Generated from schema/veil.schema.json by scripts/gen-validator.ts; do not edit.
"use strict";
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://veilc.invalid/schema/veil.schema.json","title":"veil.spec.yaml","description":"The one description of a small self-hosted k3s cluster, compiled by veilc into Flux manifests, Unbound zones and runbooks.","type":"object","additionalProperties":false,"required":["cluster","network","nodes"],"properties":{"cluster":{"type":"object","description":"Identity of the cluster.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Cluster name; used in resource names, paths and runbook titles."},"description":{"type":"string","description":"Free text shown at the top of the runbooks.","maxLength":500,"default":""}},"required":["name"]},"network":{"type":"object","description":"The LAN the cluster lives on.","additionalProperties":false,"properties":{"cidr":{"$ref":"#/$defs/ipv4Cidr","description":"The LAN as an IPv4 CIDR, e.g. 192.168.0.0/24. Every address in the spec must lie inside it."},"gateway":{"$ref":"#/$defs/ipv4","description":"Default gateway (router) of the LAN."},"domain":{"$ref":"#/$defs/dnsName","description":"DNS domain of LAN hosts and nodes; the zone of that name is the LAN zone.","default":"home.arpa"},"dhcp":{"type":"object","description":"DHCP server settings that the address plan must avoid.","additionalProperties":false,"properties":{"range":{"$ref":"#/$defs/ipv4Range","description":"Dynamic range handed out by the DHCP server, as FIRST-LAST."}},"required":["range"]}},"required":["cidr","gateway"]},"hosts":{"type":"array","description":"LAN hosts that are not Kubernetes nodes (DNS server, NAS, workstations).","items":{"type":"object","description":"A LAN host.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Host name (RFC 1123 label)."},"address":{"$ref":"#/$defs/ipv4","description":"Static IPv4 address of the host."},"roles":{"type":"array","description":"What the host does; `dns` marks a host that can serve DNS.","items":{"type":"string","enum":["dns","nas","workstation","router","other"]},"uniqueItems":true,"default":[]},"description":{"type":"string","description":"Free text for the runbooks.","maxLength":500}},"required":["name","address"]},"default":[]},"nodes":{"type":"array","description":"Kubernetes nodes. Servers run the k3s control plane with embedded etcd (and workloads); agents run workloads only.","items":{"type":"object","description":"A Kubernetes node.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Node name as registered in Kubernetes (RFC 1123 label)."},"address":{"$ref":"#/$defs/ipv4","description":"Static IPv4 address of the node on the LAN."},"role":{"type":"string","description":"`server`: k3s server and etcd member; `agent`: worker only.","enum":["server","agent"],"default":"server"},"labels":{"type":"object","description":"Extra Kubernetes labels for the node (documented in the runbook; applied with k3s --node-label).","additionalProperties":{"type":"string","maxLength":63,"pattern":"^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$"},"propertyNames":{"pattern":"^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$","maxLength":316},"default":{}}},"required":["name","address"]},"minItems":1},"kubernetes":{"type":"object","description":"Kubernetes distribution settings.","additionalProperties":false,"properties":{"distribution":{"type":"string","description":"Kubernetes distribution; veilc targets k3s.","enum":["k3s"],"default":"k3s"},"version":{"type":"string","description":"k3s release to install, as published (e.g. v1.34.1+k3s1).","pattern":"^v[0-9]+\\.[0-9]+\\.[0-9]+\\+k3s[0-9]+$","default":"v1.34.1+k3s1"},"etcd":{"type":"object","description":"Embedded etcd settings.","additionalProperties":false,"properties":{"snapshots":{"type":"object","description":"Scheduled etcd snapshots taken by k3s on every server.","additionalProperties":false,"properties":{"schedule":{"$ref":"#/$defs/cron","description":"Cron schedule (k3s --etcd-snapshot-schedule-cron).","default":"0 */12 * * *"},"retention":{"type":"integer","description":"Number of snapshots each server keeps (k3s --etcd-snapshot-retention).","minimum":1,"maximum":1000,"default":5},"dir":{"$ref":"#/$defs/absPath","description":"Directory where k3s writes snapshots on each server (k3s --etcd-snapshot-dir).","default":"/var/lib/rancher/k3s/server/db/snapshots"}},"default":{}}},"default":{}}},"default":{}},"loadBalancer":{"type":"object","description":"Load-balancer address pools (MetalLB) and, for `mode: bgp` pools, the BGP routers they are announced to.","additionalProperties":false,"properties":{"provider":{"type":"string","description":"Load-balancer implementation.","enum":["metallb"],"default":"metallb"},"namespace":{"$ref":"#/$defs/label","description":"Namespace MetalLB runs in.","default":"metallb-system"},"pools":{"type":"array","description":"Address pools MetalLB may assign to LoadBalancer Services.","items":{"type":"object","description":"An address pool.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Pool name (becomes the IPAddressPool name)."},"range":{"$ref":"#/$defs/ipv4Range","description":"Addresses of the pool, as FIRST-LAST."},"mode":{"type":"string","description":"How the addresses are announced: `l2` (ARP) or `bgp`.","enum":["l2","bgp"],"default":"l2"},"autoAssign":{"type":"boolean","description":"Whether MetalLB may hand out addresses from this pool to Services that do not ask for one.","default":true}},"required":["name","range"]},"minItems":1},"bgp":{"type":"object","description":"BGP announcement of the `mode: bgp` pools (MetalLB in FRR mode, its chart's default).","additionalProperties":false,"properties":{"myASN":{"type":"integer","description":"AS number of the cluster, used by every node's speaker for every peer (MetalLB's FRR mode requires one local ASN). Prefer a private ASN (RFC 6996: 64512-65534 or 4200000000-4294967294).","minimum":1,"maximum":4294967295},"peers":{"type":"array","description":"BGP routers the speakers peer with; a `mode: bgp` pool needs at least one.","items":{"type":"object","description":"A BGP router every node's MetalLB speaker opens a session to (becomes a BGPPeer).","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Peer name (becomes the BGPPeer name)."},"address":{"$ref":"#/$defs/ipv4","description":"Address of the router the speakers dial."},"peerASN":{"type":"integer","description":"AS number the router announces (RFC 4271); the same as `myASN` for internal BGP.","minimum":1,"maximum":4294967295},"port":{"type":"integer","description":"TCP port to dial; BGP's 179 when absent (MetalLB allows 1-16384).","minimum":1,"maximum":16384},"holdTime":{"type":"integer","description":"BGP hold time in seconds: 0 (no keepalives) or at least 3 (RFC 4271 section 4.2); MetalLB's default (90) when absent.","minimum":0,"maximum":65535},"passwordSecret":{"type":"object","description":"Secret holding the TCP MD5 password of the session (RFC 2385): type kubernetes.io/basic-auth, key `password`, in the MetalLB namespace. The password itself never goes into the spec.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Name of the Secret in the MetalLB namespace."}},"required":["name"]},"nodes":{"type":"array","description":"Only these nodes peer with the router (BGPPeer nodeSelectors on kubernetes.io/hostname); every node when absent.","items":{"$ref":"#/$defs/label"},"minItems":1,"uniqueItems":true}},"required":["name","address","peerASN"]},"default":[]}},"required":["myASN"]}},"required":["pools"]},"ingress":{"type":"object","description":"The cluster's HTTP entry: an ingress controller (Ingress objects) or a Gateway API implementation (a Gateway and one HTTPRoute per host), on a load-balancer address.","additionalProperties":false,"properties":{"controller":{"type":"string","description":"Implementation. `ingress-nginx`: Ingress objects served by ingress-nginx (retired since March 2026, see VEIL-LIFECYCLE-001). `envoy-gateway`: the Gateway API, served by Envoy Gateway: the Gateway API CRDs (standard channel, `versions.gatewayApi`), the controller, a GatewayClass, one Gateway and one HTTPRoute per host.","enum":["ingress-nginx","envoy-gateway"],"default":"ingress-nginx"},"namespace":{"$ref":"#/$defs/label","description":"Namespace of the controller (and of the Gateway). Default: `ingress-nginx` for ingress-nginx, `envoy-gateway-system` for envoy-gateway."},"address":{"$ref":"#/$defs/ipv4","description":"LoadBalancer address of the controller (the Gateway's address for envoy-gateway); must lie in a load-balancer pool."},"className":{"$ref":"#/$defs/label","description":"IngressClass (ingress-nginx; made the cluster default) or GatewayClass (envoy-gateway) name. Default: `nginx` for ingress-nginx, `envoy-gateway` for envoy-gateway."},"retiring":{"type":"object","description":"Migration window: the controller being replaced keeps running beside `controller`, on its own pool address, and serves every host too (Ingress objects and HTTPRoutes side by side). Remove this once DNS points at the new controller and clients have moved: Flux then uninstalls it.","additionalProperties":false,"properties":{"controller":{"type":"string","description":"The controller being replaced.","enum":["ingress-nginx"]},"namespace":{"$ref":"#/$defs/label","description":"Its namespace, as deployed. Default as for `ingress.namespace`."},"address":{"$ref":"#/$defs/ipv4","description":"Its LoadBalancer address, as deployed; must lie in a pool and differ from `ingress.address`."},"className":{"$ref":"#/$defs/label","description":"Its IngressClass name, as deployed. Default as for `ingress.className`."},"keepsDns":{"type":"boolean","description":"`true`: DNS records with target `ingress` (and `object-store` through the ingress) still resolve to this controller's address, while the new one is tried out by address; `false`: they resolve to `ingress.address` (switch, deploy the zones, then wait out the TTL before removing `retiring`).","default":true}},"required":["controller","address"]}},"required":["address"]},"dns":{"type":"object","description":"LAN DNS served by Unbound on a LAN host.","additionalProperties":false,"properties":{"server":{"$ref":"#/$defs/label","description":"Name of the host (from `hosts`) that runs Unbound."},"ttl":{"type":"integer","description":"Default TTL of the records, in seconds.","minimum":0,"maximum":2147483647,"default":3600},"serial":{"type":"object","description":"How the SOA serial is chosen.","additionalProperties":false,"properties":{"policy":{"type":"string","description":"`content`: derived from the zone content (changes exactly when the content does); `fixed`: the value below.","enum":["content","fixed"],"default":"content"},"value":{"type":"integer","description":"Serial used with policy `fixed`.","minimum":1,"maximum":4294967295}},"default":{},"if":{"properties":{"policy":{"const":"fixed"}},"required":["policy"]},"then":{"required":["value"]}},"zoneDir":{"$ref":"#/$defs/absPath","description":"Directory on the DNS host where the zone files are installed.","default":"/etc/unbound/zones"},"reverse":{"type":"boolean","description":"Also serve the reverse (in-addr.arpa) zone of the LAN with PTR records for hosts and nodes.","default":true},"zones":{"type":"array","description":"Authoritative zones.","items":{"type":"object","description":"A DNS zone.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/dnsName","description":"Zone apex, e.g. veil.home.arpa."},"records":{"type":"array","description":"Address records of the zone.","items":{"type":"object","description":"An A record. Give exactly one of `target` or `address`.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/recordName","description":"Owner name relative to the zone (`@` for the apex)."},"target":{"$ref":"#/$defs/recordTarget","description":"What the name resolves to: `ingress`, `object-store`, `host/NAME` or `node/NAME`."},"address":{"$ref":"#/$defs/ipv4","description":"A literal IPv4 address (prefer a target, so the record follows the spec)."},"ttl":{"type":"integer","description":"TTL of this record, in seconds.","minimum":0,"maximum":2147483647}},"required":["name"],"oneOf":[{"required":["target"]},{"required":["address"]}]},"default":[]}},"required":["name"]},"minItems":1},"filtering":{"type":"array","description":"Block lists applied with Unbound RPZ.","items":{"type":"object","description":"A block list.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"List name (becomes the RPZ zone name `NAME.rpz.`)."},"format":{"type":"string","description":"Format of the upstream list: `hosts` (hosts file, e.g. StevenBlack) or `rpz` (already an RPZ zone).","enum":["hosts","rpz"],"default":"hosts"},"url":{"type":"string","description":"Where the list is downloaded from.","pattern":"^https?://","maxLength":2048},"action":{"type":"string","description":"RPZ action for listed names.","enum":["nxdomain","nodata","drop"],"default":"nxdomain"}},"required":["name","url"]},"default":[]}},"required":["server","zones"]},"monitoring":{"type":"object","description":"kube-prometheus-stack: Prometheus, Alertmanager and Grafana.","additionalProperties":false,"properties":{"namespace":{"$ref":"#/$defs/label","description":"Namespace of the monitoring stack.","default":"monitoring"},"prometheus":{"type":"object","description":"Prometheus settings.","additionalProperties":false,"properties":{"host":{"$ref":"#/$defs/dnsName","description":"Ingress host name; needs a DNS record resolving to the ingress address."},"retention":{"$ref":"#/$defs/duration","description":"How long samples are kept (Prometheus duration, e.g. 15d).","default":"10d"},"retentionSize":{"$ref":"#/$defs/quantity","description":"Size cap of the TSDB; must stay below the volume size."},"walCompression":{"type":"boolean","description":"Compress the write-ahead log.","default":true},"storage":{"type":"object","description":"Persistent volume for this component.","additionalProperties":false,"properties":{"size":{"$ref":"#/$defs/quantity","description":"Size of the PersistentVolumeClaim (Kubernetes quantity, e.g. 20Gi).","default":"20Gi"},"class":{"$ref":"#/$defs/label","description":"StorageClass of the claim; must be one of `storageClasses`.","default":"local-path"}},"default":{}},"remoteWrite":{"type":"array","description":"Optional remote_write targets for long-term storage.","items":{"type":"object","description":"A remote_write target.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Name of the target."},"kind":{"type":"string","description":"What receives the samples.","enum":["thanos","mimir","victoriametrics","generic"],"default":"generic"},"url":{"type":"string","description":"remote_write endpoint URL.","pattern":"^https?://","maxLength":2048},"basicAuthSecret":{"type":"object","description":"Secret with `username` and `password` keys for basic auth.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Name of the Secret in the component's namespace."},"key":{"type":"string","description":"Key inside the Secret, when one is needed.","pattern":"^[-._a-zA-Z0-9]{1,253}$"}},"required":["name"]}},"required":["name","url"]},"default":[]}},"default":{}},"alertmanager":{"type":"object","description":"Alertmanager settings.","additionalProperties":false,"properties":{"host":{"$ref":"#/$defs/dnsName","description":"Ingress host name; needs a DNS record resolving to the ingress address."},"storage":{"type":"object","description":"Persistent volume for this component.","additionalProperties":false,"properties":{"size":{"$ref":"#/$defs/quantity","description":"Size of the PersistentVolumeClaim (Kubernetes quantity, e.g. 20Gi).","default":"2Gi"},"class":{"$ref":"#/$defs/label","description":"StorageClass of the claim; must be one of `storageClasses`.","default":"local-path"}},"default":{}},"receivers":{"type":"array","description":"Alert receivers.","items":{"type":"object","description":"A receiver: none of `webhook` or `email` makes a null receiver that drops alerts.","additionalProperties":false,"properties":{"name":{"type":"string","description":"Receiver name.","pattern":"^[-_a-zA-Z0-9\\\\. ]{1,63}$"},"webhook":{"type":"object","description":"Send alerts to a webhook.","additionalProperties":false,"properties":{"url":{"type":"string","description":"Webhook URL (must not contain credentials; use urlSecret for token URLs).","pattern":"^https?://[^@\\s]+$","maxLength":2048},"urlSecret":{"type":"object","description":"Secret holding the webhook URL (for URLs that contain a token).","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Name of the Secret in the component's namespace."},"key":{"type":"string","description":"Key inside the Secret, when one is needed.","pattern":"^[-._a-zA-Z0-9]{1,253}$"}},"required":["name"]}}},"email":{"type":"object","description":"Send alerts by email.","additionalProperties":false,"properties":{"to":{"type":"string","description":"Recipient address.","pattern":"^[^@\\s]+@[^@\\s]+$"},"from":{"type":"string","description":"Sender address.","pattern":"^[^@\\s]+@[^@\\s]+$"},"smarthost":{"type":"string","description":"SMTP relay as host:port.","pattern":"^[^\\s:]+:[0-9]{1,5}$"},"authUsername":{"type":"string","description":"SMTP user name.","maxLength":256},"authPasswordSecret":{"type":"object","description":"Secret holding the SMTP password (key required).","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Name of the Secret in the component's namespace."},"key":{"type":"string","description":"Key inside the Secret, when one is needed.","pattern":"^[-._a-zA-Z0-9]{1,253}$"}},"required":["name"]}},"required":["to","from","smarthost"]}},"required":["name"]},"default":[{"name":"null"}]},"route":{"type":"object","description":"Alert routing tree (Alertmanager route).","additionalProperties":false,"properties":{"receiver":{"type":"string","description":"Default receiver; must be one of `receivers`.","default":"null"},"groupBy":{"type":"array","description":"Labels alerts are grouped by.","items":{"type":"string","pattern":"^[a-zA-Z_][a-zA-Z0-9_]*$|^\\.\\.\\.$"},"default":["alertname","namespace"]},"routes":{"type":"array","description":"Child routes, first match wins.","items":{"type":"object","description":"A child route.","additionalProperties":false,"properties":{"receiver":{"type":"string","description":"Receiver for matching alerts."},"matchers":{"type":"array","description":"Alertmanager matchers, e.g. severity = \"critical\".","items":{"type":"string","minLength":1,"maxLength":512},"minItems":1},"continue":{"type":"boolean","description":"Keep matching later routes after this one.","default":false}},"required":["receiver","matchers"]},"default":[]}},"default":{}}},"default":{}},"grafana":{"type":"object","description":"Grafana settings.","additionalProperties":false,"properties":{"host":{"$ref":"#/$defs/dnsName","description":"Ingress host name; needs a DNS record resolving to the ingress address."},"storage":{"type":"object","description":"Persistent volume for this component.","additionalProperties":false,"properties":{"size":{"$ref":"#/$defs/quantity","description":"Size of the PersistentVolumeClaim (Kubernetes quantity, e.g. 20Gi).","default":"5Gi"},"class":{"$ref":"#/$defs/label","description":"StorageClass of the claim; must be one of `storageClasses`.","default":"local-path"}},"default":{}},"adminSecret":{"type":"object","description":"Secret with the Grafana admin credentials (the chart's admin.existingSecret).","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Name of the Secret in the component's namespace."},"userKey":{"type":"string","description":"Key of the admin user name (the chart's admin.userKey).","pattern":"^[-._a-zA-Z0-9]{1,253}$","default":"admin-user"},"passwordKey":{"type":"string","description":"Key of the admin password (the chart's admin.passwordKey).","pattern":"^[-._a-zA-Z0-9]{1,253}$","default":"admin-password"}},"required":["name"]}},"default":{}}}},"objectStore":{"type":"object","description":"Distributed S3 object store.","additionalProperties":false,"properties":{"kind":{"type":"string","description":"Object store implementation.","enum":["minio"],"default":"minio"},"name":{"$ref":"#/$defs/label","description":"Name of the first pool's StatefulSet and of the Services; the other pools are NAME-POOL.","default":"minio"},"namespace":{"$ref":"#/$defs/label","description":"Namespace of the object store.","default":"minio"},"erasure":{"type":"object","description":"Erasure code of the first pool's sets: data + parity drives. The parity is deployment-wide (MINIO_STORAGE_CLASS_STANDARD): every pool uses it.","additionalProperties":false,"properties":{"data":{"type":"integer","description":"Data drives per erasure set of the first pool.","minimum":1,"maximum":16},"parity":{"type":"integer","description":"Parity drives per erasure set (MinIO EC:N), for every pool of the deployment.","minimum":0,"maximum":8}},"required":["data","parity"]},"servers":{"type":"integer","description":"Number of MinIO servers in the first server pool (one per node). MinIO sets no upper limit; the erasure-set rules decide which counts work.","minimum":1},"drivesPerServer":{"type":"integer","description":"Drives (PersistentVolumeClaims) per server of the first pool.","minimum":1,"maximum":16},"driveSize":{"$ref":"#/$defs/quantity","description":"Size of each drive of the first pool."},"storageClass":{"$ref":"#/$defs/label","description":"StorageClass of the first pool's drives (and the default of the other pools); must be one of `storageClasses`.","default":"local-path"},"nodes":{"type":"array","description":"Nodes allowed to host a server of the first pool (required node affinity, one server per node).","items":{"$ref":"#/$defs/label"},"minItems":1,"uniqueItems":true},"pools":{"type":"array","description":"Server pools added after the first, in the order they were added. MinIO grows a deployment by adding a pool, never by widening one: every server lists every pool in this order, and each pool keeps its own servers, drives, drive size and erasure sets. The top-level servers, drivesPerServer, driveSize, nodes and erasure are the first pool.","items":{"type":"object","description":"A server pool added to the deployment. Its layout is fixed once MinIO formats its drives.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Pool name, unique among the pools; its StatefulSet and headless Service are OBJECTSTORE-NAME and OBJECTSTORE-NAME-hl (OBJECTSTORE = objectStore.name)."},"erasure":{"type":"object","description":"Erasure code of this pool's sets. MinIO chooses the set size per pool, but the parity is deployment-wide (objectStore.erasure.parity), so only the data drives are per pool.","additionalProperties":false,"properties":{"data":{"type":"integer","description":"Data drives per erasure set of this pool; its sets have data + objectStore.erasure.parity drives.","minimum":1,"maximum":16}},"required":["data"]},"servers":{"type":"integer","description":"Number of MinIO servers in this pool (one per node). MinIO sets no upper limit; the erasure-set rules decide which counts work.","minimum":1},"drivesPerServer":{"type":"integer","description":"Drives (PersistentVolumeClaims) per server of this pool.","minimum":1,"maximum":16},"driveSize":{"$ref":"#/$defs/quantity","description":"Size of each drive of this pool."},"storageClass":{"$ref":"#/$defs/label","description":"StorageClass of this pool's drives; default: objectStore.storageClass. Must be one of `storageClasses`."},"nodes":{"type":"array","description":"Nodes allowed to host a server of this pool (required node affinity, one server of the pool per node).","items":{"$ref":"#/$defs/label"},"minItems":1,"uniqueItems":true}},"required":["name","erasure","servers","drivesPerServer","driveSize","nodes"]},"default":[]},"require":{"type":"object","description":"What the layout must give; veilc denies a layout that falls short.","additionalProperties":false,"properties":{"usable":{"$ref":"#/$defs/quantity","description":"Minimum usable capacity of the whole deployment (every pool)."},"nodeFailures":{"type":"integer","description":"Whole nodes that may be lost while reads and writes keep working, in every pool.","minimum":0,"maximum":16,"default":1}},"default":{}},"exposure":{"type":"object","description":"How clients reach the S3 API and console.","additionalProperties":false,"properties":{"mode":{"type":"string","description":"`ingress`: through the ingress controller by host name; `loadBalancer`: a dedicated pool address.","enum":["ingress","loadBalancer"],"default":"ingress"},"apiHost":{"$ref":"#/$defs/dnsName","description":"Host name of the S3 API."},"consoleHost":{"$ref":"#/$defs/dnsName","description":"Host name of the web console."},"address":{"$ref":"#/$defs/ipv4","description":"Dedicated LoadBalancer address (mode loadBalancer); must lie in a pool."}},"default":{}},"credentials":{"type":"object","description":"Root credentials.","additionalProperties":false,"properties":{"secretRef":{"type":"object","description":"Secret holding MINIO_ROOT_USER and MINIO_ROOT_PASSWORD.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/label","description":"Secret name in the object store namespace."},"userKey":{"type":"string","description":"Key of the root user.","pattern":"^[-._a-zA-Z0-9]{1,253}$","default":"rootUser"},"passwordKey":{"type":"string","description":"Key of the root password.","pattern":"^[-._a-zA-Z0-9]{1,253}$","default":"rootPassword"}},"required":["name"]}},"required":["secretRef"]},"buckets":{"type":"array","description":"Buckets to document and create after bring-up.","items":{"type":"object","description":"A bucket.","additionalProperties":false,"properties":{"name":{"type":"string","description":"Bucket name (S3 rules: 3-63 lowercase letters, digits, dots, dashes).","pattern":"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"}},"required":["name"]},"default":[]},"resources":{"type":"object","description":"Per-server resource requests and limits.","additionalProperties":false,"properties":{"cpu":{"type":"string","description":"CPU request.","pattern":"^[0-9]+(\\.[0-9]+)?m?$","default":"250m"},"memory":{"$ref":"#/$defs/quantity","description":"Memory request.","default":"1Gi"},"memoryLimit":{"$ref":"#/$defs/quantity","description":"Memory limit.","default":"4Gi"}},"default":{}}},"required":["erasure","servers","drivesPerServer","driveSize","nodes","credentials"]},"storageClasses":{"type":"array","description":"StorageClasses that exist in the cluster (k3s ships `local-path`).","items":{"$ref":"#/$defs/label"},"uniqueItems":true,"default":["local-path"]},"flux":{"type":"object","description":"Flux GitOps settings.","additionalProperties":false,"properties":{"path":{"type":"string","description":"Path (from the Git repository root) of the compiled Flux entry folder, which veilc writes to <output folder>/flux/<cluster.name>/; the Kustomization <cluster.name> syncs it. Default: where the compile writes it, from the output folder's place in the Git repository (`./out/flux/<cluster.name>` for `--out out` at the root).","pattern":"^\\./([-_.a-zA-Z0-9]+/)*[-_.a-zA-Z0-9]+$"},"bootstrapPath":{"type":"string","description":"Path that `flux bootstrap --path` syncs, where bootstrap keeps its own flux-system manifests; veilc never writes there. Default `./clusters/<cluster.name>`.","pattern":"^\\./([-_.a-zA-Z0-9]+/)*[-_.a-zA-Z0-9]+$"},"namespace":{"$ref":"#/$defs/label","description":"Namespace of the Flux controllers.","default":"flux-system"},"sourceRef":{"$ref":"#/$defs/label","description":"Name of the GitRepository that the bootstrap created.","default":"flux-system"},"interval":{"$ref":"#/$defs/duration","description":"Reconcile interval of the Kustomizations.","default":"10m"},"timeout":{"$ref":"#/$defs/duration","description":"Timeout of each Kustomization.","default":"5m"}},"default":{}},"versions":{"type":"object","description":"Pinned chart and image versions.","additionalProperties":false,"properties":{"charts":{"type":"object","description":"Helm chart versions.","additionalProperties":false,"properties":{"metallb":{"$ref":"#/$defs/semver","description":"metallb chart (https://metallb.github.io/metallb).","default":"0.15.2"},"ingressNginx":{"$ref":"#/$defs/semver","description":"ingress-nginx chart (https://kubernetes.github.io/ingress-nginx).","default":"4.15.1"},"kubePrometheusStack":{"$ref":"#/$defs/semver","description":"kube-prometheus-stack chart (https://prometheus-community.github.io/helm-charts).","default":"77.14.0"},"envoyGateway":{"type":"string","description":"Envoy Gateway chart gateway-helm (oci://docker.io/envoyproxy), as published: with the leading v.","pattern":"^v[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$","default":"v1.9.0"}},"default":{}},"gatewayApi":{"type":"string","description":"Release (Git tag) of the Gateway API CRDs, standard channel (https://github.com/kubernetes-sigs/gateway-api), installed with envoy-gateway; one the Envoy Gateway release is built against (its compatibility matrix).","pattern":"^v[0-9]+\\.[0-9]+\\.[0-9]+$","default":"v1.6.1"},"images":{"type":"object","description":"Container images.","additionalProperties":false,"properties":{"minio":{"type":"string","description":"MinIO server image, pinned by tag or digest.","pattern":"^[-a-z0-9./:]+(:[-_.A-Za-z0-9]+)?(@sha256:[a-f0-9]{64})?$","default":"quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z"}},"default":{}}},"default":{}},"waivers":{"type":"array","description":"Accepted exceptions to policy rules. Each waives one rule at one spec path until it expires.","items":{"type":"object","description":"A waiver.","additionalProperties":false,"properties":{"rule":{"type":"string","description":"Rule ID, e.g. VEIL-LIFECYCLE-001.","pattern":"^VEIL-[A-Z]+-[0-9]{3}$"},"path":{"type":"string","description":"Spec path the finding points at, e.g. ingress.controller (empty for the whole spec).","maxLength":512,"default":""},"reason":{"type":"string","description":"Why the exception is acceptable.","minLength":10,"maxLength":1000},"expires":{"$ref":"#/$defs/date","description":"Date (YYYY-MM-DD) after which the waiver lapses and the finding is an error again."}},"required":["rule","reason","expires"]},"default":[]}},"$defs":{"label":{"type":"string","description":"RFC 1123 label: 1-63 lowercase letters, digits or dashes, starting and ending with a letter or digit.","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},"dnsName":{"type":"string","description":"Fully qualified DNS name without the trailing dot (RFC 1123 labels joined by dots, at most 253 characters).","maxLength":253,"pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"},"recordName":{"type":"string","description":"Record owner name relative to its zone, or `@` for the apex.","maxLength":253,"pattern":"^(@|[a-z0-9*]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*)$"},"recordTarget":{"type":"string","description":"`ingress`, `object-store`, `host/NAME` or `node/NAME`.","pattern":"^(ingress|object-store|(host|node)/[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)$"},"ipv4":{"type":"string","description":"IPv4 address in dotted-quad form without leading zeros.","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},"ipv4Cidr":{"type":"string","description":"IPv4 network in CIDR form, e.g. 192.168.0.0/24 (host bits must be zero).","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/(3[0-2]|[12]?[0-9])$"},"ipv4Range":{"type":"string","description":"Inclusive IPv4 range FIRST-LAST, e.g. 192.168.0.220-192.168.0.239.","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])-((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},"quantity":{"type":"string","description":"Kubernetes quantity: a number with an optional binary (Ki, Mi, Gi, Ti, Pi, Ei) or decimal (k, M, G, T, P, E) suffix, e.g. 125Gi.","pattern":"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},"duration":{"type":"string","description":"Duration as one or more number-unit pairs (ms, s, m, h, d, w, y), e.g. 15d or 1h30m.","pattern":"^([0-9]{1,6}(ms|s|m|h|d|w|y))+$"},"cron":{"type":"string","description":"Five-field cron expression, e.g. \"0 */12 * * *\".","pattern":"^\\s*([-0-9*/,]+)\\s+([-0-9*/,]+)\\s+([-0-9*/,?LW]+)\\s+([-0-9*/,A-Za-z]+)\\s+([-0-9*/,A-Za-z?L#]+)\\s*$"},"absPath":{"type":"string","description":"Absolute POSIX path without `..` segments.","maxLength":1024,"pattern":"^(/[-_.+a-zA-Z0-9]+)+$","not":{"pattern":"(^|/)\\.\\.?(/|$)"}},"semver":{"type":"string","description":"Semantic version, e.g. 4.13.3.","pattern":"^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"},"date":{"type":"string","description":"Calendar date YYYY-MM-DD.","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"}}};
const schema32 = {"type":"string","description":"RFC 1123 label: 1-63 lowercase letters, digits or dashes, starting and ending with a letter or digit.","pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"};
const schema33 = {"type":"string","description":"IPv4 network in CIDR form, e.g. 192.168.0.0/24 (host bits must be zero).","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])/(3[0-2]|[12]?[0-9])$"};
const schema34 = {"type":"string","description":"IPv4 address in dotted-quad form without leading zeros.","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"};
const schema35 = {"type":"string","description":"Fully qualified DNS name without the trailing dot (RFC 1123 labels joined by dots, at most 253 characters).","maxLength":253,"pattern":"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"};
const schema36 = {"type":"string","description":"Inclusive IPv4 range FIRST-LAST, e.g. 192.168.0.220-192.168.0.239.","pattern":"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])-((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"};
const schema41 = {"type":"string","description":"Five-field cron expression, e.g. \"0 */12 * * *\".","pattern":"^\\s*([-0-9*/,]+)\\s+([-0-9*/,]+)\\s+([-0-9*/,?LW]+)\\s+([-0-9*/,A-Za-z]+)\\s+([-0-9*/,A-Za-z?L#]+)\\s*$"};
const schema42 = {"type":"string","description":"Absolute POSIX path without `..` segments.","maxLength":1024,"pattern":"^(/[-_.+a-zA-Z0-9]+)+$","not":{"pattern":"(^|/)\\.\\.?(/|$)"}};
const schema59 = {"type":"string","description":"Record owner name relative to its zone, or `@` for the apex.","maxLength":253,"pattern":"^(@|[a-z0-9*]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*)$"};
const schema60 = {"type":"string","description":"`ingress`, `object-store`, `host/NAME` or `node/NAME`.","pattern":"^(ingress|object-store|(host|node)/[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)$"};
const schema65 = {"type":"string","description":"Duration as one or more number-unit pairs (ms, s, m, h, d, w, y), e.g. 15d or 1h30m.","pattern":"^([0-9]{1,6}(ms|s|m|h|d|w|y))+$"};
const schema66 = {"type":"string","description":"Kubernetes quantity: a number with an optional binary (Ki, Mi, Gi, Ti, Pi, Ei) or decimal (k, M, G, T, P, E) suffix, e.g. 125Gi.","pattern":"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"};
const schema101 = {"type":"string","description":"Semantic version, e.g. 4.13.3.","pattern":"^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"};
const schema104 = {"type":"string","description":"Calendar date YYYY-MM-DD.","pattern":"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"};
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
const pattern36 = new RegExp("^(@|[a-z0-9*]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*)$", "u");
const pattern37 = new RegExp("^(ingress|object-store|(host|node)/[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)$", "u");
const pattern40 = new RegExp("^https?://", "u");
const pattern43 = new RegExp("^([0-9]{1,6}(ms|s|m|h|d|w|y))+$", "u");
const pattern44 = new RegExp("^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$", "u");
const pattern50 = new RegExp("^[-._a-zA-Z0-9]{1,253}$", "u");
const pattern54 = new RegExp("^[-_a-zA-Z0-9\\\\. ]{1,63}$", "u");
const pattern55 = new RegExp("^https?://[^@\\s]+$", "u");
const pattern58 = new RegExp("^[^@\\s]+@[^@\\s]+$", "u");
const pattern60 = new RegExp("^[^\\s:]+:[0-9]{1,5}$", "u");
const pattern63 = new RegExp("^[a-zA-Z_][a-zA-Z0-9_]*$|^\\.\\.\\.$", "u");
const pattern86 = new RegExp("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", "u");
const pattern87 = new RegExp("^[0-9]+(\\.[0-9]+)?m?$", "u");
const pattern91 = new RegExp("^\\./([-_.a-zA-Z0-9]+/)*[-_.a-zA-Z0-9]+$", "u");
const pattern97 = new RegExp("^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$", "u");
const pattern100 = new RegExp("^v[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$", "u");
const pattern101 = new RegExp("^v[0-9]+\\.[0-9]+\\.[0-9]+$", "u");
const pattern102 = new RegExp("^[-a-z0-9./:]+(:[-_.A-Za-z0-9]+)?(@sha256:[a-f0-9]{64})?$", "u");
const pattern103 = new RegExp("^VEIL-[A-Z]+-[0-9]{3}$", "u");
const pattern104 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", "u");

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
if(!(((((key16 === "controller") || (key16 === "namespace")) || (key16 === "address")) || (key16 === "className")) || (key16 === "retiring"))){
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
if(!((data54 === "ingress-nginx") || (data54 === "envoy-gateway"))){
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
if(data53.retiring !== undefined){
let data58 = data53.retiring;
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.keepsDns === undefined){
data58.keepsDns = true;
}
if(data58.controller === undefined){
const err146 = {instancePath:instancePath+"/ingress/retiring",schemaPath:"#/properties/ingress/properties/retiring/required",keyword:"required",params:{missingProperty: "controller"},message:"must have required property '"+"controller"+"'"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data58.address === undefined){
const err147 = {instancePath:instancePath+"/ingress/retiring",schemaPath:"#/properties/ingress/properties/retiring/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
for(const key17 in data58){
if(!(((((key17 === "controller") || (key17 === "namespace")) || (key17 === "address")) || (key17 === "className")) || (key17 === "keepsDns"))){
const err148 = {instancePath:instancePath+"/ingress/retiring",schemaPath:"#/properties/ingress/properties/retiring/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data58.controller !== undefined){
let data59 = data58.controller;
if(typeof data59 !== "string"){
const err149 = {instancePath:instancePath+"/ingress/retiring/controller",schemaPath:"#/properties/ingress/properties/retiring/properties/controller/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
if(!(data59 === "ingress-nginx")){
const err150 = {instancePath:instancePath+"/ingress/retiring/controller",schemaPath:"#/properties/ingress/properties/retiring/properties/controller/enum",keyword:"enum",params:{allowedValues: schema31.properties.ingress.properties.retiring.properties.controller.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data58.namespace !== undefined){
let data60 = data58.namespace;
if(typeof data60 === "string"){
if(!pattern4.test(data60)){
const err151 = {instancePath:instancePath+"/ingress/retiring/namespace",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/ingress/retiring/namespace",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data58.address !== undefined){
let data61 = data58.address;
if(typeof data61 === "string"){
if(!pattern6.test(data61)){
const err153 = {instancePath:instancePath+"/ingress/retiring/address",schemaPath:"#/$defs/ipv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\""};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
else {
const err154 = {instancePath:instancePath+"/ingress/retiring/address",schemaPath:"#/$defs/ipv4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data58.className !== undefined){
let data62 = data58.className;
if(typeof data62 === "string"){
if(!pattern4.test(data62)){
const err155 = {instancePath:instancePath+"/ingress/retiring/className",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/ingress/retiring/className",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
if(typeof data58.keepsDns !== "boolean"){
const err157 = {instancePath:instancePath+"/ingress/retiring/keepsDns",schemaPath:"#/properties/ingress/properties/retiring/properties/keepsDns/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
else {
const err158 = {instancePath:instancePath+"/ingress/retiring",schemaPath:"#/properties/ingress/properties/retiring/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/ingress",schemaPath:"#/properties/ingress/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data.dns !== undefined){
let data64 = data.dns;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.ttl === undefined){
data64.ttl = 3600;
}
if(data64.serial === undefined){
data64.serial = {};
}
if(data64.zoneDir === undefined){
data64.zoneDir = "/etc/unbound/zones";
}
if(data64.reverse === undefined){
data64.reverse = true;
}
if(data64.filtering === undefined){
data64.filtering = [];
}
if(data64.server === undefined){
const err160 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/required",keyword:"required",params:{missingProperty: "server"},message:"must have required property '"+"server"+"'"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
if(data64.zones === undefined){
const err161 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/required",keyword:"required",params:{missingProperty: "zones"},message:"must have required property '"+"zones"+"'"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
for(const key18 in data64){
if(!(((((((key18 === "server") || (key18 === "ttl")) || (key18 === "serial")) || (key18 === "zoneDir")) || (key18 === "reverse")) || (key18 === "zones")) || (key18 === "filtering"))){
const err162 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data64.server !== undefined){
let data65 = data64.server;
if(typeof data65 === "string"){
if(!pattern4.test(data65)){
const err163 = {instancePath:instancePath+"/dns/server",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
else {
const err164 = {instancePath:instancePath+"/dns/server",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
let data66 = data64.ttl;
if(!(((typeof data66 == "number") && (!(data66 % 1) && !isNaN(data66))) && (isFinite(data66)))){
const err165 = {instancePath:instancePath+"/dns/ttl",schemaPath:"#/properties/dns/properties/ttl/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if((typeof data66 == "number") && (isFinite(data66))){
if(data66 > 2147483647 || isNaN(data66)){
const err166 = {instancePath:instancePath+"/dns/ttl",schemaPath:"#/properties/dns/properties/ttl/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(data66 < 0 || isNaN(data66)){
const err167 = {instancePath:instancePath+"/dns/ttl",schemaPath:"#/properties/dns/properties/ttl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
let data67 = data64.serial;
const _errs183 = errors;
let valid59 = true;
const _errs184 = errors;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
let missing0;
if((data67.policy === undefined) && (missing0 = "policy")){
const err168 = {};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
else {
if(data67.policy !== undefined){
if("fixed" !== data67.policy){
const err169 = {};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
}
var _valid0 = _errs184 === errors;
errors = _errs183;
if(vErrors !== null){
if(_errs183){
vErrors.length = _errs183;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs186 = errors;
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.value === undefined){
const err170 = {instancePath:instancePath+"/dns/serial",schemaPath:"#/properties/dns/properties/serial/then/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
var _valid0 = _errs186 === errors;
valid59 = _valid0;
}
if(!valid59){
const err171 = {instancePath:instancePath+"/dns/serial",schemaPath:"#/properties/dns/properties/serial/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.policy === undefined){
data67.policy = "content";
}
for(const key19 in data67){
if(!((key19 === "policy") || (key19 === "value"))){
const err172 = {instancePath:instancePath+"/dns/serial",schemaPath:"#/properties/dns/properties/serial/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
let data69 = data67.policy;
if(typeof data69 !== "string"){
const err173 = {instancePath:instancePath+"/dns/serial/policy",schemaPath:"#/properties/dns/properties/serial/properties/policy/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(!((data69 === "content") || (data69 === "fixed"))){
const err174 = {instancePath:instancePath+"/dns/serial/policy",schemaPath:"#/properties/dns/properties/serial/properties/policy/enum",keyword:"enum",params:{allowedValues: schema31.properties.dns.properties.serial.properties.policy.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(data67.value !== undefined){
let data70 = data67.value;
if(!(((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70))) && (isFinite(data70)))){
const err175 = {instancePath:instancePath+"/dns/serial/value",schemaPath:"#/properties/dns/properties/serial/properties/value/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if((typeof data70 == "number") && (isFinite(data70))){
if(data70 > 4294967295 || isNaN(data70)){
const err176 = {instancePath:instancePath+"/dns/serial/value",schemaPath:"#/properties/dns/properties/serial/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 4294967295},message:"must be <= 4294967295"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
if(data70 < 1 || isNaN(data70)){
const err177 = {instancePath:instancePath+"/dns/serial/value",schemaPath:"#/properties/dns/properties/serial/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
}
}
else {
const err178 = {instancePath:instancePath+"/dns/serial",schemaPath:"#/properties/dns/properties/serial/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
let data71 = data64.zoneDir;
const _errs195 = errors;
const _errs196 = errors;
if(typeof data71 === "string"){
if(!pattern17.test(data71)){
const err179 = {};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
var valid63 = _errs196 === errors;
if(valid63){
const err180 = {instancePath:instancePath+"/dns/zoneDir",schemaPath:"#/$defs/absPath/not",keyword:"not",params:{},message:"must NOT be valid"};
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
if(typeof data71 === "string"){
if(func2(data71) > 1024){
const err181 = {instancePath:instancePath+"/dns/zoneDir",schemaPath:"#/$defs/absPath/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
if(!pattern18.test(data71)){
const err182 = {instancePath:instancePath+"/dns/zoneDir",schemaPath:"#/$defs/absPath/pattern",keyword:"pattern",params:{pattern: "^(/[-_.+a-zA-Z0-9]+)+$"},message:"must match pattern \""+"^(/[-_.+a-zA-Z0-9]+)+$"+"\""};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
else {
const err183 = {instancePath:instancePath+"/dns/zoneDir",schemaPath:"#/$defs/absPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(typeof data64.reverse !== "boolean"){
const err184 = {instancePath:instancePath+"/dns/reverse",schemaPath:"#/properties/dns/properties/reverse/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if(data64.zones !== undefined){
let data73 = data64.zones;
if(Array.isArray(data73)){
if(data73.length < 1){
const err185 = {instancePath:instancePath+"/dns/zones",schemaPath:"#/properties/dns/properties/zones/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
const len6 = data73.length;
for(let i8=0; i8<len6; i8++){
let data74 = data73[i8];
if(data74 && typeof data74 == "object" && !Array.isArray(data74)){
if(data74.records === undefined){
data74.records = [];
}
if(data74.name === undefined){
const err186 = {instancePath:instancePath+"/dns/zones/" + i8,schemaPath:"#/properties/dns/properties/zones/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
for(const key20 in data74){
if(!((key20 === "name") || (key20 === "records"))){
const err187 = {instancePath:instancePath+"/dns/zones/" + i8,schemaPath:"#/properties/dns/properties/zones/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
if(data74.name !== undefined){
let data75 = data74.name;
if(typeof data75 === "string"){
if(func2(data75) > 253){
const err188 = {instancePath:instancePath+"/dns/zones/" + i8+"/name",schemaPath:"#/$defs/dnsName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
if(!pattern7.test(data75)){
const err189 = {instancePath:instancePath+"/dns/zones/" + i8+"/name",schemaPath:"#/$defs/dnsName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
else {
const err190 = {instancePath:instancePath+"/dns/zones/" + i8+"/name",schemaPath:"#/$defs/dnsName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
let data76 = data74.records;
if(Array.isArray(data76)){
const len7 = data76.length;
for(let i9=0; i9<len7; i9++){
let data77 = data76[i9];
const _errs211 = errors;
let valid70 = false;
let passing0 = null;
const _errs212 = errors;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.target === undefined){
const err191 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9,schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/oneOf/0/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
var _valid1 = _errs212 === errors;
if(_valid1){
valid70 = true;
passing0 = 0;
}
const _errs213 = errors;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.address === undefined){
const err192 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9,schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/oneOf/1/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
var _valid1 = _errs213 === errors;
if(_valid1 && valid70){
valid70 = false;
passing0 = [passing0, 1];
}
else {
if(_valid1){
valid70 = true;
passing0 = 1;
}
}
if(!valid70){
const err193 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9,schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
else {
errors = _errs211;
if(vErrors !== null){
if(_errs211){
vErrors.length = _errs211;
}
else {
vErrors = null;
}
}
}
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.name === undefined){
const err194 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9,schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
for(const key21 in data77){
if(!((((key21 === "name") || (key21 === "target")) || (key21 === "address")) || (key21 === "ttl"))){
const err195 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9,schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
if(data77.name !== undefined){
let data78 = data77.name;
if(typeof data78 === "string"){
if(func2(data78) > 253){
const err196 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/name",schemaPath:"#/$defs/recordName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
if(!pattern36.test(data78)){
const err197 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/name",schemaPath:"#/$defs/recordName/pattern",keyword:"pattern",params:{pattern: "^(@|[a-z0-9*]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*)$"},message:"must match pattern \""+"^(@|[a-z0-9*]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*)$"+"\""};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
else {
const err198 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/name",schemaPath:"#/$defs/recordName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
if(data77.target !== undefined){
let data79 = data77.target;
if(typeof data79 === "string"){
if(!pattern37.test(data79)){
const err199 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/target",schemaPath:"#/$defs/recordTarget/pattern",keyword:"pattern",params:{pattern: "^(ingress|object-store|(host|node)/[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)$"},message:"must match pattern \""+"^(ingress|object-store|(host|node)/[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)$"+"\""};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
else {
const err200 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/target",schemaPath:"#/$defs/recordTarget/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
if(data77.address !== undefined){
let data80 = data77.address;
if(typeof data80 === "string"){
if(!pattern6.test(data80)){
const err201 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/address",schemaPath:"#/$defs/ipv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\""};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/address",schemaPath:"#/$defs/ipv4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data77.ttl !== undefined){
let data81 = data77.ttl;
if(!(((typeof data81 == "number") && (!(data81 % 1) && !isNaN(data81))) && (isFinite(data81)))){
const err203 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/ttl",schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/properties/ttl/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if((typeof data81 == "number") && (isFinite(data81))){
if(data81 > 2147483647 || isNaN(data81)){
const err204 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/ttl",schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/properties/ttl/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2147483647},message:"must be <= 2147483647"};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
if(data81 < 0 || isNaN(data81)){
const err205 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9+"/ttl",schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/properties/ttl/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
}
}
else {
const err206 = {instancePath:instancePath+"/dns/zones/" + i8+"/records/" + i9,schemaPath:"#/properties/dns/properties/zones/items/properties/records/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
}
else {
const err207 = {instancePath:instancePath+"/dns/zones/" + i8+"/records",schemaPath:"#/properties/dns/properties/zones/items/properties/records/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
else {
const err208 = {instancePath:instancePath+"/dns/zones/" + i8,schemaPath:"#/properties/dns/properties/zones/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
}
else {
const err209 = {instancePath:instancePath+"/dns/zones",schemaPath:"#/properties/dns/properties/zones/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
let data82 = data64.filtering;
if(Array.isArray(data82)){
const len8 = data82.length;
for(let i10=0; i10<len8; i10++){
let data83 = data82[i10];
if(data83 && typeof data83 == "object" && !Array.isArray(data83)){
if(data83.format === undefined){
data83.format = "hosts";
}
if(data83.action === undefined){
data83.action = "nxdomain";
}
if(data83.name === undefined){
const err210 = {instancePath:instancePath+"/dns/filtering/" + i10,schemaPath:"#/properties/dns/properties/filtering/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if(data83.url === undefined){
const err211 = {instancePath:instancePath+"/dns/filtering/" + i10,schemaPath:"#/properties/dns/properties/filtering/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
for(const key22 in data83){
if(!((((key22 === "name") || (key22 === "format")) || (key22 === "url")) || (key22 === "action"))){
const err212 = {instancePath:instancePath+"/dns/filtering/" + i10,schemaPath:"#/properties/dns/properties/filtering/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data83.name !== undefined){
let data84 = data83.name;
if(typeof data84 === "string"){
if(!pattern4.test(data84)){
const err213 = {instancePath:instancePath+"/dns/filtering/" + i10+"/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
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
const err214 = {instancePath:instancePath+"/dns/filtering/" + i10+"/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
let data85 = data83.format;
if(typeof data85 !== "string"){
const err215 = {instancePath:instancePath+"/dns/filtering/" + i10+"/format",schemaPath:"#/properties/dns/properties/filtering/items/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
if(!((data85 === "hosts") || (data85 === "rpz"))){
const err216 = {instancePath:instancePath+"/dns/filtering/" + i10+"/format",schemaPath:"#/properties/dns/properties/filtering/items/properties/format/enum",keyword:"enum",params:{allowedValues: schema31.properties.dns.properties.filtering.items.properties.format.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
if(data83.url !== undefined){
let data86 = data83.url;
if(typeof data86 === "string"){
if(func2(data86) > 2048){
const err217 = {instancePath:instancePath+"/dns/filtering/" + i10+"/url",schemaPath:"#/properties/dns/properties/filtering/items/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
if(!pattern40.test(data86)){
const err218 = {instancePath:instancePath+"/dns/filtering/" + i10+"/url",schemaPath:"#/properties/dns/properties/filtering/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
else {
const err219 = {instancePath:instancePath+"/dns/filtering/" + i10+"/url",schemaPath:"#/properties/dns/properties/filtering/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
let data87 = data83.action;
if(typeof data87 !== "string"){
const err220 = {instancePath:instancePath+"/dns/filtering/" + i10+"/action",schemaPath:"#/properties/dns/properties/filtering/items/properties/action/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if(!(((data87 === "nxdomain") || (data87 === "nodata")) || (data87 === "drop"))){
const err221 = {instancePath:instancePath+"/dns/filtering/" + i10+"/action",schemaPath:"#/properties/dns/properties/filtering/items/properties/action/enum",keyword:"enum",params:{allowedValues: schema31.properties.dns.properties.filtering.items.properties.action.enum},message:"must be equal to one of the allowed values"};
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
const err222 = {instancePath:instancePath+"/dns/filtering/" + i10,schemaPath:"#/properties/dns/properties/filtering/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
}
else {
const err223 = {instancePath:instancePath+"/dns/filtering",schemaPath:"#/properties/dns/properties/filtering/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
else {
const err224 = {instancePath:instancePath+"/dns",schemaPath:"#/properties/dns/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data.monitoring !== undefined){
let data88 = data.monitoring;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.namespace === undefined){
data88.namespace = "monitoring";
}
if(data88.prometheus === undefined){
data88.prometheus = {};
}
if(data88.alertmanager === undefined){
data88.alertmanager = {};
}
if(data88.grafana === undefined){
data88.grafana = {};
}
for(const key23 in data88){
if(!((((key23 === "namespace") || (key23 === "prometheus")) || (key23 === "alertmanager")) || (key23 === "grafana"))){
const err225 = {instancePath:instancePath+"/monitoring",schemaPath:"#/properties/monitoring/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
let data89 = data88.namespace;
if(typeof data89 === "string"){
if(!pattern4.test(data89)){
const err226 = {instancePath:instancePath+"/monitoring/namespace",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
else {
const err227 = {instancePath:instancePath+"/monitoring/namespace",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
let data90 = data88.prometheus;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.retention === undefined){
data90.retention = "10d";
}
if(data90.walCompression === undefined){
data90.walCompression = true;
}
if(data90.storage === undefined){
data90.storage = {};
}
if(data90.remoteWrite === undefined){
data90.remoteWrite = [];
}
for(const key24 in data90){
if(!((((((key24 === "host") || (key24 === "retention")) || (key24 === "retentionSize")) || (key24 === "walCompression")) || (key24 === "storage")) || (key24 === "remoteWrite"))){
const err228 = {instancePath:instancePath+"/monitoring/prometheus",schemaPath:"#/properties/monitoring/properties/prometheus/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data90.host !== undefined){
let data91 = data90.host;
if(typeof data91 === "string"){
if(func2(data91) > 253){
const err229 = {instancePath:instancePath+"/monitoring/prometheus/host",schemaPath:"#/$defs/dnsName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
if(!pattern7.test(data91)){
const err230 = {instancePath:instancePath+"/monitoring/prometheus/host",schemaPath:"#/$defs/dnsName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
else {
const err231 = {instancePath:instancePath+"/monitoring/prometheus/host",schemaPath:"#/$defs/dnsName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
let data92 = data90.retention;
if(typeof data92 === "string"){
if(!pattern43.test(data92)){
const err232 = {instancePath:instancePath+"/monitoring/prometheus/retention",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]{1,6}(ms|s|m|h|d|w|y))+$"},message:"must match pattern \""+"^([0-9]{1,6}(ms|s|m|h|d|w|y))+$"+"\""};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
else {
const err233 = {instancePath:instancePath+"/monitoring/prometheus/retention",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
if(data90.retentionSize !== undefined){
let data93 = data90.retentionSize;
if(typeof data93 === "string"){
if(!pattern44.test(data93)){
const err234 = {instancePath:instancePath+"/monitoring/prometheus/retentionSize",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
else {
const err235 = {instancePath:instancePath+"/monitoring/prometheus/retentionSize",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
if(typeof data90.walCompression !== "boolean"){
const err236 = {instancePath:instancePath+"/monitoring/prometheus/walCompression",schemaPath:"#/properties/monitoring/properties/prometheus/properties/walCompression/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
let data95 = data90.storage;
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
if(data95.size === undefined){
data95.size = "20Gi";
}
if(data95.class === undefined){
data95.class = "local-path";
}
for(const key25 in data95){
if(!((key25 === "size") || (key25 === "class"))){
const err237 = {instancePath:instancePath+"/monitoring/prometheus/storage",schemaPath:"#/properties/monitoring/properties/prometheus/properties/storage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
let data96 = data95.size;
if(typeof data96 === "string"){
if(!pattern44.test(data96)){
const err238 = {instancePath:instancePath+"/monitoring/prometheus/storage/size",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
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
const err239 = {instancePath:instancePath+"/monitoring/prometheus/storage/size",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
let data97 = data95.class;
if(typeof data97 === "string"){
if(!pattern4.test(data97)){
const err240 = {instancePath:instancePath+"/monitoring/prometheus/storage/class",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
else {
const err241 = {instancePath:instancePath+"/monitoring/prometheus/storage/class",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
else {
const err242 = {instancePath:instancePath+"/monitoring/prometheus/storage",schemaPath:"#/properties/monitoring/properties/prometheus/properties/storage/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
let data98 = data90.remoteWrite;
if(Array.isArray(data98)){
const len9 = data98.length;
for(let i11=0; i11<len9; i11++){
let data99 = data98[i11];
if(data99 && typeof data99 == "object" && !Array.isArray(data99)){
if(data99.kind === undefined){
data99.kind = "generic";
}
if(data99.name === undefined){
const err243 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11,schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
if(data99.url === undefined){
const err244 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11,schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
for(const key26 in data99){
if(!((((key26 === "name") || (key26 === "kind")) || (key26 === "url")) || (key26 === "basicAuthSecret"))){
const err245 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11,schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
if(data99.name !== undefined){
let data100 = data99.name;
if(typeof data100 === "string"){
if(!pattern4.test(data100)){
const err246 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
else {
const err247 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
let data101 = data99.kind;
if(typeof data101 !== "string"){
const err248 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/kind",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
if(!((((data101 === "thanos") || (data101 === "mimir")) || (data101 === "victoriametrics")) || (data101 === "generic"))){
const err249 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/kind",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.monitoring.properties.prometheus.properties.remoteWrite.items.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
if(data99.url !== undefined){
let data102 = data99.url;
if(typeof data102 === "string"){
if(func2(data102) > 2048){
const err250 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/url",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
if(!pattern40.test(data102)){
const err251 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/url",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\""};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
else {
const err252 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/url",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
if(data99.basicAuthSecret !== undefined){
let data103 = data99.basicAuthSecret;
if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
if(data103.name === undefined){
const err253 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/basicAuthSecret",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/basicAuthSecret/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
for(const key27 in data103){
if(!((key27 === "name") || (key27 === "key"))){
const err254 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/basicAuthSecret",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/basicAuthSecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
if(data103.name !== undefined){
let data104 = data103.name;
if(typeof data104 === "string"){
if(!pattern4.test(data104)){
const err255 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/basicAuthSecret/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
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
const err256 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/basicAuthSecret/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
}
if(data103.key !== undefined){
let data105 = data103.key;
if(typeof data105 === "string"){
if(!pattern50.test(data105)){
const err257 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/basicAuthSecret/key",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/basicAuthSecret/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]{1,253}$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]{1,253}$"+"\""};
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
const err258 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/basicAuthSecret/key",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/basicAuthSecret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
}
else {
const err259 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11+"/basicAuthSecret",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/properties/basicAuthSecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
}
else {
const err260 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite/" + i11,schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
}
else {
const err261 = {instancePath:instancePath+"/monitoring/prometheus/remoteWrite",schemaPath:"#/properties/monitoring/properties/prometheus/properties/remoteWrite/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
else {
const err262 = {instancePath:instancePath+"/monitoring/prometheus",schemaPath:"#/properties/monitoring/properties/prometheus/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
let data106 = data88.alertmanager;
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.storage === undefined){
data106.storage = {};
}
if(data106.receivers === undefined){
data106.receivers = [{"name":"null"}];
}
if(data106.route === undefined){
data106.route = {};
}
for(const key28 in data106){
if(!((((key28 === "host") || (key28 === "storage")) || (key28 === "receivers")) || (key28 === "route"))){
const err263 = {instancePath:instancePath+"/monitoring/alertmanager",schemaPath:"#/properties/monitoring/properties/alertmanager/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data106.host !== undefined){
let data107 = data106.host;
if(typeof data107 === "string"){
if(func2(data107) > 253){
const err264 = {instancePath:instancePath+"/monitoring/alertmanager/host",schemaPath:"#/$defs/dnsName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
if(!pattern7.test(data107)){
const err265 = {instancePath:instancePath+"/monitoring/alertmanager/host",schemaPath:"#/$defs/dnsName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
else {
const err266 = {instancePath:instancePath+"/monitoring/alertmanager/host",schemaPath:"#/$defs/dnsName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
let data108 = data106.storage;
if(data108 && typeof data108 == "object" && !Array.isArray(data108)){
if(data108.size === undefined){
data108.size = "2Gi";
}
if(data108.class === undefined){
data108.class = "local-path";
}
for(const key29 in data108){
if(!((key29 === "size") || (key29 === "class"))){
const err267 = {instancePath:instancePath+"/monitoring/alertmanager/storage",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/storage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
let data109 = data108.size;
if(typeof data109 === "string"){
if(!pattern44.test(data109)){
const err268 = {instancePath:instancePath+"/monitoring/alertmanager/storage/size",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
else {
const err269 = {instancePath:instancePath+"/monitoring/alertmanager/storage/size",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
let data110 = data108.class;
if(typeof data110 === "string"){
if(!pattern4.test(data110)){
const err270 = {instancePath:instancePath+"/monitoring/alertmanager/storage/class",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
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
const err271 = {instancePath:instancePath+"/monitoring/alertmanager/storage/class",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
else {
const err272 = {instancePath:instancePath+"/monitoring/alertmanager/storage",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/storage/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
let data111 = data106.receivers;
if(Array.isArray(data111)){
const len10 = data111.length;
for(let i12=0; i12<len10; i12++){
let data112 = data111[i12];
if(data112 && typeof data112 == "object" && !Array.isArray(data112)){
if(data112.name === undefined){
const err273 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
for(const key30 in data112){
if(!(((key30 === "name") || (key30 === "webhook")) || (key30 === "email"))){
const err274 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
if(data112.name !== undefined){
let data113 = data112.name;
if(typeof data113 === "string"){
if(!pattern54.test(data113)){
const err275 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/name",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[-_a-zA-Z0-9\\\\. ]{1,63}$"},message:"must match pattern \""+"^[-_a-zA-Z0-9\\\\. ]{1,63}$"+"\""};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
else {
const err276 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/name",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
if(data112.webhook !== undefined){
let data114 = data112.webhook;
if(data114 && typeof data114 == "object" && !Array.isArray(data114)){
for(const key31 in data114){
if(!((key31 === "url") || (key31 === "urlSecret"))){
const err277 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
if(data114.url !== undefined){
let data115 = data114.url;
if(typeof data115 === "string"){
if(func2(data115) > 2048){
const err278 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/url",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
if(!pattern55.test(data115)){
const err279 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/url",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://[^@\\s]+$"},message:"must match pattern \""+"^https?://[^@\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
else {
const err280 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/url",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
if(data114.urlSecret !== undefined){
let data116 = data114.urlSecret;
if(data116 && typeof data116 == "object" && !Array.isArray(data116)){
if(data116.name === undefined){
const err281 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/urlSecret",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/properties/urlSecret/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
for(const key32 in data116){
if(!((key32 === "name") || (key32 === "key"))){
const err282 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/urlSecret",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/properties/urlSecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
if(data116.name !== undefined){
let data117 = data116.name;
if(typeof data117 === "string"){
if(!pattern4.test(data117)){
const err283 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/urlSecret/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
else {
const err284 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/urlSecret/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
if(data116.key !== undefined){
let data118 = data116.key;
if(typeof data118 === "string"){
if(!pattern50.test(data118)){
const err285 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/urlSecret/key",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/properties/urlSecret/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]{1,253}$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]{1,253}$"+"\""};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
else {
const err286 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/urlSecret/key",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/properties/urlSecret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
}
else {
const err287 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook/urlSecret",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/properties/urlSecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
}
else {
const err288 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/webhook",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/webhook/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
if(data112.email !== undefined){
let data119 = data112.email;
if(data119 && typeof data119 == "object" && !Array.isArray(data119)){
if(data119.to === undefined){
const err289 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
if(data119.from === undefined){
const err290 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
if(data119.smarthost === undefined){
const err291 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/required",keyword:"required",params:{missingProperty: "smarthost"},message:"must have required property '"+"smarthost"+"'"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
for(const key33 in data119){
if(!(((((key33 === "to") || (key33 === "from")) || (key33 === "smarthost")) || (key33 === "authUsername")) || (key33 === "authPasswordSecret"))){
const err292 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
if(data119.to !== undefined){
let data120 = data119.to;
if(typeof data120 === "string"){
if(!pattern58.test(data120)){
const err293 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/to",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/to/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
else {
const err294 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/to",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
if(data119.from !== undefined){
let data121 = data119.from;
if(typeof data121 === "string"){
if(!pattern58.test(data121)){
const err295 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/from",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/from/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+$"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+$"+"\""};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
else {
const err296 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/from",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
if(data119.smarthost !== undefined){
let data122 = data119.smarthost;
if(typeof data122 === "string"){
if(!pattern60.test(data122)){
const err297 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/smarthost",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/smarthost/pattern",keyword:"pattern",params:{pattern: "^[^\\s:]+:[0-9]{1,5}$"},message:"must match pattern \""+"^[^\\s:]+:[0-9]{1,5}$"+"\""};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
else {
const err298 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/smarthost",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/smarthost/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
if(data119.authUsername !== undefined){
let data123 = data119.authUsername;
if(typeof data123 === "string"){
if(func2(data123) > 256){
const err299 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authUsername",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/authUsername/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
else {
const err300 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authUsername",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/authUsername/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
if(data119.authPasswordSecret !== undefined){
let data124 = data119.authPasswordSecret;
if(data124 && typeof data124 == "object" && !Array.isArray(data124)){
if(data124.name === undefined){
const err301 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authPasswordSecret",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/authPasswordSecret/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
for(const key34 in data124){
if(!((key34 === "name") || (key34 === "key"))){
const err302 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authPasswordSecret",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/authPasswordSecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
if(data124.name !== undefined){
let data125 = data124.name;
if(typeof data125 === "string"){
if(!pattern4.test(data125)){
const err303 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authPasswordSecret/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
else {
const err304 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authPasswordSecret/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
if(data124.key !== undefined){
let data126 = data124.key;
if(typeof data126 === "string"){
if(!pattern50.test(data126)){
const err305 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authPasswordSecret/key",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/authPasswordSecret/properties/key/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]{1,253}$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]{1,253}$"+"\""};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
else {
const err306 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authPasswordSecret/key",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/authPasswordSecret/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
}
else {
const err307 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email/authPasswordSecret",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/properties/authPasswordSecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
}
else {
const err308 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12+"/email",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/properties/email/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
}
else {
const err309 = {instancePath:instancePath+"/monitoring/alertmanager/receivers/" + i12,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
}
}
else {
const err310 = {instancePath:instancePath+"/monitoring/alertmanager/receivers",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/receivers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
let data127 = data106.route;
if(data127 && typeof data127 == "object" && !Array.isArray(data127)){
if(data127.receiver === undefined){
data127.receiver = "null";
}
if(data127.groupBy === undefined){
data127.groupBy = ["alertname","namespace"];
}
if(data127.routes === undefined){
data127.routes = [];
}
for(const key35 in data127){
if(!(((key35 === "receiver") || (key35 === "groupBy")) || (key35 === "routes"))){
const err311 = {instancePath:instancePath+"/monitoring/alertmanager/route",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
if(typeof data127.receiver !== "string"){
const err312 = {instancePath:instancePath+"/monitoring/alertmanager/route/receiver",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/receiver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
let data129 = data127.groupBy;
if(Array.isArray(data129)){
const len11 = data129.length;
for(let i13=0; i13<len11; i13++){
let data130 = data129[i13];
if(typeof data130 === "string"){
if(!pattern63.test(data130)){
const err313 = {instancePath:instancePath+"/monitoring/alertmanager/route/groupBy/" + i13,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/groupBy/items/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z_][a-zA-Z0-9_]*$|^\\.\\.\\.$"},message:"must match pattern \""+"^[a-zA-Z_][a-zA-Z0-9_]*$|^\\.\\.\\.$"+"\""};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
else {
const err314 = {instancePath:instancePath+"/monitoring/alertmanager/route/groupBy/" + i13,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/groupBy/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
}
else {
const err315 = {instancePath:instancePath+"/monitoring/alertmanager/route/groupBy",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/groupBy/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
let data131 = data127.routes;
if(Array.isArray(data131)){
const len12 = data131.length;
for(let i14=0; i14<len12; i14++){
let data132 = data131[i14];
if(data132 && typeof data132 == "object" && !Array.isArray(data132)){
if(data132.continue === undefined){
data132.continue = false;
}
if(data132.receiver === undefined){
const err316 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/required",keyword:"required",params:{missingProperty: "receiver"},message:"must have required property '"+"receiver"+"'"};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
if(data132.matchers === undefined){
const err317 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/required",keyword:"required",params:{missingProperty: "matchers"},message:"must have required property '"+"matchers"+"'"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
for(const key36 in data132){
if(!(((key36 === "receiver") || (key36 === "matchers")) || (key36 === "continue"))){
const err318 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key36},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data132.receiver !== undefined){
if(typeof data132.receiver !== "string"){
const err319 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14+"/receiver",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/properties/receiver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
}
if(data132.matchers !== undefined){
let data134 = data132.matchers;
if(Array.isArray(data134)){
if(data134.length < 1){
const err320 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14+"/matchers",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/properties/matchers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
const len13 = data134.length;
for(let i15=0; i15<len13; i15++){
let data135 = data134[i15];
if(typeof data135 === "string"){
if(func2(data135) > 512){
const err321 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14+"/matchers/" + i15,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/properties/matchers/items/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
if(func2(data135) < 1){
const err322 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14+"/matchers/" + i15,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/properties/matchers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
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
const err323 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14+"/matchers/" + i15,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/properties/matchers/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
}
else {
const err324 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14+"/matchers",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/properties/matchers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
if(typeof data132.continue !== "boolean"){
const err325 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14+"/continue",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/properties/continue/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
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
const err326 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes/" + i14,schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
}
else {
const err327 = {instancePath:instancePath+"/monitoring/alertmanager/route/routes",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/properties/routes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
else {
const err328 = {instancePath:instancePath+"/monitoring/alertmanager/route",schemaPath:"#/properties/monitoring/properties/alertmanager/properties/route/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
else {
const err329 = {instancePath:instancePath+"/monitoring/alertmanager",schemaPath:"#/properties/monitoring/properties/alertmanager/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
let data137 = data88.grafana;
if(data137 && typeof data137 == "object" && !Array.isArray(data137)){
if(data137.storage === undefined){
data137.storage = {};
}
for(const key37 in data137){
if(!(((key37 === "host") || (key37 === "storage")) || (key37 === "adminSecret"))){
const err330 = {instancePath:instancePath+"/monitoring/grafana",schemaPath:"#/properties/monitoring/properties/grafana/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key37},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
if(data137.host !== undefined){
let data138 = data137.host;
if(typeof data138 === "string"){
if(func2(data138) > 253){
const err331 = {instancePath:instancePath+"/monitoring/grafana/host",schemaPath:"#/$defs/dnsName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
if(!pattern7.test(data138)){
const err332 = {instancePath:instancePath+"/monitoring/grafana/host",schemaPath:"#/$defs/dnsName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
else {
const err333 = {instancePath:instancePath+"/monitoring/grafana/host",schemaPath:"#/$defs/dnsName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
let data139 = data137.storage;
if(data139 && typeof data139 == "object" && !Array.isArray(data139)){
if(data139.size === undefined){
data139.size = "5Gi";
}
if(data139.class === undefined){
data139.class = "local-path";
}
for(const key38 in data139){
if(!((key38 === "size") || (key38 === "class"))){
const err334 = {instancePath:instancePath+"/monitoring/grafana/storage",schemaPath:"#/properties/monitoring/properties/grafana/properties/storage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key38},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
let data140 = data139.size;
if(typeof data140 === "string"){
if(!pattern44.test(data140)){
const err335 = {instancePath:instancePath+"/monitoring/grafana/storage/size",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
}
else {
const err336 = {instancePath:instancePath+"/monitoring/grafana/storage/size",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
let data141 = data139.class;
if(typeof data141 === "string"){
if(!pattern4.test(data141)){
const err337 = {instancePath:instancePath+"/monitoring/grafana/storage/class",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
}
else {
const err338 = {instancePath:instancePath+"/monitoring/grafana/storage/class",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
}
else {
const err339 = {instancePath:instancePath+"/monitoring/grafana/storage",schemaPath:"#/properties/monitoring/properties/grafana/properties/storage/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
if(data137.adminSecret !== undefined){
let data142 = data137.adminSecret;
if(data142 && typeof data142 == "object" && !Array.isArray(data142)){
if(data142.userKey === undefined){
data142.userKey = "admin-user";
}
if(data142.passwordKey === undefined){
data142.passwordKey = "admin-password";
}
if(data142.name === undefined){
const err340 = {instancePath:instancePath+"/monitoring/grafana/adminSecret",schemaPath:"#/properties/monitoring/properties/grafana/properties/adminSecret/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
for(const key39 in data142){
if(!(((key39 === "name") || (key39 === "userKey")) || (key39 === "passwordKey"))){
const err341 = {instancePath:instancePath+"/monitoring/grafana/adminSecret",schemaPath:"#/properties/monitoring/properties/grafana/properties/adminSecret/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key39},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
}
if(data142.name !== undefined){
let data143 = data142.name;
if(typeof data143 === "string"){
if(!pattern4.test(data143)){
const err342 = {instancePath:instancePath+"/monitoring/grafana/adminSecret/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
else {
const err343 = {instancePath:instancePath+"/monitoring/grafana/adminSecret/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
}
let data144 = data142.userKey;
if(typeof data144 === "string"){
if(!pattern50.test(data144)){
const err344 = {instancePath:instancePath+"/monitoring/grafana/adminSecret/userKey",schemaPath:"#/properties/monitoring/properties/grafana/properties/adminSecret/properties/userKey/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]{1,253}$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]{1,253}$"+"\""};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
else {
const err345 = {instancePath:instancePath+"/monitoring/grafana/adminSecret/userKey",schemaPath:"#/properties/monitoring/properties/grafana/properties/adminSecret/properties/userKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
let data145 = data142.passwordKey;
if(typeof data145 === "string"){
if(!pattern50.test(data145)){
const err346 = {instancePath:instancePath+"/monitoring/grafana/adminSecret/passwordKey",schemaPath:"#/properties/monitoring/properties/grafana/properties/adminSecret/properties/passwordKey/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]{1,253}$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]{1,253}$"+"\""};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
else {
const err347 = {instancePath:instancePath+"/monitoring/grafana/adminSecret/passwordKey",schemaPath:"#/properties/monitoring/properties/grafana/properties/adminSecret/properties/passwordKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err348 = {instancePath:instancePath+"/monitoring/grafana/adminSecret",schemaPath:"#/properties/monitoring/properties/grafana/properties/adminSecret/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
}
}
else {
const err349 = {instancePath:instancePath+"/monitoring/grafana",schemaPath:"#/properties/monitoring/properties/grafana/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err350 = {instancePath:instancePath+"/monitoring",schemaPath:"#/properties/monitoring/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
}
if(data.objectStore !== undefined){
let data146 = data.objectStore;
if(data146 && typeof data146 == "object" && !Array.isArray(data146)){
if(data146.kind === undefined){
data146.kind = "minio";
}
if(data146.name === undefined){
data146.name = "minio";
}
if(data146.namespace === undefined){
data146.namespace = "minio";
}
if(data146.storageClass === undefined){
data146.storageClass = "local-path";
}
if(data146.pools === undefined){
data146.pools = [];
}
if(data146.require === undefined){
data146.require = {};
}
if(data146.exposure === undefined){
data146.exposure = {};
}
if(data146.buckets === undefined){
data146.buckets = [];
}
if(data146.resources === undefined){
data146.resources = {};
}
if(data146.erasure === undefined){
const err351 = {instancePath:instancePath+"/objectStore",schemaPath:"#/properties/objectStore/required",keyword:"required",params:{missingProperty: "erasure"},message:"must have required property '"+"erasure"+"'"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
if(data146.servers === undefined){
const err352 = {instancePath:instancePath+"/objectStore",schemaPath:"#/properties/objectStore/required",keyword:"required",params:{missingProperty: "servers"},message:"must have required property '"+"servers"+"'"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
if(data146.drivesPerServer === undefined){
const err353 = {instancePath:instancePath+"/objectStore",schemaPath:"#/properties/objectStore/required",keyword:"required",params:{missingProperty: "drivesPerServer"},message:"must have required property '"+"drivesPerServer"+"'"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
if(data146.driveSize === undefined){
const err354 = {instancePath:instancePath+"/objectStore",schemaPath:"#/properties/objectStore/required",keyword:"required",params:{missingProperty: "driveSize"},message:"must have required property '"+"driveSize"+"'"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
if(data146.nodes === undefined){
const err355 = {instancePath:instancePath+"/objectStore",schemaPath:"#/properties/objectStore/required",keyword:"required",params:{missingProperty: "nodes"},message:"must have required property '"+"nodes"+"'"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
if(data146.credentials === undefined){
const err356 = {instancePath:instancePath+"/objectStore",schemaPath:"#/properties/objectStore/required",keyword:"required",params:{missingProperty: "credentials"},message:"must have required property '"+"credentials"+"'"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
for(const key40 in data146){
if(!(func1.call(schema31.properties.objectStore.properties, key40))){
const err357 = {instancePath:instancePath+"/objectStore",schemaPath:"#/properties/objectStore/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key40},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
let data147 = data146.kind;
if(typeof data147 !== "string"){
const err358 = {instancePath:instancePath+"/objectStore/kind",schemaPath:"#/properties/objectStore/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
if(!(data147 === "minio")){
const err359 = {instancePath:instancePath+"/objectStore/kind",schemaPath:"#/properties/objectStore/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.objectStore.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
let data148 = data146.name;
if(typeof data148 === "string"){
if(!pattern4.test(data148)){
const err360 = {instancePath:instancePath+"/objectStore/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
else {
const err361 = {instancePath:instancePath+"/objectStore/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
let data149 = data146.namespace;
if(typeof data149 === "string"){
if(!pattern4.test(data149)){
const err362 = {instancePath:instancePath+"/objectStore/namespace",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
}
else {
const err363 = {instancePath:instancePath+"/objectStore/namespace",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
if(data146.erasure !== undefined){
let data150 = data146.erasure;
if(data150 && typeof data150 == "object" && !Array.isArray(data150)){
if(data150.data === undefined){
const err364 = {instancePath:instancePath+"/objectStore/erasure",schemaPath:"#/properties/objectStore/properties/erasure/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
if(data150.parity === undefined){
const err365 = {instancePath:instancePath+"/objectStore/erasure",schemaPath:"#/properties/objectStore/properties/erasure/required",keyword:"required",params:{missingProperty: "parity"},message:"must have required property '"+"parity"+"'"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
for(const key41 in data150){
if(!((key41 === "data") || (key41 === "parity"))){
const err366 = {instancePath:instancePath+"/objectStore/erasure",schemaPath:"#/properties/objectStore/properties/erasure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key41},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
}
if(data150.data !== undefined){
let data151 = data150.data;
if(!(((typeof data151 == "number") && (!(data151 % 1) && !isNaN(data151))) && (isFinite(data151)))){
const err367 = {instancePath:instancePath+"/objectStore/erasure/data",schemaPath:"#/properties/objectStore/properties/erasure/properties/data/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
if((typeof data151 == "number") && (isFinite(data151))){
if(data151 > 16 || isNaN(data151)){
const err368 = {instancePath:instancePath+"/objectStore/erasure/data",schemaPath:"#/properties/objectStore/properties/erasure/properties/data/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
if(data151 < 1 || isNaN(data151)){
const err369 = {instancePath:instancePath+"/objectStore/erasure/data",schemaPath:"#/properties/objectStore/properties/erasure/properties/data/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
}
if(data150.parity !== undefined){
let data152 = data150.parity;
if(!(((typeof data152 == "number") && (!(data152 % 1) && !isNaN(data152))) && (isFinite(data152)))){
const err370 = {instancePath:instancePath+"/objectStore/erasure/parity",schemaPath:"#/properties/objectStore/properties/erasure/properties/parity/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
if((typeof data152 == "number") && (isFinite(data152))){
if(data152 > 8 || isNaN(data152)){
const err371 = {instancePath:instancePath+"/objectStore/erasure/parity",schemaPath:"#/properties/objectStore/properties/erasure/properties/parity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8},message:"must be <= 8"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
if(data152 < 0 || isNaN(data152)){
const err372 = {instancePath:instancePath+"/objectStore/erasure/parity",schemaPath:"#/properties/objectStore/properties/erasure/properties/parity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
}
}
}
else {
const err373 = {instancePath:instancePath+"/objectStore/erasure",schemaPath:"#/properties/objectStore/properties/erasure/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
}
if(data146.servers !== undefined){
let data153 = data146.servers;
if(!(((typeof data153 == "number") && (!(data153 % 1) && !isNaN(data153))) && (isFinite(data153)))){
const err374 = {instancePath:instancePath+"/objectStore/servers",schemaPath:"#/properties/objectStore/properties/servers/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
if((typeof data153 == "number") && (isFinite(data153))){
if(data153 < 1 || isNaN(data153)){
const err375 = {instancePath:instancePath+"/objectStore/servers",schemaPath:"#/properties/objectStore/properties/servers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
}
if(data146.drivesPerServer !== undefined){
let data154 = data146.drivesPerServer;
if(!(((typeof data154 == "number") && (!(data154 % 1) && !isNaN(data154))) && (isFinite(data154)))){
const err376 = {instancePath:instancePath+"/objectStore/drivesPerServer",schemaPath:"#/properties/objectStore/properties/drivesPerServer/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
if((typeof data154 == "number") && (isFinite(data154))){
if(data154 > 16 || isNaN(data154)){
const err377 = {instancePath:instancePath+"/objectStore/drivesPerServer",schemaPath:"#/properties/objectStore/properties/drivesPerServer/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
if(data154 < 1 || isNaN(data154)){
const err378 = {instancePath:instancePath+"/objectStore/drivesPerServer",schemaPath:"#/properties/objectStore/properties/drivesPerServer/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
}
if(data146.driveSize !== undefined){
let data155 = data146.driveSize;
if(typeof data155 === "string"){
if(!pattern44.test(data155)){
const err379 = {instancePath:instancePath+"/objectStore/driveSize",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
else {
const err380 = {instancePath:instancePath+"/objectStore/driveSize",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
}
let data156 = data146.storageClass;
if(typeof data156 === "string"){
if(!pattern4.test(data156)){
const err381 = {instancePath:instancePath+"/objectStore/storageClass",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
}
else {
const err382 = {instancePath:instancePath+"/objectStore/storageClass",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
if(data146.nodes !== undefined){
let data157 = data146.nodes;
if(Array.isArray(data157)){
if(data157.length < 1){
const err383 = {instancePath:instancePath+"/objectStore/nodes",schemaPath:"#/properties/objectStore/properties/nodes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
const len14 = data157.length;
for(let i16=0; i16<len14; i16++){
let data158 = data157[i16];
if(typeof data158 === "string"){
if(!pattern4.test(data158)){
const err384 = {instancePath:instancePath+"/objectStore/nodes/" + i16,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
}
else {
const err385 = {instancePath:instancePath+"/objectStore/nodes/" + i16,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
}
let i17 = data157.length;
let j2;
if(i17 > 1){
outer1:
for(;i17--;){
for(j2 = i17; j2--;){
if(func0(data157[i17], data157[j2])){
const err386 = {instancePath:instancePath+"/objectStore/nodes",schemaPath:"#/properties/objectStore/properties/nodes/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i17+" are identical)"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err387 = {instancePath:instancePath+"/objectStore/nodes",schemaPath:"#/properties/objectStore/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
let data159 = data146.pools;
if(Array.isArray(data159)){
const len15 = data159.length;
for(let i18=0; i18<len15; i18++){
let data160 = data159[i18];
if(data160 && typeof data160 == "object" && !Array.isArray(data160)){
if(data160.name === undefined){
const err388 = {instancePath:instancePath+"/objectStore/pools/" + i18,schemaPath:"#/properties/objectStore/properties/pools/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
if(data160.erasure === undefined){
const err389 = {instancePath:instancePath+"/objectStore/pools/" + i18,schemaPath:"#/properties/objectStore/properties/pools/items/required",keyword:"required",params:{missingProperty: "erasure"},message:"must have required property '"+"erasure"+"'"};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
if(data160.servers === undefined){
const err390 = {instancePath:instancePath+"/objectStore/pools/" + i18,schemaPath:"#/properties/objectStore/properties/pools/items/required",keyword:"required",params:{missingProperty: "servers"},message:"must have required property '"+"servers"+"'"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
if(data160.drivesPerServer === undefined){
const err391 = {instancePath:instancePath+"/objectStore/pools/" + i18,schemaPath:"#/properties/objectStore/properties/pools/items/required",keyword:"required",params:{missingProperty: "drivesPerServer"},message:"must have required property '"+"drivesPerServer"+"'"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
if(data160.driveSize === undefined){
const err392 = {instancePath:instancePath+"/objectStore/pools/" + i18,schemaPath:"#/properties/objectStore/properties/pools/items/required",keyword:"required",params:{missingProperty: "driveSize"},message:"must have required property '"+"driveSize"+"'"};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
if(data160.nodes === undefined){
const err393 = {instancePath:instancePath+"/objectStore/pools/" + i18,schemaPath:"#/properties/objectStore/properties/pools/items/required",keyword:"required",params:{missingProperty: "nodes"},message:"must have required property '"+"nodes"+"'"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
for(const key42 in data160){
if(!(((((((key42 === "name") || (key42 === "erasure")) || (key42 === "servers")) || (key42 === "drivesPerServer")) || (key42 === "driveSize")) || (key42 === "storageClass")) || (key42 === "nodes"))){
const err394 = {instancePath:instancePath+"/objectStore/pools/" + i18,schemaPath:"#/properties/objectStore/properties/pools/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key42},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
if(data160.name !== undefined){
let data161 = data160.name;
if(typeof data161 === "string"){
if(!pattern4.test(data161)){
const err395 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
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
const err396 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
if(data160.erasure !== undefined){
let data162 = data160.erasure;
if(data162 && typeof data162 == "object" && !Array.isArray(data162)){
if(data162.data === undefined){
const err397 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/erasure",schemaPath:"#/properties/objectStore/properties/pools/items/properties/erasure/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
for(const key43 in data162){
if(!(key43 === "data")){
const err398 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/erasure",schemaPath:"#/properties/objectStore/properties/pools/items/properties/erasure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key43},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
if(data162.data !== undefined){
let data163 = data162.data;
if(!(((typeof data163 == "number") && (!(data163 % 1) && !isNaN(data163))) && (isFinite(data163)))){
const err399 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/erasure/data",schemaPath:"#/properties/objectStore/properties/pools/items/properties/erasure/properties/data/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
if((typeof data163 == "number") && (isFinite(data163))){
if(data163 > 16 || isNaN(data163)){
const err400 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/erasure/data",schemaPath:"#/properties/objectStore/properties/pools/items/properties/erasure/properties/data/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
if(data163 < 1 || isNaN(data163)){
const err401 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/erasure/data",schemaPath:"#/properties/objectStore/properties/pools/items/properties/erasure/properties/data/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
}
}
}
else {
const err402 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/erasure",schemaPath:"#/properties/objectStore/properties/pools/items/properties/erasure/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
if(data160.servers !== undefined){
let data164 = data160.servers;
if(!(((typeof data164 == "number") && (!(data164 % 1) && !isNaN(data164))) && (isFinite(data164)))){
const err403 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/servers",schemaPath:"#/properties/objectStore/properties/pools/items/properties/servers/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
if((typeof data164 == "number") && (isFinite(data164))){
if(data164 < 1 || isNaN(data164)){
const err404 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/servers",schemaPath:"#/properties/objectStore/properties/pools/items/properties/servers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
if(data160.drivesPerServer !== undefined){
let data165 = data160.drivesPerServer;
if(!(((typeof data165 == "number") && (!(data165 % 1) && !isNaN(data165))) && (isFinite(data165)))){
const err405 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/drivesPerServer",schemaPath:"#/properties/objectStore/properties/pools/items/properties/drivesPerServer/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
if((typeof data165 == "number") && (isFinite(data165))){
if(data165 > 16 || isNaN(data165)){
const err406 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/drivesPerServer",schemaPath:"#/properties/objectStore/properties/pools/items/properties/drivesPerServer/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
if(data165 < 1 || isNaN(data165)){
const err407 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/drivesPerServer",schemaPath:"#/properties/objectStore/properties/pools/items/properties/drivesPerServer/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
}
}
if(data160.driveSize !== undefined){
let data166 = data160.driveSize;
if(typeof data166 === "string"){
if(!pattern44.test(data166)){
const err408 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/driveSize",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
}
else {
const err409 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/driveSize",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
if(data160.storageClass !== undefined){
let data167 = data160.storageClass;
if(typeof data167 === "string"){
if(!pattern4.test(data167)){
const err410 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/storageClass",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
}
else {
const err411 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/storageClass",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
}
if(data160.nodes !== undefined){
let data168 = data160.nodes;
if(Array.isArray(data168)){
if(data168.length < 1){
const err412 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/nodes",schemaPath:"#/properties/objectStore/properties/pools/items/properties/nodes/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
const len16 = data168.length;
for(let i19=0; i19<len16; i19++){
let data169 = data168[i19];
if(typeof data169 === "string"){
if(!pattern4.test(data169)){
const err413 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/nodes/" + i19,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
else {
const err414 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/nodes/" + i19,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
}
let i20 = data168.length;
let j3;
if(i20 > 1){
outer2:
for(;i20--;){
for(j3 = i20; j3--;){
if(func0(data168[i20], data168[j3])){
const err415 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/nodes",schemaPath:"#/properties/objectStore/properties/pools/items/properties/nodes/uniqueItems",keyword:"uniqueItems",params:{i: i20, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i20+" are identical)"};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err416 = {instancePath:instancePath+"/objectStore/pools/" + i18+"/nodes",schemaPath:"#/properties/objectStore/properties/pools/items/properties/nodes/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
}
}
else {
const err417 = {instancePath:instancePath+"/objectStore/pools/" + i18,schemaPath:"#/properties/objectStore/properties/pools/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
}
}
else {
const err418 = {instancePath:instancePath+"/objectStore/pools",schemaPath:"#/properties/objectStore/properties/pools/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
let data170 = data146.require;
if(data170 && typeof data170 == "object" && !Array.isArray(data170)){
if(data170.nodeFailures === undefined){
data170.nodeFailures = 1;
}
for(const key44 in data170){
if(!((key44 === "usable") || (key44 === "nodeFailures"))){
const err419 = {instancePath:instancePath+"/objectStore/require",schemaPath:"#/properties/objectStore/properties/require/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key44},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
}
if(data170.usable !== undefined){
let data171 = data170.usable;
if(typeof data171 === "string"){
if(!pattern44.test(data171)){
const err420 = {instancePath:instancePath+"/objectStore/require/usable",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
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
const err421 = {instancePath:instancePath+"/objectStore/require/usable",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
}
let data172 = data170.nodeFailures;
if(!(((typeof data172 == "number") && (!(data172 % 1) && !isNaN(data172))) && (isFinite(data172)))){
const err422 = {instancePath:instancePath+"/objectStore/require/nodeFailures",schemaPath:"#/properties/objectStore/properties/require/properties/nodeFailures/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
if((typeof data172 == "number") && (isFinite(data172))){
if(data172 > 16 || isNaN(data172)){
const err423 = {instancePath:instancePath+"/objectStore/require/nodeFailures",schemaPath:"#/properties/objectStore/properties/require/properties/nodeFailures/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16"};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
if(data172 < 0 || isNaN(data172)){
const err424 = {instancePath:instancePath+"/objectStore/require/nodeFailures",schemaPath:"#/properties/objectStore/properties/require/properties/nodeFailures/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
}
}
else {
const err425 = {instancePath:instancePath+"/objectStore/require",schemaPath:"#/properties/objectStore/properties/require/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
let data173 = data146.exposure;
if(data173 && typeof data173 == "object" && !Array.isArray(data173)){
if(data173.mode === undefined){
data173.mode = "ingress";
}
for(const key45 in data173){
if(!((((key45 === "mode") || (key45 === "apiHost")) || (key45 === "consoleHost")) || (key45 === "address"))){
const err426 = {instancePath:instancePath+"/objectStore/exposure",schemaPath:"#/properties/objectStore/properties/exposure/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key45},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
}
let data174 = data173.mode;
if(typeof data174 !== "string"){
const err427 = {instancePath:instancePath+"/objectStore/exposure/mode",schemaPath:"#/properties/objectStore/properties/exposure/properties/mode/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
if(!((data174 === "ingress") || (data174 === "loadBalancer"))){
const err428 = {instancePath:instancePath+"/objectStore/exposure/mode",schemaPath:"#/properties/objectStore/properties/exposure/properties/mode/enum",keyword:"enum",params:{allowedValues: schema31.properties.objectStore.properties.exposure.properties.mode.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
if(data173.apiHost !== undefined){
let data175 = data173.apiHost;
if(typeof data175 === "string"){
if(func2(data175) > 253){
const err429 = {instancePath:instancePath+"/objectStore/exposure/apiHost",schemaPath:"#/$defs/dnsName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
if(!pattern7.test(data175)){
const err430 = {instancePath:instancePath+"/objectStore/exposure/apiHost",schemaPath:"#/$defs/dnsName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"+"\""};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
}
else {
const err431 = {instancePath:instancePath+"/objectStore/exposure/apiHost",schemaPath:"#/$defs/dnsName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
}
if(data173.consoleHost !== undefined){
let data176 = data173.consoleHost;
if(typeof data176 === "string"){
if(func2(data176) > 253){
const err432 = {instancePath:instancePath+"/objectStore/exposure/consoleHost",schemaPath:"#/$defs/dnsName/maxLength",keyword:"maxLength",params:{limit: 253},message:"must NOT have more than 253 characters"};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
if(!pattern7.test(data176)){
const err433 = {instancePath:instancePath+"/objectStore/exposure/consoleHost",schemaPath:"#/$defs/dnsName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$"+"\""};
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
const err434 = {instancePath:instancePath+"/objectStore/exposure/consoleHost",schemaPath:"#/$defs/dnsName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
}
if(data173.address !== undefined){
let data177 = data173.address;
if(typeof data177 === "string"){
if(!pattern6.test(data177)){
const err435 = {instancePath:instancePath+"/objectStore/exposure/address",schemaPath:"#/$defs/ipv4/pattern",keyword:"pattern",params:{pattern: "^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"},message:"must match pattern \""+"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$"+"\""};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
else {
const err436 = {instancePath:instancePath+"/objectStore/exposure/address",schemaPath:"#/$defs/ipv4/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
}
}
else {
const err437 = {instancePath:instancePath+"/objectStore/exposure",schemaPath:"#/properties/objectStore/properties/exposure/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
if(data146.credentials !== undefined){
let data178 = data146.credentials;
if(data178 && typeof data178 == "object" && !Array.isArray(data178)){
if(data178.secretRef === undefined){
const err438 = {instancePath:instancePath+"/objectStore/credentials",schemaPath:"#/properties/objectStore/properties/credentials/required",keyword:"required",params:{missingProperty: "secretRef"},message:"must have required property '"+"secretRef"+"'"};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
for(const key46 in data178){
if(!(key46 === "secretRef")){
const err439 = {instancePath:instancePath+"/objectStore/credentials",schemaPath:"#/properties/objectStore/properties/credentials/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key46},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
}
if(data178.secretRef !== undefined){
let data179 = data178.secretRef;
if(data179 && typeof data179 == "object" && !Array.isArray(data179)){
if(data179.userKey === undefined){
data179.userKey = "rootUser";
}
if(data179.passwordKey === undefined){
data179.passwordKey = "rootPassword";
}
if(data179.name === undefined){
const err440 = {instancePath:instancePath+"/objectStore/credentials/secretRef",schemaPath:"#/properties/objectStore/properties/credentials/properties/secretRef/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
for(const key47 in data179){
if(!(((key47 === "name") || (key47 === "userKey")) || (key47 === "passwordKey"))){
const err441 = {instancePath:instancePath+"/objectStore/credentials/secretRef",schemaPath:"#/properties/objectStore/properties/credentials/properties/secretRef/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key47},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
if(data179.name !== undefined){
let data180 = data179.name;
if(typeof data180 === "string"){
if(!pattern4.test(data180)){
const err442 = {instancePath:instancePath+"/objectStore/credentials/secretRef/name",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
}
else {
const err443 = {instancePath:instancePath+"/objectStore/credentials/secretRef/name",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
}
let data181 = data179.userKey;
if(typeof data181 === "string"){
if(!pattern50.test(data181)){
const err444 = {instancePath:instancePath+"/objectStore/credentials/secretRef/userKey",schemaPath:"#/properties/objectStore/properties/credentials/properties/secretRef/properties/userKey/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]{1,253}$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]{1,253}$"+"\""};
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
const err445 = {instancePath:instancePath+"/objectStore/credentials/secretRef/userKey",schemaPath:"#/properties/objectStore/properties/credentials/properties/secretRef/properties/userKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
let data182 = data179.passwordKey;
if(typeof data182 === "string"){
if(!pattern50.test(data182)){
const err446 = {instancePath:instancePath+"/objectStore/credentials/secretRef/passwordKey",schemaPath:"#/properties/objectStore/properties/credentials/properties/secretRef/properties/passwordKey/pattern",keyword:"pattern",params:{pattern: "^[-._a-zA-Z0-9]{1,253}$"},message:"must match pattern \""+"^[-._a-zA-Z0-9]{1,253}$"+"\""};
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
const err447 = {instancePath:instancePath+"/objectStore/credentials/secretRef/passwordKey",schemaPath:"#/properties/objectStore/properties/credentials/properties/secretRef/properties/passwordKey/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
}
else {
const err448 = {instancePath:instancePath+"/objectStore/credentials/secretRef",schemaPath:"#/properties/objectStore/properties/credentials/properties/secretRef/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
}
}
else {
const err449 = {instancePath:instancePath+"/objectStore/credentials",schemaPath:"#/properties/objectStore/properties/credentials/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
}
let data183 = data146.buckets;
if(Array.isArray(data183)){
const len17 = data183.length;
for(let i21=0; i21<len17; i21++){
let data184 = data183[i21];
if(data184 && typeof data184 == "object" && !Array.isArray(data184)){
if(data184.name === undefined){
const err450 = {instancePath:instancePath+"/objectStore/buckets/" + i21,schemaPath:"#/properties/objectStore/properties/buckets/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
for(const key48 in data184){
if(!(key48 === "name")){
const err451 = {instancePath:instancePath+"/objectStore/buckets/" + i21,schemaPath:"#/properties/objectStore/properties/buckets/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key48},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
}
if(data184.name !== undefined){
let data185 = data184.name;
if(typeof data185 === "string"){
if(!pattern86.test(data185)){
const err452 = {instancePath:instancePath+"/objectStore/buckets/" + i21+"/name",schemaPath:"#/properties/objectStore/properties/buckets/items/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"+"\""};
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
const err453 = {instancePath:instancePath+"/objectStore/buckets/" + i21+"/name",schemaPath:"#/properties/objectStore/properties/buckets/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
}
}
else {
const err454 = {instancePath:instancePath+"/objectStore/buckets/" + i21,schemaPath:"#/properties/objectStore/properties/buckets/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
}
}
else {
const err455 = {instancePath:instancePath+"/objectStore/buckets",schemaPath:"#/properties/objectStore/properties/buckets/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
let data186 = data146.resources;
if(data186 && typeof data186 == "object" && !Array.isArray(data186)){
if(data186.cpu === undefined){
data186.cpu = "250m";
}
if(data186.memory === undefined){
data186.memory = "1Gi";
}
if(data186.memoryLimit === undefined){
data186.memoryLimit = "4Gi";
}
for(const key49 in data186){
if(!(((key49 === "cpu") || (key49 === "memory")) || (key49 === "memoryLimit"))){
const err456 = {instancePath:instancePath+"/objectStore/resources",schemaPath:"#/properties/objectStore/properties/resources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key49},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
}
let data187 = data186.cpu;
if(typeof data187 === "string"){
if(!pattern87.test(data187)){
const err457 = {instancePath:instancePath+"/objectStore/resources/cpu",schemaPath:"#/properties/objectStore/properties/resources/properties/cpu/pattern",keyword:"pattern",params:{pattern: "^[0-9]+(\\.[0-9]+)?m?$"},message:"must match pattern \""+"^[0-9]+(\\.[0-9]+)?m?$"+"\""};
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
const err458 = {instancePath:instancePath+"/objectStore/resources/cpu",schemaPath:"#/properties/objectStore/properties/resources/properties/cpu/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
let data188 = data186.memory;
if(typeof data188 === "string"){
if(!pattern44.test(data188)){
const err459 = {instancePath:instancePath+"/objectStore/resources/memory",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
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
const err460 = {instancePath:instancePath+"/objectStore/resources/memory",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
let data189 = data186.memoryLimit;
if(typeof data189 === "string"){
if(!pattern44.test(data189)){
const err461 = {instancePath:instancePath+"/objectStore/resources/memoryLimit",schemaPath:"#/$defs/quantity/pattern",keyword:"pattern",params:{pattern: "^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"},message:"must match pattern \""+"^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$"+"\""};
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
const err462 = {instancePath:instancePath+"/objectStore/resources/memoryLimit",schemaPath:"#/$defs/quantity/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
}
else {
const err463 = {instancePath:instancePath+"/objectStore/resources",schemaPath:"#/properties/objectStore/properties/resources/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err464 = {instancePath:instancePath+"/objectStore",schemaPath:"#/properties/objectStore/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
}
let data190 = data.storageClasses;
if(Array.isArray(data190)){
const len18 = data190.length;
for(let i22=0; i22<len18; i22++){
let data191 = data190[i22];
if(typeof data191 === "string"){
if(!pattern4.test(data191)){
const err465 = {instancePath:instancePath+"/storageClasses/" + i22,schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
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
const err466 = {instancePath:instancePath+"/storageClasses/" + i22,schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
}
let i23 = data190.length;
let j4;
if(i23 > 1){
outer3:
for(;i23--;){
for(j4 = i23; j4--;){
if(func0(data190[i23], data190[j4])){
const err467 = {instancePath:instancePath+"/storageClasses",schemaPath:"#/properties/storageClasses/uniqueItems",keyword:"uniqueItems",params:{i: i23, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i23+" are identical)"};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
break outer3;
}
}
}
}
}
else {
const err468 = {instancePath:instancePath+"/storageClasses",schemaPath:"#/properties/storageClasses/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
let data192 = data.flux;
if(data192 && typeof data192 == "object" && !Array.isArray(data192)){
if(data192.namespace === undefined){
data192.namespace = "flux-system";
}
if(data192.sourceRef === undefined){
data192.sourceRef = "flux-system";
}
if(data192.interval === undefined){
data192.interval = "10m";
}
if(data192.timeout === undefined){
data192.timeout = "5m";
}
for(const key50 in data192){
if(!((((((key50 === "path") || (key50 === "bootstrapPath")) || (key50 === "namespace")) || (key50 === "sourceRef")) || (key50 === "interval")) || (key50 === "timeout"))){
const err469 = {instancePath:instancePath+"/flux",schemaPath:"#/properties/flux/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key50},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
}
if(data192.path !== undefined){
let data193 = data192.path;
if(typeof data193 === "string"){
if(!pattern91.test(data193)){
const err470 = {instancePath:instancePath+"/flux/path",schemaPath:"#/properties/flux/properties/path/pattern",keyword:"pattern",params:{pattern: "^\\./([-_.a-zA-Z0-9]+/)*[-_.a-zA-Z0-9]+$"},message:"must match pattern \""+"^\\./([-_.a-zA-Z0-9]+/)*[-_.a-zA-Z0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
}
else {
const err471 = {instancePath:instancePath+"/flux/path",schemaPath:"#/properties/flux/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
}
if(data192.bootstrapPath !== undefined){
let data194 = data192.bootstrapPath;
if(typeof data194 === "string"){
if(!pattern91.test(data194)){
const err472 = {instancePath:instancePath+"/flux/bootstrapPath",schemaPath:"#/properties/flux/properties/bootstrapPath/pattern",keyword:"pattern",params:{pattern: "^\\./([-_.a-zA-Z0-9]+/)*[-_.a-zA-Z0-9]+$"},message:"must match pattern \""+"^\\./([-_.a-zA-Z0-9]+/)*[-_.a-zA-Z0-9]+$"+"\""};
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
const err473 = {instancePath:instancePath+"/flux/bootstrapPath",schemaPath:"#/properties/flux/properties/bootstrapPath/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
}
let data195 = data192.namespace;
if(typeof data195 === "string"){
if(!pattern4.test(data195)){
const err474 = {instancePath:instancePath+"/flux/namespace",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
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
const err475 = {instancePath:instancePath+"/flux/namespace",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
let data196 = data192.sourceRef;
if(typeof data196 === "string"){
if(!pattern4.test(data196)){
const err476 = {instancePath:instancePath+"/flux/sourceRef",schemaPath:"#/$defs/label/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$"+"\""};
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
const err477 = {instancePath:instancePath+"/flux/sourceRef",schemaPath:"#/$defs/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
let data197 = data192.interval;
if(typeof data197 === "string"){
if(!pattern43.test(data197)){
const err478 = {instancePath:instancePath+"/flux/interval",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]{1,6}(ms|s|m|h|d|w|y))+$"},message:"must match pattern \""+"^([0-9]{1,6}(ms|s|m|h|d|w|y))+$"+"\""};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
}
else {
const err479 = {instancePath:instancePath+"/flux/interval",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
let data198 = data192.timeout;
if(typeof data198 === "string"){
if(!pattern43.test(data198)){
const err480 = {instancePath:instancePath+"/flux/timeout",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^([0-9]{1,6}(ms|s|m|h|d|w|y))+$"},message:"must match pattern \""+"^([0-9]{1,6}(ms|s|m|h|d|w|y))+$"+"\""};
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
const err481 = {instancePath:instancePath+"/flux/timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err482 = {instancePath:instancePath+"/flux",schemaPath:"#/properties/flux/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
let data199 = data.versions;
if(data199 && typeof data199 == "object" && !Array.isArray(data199)){
if(data199.charts === undefined){
data199.charts = {};
}
if(data199.gatewayApi === undefined){
data199.gatewayApi = "v1.6.1";
}
if(data199.images === undefined){
data199.images = {};
}
for(const key51 in data199){
if(!(((key51 === "charts") || (key51 === "gatewayApi")) || (key51 === "images"))){
const err483 = {instancePath:instancePath+"/versions",schemaPath:"#/properties/versions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key51},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
}
let data200 = data199.charts;
if(data200 && typeof data200 == "object" && !Array.isArray(data200)){
if(data200.metallb === undefined){
data200.metallb = "0.15.2";
}
if(data200.ingressNginx === undefined){
data200.ingressNginx = "4.15.1";
}
if(data200.kubePrometheusStack === undefined){
data200.kubePrometheusStack = "77.14.0";
}
if(data200.envoyGateway === undefined){
data200.envoyGateway = "v1.9.0";
}
for(const key52 in data200){
if(!((((key52 === "metallb") || (key52 === "ingressNginx")) || (key52 === "kubePrometheusStack")) || (key52 === "envoyGateway"))){
const err484 = {instancePath:instancePath+"/versions/charts",schemaPath:"#/properties/versions/properties/charts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key52},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
}
let data201 = data200.metallb;
if(typeof data201 === "string"){
if(!pattern97.test(data201)){
const err485 = {instancePath:instancePath+"/versions/charts/metallb",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
}
else {
const err486 = {instancePath:instancePath+"/versions/charts/metallb",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
let data202 = data200.ingressNginx;
if(typeof data202 === "string"){
if(!pattern97.test(data202)){
const err487 = {instancePath:instancePath+"/versions/charts/ingressNginx",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
}
else {
const err488 = {instancePath:instancePath+"/versions/charts/ingressNginx",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
let data203 = data200.kubePrometheusStack;
if(typeof data203 === "string"){
if(!pattern97.test(data203)){
const err489 = {instancePath:instancePath+"/versions/charts/kubePrometheusStack",schemaPath:"#/$defs/semver/pattern",keyword:"pattern",params:{pattern: "^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
}
else {
const err490 = {instancePath:instancePath+"/versions/charts/kubePrometheusStack",schemaPath:"#/$defs/semver/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
let data204 = data200.envoyGateway;
if(typeof data204 === "string"){
if(!pattern100.test(data204)){
const err491 = {instancePath:instancePath+"/versions/charts/envoyGateway",schemaPath:"#/properties/versions/properties/charts/properties/envoyGateway/pattern",keyword:"pattern",params:{pattern: "^v[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"},message:"must match pattern \""+"^v[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?$"+"\""};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
}
else {
const err492 = {instancePath:instancePath+"/versions/charts/envoyGateway",schemaPath:"#/properties/versions/properties/charts/properties/envoyGateway/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
}
else {
const err493 = {instancePath:instancePath+"/versions/charts",schemaPath:"#/properties/versions/properties/charts/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
let data205 = data199.gatewayApi;
if(typeof data205 === "string"){
if(!pattern101.test(data205)){
const err494 = {instancePath:instancePath+"/versions/gatewayApi",schemaPath:"#/properties/versions/properties/gatewayApi/pattern",keyword:"pattern",params:{pattern: "^v[0-9]+\\.[0-9]+\\.[0-9]+$"},message:"must match pattern \""+"^v[0-9]+\\.[0-9]+\\.[0-9]+$"+"\""};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
}
else {
const err495 = {instancePath:instancePath+"/versions/gatewayApi",schemaPath:"#/properties/versions/properties/gatewayApi/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
let data206 = data199.images;
if(data206 && typeof data206 == "object" && !Array.isArray(data206)){
if(data206.minio === undefined){
data206.minio = "quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z";
}
for(const key53 in data206){
if(!(key53 === "minio")){
const err496 = {instancePath:instancePath+"/versions/images",schemaPath:"#/properties/versions/properties/images/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key53},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
}
let data207 = data206.minio;
if(typeof data207 === "string"){
if(!pattern102.test(data207)){
const err497 = {instancePath:instancePath+"/versions/images/minio",schemaPath:"#/properties/versions/properties/images/properties/minio/pattern",keyword:"pattern",params:{pattern: "^[-a-z0-9./:]+(:[-_.A-Za-z0-9]+)?(@sha256:[a-f0-9]{64})?$"},message:"must match pattern \""+"^[-a-z0-9./:]+(:[-_.A-Za-z0-9]+)?(@sha256:[a-f0-9]{64})?$"+"\""};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
}
else {
const err498 = {instancePath:instancePath+"/versions/images/minio",schemaPath:"#/properties/versions/properties/images/properties/minio/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err499 = {instancePath:instancePath+"/versions/images",schemaPath:"#/properties/versions/properties/images/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err499];
}
else {
vErrors.push(err499);
}
errors++;
}
}
else {
const err500 = {instancePath:instancePath+"/versions",schemaPath:"#/properties/versions/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err500];
}
else {
vErrors.push(err500);
}
errors++;
}
let data208 = data.waivers;
if(Array.isArray(data208)){
const len19 = data208.length;
for(let i24=0; i24<len19; i24++){
let data209 = data208[i24];
if(data209 && typeof data209 == "object" && !Array.isArray(data209)){
if(data209.path === undefined){
data209.path = "";
}
if(data209.rule === undefined){
const err501 = {instancePath:instancePath+"/waivers/" + i24,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'"};
if(vErrors === null){
vErrors = [err501];
}
else {
vErrors.push(err501);
}
errors++;
}
if(data209.reason === undefined){
const err502 = {instancePath:instancePath+"/waivers/" + i24,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err502];
}
else {
vErrors.push(err502);
}
errors++;
}
if(data209.expires === undefined){
const err503 = {instancePath:instancePath+"/waivers/" + i24,schemaPath:"#/properties/waivers/items/required",keyword:"required",params:{missingProperty: "expires"},message:"must have required property '"+"expires"+"'"};
if(vErrors === null){
vErrors = [err503];
}
else {
vErrors.push(err503);
}
errors++;
}
for(const key54 in data209){
if(!((((key54 === "rule") || (key54 === "path")) || (key54 === "reason")) || (key54 === "expires"))){
const err504 = {instancePath:instancePath+"/waivers/" + i24,schemaPath:"#/properties/waivers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key54},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err504];
}
else {
vErrors.push(err504);
}
errors++;
}
}
if(data209.rule !== undefined){
let data210 = data209.rule;
if(typeof data210 === "string"){
if(!pattern103.test(data210)){
const err505 = {instancePath:instancePath+"/waivers/" + i24+"/rule",schemaPath:"#/properties/waivers/items/properties/rule/pattern",keyword:"pattern",params:{pattern: "^VEIL-[A-Z]+-[0-9]{3}$"},message:"must match pattern \""+"^VEIL-[A-Z]+-[0-9]{3}$"+"\""};
if(vErrors === null){
vErrors = [err505];
}
else {
vErrors.push(err505);
}
errors++;
}
}
else {
const err506 = {instancePath:instancePath+"/waivers/" + i24+"/rule",schemaPath:"#/properties/waivers/items/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err506];
}
else {
vErrors.push(err506);
}
errors++;
}
}
let data211 = data209.path;
if(typeof data211 === "string"){
if(func2(data211) > 512){
const err507 = {instancePath:instancePath+"/waivers/" + i24+"/path",schemaPath:"#/properties/waivers/items/properties/path/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"};
if(vErrors === null){
vErrors = [err507];
}
else {
vErrors.push(err507);
}
errors++;
}
}
else {
const err508 = {instancePath:instancePath+"/waivers/" + i24+"/path",schemaPath:"#/properties/waivers/items/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err508];
}
else {
vErrors.push(err508);
}
errors++;
}
if(data209.reason !== undefined){
let data212 = data209.reason;
if(typeof data212 === "string"){
if(func2(data212) > 1000){
const err509 = {instancePath:instancePath+"/waivers/" + i24+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"};
if(vErrors === null){
vErrors = [err509];
}
else {
vErrors.push(err509);
}
errors++;
}
if(func2(data212) < 10){
const err510 = {instancePath:instancePath+"/waivers/" + i24+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters"};
if(vErrors === null){
vErrors = [err510];
}
else {
vErrors.push(err510);
}
errors++;
}
}
else {
const err511 = {instancePath:instancePath+"/waivers/" + i24+"/reason",schemaPath:"#/properties/waivers/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err511];
}
else {
vErrors.push(err511);
}
errors++;
}
}
if(data209.expires !== undefined){
let data213 = data209.expires;
if(typeof data213 === "string"){
if(!pattern104.test(data213)){
const err512 = {instancePath:instancePath+"/waivers/" + i24+"/expires",schemaPath:"#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"},message:"must match pattern \""+"^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"+"\""};
if(vErrors === null){
vErrors = [err512];
}
else {
vErrors.push(err512);
}
errors++;
}
}
else {
const err513 = {instancePath:instancePath+"/waivers/" + i24+"/expires",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err513];
}
else {
vErrors.push(err513);
}
errors++;
}
}
}
else {
const err514 = {instancePath:instancePath+"/waivers/" + i24,schemaPath:"#/properties/waivers/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err514];
}
else {
vErrors.push(err514);
}
errors++;
}
}
}
else {
const err515 = {instancePath:instancePath+"/waivers",schemaPath:"#/properties/waivers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err515];
}
else {
vErrors.push(err515);
}
errors++;
}
}
else {
const err516 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err516];
}
else {
vErrors.push(err516);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export { schema31 as schema };

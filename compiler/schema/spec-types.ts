// Generated from schema/veil.schema.json by scripts/gen-types.ts; do not edit.
// Run `npm run gen:types` after changing the schema.

/**
 * RFC 1123 label: 1-63 lowercase letters, digits or dashes, starting and ending with a letter or digit.
 */
export type Label = string;

/**
 * Fully qualified DNS name without the trailing dot (RFC 1123 labels joined by dots, at most 253 characters).
 */
export type DnsName = string;

/**
 * Record owner name relative to its zone, or `@` for the apex.
 */
export type RecordName = string;

/**
 * `ingress`, `object-store`, `host/NAME` or `node/NAME`.
 */
export type RecordTarget = string;

/**
 * IPv4 address in dotted-quad form without leading zeros.
 */
export type Ipv4 = string;

/**
 * IPv4 network in CIDR form, e.g. 192.168.0.0/24 (host bits must be zero).
 */
export type Ipv4Cidr = string;

/**
 * Inclusive IPv4 range FIRST-LAST, e.g. 192.168.0.220-192.168.0.239.
 */
export type Ipv4Range = string;

/**
 * Kubernetes quantity: a number with an optional binary (Ki, Mi, Gi, Ti, Pi, Ei) or decimal (k, M, G, T, P, E) suffix, e.g. 125Gi.
 */
export type Quantity = string;

/**
 * Duration as one or more number-unit pairs (ms, s, m, h, d, w, y), e.g. 15d or 1h30m.
 */
export type Duration = string;

/**
 * Five-field cron expression, e.g. "0 *\/12 * * *".
 */
export type Cron = string;

/**
 * Absolute POSIX path without `..` segments.
 */
export type AbsPath = string;

/**
 * Semantic version, e.g. 4.13.3.
 */
export type Semver = string;

/**
 * Calendar date YYYY-MM-DD.
 */
export type Date = string;

/**
 * The one description of a small self-hosted k3s cluster, compiled by veilc into Flux manifests, Unbound zones and runbooks.
 */
export type Spec = {
    /**
     * Identity of the cluster.
     */
    cluster: {
        /**
         * Cluster name; used in resource names, paths and runbook titles.
         */
        name: Label;
        /**
         * Free text shown at the top of the runbooks.
         * @default ""
         */
        description: string;
    };
    /**
     * The LAN the cluster lives on.
     */
    network: {
        /**
         * The LAN as an IPv4 CIDR, e.g. 192.168.0.0/24. Every address in the spec must lie inside it.
         */
        cidr: Ipv4Cidr;
        /**
         * Default gateway (router) of the LAN.
         */
        gateway: Ipv4;
        /**
         * DNS domain of LAN hosts and nodes; the zone of that name is the LAN zone.
         * @default "home.arpa"
         */
        domain: DnsName;
        /**
         * DHCP server settings that the address plan must avoid.
         */
        dhcp?: {
            /**
             * Dynamic range handed out by the DHCP server, as FIRST-LAST.
             */
            range: Ipv4Range;
        };
    };
    /**
     * LAN hosts that are not Kubernetes nodes (DNS server, NAS, workstations).
     * @default []
     */
    hosts: {
        /**
         * Host name (RFC 1123 label).
         */
        name: Label;
        /**
         * Static IPv4 address of the host.
         */
        address: Ipv4;
        /**
         * What the host does; `dns` marks a host that can serve DNS.
         * @default []
         */
        roles: ("dns" | "nas" | "workstation" | "router" | "other")[];
        /**
         * Free text for the runbooks.
         */
        description?: string;
    }[];
    /**
     * Kubernetes nodes. Servers run the k3s control plane with embedded etcd (and workloads); agents run workloads only.
     */
    nodes: {
        /**
         * Node name as registered in Kubernetes (RFC 1123 label).
         */
        name: Label;
        /**
         * Static IPv4 address of the node on the LAN.
         */
        address: Ipv4;
        /**
         * `server`: k3s server and etcd member; `agent`: worker only.
         * @default "server"
         */
        role: "server" | "agent";
        /**
         * Extra Kubernetes labels for the node (documented in the runbook; applied with k3s --node-label).
         * @default {}
         */
        labels: Record<string, string>;
    }[];
    /**
     * Kubernetes distribution settings.
     * @default {}
     */
    kubernetes: {
        /**
         * Kubernetes distribution; veilc targets k3s.
         * @default "k3s"
         */
        distribution: "k3s";
        /**
         * k3s release to install, as published (e.g. v1.34.1+k3s1).
         * @default "v1.34.1+k3s1"
         */
        version: string;
        /**
         * Embedded etcd settings.
         * @default {}
         */
        etcd: {
            /**
             * Scheduled etcd snapshots taken by k3s on every server.
             * @default {}
             */
            snapshots: {
                /**
                 * Cron schedule (k3s --etcd-snapshot-schedule-cron).
                 * @default "0 *\/12 * * *"
                 */
                schedule: Cron;
                /**
                 * Number of snapshots each server keeps (k3s --etcd-snapshot-retention).
                 * @default 5
                 */
                retention: number;
                /**
                 * Directory where k3s writes snapshots on each server (k3s --etcd-snapshot-dir).
                 * @default "/var/lib/rancher/k3s/server/db/snapshots"
                 */
                dir: AbsPath;
            };
        };
    };
    /**
     * Load-balancer address pools (MetalLB) and, for `mode: bgp` pools, the BGP routers they are announced to.
     */
    loadBalancer?: {
        /**
         * Load-balancer implementation.
         * @default "metallb"
         */
        provider: "metallb";
        /**
         * Namespace MetalLB runs in.
         * @default "metallb-system"
         */
        namespace: Label;
        /**
         * Address pools MetalLB may assign to LoadBalancer Services.
         */
        pools: {
            /**
             * Pool name (becomes the IPAddressPool name).
             */
            name: Label;
            /**
             * Addresses of the pool, as FIRST-LAST.
             */
            range: Ipv4Range;
            /**
             * How the addresses are announced: `l2` (ARP) or `bgp`.
             * @default "l2"
             */
            mode: "l2" | "bgp";
            /**
             * Whether MetalLB may hand out addresses from this pool to Services that do not ask for one.
             * @default true
             */
            autoAssign: boolean;
        }[];
        /**
         * BGP announcement of the `mode: bgp` pools (MetalLB in FRR mode, its chart's default).
         */
        bgp?: {
            /**
             * AS number of the cluster, used by every node's speaker for every peer (MetalLB's FRR mode requires one local ASN). Prefer a private ASN (RFC 6996: 64512-65534 or 4200000000-4294967294).
             */
            myASN: number;
            /**
             * BGP routers the speakers peer with; a `mode: bgp` pool needs at least one.
             * @default []
             */
            peers: {
                /**
                 * Peer name (becomes the BGPPeer name).
                 */
                name: Label;
                /**
                 * Address of the router the speakers dial.
                 */
                address: Ipv4;
                /**
                 * AS number the router announces (RFC 4271); the same as `myASN` for internal BGP.
                 */
                peerASN: number;
                /**
                 * TCP port to dial; BGP's 179 when absent (MetalLB allows 1-16384).
                 */
                port?: number;
                /**
                 * BGP hold time in seconds: 0 (no keepalives) or at least 3 (RFC 4271 section 4.2); MetalLB's default (90) when absent.
                 */
                holdTime?: number;
                /**
                 * Secret holding the TCP MD5 password of the session (RFC 2385): type kubernetes.io/basic-auth, key `password`, in the MetalLB namespace. The password itself never goes into the spec.
                 */
                passwordSecret?: {
                    /**
                     * Name of the Secret in the MetalLB namespace.
                     */
                    name: Label;
                };
                /**
                 * Only these nodes peer with the router (BGPPeer nodeSelectors on kubernetes.io/hostname); every node when absent.
                 */
                nodes?: Label[];
            }[];
        };
    };
    /**
     * The cluster's HTTP entry: an ingress controller (Ingress objects) or a Gateway API implementation (a Gateway and one HTTPRoute per host), on a load-balancer address.
     */
    ingress?: {
        /**
         * Implementation. `ingress-nginx`: Ingress objects served by ingress-nginx (retired since March 2026, see VEIL-LIFECYCLE-001). `envoy-gateway`: the Gateway API, served by Envoy Gateway: the Gateway API CRDs (standard channel, `versions.gatewayApi`), the controller, a GatewayClass, one Gateway and one HTTPRoute per host.
         * @default "ingress-nginx"
         */
        controller: "ingress-nginx" | "envoy-gateway";
        /**
         * Namespace of the controller (and of the Gateway). Default: `ingress-nginx` for ingress-nginx, `envoy-gateway-system` for envoy-gateway.
         */
        namespace?: Label;
        /**
         * LoadBalancer address of the controller (the Gateway's address for envoy-gateway); must lie in a load-balancer pool.
         */
        address: Ipv4;
        /**
         * IngressClass (ingress-nginx; made the cluster default) or GatewayClass (envoy-gateway) name. Default: `nginx` for ingress-nginx, `envoy-gateway` for envoy-gateway.
         */
        className?: Label;
        /**
         * Migration window: the controller being replaced keeps running beside `controller`, on its own pool address, and serves every host too (Ingress objects and HTTPRoutes side by side). Remove this once DNS points at the new controller and clients have moved: Flux then uninstalls it.
         */
        retiring?: {
            /**
             * The controller being replaced.
             */
            controller: "ingress-nginx";
            /**
             * Its namespace, as deployed. Default as for `ingress.namespace`.
             */
            namespace?: Label;
            /**
             * Its LoadBalancer address, as deployed; must lie in a pool and differ from `ingress.address`.
             */
            address: Ipv4;
            /**
             * Its IngressClass name, as deployed. Default as for `ingress.className`.
             */
            className?: Label;
            /**
             * `true`: DNS records with target `ingress` (and `object-store` through the ingress) still resolve to this controller's address, while the new one is tried out by address; `false`: they resolve to `ingress.address` (switch, deploy the zones, then wait out the TTL before removing `retiring`).
             * @default true
             */
            keepsDns: boolean;
        };
    };
    /**
     * LAN DNS served by Unbound on a LAN host.
     */
    dns?: {
        /**
         * Name of the host (from `hosts`) that runs Unbound.
         */
        server: Label;
        /**
         * Default TTL of the records, in seconds.
         * @default 3600
         */
        ttl: number;
        /**
         * How the SOA serial is chosen.
         * @default {}
         */
        serial: {
            /**
             * `content`: derived from the zone content (changes exactly when the content does); `fixed`: the value below.
             * @default "content"
             */
            policy: "content" | "fixed";
            /**
             * Serial used with policy `fixed`.
             */
            value?: number;
        };
        /**
         * Directory on the DNS host where the zone files are installed.
         * @default "/etc/unbound/zones"
         */
        zoneDir: AbsPath;
        /**
         * Also serve the reverse (in-addr.arpa) zone of the LAN with PTR records for hosts and nodes.
         * @default true
         */
        reverse: boolean;
        /**
         * Authoritative zones.
         */
        zones: {
            /**
             * Zone apex, e.g. veil.home.arpa.
             */
            name: DnsName;
            /**
             * Address records of the zone.
             * @default []
             */
            records: {
                /**
                 * Owner name relative to the zone (`@` for the apex).
                 */
                name: RecordName;
                /**
                 * What the name resolves to: `ingress`, `object-store`, `host/NAME` or `node/NAME`.
                 */
                target?: RecordTarget;
                /**
                 * A literal IPv4 address (prefer a target, so the record follows the spec).
                 */
                address?: Ipv4;
                /**
                 * TTL of this record, in seconds.
                 */
                ttl?: number;
            }[];
        }[];
        /**
         * Block lists applied with Unbound RPZ.
         * @default []
         */
        filtering: {
            /**
             * List name (becomes the RPZ zone name `NAME.rpz.`).
             */
            name: Label;
            /**
             * Format of the upstream list: `hosts` (hosts file, e.g. StevenBlack) or `rpz` (already an RPZ zone).
             * @default "hosts"
             */
            format: "hosts" | "rpz";
            /**
             * Where the list is downloaded from.
             */
            url: string;
            /**
             * RPZ action for listed names.
             * @default "nxdomain"
             */
            action: "nxdomain" | "nodata" | "drop";
        }[];
    };
    /**
     * kube-prometheus-stack: Prometheus, Alertmanager and Grafana.
     */
    monitoring?: {
        /**
         * Namespace of the monitoring stack.
         * @default "monitoring"
         */
        namespace: Label;
        /**
         * Prometheus settings.
         * @default {}
         */
        prometheus: {
            /**
             * Ingress host name; needs a DNS record resolving to the ingress address.
             */
            host?: DnsName;
            /**
             * How long samples are kept (Prometheus duration, e.g. 15d).
             * @default "10d"
             */
            retention: Duration;
            /**
             * Size cap of the TSDB; must stay below the volume size.
             */
            retentionSize?: Quantity;
            /**
             * Compress the write-ahead log.
             * @default true
             */
            walCompression: boolean;
            /**
             * Persistent volume for this component.
             * @default {}
             */
            storage: {
                /**
                 * Size of the PersistentVolumeClaim (Kubernetes quantity, e.g. 20Gi).
                 * @default "20Gi"
                 */
                size: Quantity;
                /**
                 * StorageClass of the claim; must be one of `storageClasses`.
                 * @default "local-path"
                 */
                class: Label;
            };
            /**
             * Optional remote_write targets for long-term storage.
             * @default []
             */
            remoteWrite: {
                /**
                 * Name of the target.
                 */
                name: Label;
                /**
                 * What receives the samples.
                 * @default "generic"
                 */
                kind: "thanos" | "mimir" | "victoriametrics" | "generic";
                /**
                 * remote_write endpoint URL.
                 */
                url: string;
                /**
                 * Secret with `username` and `password` keys for basic auth.
                 */
                basicAuthSecret?: {
                    /**
                     * Name of the Secret in the component's namespace.
                     */
                    name: Label;
                    /**
                     * Key inside the Secret, when one is needed.
                     */
                    key?: string;
                };
            }[];
        };
        /**
         * Alertmanager settings.
         * @default {}
         */
        alertmanager: {
            /**
             * Ingress host name; needs a DNS record resolving to the ingress address.
             */
            host?: DnsName;
            /**
             * Persistent volume for this component.
             * @default {}
             */
            storage: {
                /**
                 * Size of the PersistentVolumeClaim (Kubernetes quantity, e.g. 20Gi).
                 * @default "2Gi"
                 */
                size: Quantity;
                /**
                 * StorageClass of the claim; must be one of `storageClasses`.
                 * @default "local-path"
                 */
                class: Label;
            };
            /**
             * Alert receivers.
             * @default [{"name":"null"}]
             */
            receivers: {
                /**
                 * Receiver name.
                 */
                name: string;
                /**
                 * Send alerts to a webhook.
                 */
                webhook?: {
                    /**
                     * Webhook URL (must not contain credentials; use urlSecret for token URLs).
                     */
                    url?: string;
                    /**
                     * Secret holding the webhook URL (for URLs that contain a token).
                     */
                    urlSecret?: {
                        /**
                         * Name of the Secret in the component's namespace.
                         */
                        name: Label;
                        /**
                         * Key inside the Secret, when one is needed.
                         */
                        key?: string;
                    };
                };
                /**
                 * Send alerts by email.
                 */
                email?: {
                    /**
                     * Recipient address.
                     */
                    to: string;
                    /**
                     * Sender address.
                     */
                    from: string;
                    /**
                     * SMTP relay as host:port.
                     */
                    smarthost: string;
                    /**
                     * SMTP user name.
                     */
                    authUsername?: string;
                    /**
                     * Secret holding the SMTP password (key required).
                     */
                    authPasswordSecret?: {
                        /**
                         * Name of the Secret in the component's namespace.
                         */
                        name: Label;
                        /**
                         * Key inside the Secret, when one is needed.
                         */
                        key?: string;
                    };
                };
            }[];
            /**
             * Alert routing tree (Alertmanager route).
             * @default {}
             */
            route: {
                /**
                 * Default receiver; must be one of `receivers`.
                 * @default "null"
                 */
                receiver: string;
                /**
                 * Labels alerts are grouped by.
                 * @default ["alertname","namespace"]
                 */
                groupBy: string[];
                /**
                 * Child routes, first match wins.
                 * @default []
                 */
                routes: {
                    /**
                     * Receiver for matching alerts.
                     */
                    receiver: string;
                    /**
                     * Alertmanager matchers, e.g. severity = "critical".
                     */
                    matchers: string[];
                    /**
                     * Keep matching later routes after this one.
                     * @default false
                     */
                    continue: boolean;
                }[];
            };
        };
        /**
         * Grafana settings.
         * @default {}
         */
        grafana: {
            /**
             * Ingress host name; needs a DNS record resolving to the ingress address.
             */
            host?: DnsName;
            /**
             * Persistent volume for this component.
             * @default {}
             */
            storage: {
                /**
                 * Size of the PersistentVolumeClaim (Kubernetes quantity, e.g. 20Gi).
                 * @default "5Gi"
                 */
                size: Quantity;
                /**
                 * StorageClass of the claim; must be one of `storageClasses`.
                 * @default "local-path"
                 */
                class: Label;
            };
            /**
             * Secret with the Grafana admin credentials (the chart's admin.existingSecret).
             */
            adminSecret?: {
                /**
                 * Name of the Secret in the component's namespace.
                 */
                name: Label;
                /**
                 * Key of the admin user name (the chart's admin.userKey).
                 * @default "admin-user"
                 */
                userKey: string;
                /**
                 * Key of the admin password (the chart's admin.passwordKey).
                 * @default "admin-password"
                 */
                passwordKey: string;
            };
        };
    };
    /**
     * Distributed S3 object store.
     */
    objectStore?: {
        /**
         * Object store implementation.
         * @default "minio"
         */
        kind: "minio";
        /**
         * Name of the first pool's StatefulSet and of the Services; the other pools are NAME-POOL.
         * @default "minio"
         */
        name: Label;
        /**
         * Namespace of the object store.
         * @default "minio"
         */
        namespace: Label;
        /**
         * Erasure code of the first pool's sets: data + parity drives. The parity is deployment-wide (MINIO_STORAGE_CLASS_STANDARD): every pool uses it.
         */
        erasure: {
            /**
             * Data drives per erasure set of the first pool.
             */
            data: number;
            /**
             * Parity drives per erasure set (MinIO EC:N), for every pool of the deployment.
             */
            parity: number;
        };
        /**
         * Number of MinIO servers in the first server pool (one per node). MinIO sets no upper limit; the erasure-set rules decide which counts work.
         */
        servers: number;
        /**
         * Drives (PersistentVolumeClaims) per server of the first pool.
         */
        drivesPerServer: number;
        /**
         * Size of each drive of the first pool.
         */
        driveSize: Quantity;
        /**
         * StorageClass of the first pool's drives (and the default of the other pools); must be one of `storageClasses`.
         * @default "local-path"
         */
        storageClass: Label;
        /**
         * Nodes allowed to host a server of the first pool (required node affinity, one server per node).
         */
        nodes: Label[];
        /**
         * Server pools added after the first, in the order they were added. MinIO grows a deployment by adding a pool, never by widening one: every server lists every pool in this order, and each pool keeps its own servers, drives, drive size and erasure sets. The top-level servers, drivesPerServer, driveSize, nodes and erasure are the first pool.
         * @default []
         */
        pools: {
            /**
             * Pool name, unique among the pools; its StatefulSet and headless Service are OBJECTSTORE-NAME and OBJECTSTORE-NAME-hl (OBJECTSTORE = objectStore.name).
             */
            name: Label;
            /**
             * Erasure code of this pool's sets. MinIO chooses the set size per pool, but the parity is deployment-wide (objectStore.erasure.parity), so only the data drives are per pool.
             */
            erasure: {
                /**
                 * Data drives per erasure set of this pool; its sets have data + objectStore.erasure.parity drives.
                 */
                data: number;
            };
            /**
             * Number of MinIO servers in this pool (one per node). MinIO sets no upper limit; the erasure-set rules decide which counts work.
             */
            servers: number;
            /**
             * Drives (PersistentVolumeClaims) per server of this pool.
             */
            drivesPerServer: number;
            /**
             * Size of each drive of this pool.
             */
            driveSize: Quantity;
            /**
             * StorageClass of this pool's drives; default: objectStore.storageClass. Must be one of `storageClasses`.
             */
            storageClass?: Label;
            /**
             * Nodes allowed to host a server of this pool (required node affinity, one server of the pool per node).
             */
            nodes: Label[];
        }[];
        /**
         * What the layout must give; veilc denies a layout that falls short.
         * @default {}
         */
        require: {
            /**
             * Minimum usable capacity of the whole deployment (every pool).
             */
            usable?: Quantity;
            /**
             * Whole nodes that may be lost while reads and writes keep working, in every pool.
             * @default 1
             */
            nodeFailures: number;
        };
        /**
         * How clients reach the S3 API and console.
         * @default {}
         */
        exposure: {
            /**
             * `ingress`: through the ingress controller by host name; `loadBalancer`: a dedicated pool address.
             * @default "ingress"
             */
            mode: "ingress" | "loadBalancer";
            /**
             * Host name of the S3 API.
             */
            apiHost?: DnsName;
            /**
             * Host name of the web console.
             */
            consoleHost?: DnsName;
            /**
             * Dedicated LoadBalancer address (mode loadBalancer); must lie in a pool.
             */
            address?: Ipv4;
        };
        /**
         * Root credentials.
         */
        credentials: {
            /**
             * Secret holding MINIO_ROOT_USER and MINIO_ROOT_PASSWORD.
             */
            secretRef: {
                /**
                 * Secret name in the object store namespace.
                 */
                name: Label;
                /**
                 * Key of the root user.
                 * @default "rootUser"
                 */
                userKey: string;
                /**
                 * Key of the root password.
                 * @default "rootPassword"
                 */
                passwordKey: string;
            };
        };
        /**
         * Buckets to document and create after bring-up.
         * @default []
         */
        buckets: {
            /**
             * Bucket name (S3 rules: 3-63 lowercase letters, digits, dots, dashes).
             */
            name: string;
        }[];
        /**
         * Per-server resource requests and limits.
         * @default {}
         */
        resources: {
            /**
             * CPU request.
             * @default "250m"
             */
            cpu: string;
            /**
             * Memory request.
             * @default "1Gi"
             */
            memory: Quantity;
            /**
             * Memory limit.
             * @default "4Gi"
             */
            memoryLimit: Quantity;
        };
    };
    /**
     * StorageClasses that exist in the cluster (k3s ships `local-path`).
     * @default ["local-path"]
     */
    storageClasses: Label[];
    /**
     * Flux GitOps settings.
     * @default {}
     */
    flux: {
        /**
         * Path (from the Git repository root) of the compiled Flux entry folder, which veilc writes to <output folder>/flux/<cluster.name>/; the Kustomization <cluster.name> syncs it. Default: where the compile writes it, from the output folder's place in the Git repository (`./out/flux/<cluster.name>` for `--out out` at the root).
         */
        path?: string;
        /**
         * Path that `flux bootstrap --path` syncs, where bootstrap keeps its own flux-system manifests; veilc never writes there. Default `./clusters/<cluster.name>`.
         */
        bootstrapPath?: string;
        /**
         * Namespace of the Flux controllers.
         * @default "flux-system"
         */
        namespace: Label;
        /**
         * Name of the GitRepository that the bootstrap created.
         * @default "flux-system"
         */
        sourceRef: Label;
        /**
         * Reconcile interval of the Kustomizations.
         * @default "10m"
         */
        interval: Duration;
        /**
         * Timeout of each Kustomization.
         * @default "5m"
         */
        timeout: Duration;
    };
    /**
     * Pinned chart and image versions.
     * @default {}
     */
    versions: {
        /**
         * Helm chart versions.
         * @default {}
         */
        charts: {
            /**
             * metallb chart (https://metallb.github.io/metallb).
             * @default "0.15.2"
             */
            metallb: Semver;
            /**
             * ingress-nginx chart (https://kubernetes.github.io/ingress-nginx).
             * @default "4.15.1"
             */
            ingressNginx: Semver;
            /**
             * kube-prometheus-stack chart (https://prometheus-community.github.io/helm-charts).
             * @default "77.14.0"
             */
            kubePrometheusStack: Semver;
            /**
             * Envoy Gateway chart gateway-helm (oci://docker.io/envoyproxy), as published: with the leading v.
             * @default "v1.9.0"
             */
            envoyGateway: string;
        };
        /**
         * Release (Git tag) of the Gateway API CRDs, standard channel (https://github.com/kubernetes-sigs/gateway-api), installed with envoy-gateway; one the Envoy Gateway release is built against (its compatibility matrix).
         * @default "v1.6.1"
         */
        gatewayApi: string;
        /**
         * Container images.
         * @default {}
         */
        images: {
            /**
             * MinIO server image, pinned by tag or digest.
             * @default "quay.io/minio/minio:RELEASE.2025-09-07T16-13-09Z"
             */
            minio: string;
        };
    };
    /**
     * Accepted exceptions to policy rules. Each waives one rule at one spec path until it expires.
     * @default []
     */
    waivers: {
        /**
         * Rule ID, e.g. VEIL-LIFECYCLE-001.
         */
        rule: string;
        /**
         * Spec path the finding points at, e.g. ingress.controller (empty for the whole spec).
         * @default ""
         */
        path: string;
        /**
         * Why the exception is acceptable.
         */
        reason: string;
        /**
         * Date (YYYY-MM-DD) after which the waiver lapses and the finding is an error again.
         */
        expires: Date;
    }[];
};

// Every policy rule end to end: a YAML spec goes through load, schema, the
// model and the compiled Wasm, and the finding must come out at the right
// path and line with the numbers the rule promises. Each rule also has a
// passing spec. The Rego unit tests (policies/veil/*_test.rego) cover the
// same rules against patched facts; this file proves the TS facts and the
// Wasm agree with them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../compiler/diagnostics/diagnostic.ts';
import { byRule, edit, evaluateFile, evaluateText, FIXTURES, lineOf, ROOT as ROOT_DIR, rulesOf, VEIL, VEIL_SPEC } from './helpers.ts';

interface Case {
  rule: string;
  name: string;
  /** The spec text (or a fixture file name). */
  spec: () => string;
  path: string;
  message: string;
  hint?: string;
  /** Expected line: where this snippet is in the spec text. */
  at?: string;
}

/** The rules the issue makes warnings; every other rule denies. */
const WARN_RULES = new Set([
  'VEIL-MINIO-005', 'VEIL-ETCD-002', 'VEIL-ETCD-003', 'VEIL-NET-011', 'VEIL-DNS-003', 'VEIL-DNS-006',
  'VEIL-MON-001', 'VEIL-MON-003', 'VEIL-LIFECYCLE-001', 'VEIL-WAIVER-001', 'VEIL-WAIVER-002',
  'VEIL-MON-006', 'VEIL-DNS-009', 'VEIL-DNS-010', 'VEIL-BGP-003', 'VEIL-BGP-007', 'VEIL-BGP-008', 'VEIL-INGRESS-003',
]);

const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const node = (n: number) => `192.168.0.20${n}                # example\n    role: server`;
const agent = (n: number): [string, string] => [node(n), `192.168.0.20${n}                # example\n    role: agent`];
const HIVE = '    address: 192.168.0.170                # example';
const hive = (address: string): [string, string] => [HIVE, `    address: ${address}`];
const POOL = '      range: 192.168.0.220-192.168.0.239';
const EXPOSURE = '    mode: ingress\n    apiHost: s3.veil.home.arpa\n    consoleHost: s3-console.veil.home.arpa\n';
const long = (c: string) => c.repeat(60);
const HIVE_RECORD = '        - { name: hive, target: host/hive }\n';
/** veil.spec.yaml with more records in home.arpa (zones[1], after hive at records[4]) and more zones after it. */
const lanZone = (records: string[], zones = '') => edit([HIVE_RECORD, `${HIVE_RECORD}${records.map((r) => `        - ${r}\n`).join('')}${zones}`]);
const POOL_L2 = '      mode: l2\n\ningress:';
/** veil.spec.yaml with the pool announced by BGP and a loadBalancer.bgp block. */
const bgp = (block: string, mode = 'bgp') => edit([POOL_L2, `      mode: ${mode}\n  bgp:\n${block}\ningress:`]);
const PEER = (extra = '', address = '192.168.0.1', asn = 64513) => `      - { name: router, address: ${address}, peerASN: ${asn}${extra} }`;
const CRITICAL_ROUTE = `        - receiver: hive-webhook\n          matchers: ['severity = "critical"']`;
const LONG_ZONE = `${long('a')}.${long('b')}.${long('c')}.${long('d')}.home.arpa`;
const INGRESS = 'ingress:\n  controller: ingress-nginx\n  address: 192.168.0.220\n  className: nginx\n';
/** veil.spec.yaml with this ingress block instead of its own. */
const ingress = (block: string) => edit([INGRESS, `ingress:\n${block}`]);
const GATEWAY = '  controller: envoy-gateway\n  address: 192.168.0.220\n';
/** Envoy Gateway on .221, the deployed ingress-nginx kept beside it on .220 with the DNS names. */
const WINDOW = '  controller: envoy-gateway\n  address: 192.168.0.221\n  retiring:\n    controller: ingress-nginx\n    address: 192.168.0.220\n    className: nginx\n';

const cases: Case[] = [
  // MinIO
  { rule: 'VEIL-MINIO-001', name: 'EC(4,2) on 5 drives', spec: () => fixture('five-drives.spec.yaml'), path: 'objectStore.erasure',
    message: '5 drives cannot form EC(4,2): MinIO splits 5 drives (5 servers x 1 drive) into 1 erasure set of 5, and EC(4,2) needs sets of 6',
    hint: 'use 6 drives (3 servers x 2 drives) or EC(3,2)', at: '  erasure: { data: 4, parity: 2 }' },
  { rule: 'VEIL-MINIO-002', name: 'parity 4 of 6', spec: () => edit(['  erasure: { data: 4, parity: 2 }', '  erasure: { data: 2, parity: 4 }']), path: 'objectStore.erasure.parity',
    message: 'parity 4 exceeds half of the 6-drive erasure set: MinIO allows at most EC:3', hint: 'use EC(3,3)' },
  { rule: 'VEIL-MINIO-003', name: 'two node failures on 3 x 2', spec: () => edit(['    nodeFailures: 1', '    nodeFailures: 2']), path: 'objectStore.require.nodeFailures',
    message: 'losing 2 nodes: reads and writes both fail. EC(4,2) on 6 drives (3 servers x 2 drives) survives 1 node for reads and 1 node for writes: losing 2 nodes can take 4 drives of a set; reading an object written at full health needs 4 of 6, a write needs 4 of 6 (a majority)',
    at: '    nodeFailures: 2' },
  { rule: 'VEIL-MINIO-003', name: 'two node failures on 4 x 1 EC:2 (writes only)', spec: () => fixture('option-a-4x1.spec.yaml').replace('    nodeFailures: 1', '    nodeFailures: 2'), path: 'objectStore.require.nodeFailures',
    message: 'losing 2 nodes: writes fail (reads still work). EC(2,2) on 4 drives (4 servers x 1 drive) survives 2 nodes for reads and 1 node for writes: losing 2 nodes can take 2 drives of a set; reading an object written at full health needs 2 of 4, a write needs 3 of 4 (a majority)' },
  { rule: 'VEIL-MINIO-003', name: '3 servers x 4 drives, EC(10,2): reads fail, writes keep working', spec: () => edit(['  drivesPerServer: 2', '  drivesPerServer: 4'], ['  erasure: { data: 4, parity: 2 }', '  erasure: { data: 10, parity: 2 }']), path: 'objectStore.require.nodeFailures',
    message: 'losing 1 node: reads fail; writes keep working, because MinIO gives an object written while drives are offline more parity. EC(10,2) on 12 drives (3 servers x 4 drives) survives 0 nodes for reads and 1 node for writes: losing 1 node can take 4 drives of a set; reading an object written at full health needs 10 of 12, a write needs 7 of 12 (a majority)',
    hint: 'use 12 drives (6 servers x 2 drives), which needs 3 nodes more in objectStore.nodes or raise the parity of every pool to EC:4 (EC(8,4) here); `veilc explain` shows what each node loss does',
    at: '    nodeFailures: 1' },
  { rule: 'VEIL-MINIO-004', name: '600Gi required', spec: () => edit(['    usable: 500Gi', '    usable: 600Gi']), path: 'objectStore.driveSize',
    message: 'usable capacity 500 GiB is below the required 600 GiB: EC(4,2) keeps 4/6 of 6 drives x 125 GiB', hint: 'use drives of at least 150Gi or add a server pool (objectStore.pools)', at: '  driveSize: 125Gi' },
  { rule: 'VEIL-MINIO-005', name: 'the plan: 500 GiB for 500 GiB', spec: () => VEIL, path: 'objectStore.require.usable',
    message: 'usable capacity 500 GiB leaves 0% headroom over the required 500 GiB (under 10%): EC(4,2) keeps 4/6 of 6 drives x 125 GiB',
    hint: 'drives of 138Gi give 10% headroom; or lower require.usable if 500 GiB is the real need', at: '    usable: 500Gi' },
  { rule: 'VEIL-MINIO-007', name: '4 servers on 3 nodes', spec: () => edit(['  servers: 3', '  servers: 4']), path: 'objectStore.servers',
    message: '4 servers need 4 nodes (one server per node), but objectStore.nodes allows 3: meteor-1, meteor-2, meteor-3' },
  { rule: 'VEIL-MINIO-008', name: 'undeclared node', spec: () => edit(['  nodes: [meteor-1, meteor-2, meteor-3]', '  nodes: [meteor-1, meteor-2, meteor-9]']), path: 'objectStore.nodes[2]',
    message: 'meteor-9 is not a declared node; a server pinned to it would never be scheduled', hint: 'declared nodes: meteor-1, meteor-2, meteor-3' },
  { rule: 'VEIL-MINIO-009', name: 'one drive', spec: () => edit(['  servers: 3', '  servers: 1'], ['  drivesPerServer: 2', '  drivesPerServer: 1']), path: 'objectStore.drivesPerServer',
    message: '1 server x 1 drive is a single drive; erasure coding needs at least 2 drives' },
  { rule: 'VEIL-MINIO-010', name: 'undeclared storage class', spec: () => edit(['  storageClass: local-path', '  storageClass: longhorn']), path: 'objectStore.storageClass',
    message: 'storage class longhorn is not one of storageClasses (local-path): the drive claims would stay Pending' },
  // etcd
  { rule: 'VEIL-ETCD-001', name: 'no server', spec: () => edit(agent(1), agent(2), agent(3)), path: 'nodes',
    message: 'none of the 3 nodes has role server: there is no control plane and no etcd member' },
  { rule: 'VEIL-ETCD-002', name: 'the plan as written (meteor-4 joins etcd)', spec: () => fixture('plan-as-written.spec.yaml'), path: 'nodes[3].role',
    message: '4 etcd members (meteor-1, meteor-2, meteor-3, meteor-4) tolerate 1 failure, the same as 3: quorum is 3 of 4' },
  { rule: 'VEIL-ETCD-003', name: 'one server', spec: () => edit(agent(2), agent(3)), path: 'nodes[0].role',
    message: '1 etcd member (meteor-1): quorum is 1, so losing any server stops the control plane' },
  // network
  { rule: 'VEIL-NET-001', name: 'host outside the LAN', spec: () => edit(hive('10.0.0.5')), path: 'hosts[1].address',
    message: 'host/hive address 10.0.0.5 is outside the LAN 192.168.0.0/24', hint: 'pick an address in 192.168.0.1-192.168.0.254', at: '    address: 10.0.0.5' },
  { rule: 'VEIL-NET-002', name: 'broadcast address', spec: () => edit(hive('192.168.0.255')), path: 'hosts[1].address',
    message: 'host/hive address 192.168.0.255 is the broadcast address of 192.168.0.0/24' },
  { rule: 'VEIL-NET-003', name: 'shared address', spec: () => edit(hive('192.168.0.160')), path: 'hosts[1].address',
    message: 'host/skaia and host/hive share the address 192.168.0.160' },
  { rule: 'VEIL-NET-004', name: 'pool reaching the broadcast', spec: () => edit([POOL, '      range: 192.168.0.220-192.168.0.255']), path: 'loadBalancer.pools[0].range',
    message: 'pool default (192.168.0.220-192.168.0.255) reaches outside the usable addresses of 192.168.0.0/24 (192.168.0.1-192.168.0.254)' },
  { rule: 'VEIL-NET-005', name: 'DHCP over the pool', spec: () => edit(['    range: 192.168.0.100-192.168.0.159', '    range: 192.168.0.100-192.168.0.225']), path: 'loadBalancer.pools[0].range',
    message: 'pool default (192.168.0.220-192.168.0.239) overlaps the DHCP range 192.168.0.100-192.168.0.225' },
  { rule: 'VEIL-NET-006', name: 'pool over the nodes', spec: () => edit([POOL, '      range: 192.168.0.200-192.168.0.239']), path: 'loadBalancer.pools[0].range',
    message: 'pool default (192.168.0.200-192.168.0.239) contains the address of node/meteor-1 (192.168.0.201)' },
  { rule: 'VEIL-NET-007', name: 'overlapping pools', spec: () => edit([`${POOL}\n      mode: l2\n`, `${POOL}\n      mode: l2\n    - name: extra\n      range: 192.168.0.230-192.168.0.250\n`]), path: 'loadBalancer.pools[1].range',
    message: 'pool extra (192.168.0.230-192.168.0.250) overlaps pool default (192.168.0.220-192.168.0.239)' },
  { rule: 'VEIL-NET-008', name: 'ingress outside the pools', spec: () => edit(['  address: 192.168.0.220', '  address: 192.168.0.210']), path: 'ingress.address',
    message: 'ingress address 192.168.0.210 is in no load-balancer pool', hint: 'pick an address from default (192.168.0.220-192.168.0.239)' },
  { rule: 'VEIL-NET-009', name: 'MinIO on the ingress address', spec: () => edit([EXPOSURE, '    mode: loadBalancer\n    address: 192.168.0.220\n']), path: 'objectStore.exposure.address',
    message: 'ingress and object-store both ask for 192.168.0.220' },
  { rule: 'VEIL-NET-010', name: 'no auto-assignable address left', spec: () => edit([EXPOSURE, '    mode: loadBalancer\n'], [`${POOL}\n`, `${POOL}\n      autoAssign: false\n`]), path: 'objectStore.exposure',
    message: '1 LoadBalancer Service without a pinned address, but the auto-assign pools have 0 addresses free' },
  { rule: 'VEIL-NET-011', name: 'host in the DHCP range', spec: () => edit(hive('192.168.0.120')), path: 'hosts[1].address',
    message: 'host/hive address 192.168.0.120 lies in the DHCP range 192.168.0.100-192.168.0.159' },
  // DNS
  { rule: 'VEIL-DNS-001', name: 'name over 253 characters', spec: () => edit(['    - name: home.arpa\n', `    - name: ${LONG_ZONE}\n      records:\n        - { name: www, target: ingress }\n    - name: home.arpa\n`]), path: 'dns.zones[1].records[0].name',
    message: `record www in zone ${LONG_ZONE}: www.${LONG_ZONE} is 257 characters; a DNS name has at most 253` },
  { rule: 'VEIL-DNS-002', name: 'a record twice', spec: () => lanZone(['{ name: hive, target: host/hive }']), path: 'dns.zones[1].records[5].name',
    message: 'hive.home.arpa A 192.168.0.170 is already defined at dns.zones[1].records[4]' },
  { rule: 'VEIL-DNS-002', name: 'a literal copy of a target record', spec: () => lanZone(['{ name: hive, address: 192.168.0.170 }']), path: 'dns.zones[1].records[5].name',
    message: 'hive.home.arpa A 192.168.0.170 is already defined at dns.zones[1].records[4]', at: '        - { name: hive, address: 192.168.0.170 }' },
  // issue 12: lab.home.arpa is a zone of its own, and home.arpa also holds lab and nas.lab
  { rule: 'VEIL-DNS-008', name: 'a record at the apex of a child zone', spec: () => lanZone(['{ name: lab, address: 192.168.0.50 }', '{ name: nas.lab, address: 192.168.0.51 }'], '    - name: lab.home.arpa\n      records:\n        - { name: printer, address: 192.168.0.52 }\n'),
    path: 'dns.zones[1].records[5].name', at: '        - { name: lab, address: 192.168.0.50 }',
    message: 'lab.home.arpa in zone home.arpa lies at the apex of zone lab.home.arpa (dns.zones[2]), which is authoritative for it: Unbound never serves this record, a query gets NODATA (the name exists there, with no A record)',
    hint: 'move the record into zone lab.home.arpa as name @, or remove it' },
  { rule: 'VEIL-DNS-008', name: 'a record below a child zone', spec: () => lanZone(['{ name: lab, address: 192.168.0.50 }', '{ name: nas.lab, address: 192.168.0.51 }'], '    - name: lab.home.arpa\n      records:\n        - { name: printer, address: 192.168.0.52 }\n'),
    path: 'dns.zones[1].records[6].name', at: '        - { name: nas.lab, address: 192.168.0.51 }',
    message: 'nas.lab.home.arpa in zone home.arpa lies below the zone cut at lab.home.arpa, zone lab.home.arpa (dns.zones[2]), which is authoritative for it: Unbound never serves this record, a query gets NXDOMAIN',
    hint: 'move the record into zone lab.home.arpa as name nas, or remove it' },
  { rule: 'VEIL-DNS-008', name: 'a zone inside the reverse zone hides a PTR', spec: () => lanZone([], '    - name: 170.0.168.192.in-addr.arpa\n'),
    path: 'dns.zones[2].name', at: '    - name: 170.0.168.192.in-addr.arpa',
    message: 'the PTR record 170.0.168.192.in-addr.arpa -> hive.home.arpa (for hosts[1].address) that veilc compiles into the reverse zone 0.168.192.in-addr.arpa lies at the apex of zone 170.0.168.192.in-addr.arpa (dns.zones[2]), which is authoritative for it: reverse lookups of 192.168.0.170 get NODATA (the name exists there, with no PTR record)' },
  { rule: 'VEIL-DNS-008', name: 'the LAN zone below a spec zone', spec: () => edit(['    - name: veil.home.arpa\n', '    - name: arpa\n      records:\n        - { name: skaia.home, address: 192.168.0.160 }\n    - name: veil.home.arpa\n']),
    path: 'dns.zones[0].records[0].name',
    message: 'skaia.home.arpa in zone arpa lies below the zone cut at home.arpa, zone home.arpa (dns.zones[2]), which is authoritative for it: Unbound never serves this record, a query gets its own A record of that name' },
  { rule: 'VEIL-DNS-009', name: 'a zone at the apex of myfamily.net', spec: () => lanZone([], '    - name: myfamily.net\n      records:\n        - { name: nas, address: 192.168.0.53 }\n'),
    path: 'dns.zones[2].name', at: '    - name: myfamily.net',
    message: "myfamily.net is a public domain (registrable under net in the Public Suffix List): Unbound answers every name under myfamily.net from this zone alone (auth-zone, for-downstream), so for every LAN client the public names the spec does not list (www.myfamily.net, the domain's MX, ...) get NXDOMAIN or an empty answer",
    hint: 'serve a subdomain instead (e.g. lan.myfamily.net: the public names keep resolving), or a name under home.arpa (RFC 8375)' },
  { rule: 'VEIL-DNS-009', name: 'a zone at the apex of myfamily.co.uk', spec: () => lanZone([], '    - name: myfamily.co.uk\n'), path: 'dns.zones[2].name',
    message: "myfamily.co.uk is a public domain (registrable under co.uk in the Public Suffix List): Unbound answers every name under myfamily.co.uk from this zone alone (auth-zone, for-downstream), so for every LAN client the public names the spec does not list (www.myfamily.co.uk, the domain's MX, ...) get NXDOMAIN or an empty answer" },
  { rule: 'VEIL-DNS-010', name: 'round-robin records with two TTLs', spec: () => edit(['        - { name: s3, target: ingress }\n', '        - { name: s3, target: ingress }\n        - { name: www, address: 192.168.0.61, ttl: 300 }\n        - { name: www, address: 192.168.0.62, ttl: 60 }\n']),
    path: 'dns.zones[0].records[6].ttl', at: '        - { name: www, address: 192.168.0.62, ttl: 60 }',
    message: 'www.veil.home.arpa has TTL 60 here but 300 at dns.zones[0].records[5]: the A records of one name form one RRset, which has one TTL; caches use the lowest for all of them' },
  { rule: 'VEIL-DNS-003', name: 'meteor-3 without a record', spec: () => edit(['        - { name: meteor-3, target: node/meteor-3 }\n', '']), path: 'nodes[2].name',
    message: 'node meteor-3 (192.168.0.203) has no address record meteor-3.home.arpa in the LAN zone home.arpa', hint: 'add { name: meteor-3, target: node/meteor-3 } to zone home.arpa' },
  { rule: 'VEIL-DNS-004', name: 'Grafana without a record', spec: () => edit(['        - { name: grafana, target: ingress }\n', '']), path: 'monitoring.grafana.host',
    message: 'grafana.veil.home.arpa (the grafana ingress host) has no DNS record; clients cannot reach the ingress at 192.168.0.220', hint: 'add { name: grafana, target: ingress } to zone veil.home.arpa',
    at: '    host: grafana.veil.home.arpa' },
  { rule: 'VEIL-DNS-005', name: 'undeclared DNS server', spec: () => edit(['  server: skaia', '  server: nas']), path: 'dns.server',
    message: 'DNS server nas is not a declared host', hint: 'name one of the hosts: skaia, hive' },
  { rule: 'VEIL-DNS-006', name: 'a .lan zone', spec: () => edit(['    - name: home.arpa\n', '    - name: printers.lan\n    - name: home.arpa\n']), path: 'dns.zones[1].name',
    message: 'printers.lan ends in a made-up top-level name: .lan is not a reserved name and could be delegated in the public DNS' },
  { rule: 'VEIL-DNS-007', name: 'target names no node', spec: () => edit(['{ name: meteor-3, target: node/meteor-3 }', '{ name: meteor-3, target: node/meteor-9 }']), path: 'dns.zones[1].records[3].target',
    message: 'meteor-3.home.arpa targets node/meteor-9, which names no declared node' },
  // monitoring
  { rule: 'VEIL-MON-001', name: 'no Prometheus volume', spec: () => edit(['    storage: { size: 20Gi, class: local-path }', '    storage: { size: "0", class: local-path }']), path: 'monitoring.prometheus.storage.size',
    message: 'retention 15d but Prometheus has no persistent volume (storage.size 0): samples are lost when the pod restarts' },
  { rule: 'VEIL-MON-002', name: 'retention size of the whole volume', spec: () => edit(['    retentionSize: 17Gi', '    retentionSize: 20Gi']), path: 'monitoring.prometheus.retentionSize',
    message: 'retentionSize 20Gi (20 GiB) is not below the Prometheus volume 20Gi (20 GiB): the disk fills before retention deletes blocks', hint: 'set retentionSize to about 85% of the volume, e.g. 17Gi' },
  { rule: 'VEIL-MON-006', name: '18.5Gi on a 20Gi volume', spec: () => edit(['    retentionSize: 17Gi', '    retentionSize: 18.5Gi']), path: 'monitoring.prometheus.retentionSize', at: '    retentionSize: 18.5Gi',
    message: 'retentionSize 18.5Gi is 92.5% of the 20Gi Prometheus volume, above the 80-85% Prometheus recommends: only 1.5 GiB (7.5%) is left beyond it for compactions, which keep the source blocks and the compacted block on disk at once',
    hint: 'set retentionSize to at most 17Gi (85% of 20Gi), or grow the volume to at least 22Gi' },
  // issue 12: a child route names oncall-pager, with only "null" and hive-webhook declared
  { rule: 'VEIL-MON-005', name: 'a child route naming an undefined receiver', spec: () => edit([CRITICAL_ROUTE, CRITICAL_ROUTE.replace('hive-webhook', 'oncall-pager')]),
    path: 'monitoring.alertmanager.route.routes[0].receiver', at: '        - receiver: oncall-pager',
    message: 'route.routes[0].receiver "oncall-pager" is not one of the receivers (null, hive-webhook): Alertmanager refuses the whole configuration ("undefined receiver "oncall-pager" used in route") and delivers no alert',
    hint: 'define a receiver named "oncall-pager" under monitoring.alertmanager.receivers (one without webhook or email drops alerts), or name one of: null, hive-webhook' },
  { rule: 'VEIL-MON-005', name: 'the default "null" after the receivers list replaced the chart\'s', spec: () => edit(['      - name: "null"\n', ''], ['      receiver: "null"\n', '']),
    path: 'monitoring.alertmanager.route.receiver', at: '      groupBy: [alertname, namespace]',
    message: 'route.receiver "null" is not one of the receivers (hive-webhook) (route.receiver defaults to "null"; the chart\'s own "null" receiver is gone, since Helm replaces the chart\'s receivers list with yours): Alertmanager refuses the whole configuration ("undefined receiver "null" used in route") and delivers no alert' },
  { rule: 'VEIL-MON-003', name: 'WAL compression off', spec: () => edit(['    walCompression: true', '    walCompression: false']), path: 'monitoring.prometheus.walCompression',
    message: 'walCompression is false: the write-ahead log takes about twice the disk space' },
  { rule: 'VEIL-MON-004', name: 'undeclared class for Grafana', spec: () => edit(['    storage: { size: 5Gi, class: local-path }', '    storage: { size: 5Gi, class: fast-ssd }']), path: 'monitoring.grafana.storage.class',
    message: 'storage class fast-ssd is not one of storageClasses (local-path): the claim would stay Pending' },
  // BGP
  { rule: 'VEIL-BGP-001', name: 'a bgp pool without peers', spec: () => edit([POOL_L2, '      mode: bgp\n\ningress:']), path: 'loadBalancer.pools[0].mode', at: '      mode: bgp',
    message: 'pool default (192.168.0.220-192.168.0.239) is announced by BGP, but loadBalancer.bgp declares no peer: no router learns its addresses, so Services on them are unreachable' },
  { rule: 'VEIL-BGP-002', name: 'AS_TRANS as peer ASN', spec: () => bgp(`    myASN: 64512\n    peers:\n${PEER('', '192.168.0.1', 23456)}`), path: 'loadBalancer.bgp.peers[0].peerASN',
    message: "peer router's peerASN 23456 is AS_TRANS, the stand-in for 4-byte AS numbers on 2-byte sessions (RFC 6793): no BGP speaker may use it" },
  { rule: 'VEIL-BGP-003', name: 'a public ASN for the cluster', spec: () => bgp(`    myASN: 13335\n    peers:\n${PEER()}`), path: 'loadBalancer.bgp.myASN', at: '    myASN: 13335',
    message: 'myASN 13335 is a public AS number, assigned by a registry to a network operator, not a private ASN' },
  { rule: 'VEIL-BGP-004', name: 'a peer on a node address', spec: () => bgp(`    myASN: 64512\n    peers:\n${PEER('', '192.168.0.201')}`), path: 'loadBalancer.bgp.peers[0].address',
    message: 'peer router address 192.168.0.201 is the address of node/meteor-1: the speaker on every node dials the peer, so that node would peer with itself' },
  { rule: 'VEIL-BGP-004', name: 'a peer inside a pool', spec: () => bgp(`    myASN: 64512\n    peers:\n${PEER('', '192.168.0.230')}`), path: 'loadBalancer.bgp.peers[0].address',
    message: 'peer router address 192.168.0.230 lies in pool default (192.168.0.220-192.168.0.239), whose addresses MetalLB hands to Services' },
  { rule: 'VEIL-BGP-005', name: 'a 2 s hold time', spec: () => bgp(`    myASN: 64512\n    peers:\n${PEER(', holdTime: 2')}`), path: 'loadBalancer.bgp.peers[0].holdTime',
    message: 'peer router holdTime 2: a BGP hold time is 0 or at least 3 seconds, and MetalLB refuses the peer' },
  { rule: 'VEIL-BGP-006', name: 'a peer for an undeclared node', spec: () => bgp(`    myASN: 64512\n    peers:\n${PEER(', nodes: [meteor-1, meteor-9]')}`), path: 'loadBalancer.bgp.peers[0].nodes[1]',
    message: 'peer router names node meteor-9, which is not a declared node: no speaker runs there to peer' },
  { rule: 'VEIL-BGP-007', name: 'a peer in the DHCP range', spec: () => bgp(`    myASN: 64512\n    peers:\n${PEER('', '192.168.0.120')}`), path: 'loadBalancer.bgp.peers[0].address',
    message: 'peer router address 192.168.0.120 lies in the DHCP range 192.168.0.100-192.168.0.159' },
  { rule: 'VEIL-BGP-008', name: 'an eBGP peer behind a router', spec: () => bgp(`    myASN: 64512\n    peers:\n${PEER('', '10.0.0.1')}`), path: 'loadBalancer.bgp.peers[0].address',
    message: 'peer router (10.0.0.1, AS 64513) is outside the LAN 192.168.0.0/24: an external BGP session to it is single-hop (TTL 1) and never comes up across a router' },
  // ingress entry points (and the DNS and address rules, which read the same facts for a Gateway)
  { rule: 'VEIL-INGRESS-001', name: 'retiring the controller that stays', spec: () => ingress('  controller: ingress-nginx\n  address: 192.168.0.221\n  retiring: { controller: ingress-nginx, address: 192.168.0.220, namespace: old-nginx }\n'), path: 'ingress.retiring.controller',
    message: 'ingress.retiring names ingress-nginx, which is ingress.controller too: nothing is being replaced' },
  { rule: 'VEIL-INGRESS-002', name: 'Envoy Gateway in ingress-nginx\'s namespace', spec: () => ingress(`${WINDOW}  namespace: ingress-nginx\n`), path: 'ingress.retiring',
    message: 'ingress-nginx (retiring) and envoy-gateway both run in namespace ingress-nginx: removing ingress.retiring would delete that namespace and envoy-gateway with it' },
  { rule: 'VEIL-INGRESS-003', name: 'Gateway API v1.5 with Envoy Gateway v1.9', spec: () => `${ingress(GATEWAY)}versions:\n  gatewayApi: v1.5.1\n`, path: 'versions.gatewayApi',
    message: 'Gateway API v1.5.1 with Envoy Gateway v1.9.0, which is built against Gateway API v1.6', at: '  gatewayApi: v1.5.1' },
  { rule: 'VEIL-DNS-004', name: 'an HTTPRoute host without a record', spec: () => edit([INGRESS, `ingress:\n${GATEWAY}`], ['        - { name: grafana, target: ingress }\n', '']), path: 'monitoring.grafana.host',
    message: 'grafana.veil.home.arpa (the grafana ingress host) has no DNS record; clients cannot reach the ingress at 192.168.0.220' },
  { rule: 'VEIL-DNS-004', name: 'a host pinned to the Gateway while ingress-nginx keeps the names', spec: () => edit([INGRESS, `ingress:\n${WINDOW}`], ['        - { name: s3, target: ingress }', '        - { name: s3, address: 192.168.0.221 }']), path: 'objectStore.exposure.apiHost',
    message: 's3.veil.home.arpa (the minio-api ingress host) resolves to 192.168.0.221, not to the ingress address 192.168.0.220' },
  { rule: 'VEIL-NET-008', name: 'the retiring controller off the pool', spec: () => ingress(WINDOW.replace('    address: 192.168.0.220', '    address: 192.168.0.90')), path: 'ingress.retiring.address',
    message: 'ingress-retiring address 192.168.0.90 is in no load-balancer pool' },
  { rule: 'VEIL-NET-009', name: 'both controllers on one address', spec: () => ingress(WINDOW.replace('  address: 192.168.0.221', '  address: 192.168.0.220')), path: 'ingress.retiring.address',
    message: 'ingress and ingress-retiring both ask for 192.168.0.220' },
  // lifecycle
  { rule: 'VEIL-LIFECYCLE-001', name: 'ingress-nginx', spec: () => VEIL, path: 'ingress.controller',
    message: 'ingress-nginx is retired: Kubernetes SIG Network announced on 2025-11-11 that best-effort maintenance ends in March 2026, with no releases, bug fixes or security fixes after that (retired since 2026-03)',
    at: '  controller: ingress-nginx' },
  { rule: 'VEIL-LIFECYCLE-001', name: 'ingress-nginx kept beside the Gateway', spec: () => ingress(WINDOW), path: 'ingress.retiring.controller',
    message: 'ingress-nginx is retired: Kubernetes SIG Network announced on 2025-11-11 that best-effort maintenance ends in March 2026, with no releases, bug fixes or security fixes after that (retired since 2026-03)',
    hint: 'finish the migration: once DNS points at ingress.address (ingress.retiring.keepsDns: false) and the TTL has passed, remove ingress.retiring and Flux uninstalls ingress-nginx; see https://kubernetes.io/blog/2025/11/11/ingress-nginx-retirement/' },
  { rule: 'VEIL-LIFECYCLE-001', name: 'MinIO community edition', spec: () => VEIL, path: 'objectStore.kind',
    message: 'the MinIO community server and its community Helm chart are in maintenance mode since December 2025 (no new changes; security fixes only case by case) and MinIO publishes no community binaries or images (maintenance mode since 2025-12)' },
  // secrets
  { rule: 'VEIL-SECRET-001', name: 'password in the block-list URL', spec: () => edit(['https://raw.githubusercontent.com/StevenBlack/hosts/master/hosts', 'https://me:s3cret@lists.example.org/hosts']), path: 'dns.filtering[0].url',
    message: 'this URL carries a user name and password (RFC 3986 deprecates passwords in URLs) before the @; it would be committed and compiled in the clear' },
  { rule: 'VEIL-SECRET-002', name: 'token in the webhook URL', spec: () => edit(['http://hive.home.arpa:8080/alertmanager', 'http://hive.home.arpa:8080/alertmanager?token=abc123']), path: 'monitoring.alertmanager.receivers[1].webhook.url',
    message: 'this URL contains a token (a credential in its query or fragment, or a webhook token in its path); it would be committed and compiled in the clear', hint: 'store the URL in a Secret and refer to it with webhook.urlSecret' },
  { rule: 'VEIL-SECRET-003', name: 'password in the description', spec: () => edit([VEIL.split('\n').find((l) => l.startsWith('  description: Headless'))!, '  description: "Homelab. Admin password: hunter22"']), path: 'cluster.description',
    message: 'this text contains what looks like a password or key assignment; the spec is committed and compiled in the clear' },
  { rule: 'VEIL-SECRET-004', name: 'a password as a node label', spec: () => edit(['    address: 192.168.0.202                # example\n', '    address: 192.168.0.202                # example\n    labels:\n      mysql-password: Tr0ub4dor3\n']), path: 'nodes[1].labels.mysql-password',
    message: 'this key names a secret and has a literal value; the spec is committed and compiled in the clear', at: '      mysql-password: Tr0ub4dor3' },
  { rule: 'VEIL-SECRET-005', name: 'user:password as the SMTP user name', spec: () => edit(['      - name: hive-webhook\n', '      - name: mail\n        email: { to: ops@example.org, from: am@example.org, smarthost: "smtp.example.org:587", authUsername: "am@example.org:Sm7p-2026" }\n      - name: hive-webhook\n']), path: 'monitoring.alertmanager.receivers[1].email.authUsername',
    message: 'this user name has a password after its colon (user:password); it would be committed and compiled in the clear' },
  // waivers
  { rule: 'VEIL-WAIVER-001', name: 'expired waiver', spec: () => edit(['waivers: []', 'waivers:\n  - { rule: VEIL-MINIO-005, path: objectStore.require.usable, reason: 500 GiB is the hard need, expires: 2026-01-14 }']), path: 'waivers[0].expires',
    message: 'the waiver of VEIL-MINIO-005 at objectStore.require.usable expired on 2026-01-14 (today is 2026-01-15); its findings count again' },
  { rule: 'VEIL-WAIVER-002', name: 'waiver that matches nothing', spec: () => edit(['waivers: []', 'waivers:\n  - { rule: VEIL-DNS-004, path: monitoring.grafana.host, reason: record is added by hand, expires: 2026-06-30 }']), path: 'waivers[0]',
    message: 'the waiver of VEIL-DNS-004 at monitoring.grafana.host matches no finding' },
  { rule: 'VEIL-WAIVER-003', name: 'waiver of a secret rule', spec: () => edit(['waivers: []', 'waivers:\n  - { rule: VEIL-SECRET-003, reason: the token is revoked, expires: 2026-06-30 }']), path: 'waivers[0].rule',
    message: 'VEIL-SECRET-003 (No credentials in text) cannot be waived; this waiver waives nothing' },
];

describe('every rule fires end to end through the Wasm', () => {
  let catalog: string[] = [];
  beforeAll(async () => { catalog = (await evaluateFile(VEIL_SPEC)).rulesEvaluated; });

  it('every rule in the catalog has a failing case here', () => {
    expect(catalog.length).toBe(59);
    expect([...new Set(cases.map((c) => c.rule))].sort()).toEqual(catalog);
  });

  it.each(cases.map((c) => [`${c.rule}: ${c.name}`, c] as const))('%s', async (_, c) => {
    const text = c.spec();
    const r = await evaluateText(text);
    const found = byRule(r.diagnostics, c.rule).filter((d) => d.path === c.path);
    expect(found.map((d) => d.message), `findings of ${c.rule} at ${c.path}; all: ${JSON.stringify(r.diagnostics.map((d) => [d.rule, d.path]))}`).toContain(c.message);
    const d = found.find((x) => x.message === c.message) as Diagnostic;
    expect(d.severity).toBe(WARN_RULES.has(c.rule) ? 'warn' : 'deny');
    if (c.hint !== undefined) expect(d.hint).toBe(c.hint);
    if (c.at !== undefined) expect(d.line).toBe(lineOf(text, c.at));
  });
});

describe('and passes a spec that keeps the rule', () => {
  it('veil.spec.yaml trips only the lifecycle and headroom rules', async () => {
    const r = await evaluateFile(VEIL_SPEC);
    expect(r.diagnostics.map((d) => `${d.rule} ${d.path}`).sort()).toEqual([
      'VEIL-LIFECYCLE-001 ingress.controller',
      'VEIL-LIFECYCLE-001 objectStore.kind',
      'VEIL-MINIO-005 objectStore.require.usable',
    ]);
  });

  it('the Unbound lab fixture passes: its round-robin records are one RRset, not duplicates', async () => {
    const r = await evaluateFile(join(ROOT_DIR, 'test/unbound/fixtures/lab.spec.yaml'));
    expect(r.diagnostics.filter((d) => d.severity === 'deny')).toEqual([]);
    // the two warnings the fixture is built to have (no record of its own for the name server, one server)
    expect(rulesOf(r.diagnostics)).toEqual(['VEIL-DNS-003', 'VEIL-ETCD-003']);
  });

  it('VEIL-MINIO-005 passes with 11% headroom (450Gi required)', async () => {
    const r = await evaluateText(edit(['    usable: 500Gi', '    usable: 450Gi']));
    expect(rulesOf(r.diagnostics)).toEqual(['VEIL-LIFECYCLE-001']);
  });

  it('VEIL-LIFECYCLE-001 passes ingress-nginx replaced by Envoy Gateway; the window and the Gateway keep every other rule', async () => {
    expect((await evaluateText(ingress(GATEWAY))).diagnostics.map((d) => `${d.rule} ${d.path}`)).toEqual(['VEIL-LIFECYCLE-001 objectStore.kind', 'VEIL-MINIO-005 objectStore.require.usable']);
    const window = await evaluateText(ingress(WINDOW));
    expect(window.diagnostics.map((d) => `${d.rule} ${d.path}`).sort()).toEqual(['VEIL-LIFECYCLE-001 ingress.retiring.controller', 'VEIL-LIFECYCLE-001 objectStore.kind', 'VEIL-MINIO-005 objectStore.require.usable']);
    // the DNS names switched to the Gateway: still clean
    const switched = await evaluateText(ingress(`${WINDOW}    keepsDns: false\n`));
    expect(switched.diagnostics.filter((d) => d.severity === 'deny')).toEqual([]);
  });

  it('VEIL-LIFECYCLE-001 passes a spec without ingress-nginx and MinIO', async () => {
    const r = await evaluateText('cluster: { name: tiny }\nnetwork: { cidr: 10.0.0.0/24, gateway: 10.0.0.1 }\nnodes:\n  - { name: n1, address: 10.0.0.2 }\n  - { name: n2, address: 10.0.0.3 }\n  - { name: n3, address: 10.0.0.4 }\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.rulesEvaluated.length).toBe(59);
  });

  it('near misses: half parity, a leftmost wildcard, an owned domain, secret words that hold no secret, round-robin, a subdomain of a public domain, a peered BGP pool', async () => {
    const r = await evaluateText(edit(
      ['  erasure: { data: 4, parity: 2 }', '  erasure: { data: 3, parity: 3 }'],
      ['  driveSize: 125Gi', '  driveSize: 175Gi'],
      ['        - { name: s3-console, target: ingress }\n', '        - { name: s3-console, target: ingress }\n        - { name: "*", target: ingress }\n        - { name: www, address: 192.168.0.61 }\n        - { name: www, address: 192.168.0.62 }\n'],
      ['    - name: home.arpa\n', '    - name: lab.example.org\n    - name: lan.myfamily.net\n    - name: home.arpa\n'],
      ['https://raw.githubusercontent.com/StevenBlack/hosts/master/hosts', 'https://lists.example.org/hosts?format=plain&keyword=ads#token'],
      ['    address: 192.168.0.202                # example\n', '    address: 192.168.0.202                # example\n    labels: { has-secret: "true", tokenizer: bert }\n'],
      [POOL_L2, `      mode: bgp\n  bgp:\n    myASN: 64512\n    peers:\n${PEER(', holdTime: 3, nodes: [meteor-1]')}\n\ningress:`],
    ));
    // 525 GiB for 500 GiB required: only the headroom warning remains
    expect(rulesOf(r.diagnostics)).toEqual(['VEIL-LIFECYCLE-001', 'VEIL-MINIO-005']);
  });
});

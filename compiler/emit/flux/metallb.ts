// MetalLB: the controller (HelmRelease, with its CRDs) and, one stage later,
// the address pools and their advertisements (metallb.io/v1beta1) and the BGP
// peers (metallb.io/v1beta2), which need those CRDs and MetalLB's validating
// webhook to be up.
// Sources: https://metallb.universe.tf/installation/ (namespace Pod Security
// labels: the speaker needs host networking and NET_RAW),
// https://metallb.universe.tf/configuration/ (IPAddressPool, L2Advertisement,
// BGPAdvertisement, BGPPeer); the BGPPeer fields are those of the v1beta2 CRD
// of MetalLB v0.15.2 (api/v1beta2/bgppeer_types.go).
import type { Model } from '../../model/build-model.ts';
import { helmRelease, namespace } from './objects.ts';
import { REPOS } from './sources.ts';

export function metallbController(model: Model): object[] {
  const { spec } = model;
  const lb = spec.loadBalancer!;
  const privileged = { 'pod-security.kubernetes.io/enforce': 'privileged', 'pod-security.kubernetes.io/audit': 'privileged', 'pod-security.kubernetes.io/warn': 'privileged' };
  return [
    namespace(lb.namespace, { labels: privileged }),
    // the chart's defaults (controller + speaker, CRDs enabled) are what veil needs
    helmRelease(spec, { name: 'metallb', namespace: lb.namespace, chart: 'metallb', version: spec.versions.charts.metallb, source: REPOS.metallb }),
  ];
}

export function metallbPools(model: Model): object[] {
  const { spec, facts } = model;
  const ns = spec.loadBalancer!.namespace;
  const pools = spec.loadBalancer!.pools;
  const docs: object[] = [];
  facts.network.pools.forEach((p, i) => {
    docs.push({
      apiVersion: 'metallb.io/v1beta1',
      kind: 'IPAddressPool',
      metadata: { name: p.name, namespace: ns },
      spec: { addresses: [`${p.first}-${p.last}`], autoAssign: pools[i]!.autoAssign },
    });
  });
  for (const p of facts.network.pools) {
    // a BGPAdvertisement without `peers` announces the pool to every BGPPeer (bgpPeers below)
    docs.push({
      apiVersion: 'metallb.io/v1beta1',
      kind: p.mode === 'l2' ? 'L2Advertisement' : 'BGPAdvertisement',
      metadata: { name: p.name, namespace: ns },
      spec: { ipAddressPools: [p.name] },
    });
  }
  return docs;
}

/** Label every node carries with its name (the cold-start runbook sets the hostname to the node name). */
const HOSTNAME_LABEL = 'kubernetes.io/hostname';

/**
 * One BGPPeer per loadBalancer.bgp peer. The password stays in a Secret the
 * user creates (type kubernetes.io/basic-auth, key `password`, in MetalLB's
 * namespace: MetalLB's passwordSecret contract); only its name is compiled.
 */
export function bgpPeers(model: Model): object[] {
  const lb = model.spec.loadBalancer;
  if (!lb?.bgp) return [];
  const bgp = lb.bgp;
  return bgp.peers.map((p) => {
    const spec: Record<string, unknown> = { myASN: bgp.myASN, peerASN: p.peerASN, peerAddress: p.address };
    if (p.port !== undefined) spec.peerPort = p.port;
    if (p.holdTime !== undefined) spec.holdTime = `${p.holdTime}s`;
    if (p.passwordSecret) spec.passwordSecret = { name: p.passwordSecret.name, namespace: lb.namespace };
    if (p.nodes?.length) spec.nodeSelectors = [{ matchExpressions: [{ key: HOSTNAME_LABEL, operator: 'In', values: [...p.nodes] }] }];
    return { apiVersion: 'metallb.io/v1beta2', kind: 'BGPPeer', metadata: { name: p.name, namespace: lb.namespace }, spec };
  });
}

/** The Secret a BGP peer's passwordSecret names must have this type and key (MetalLB internal/config/config.go). */
export const BGP_PASSWORD_SECRET = { type: 'kubernetes.io/basic-auth', key: 'password' } as const;

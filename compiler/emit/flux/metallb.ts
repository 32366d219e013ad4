// MetalLB: the controller (HelmRelease, with its CRDs) and, one stage later,
// the address pools and their advertisements (metallb.io/v1beta1), which need
// those CRDs and MetalLB's validating webhook to be up.
// Sources: https://metallb.universe.tf/installation/ (namespace Pod Security
// labels: the speaker needs host networking and NET_RAW),
// https://metallb.universe.tf/configuration/ (IPAddressPool, L2Advertisement,
// BGPAdvertisement).
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
    // BGP pools are advertised to every BGPPeer; peers are site-specific and not part of the spec
    docs.push({
      apiVersion: 'metallb.io/v1beta1',
      kind: p.mode === 'l2' ? 'L2Advertisement' : 'BGPAdvertisement',
      metadata: { name: p.name, namespace: ns },
      spec: { ipAddressPools: [p.name] },
    });
  }
  return docs;
}

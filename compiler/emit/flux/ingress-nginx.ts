// ingress-nginx: the HTTP entry of the cluster. Its LoadBalancer Service asks
// MetalLB for the spec's ingress address with the metallb.io/loadBalancerIPs
// annotation (spec.loadBalancerIP is deprecated since Kubernetes 1.24; MetalLB
// docs, "Requesting specific IPs"), and its IngressClass is the cluster default.
// Values keys: charts/ingress-nginx/values.yaml of kubernetes/ingress-nginx
// (controller.replicaCount, .minAvailable, .ingressClass, .ingressClassResource,
// .topologySpreadConstraints, .service.type/.annotations).
import type { Model } from '../../model/build-model.ts';
import { helmRelease, namespace, spreadOverNodes } from './objects.ts';
import { REPOS } from './sources.ts';

export const INGRESS_RELEASE = 'ingress-nginx';

/** Two controllers when there are two nodes to put them on: one node can be drained without losing ingress. */
export function ingressReplicas(model: Model): number {
  return Math.min(2, model.spec.nodes.length);
}

export function ingressNginx(model: Model): object[] {
  const { spec } = model;
  const ing = spec.ingress!;
  const replicas = ingressReplicas(model);
  const values = {
    controller: {
      replicaCount: replicas,
      // the chart renders a PodDisruptionBudget with this when replicaCount > 1
      minAvailable: 1,
      ingressClass: ing.className,
      ingressClassResource: { name: ing.className, enabled: true, default: true },
      // the chart's selector labels: app.kubernetes.io/{name,instance,component}
      topologySpreadConstraints: spreadOverNodes({ 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/instance': INGRESS_RELEASE, 'app.kubernetes.io/component': 'controller' }),
      service: {
        type: 'LoadBalancer',
        annotations: { 'metallb.io/loadBalancerIPs': ing.address },
      },
    },
  };
  return [
    namespace(ing.namespace),
    helmRelease(spec, { name: INGRESS_RELEASE, namespace: ing.namespace, chart: 'ingress-nginx', version: spec.versions.charts.ingressNginx, source: REPOS.ingressNginx, values }),
  ];
}

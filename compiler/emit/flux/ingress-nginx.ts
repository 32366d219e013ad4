// ingress-nginx: the HTTP entry of the cluster. Its LoadBalancer Service asks
// MetalLB for the spec's ingress address with the metallb.io/loadBalancerIPs
// annotation (spec.loadBalancerIP is deprecated since Kubernetes 1.24; MetalLB
// docs, "Requesting specific IPs"), and its IngressClass is the cluster default.
// Values keys: charts/ingress-nginx/values.yaml of kubernetes/ingress-nginx
// (controller.replicaCount, .minAvailable, .ingressClass, .ingressClassResource,
// .topologySpreadConstraints, .service.type/.annotations).
import type { Model } from '../../model/build-model.ts';
import type { EntryPoint } from '../../model/ingress.ts';
import { entryReplicas, helmRelease, namespace, spreadOverNodes } from './objects.ts';
import { REPOS } from './sources.ts';

export const INGRESS_RELEASE = 'ingress-nginx';

/** The namespace and the HelmRelease of ingress-nginx, for its entry point (current, or retiring beside a Gateway). */
export function ingressNginx(model: Model, ing: EntryPoint): object[] {
  const { spec } = model;
  const replicas = entryReplicas(spec.nodes.length);
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

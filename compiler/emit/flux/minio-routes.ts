// MinIO's API and console through the Gateway: one HTTPRoute per host, made
// for large S3 transfers (the same needs as MinIO's ingress-nginx settings,
// MinIO docs "Configure NGINX Proxy for MinIO Server": no body limit, no
// buffering, long transfers):
//  - Envoy streams bodies and sets no request-body limit unless a buffer
//    filter is configured (Envoy Gateway's BackendTrafficPolicy requestBuffer,
//    opt-in: docs "Request Buffering"); veilc configures none.
//  - Envoy's route timeout (15 s by default, counted from the end of the
//    request to the end of the response) would cut every download that takes
//    longer: the rules set HTTPRouteTimeouts request "0s", which disables it
//    (Gateway API GEP-1742: a zero duration disables the timeout).
//  - With no request timeout Envoy Gateway also drops the route's idle timeout
//    (internal/xds/translator/route.go, idleTimeout), so a stalled client would
//    hold its stream forever: the BackendTrafficPolicy sets the stream idle
//    timeout back to Envoy's default (HttpConnectionManager
//    stream_idle_timeout, 5 min): a transfer ends only after that long
//    without a byte in either direction, however long it runs.
import type { Model } from '../../model/build-model.ts';
import { frontLabels } from './minio.ts';
import { API_PORT, CONSOLE_PORT } from './minio-args.ts';
import { backendTimeouts, gatewayParent, httpRoute } from './routes.ts';

/** How long a transfer may be silent in both directions before Envoy ends it (Envoy's own stream idle default). */
export const TRANSFER_IDLE = '5m';

/** The API and console HTTPRoutes and their timeouts, or nothing when no Gateway serves them (or MinIO has its own address). */
export function minioRoutes(model: Model): object[] {
  const os = model.spec.objectStore!;
  const exp = os.exposure;
  const parent = gatewayParent(model);
  if (exp.mode !== 'ingress' || !parent) return [];
  const labels = frontLabels(model);
  const timeouts = { request: '0s' };
  const routes: object[] = [];
  const names: string[] = [];
  const add = (name: string, host: string | undefined, service: string, port: number) => {
    if (!host) return;
    names.push(name);
    routes.push(httpRoute(parent, { name, namespace: os.namespace, labels, host, service, port, timeouts }));
  };
  add(os.name, exp.apiHost, os.name, API_PORT);
  add(`${os.name}-console`, exp.consoleHost, `${os.name}-console`, CONSOLE_PORT);
  if (!routes.length) return [];
  return [...routes, backendTimeouts(os.name, os.namespace, { routes: names }, { streamIdleTimeout: TRANSFER_IDLE })];
}

// The migration window (ingress.retiring): moving the cluster's host names
// from the retiring controller to the new one without an outage. Both serve
// every host, each on its own pool address; the DNS records decide which one
// clients reach. Three spec states, one step each:
//   1. retiring, keepsDns true: both run, the names still point at the old
//      controller; try the new one by address (curl --resolve);
//   2. keepsDns false: the zones point at the new address; deploy them and
//      wait out the TTL, until the old controller sees no more clients;
//   3. ingress.retiring removed: Flux prunes the old controller's stage, which
//      uninstalls it (Kustomization garbage collection, prune: true).
// Every name, address and stage comes from the model.
import type { Model } from '../../model/build-model.ts';
import { ingressRecordTtl, type EntryPoint } from '../../model/ingress.ts';
import { gatewayRef } from '../flux/envoy-gateway.ts';
import { fluxLayout, type FluxKustomization } from '../flux/layout.ts';
import { compileCommand } from '../veilc-command.ts';
import { exportKubeconfig } from './common.ts';
import { dnsHost } from './dns-steps.ts';
import { DNS_HEADINGS } from './headings.ts';
import { bullets, code, fence, link, type MarkdownDoc, slug, table } from './markdown.ts';
import { continued, durationSeconds, sh } from './shell.ts';

export const MIGRATION_HEADINGS = {
  section: 'Move the host names to the new ingress controller',
  tryIt: 'Try the new controller beside the old one',
  switchDns: 'Switch the DNS names',
  remove: 'Remove the retiring controller',
} as const;

/** Stages that exist only for one entry point: what Flux adds for the new one and prunes with the old one. */
function stagesOf(model: Model, e: EntryPoint): FluxKustomization[] {
  const ingressOnly: readonly string[] = e.api === 'ingress' ? ['infra-ingress'] : ['gateway-api', 'infra-gateway', 'gateway'];
  return fluxLayout(model).filter((k) => ingressOnly.includes(k.name));
}

/** ingress-nginx's controller pods (the chart's selector labels; ingress.retiring can only be ingress-nginx). */
function nginxControllerPods(): string {
  return 'app.kubernetes.io/name=ingress-nginx,app.kubernetes.io/component=controller';
}

/** Commands that show the new entry point is up on its address and routes every host, before any client uses it. */
function tryBlock(model: Model, now: EntryPoint, waitFor: string): string {
  const fluxNs = model.spec.flux.namespace;
  const hosts = model.facts.dns?.ingressHosts ?? [];
  const lines = [exportKubeconfig(model)];
  for (const k of stagesOf(model, now)) lines.push(`kubectl -n ${sh(fluxNs)} wait kustomization/${sh(k.name)} --for=condition=Ready --timeout=${waitFor}`);
  if (now.api === 'gateway') {
    const gw = gatewayRef(model, now);
    lines.push(
      `kubectl -n ${sh(gw.namespace)} wait gateway/${sh(gw.name)} --for=condition=Programmed --timeout=${waitFor}`,
      `# must print ${now.address}`,
      `kubectl -n ${sh(gw.namespace)} get gateway ${sh(gw.name)} -o ${sh('jsonpath={.status.addresses[0].value}{"\\n"}')}`,
      '# every route Accepted by the Gateway',
      `kubectl get httproute -A -o ${sh('custom-columns=NAMESPACE:.metadata.namespace,NAME:.metadata.name,HOSTS:.spec.hostnames,ACCEPTED:.status.parents[0].conditions[?(@.type=="Accepted")].status')}`,
    );
  }
  lines.push('# each host through the new address, whatever DNS says');
  for (const h of hosts) lines.push(`curl -sS -o /dev/null -w ${sh(`%{http_code} ${h.host}\\n`)} --resolve ${sh(`${h.host}:80:${now.address}`)} ${sh(`http://${h.host}/`)}`);
  return lines.join('\n');
}

/** Requests the retiring controller still serves: its access log over the last TTL. */
function drainBlock(model: Model, old: EntryPoint, ttl: number): string {
  return [
    exportKubeconfig(model),
    `# requests ${old.controller} logged in the last ${ttl} s (one access-log line each); 0 once clients have moved`,
    continued([`kubectl -n ${sh(old.namespace)} logs -l ${sh(nginxControllerPods())} --since=${ttl}s --tail=-1`, `| grep -c ${sh('HTTP/')} || true`]),
  ].join('\n');
}

function removeBlock(model: Model, old: EntryPoint, waitFor: string): string {
  const fluxNs = model.spec.flux.namespace;
  return [
    exportKubeconfig(model),
    ...stagesOf(model, old).map((k) => `kubectl -n ${sh(fluxNs)} wait kustomization/${sh(k.name)} --for=delete --timeout=${waitFor}`),
    `kubectl wait namespace/${sh(old.namespace)} --for=delete --timeout=${waitFor}`,
    `# ${old.address} is free again in its pool; only the new controller is listed`,
    `kubectl get svc -A --field-selector spec.type=LoadBalancer -o ${sh('custom-columns=NAMESPACE:.metadata.namespace,NAME:.metadata.name,ADDRESS:.status.loadBalancer.ingress[0].ip')}`,
  ].join('\n');
}

/**
 * Appends the migration section to `d` when the spec is in the migration
 * window (ingress.retiring); does nothing otherwise. Which step is next
 * follows from ingress.retiring.keepsDns.
 */
export function migrationSection(model: Model, d: MarkdownDoc): void {
  const entries = model.facts.ingress;
  const now = entries.find((e) => e.role === 'current');
  const old = entries.find((e) => e.role === 'retiring');
  if (!now || !old) return;
  const h = dnsHost(model);
  const hosts = model.facts.dns?.ingressHosts ?? [];
  const ttl = Math.max(model.spec.dns?.ttl ?? 0, ingressRecordTtl(model.facts.dns));
  const waitFor = `${durationSeconds(model.spec.flux.timeout) * 2}s`;
  const deploy = link(DNS_HEADINGS.deploy, `#${slug(DNS_HEADINGS.deploy)}`);
  const verify = link(DNS_HEADINGS.verify, `#${slug(DNS_HEADINGS.verify)}`);

  d.heading(2, MIGRATION_HEADINGS.section);
  d.add(`The spec is in the middle of a move: ${code(old.controller)} (${code('ingress.retiring')}) still runs on ${code(old.address)}, ${code(now.controller)} (${code('ingress.controller')}) runs beside it on ${code(now.address)}, and both serve every host name: ${hosts.map((x) => code(x.host)).join(', ') || 'none yet'}. The DNS records decide which one clients reach; nothing is interrupted as long as both run.`);
  d.add(table(['Step', 'In the spec', 'Status'], [
    [link(MIGRATION_HEADINGS.tryIt, `#${slug(MIGRATION_HEADINGS.tryIt)}`), `${code('ingress.retiring.keepsDns: true')}: the names resolve to ${code(old.address)}`, old.servesDns ? '**now**' : 'done'],
    [link(MIGRATION_HEADINGS.switchDns, `#${slug(MIGRATION_HEADINGS.switchDns)}`), `${code('keepsDns: false')}: the names resolve to ${code(now.address)}`, old.servesDns ? 'next' : '**now**'],
    [link(MIGRATION_HEADINGS.remove, `#${slug(MIGRATION_HEADINGS.remove)}`), `${code('ingress.retiring')} deleted`, old.servesDns ? 'last' : 'next'],
  ]));

  d.heading(3, MIGRATION_HEADINGS.tryIt);
  d.add(`After ${code(compileCommand(model))} with ${code('ingress.retiring')} and a commit, Flux installs ${code(now.controller)} and leaves ${code(old.controller)} as it is. On the workstation, wait for it and ask it for every host by its address (each must answer ${code('200')} or a redirect such as ${code('302')}, as through ${code(old.address)}):`, fence('bash', tryBlock(model, now, waitFor)));

  d.heading(3, MIGRATION_HEADINGS.switchDns);
  d.add(bullets([
    `Set ${code('ingress.retiring.keepsDns: false')}, run ${code(compileCommand(model))} and commit: the records with target ${code('ingress')} now hold ${code(now.address)}.`,
    h ? `Deploy the zones to ${code(h.name)} (${deploy}) and check them (${verify}).` : `Publish the records with your DNS server (the spec declares none).`,
    `Clients keep the old address until their cached answers expire: wait at least ${ttl} s (the longest TTL of these records), then check that ${code(old.controller)} serves nobody any more:`,
  ]));
  d.add(fence('bash', drainBlock(model, old, ttl)));

  d.heading(3, MIGRATION_HEADINGS.remove);
  d.add(`Delete ${code('ingress.retiring')} from the spec, run ${code(compileCommand(model))} and commit. Flux then prunes ${stagesOf(model, old).map((k) => code(k.name)).join(', ')}, which uninstalls ${code(old.controller)} and deletes its namespace ${code(old.namespace)}; ${code(old.address)} returns to its pool. On the workstation:`, fence('bash', removeBlock(model, old, waitFor)));
}

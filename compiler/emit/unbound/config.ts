// unbound.conf.d/<cluster>.conf: the server settings, one auth-zone per
// compiled zone, and one rpz clause per block list. Debian's unbound.conf
// reads /etc/unbound/unbound.conf.d/*.conf with `include-toplevel:`, so the
// file opens every clause it uses itself, starting with `server:`.
// Reference: unbound.conf(5) (Unbound 1.17), sections Server, Authority Zone
// and Response Policy Zone Options.
import type { Model } from '../../model/build-model.ts';
import { compileCommand } from '../veilc-command.ts';
import { localZoneOverrides } from './default-zones.ts';
import { commentText } from './comment.ts';
import { absolute, hostFiles, rpzZoneName } from './names.ts';
import { dnsOf, servedZones } from './zone-common.ts';

const q = (s: string) => `"${s}"`;

export function unboundConfig(model: Model): string {
  const { dns, facts } = dnsOf(model);
  const net = model.facts.network;
  const zones = servedZones(model);
  const forward = facts.zones.map((z) => z.name);
  const file = `${model.spec.cluster.name}.conf`;
  const lists = dns.filtering;
  const L: string[] = [];
  const line = (s = '') => L.push(s ? `    ${s}` : '');

  L.push(
    `# ${commentText(`${file}: Unbound settings for the LAN DNS of cluster ${model.spec.cluster.name}, on ${dns.server}${facts.serverAddress ? ` (${facts.serverAddress})` : ''}.`)}`,
    `# ${commentText(`Compiled by veilc from the spec: do not edit; change the spec and run \`${compileCommand(model)}\`.`)}`,
    `# ${commentText(`Install as /etc/unbound/unbound.conf.d/${file} with the zone files in ${dns.zoneDir}.`)}`,
    '# Debian\'s unbound.conf reads that folder with include-toplevel:, so this file opens its own clauses.',
    '',
    'server:',
  );
  line('# answer the LAN, not only this host (Unbound listens on localhost alone by default)');
  line('interface: 127.0.0.1');
  if (facts.serverAddress) line(`interface: ${facts.serverAddress}`);
  line(`access-control: ${net.cidr} allow`);
  line();
  line(lists.length
    ? '# respip applies the RPZ block lists; the validator keeps DNSSEC for all other names'
    : '# the validator keeps DNSSEC for all names outside the zones below');
  line(`module-config: ${q(lists.length ? 'respip validator iterator' : 'validator iterator')}`);

  const overrides = localZoneOverrides(zones);
  if (overrides.length) {
    line();
    line('# Unbound serves built-in local zones (static: NXDOMAIN below them) that would');
    line('# shadow the auth-zones: lift them (unbound.conf(5): nodefault for exactly that');
    line('# zone, transparent for a zone inside one)');
    for (const o of overrides) {
      if (o.type === 'transparent') line(`# ${commentText(`${o.zone} is inside the default zone ${o.shadows}`)}`);
      line(`local-zone: ${q(o.zone)} ${o.type}`);
    }
  }

  line();
  line('# DNS-rebinding protection: no name outside the zones below may resolve into the LAN');
  line(`private-address: ${net.cidr}`);
  for (const z of forward) line(`private-domain: ${q(absolute(z))}`);
  line();
  line('# the zones are unsigned: do not let the validator judge them against their signed parents');
  for (const z of zones) line(`domain-insecure: ${q(absolute(z))}`);

  for (const z of zones) {
    L.push('', 'auth-zone:');
    line(`name: ${q(absolute(z))}`);
    line(`zonefile: ${q(hostFiles.zone(dns.zoneDir, z))}`);
    // answer clients from the file (AA), let the resolver use it too, never look for an upstream copy
    line('for-downstream: yes');
    line('for-upstream: yes');
    line('fallback-enabled: no');
  }

  for (const l of lists) {
    L.push('', 'rpz:');
    line(`name: ${q(rpzZoneName(l.name))}`);
    // hosts lists are not RPZ: built on the host with `veilc rpz`; rpz lists are installed as downloaded.
    // Not `url:`: Unbound would fetch https only with a tls-cert-bundle configured, and DNS.md refreshes the file.
    line(l.format === 'hosts'
      ? `# built on this host by \`veilc rpz --list ${l.name}\` from ${commentText(l.url)} (hosts format); see DNS.md`
      : `# downloaded from ${commentText(l.url)} (already RPZ); see DNS.md`);
    line(`zonefile: ${q(hostFiles.rpz(dns.zoneDir, l.name))}`);
    line(`rpz-action-override: ${l.action}`);
    line('rpz-log: yes');
    line(`rpz-log-name: ${q(l.name)}`);
  }
  L.push('');
  return L.join('\n');
}

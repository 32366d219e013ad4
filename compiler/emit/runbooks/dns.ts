// DNS.md: put the compiled Unbound config and zones on the DNS host, check,
// reload, verify with dig, and refresh the block lists.
import type { Model } from '../../model/build-model.ts';
import { navigation, title } from './common.ts';
import { blocklistSteps, checkBlock, deployBlock, dnsHost, installBlock, reloadBlock, verifyBlock } from './dns-steps.ts';
import { bullets, code, fence, link, MarkdownDoc, slug, table } from './markdown.ts';
import { DNS_HEADINGS } from './headings.ts';
import { compileCommand } from '../veilc-command.ts';
import { migrationSection } from './ingress-migration.ts';
import { compiled, host, outFolder, outLink, runbookLink, zoneNames } from './paths.ts';

export function dnsRunbook(model: Model): MarkdownDoc {
  const d = new MarkdownDoc();
  d.heading(1, title('DNS', model));
  d.add(navigation('DNS'));
  const h = dnsHost(model);
  const dns = model.spec.dns;
  if (!dns || !h) {
    d.add(dns ? `The DNS server ${code(dns.server)} is not a declared host, so there is nowhere to deploy to: fix ${code('dns.server')} in the spec.` : 'The spec declares no DNS: nothing to deploy.');
    migrationSection(model, d);
    return d;
  }
  const conf = compiled.unboundConf(model);
  d.add(`Unbound on ${code(h.name)} (${code(h.address)}) answers for the LAN. Every name and address it serves is listed in ${link('Addressing', runbookLink('ADDRESSING', 'dns-names'))}.`);

  d.heading(2, 'What is compiled');
  d.add(table(['Compiled file', 'Installed on the DNS host as', 'Purpose'], [
    [link(code(conf), outLink(conf)), code(host.unboundConf(model)), 'server settings, auth-zones and RPZ'],
    ...zoneNames(model).map((z) => [link(code(compiled.zoneFile(z)), outLink(compiled.zoneFile(z))), code(host.zoneFile(h.zoneDir, z)), z === model.facts.dns?.reverse?.zone ? 'reverse zone (PTR)' : `zone ${code(z)}`]),
    ...dns.filtering.map((l) => ['built on the DNS host', code(host.rpzZone(h.zoneDir, l.name)), `block list ${code(l.name)} (${l.format}, action ${l.action})`]),
  ]));

  d.heading(2, '1. Install Unbound');
  d.add(`On ${code(h.name)}:`, fence('bash', installBlock()));

  d.heading(2, DNS_HEADINGS.deploy);
  d.add(`On your workstation, from the root of the repository (the commands read ${code(outFolder(model))}). They need ssh to ${code(h.address)} as a user with passwordless sudo.`, fence('bash', deployBlock(model, h)));
  if (dns.filtering.length) d.add(`The config refers to the block lists' zone files, and Unbound will not start while one is missing: the last lines install an empty stand-in the first time. The real lists replace it when you build them (${link('below', `#${slug(DNS_HEADINGS.blocklists)}`)}).`);

  d.heading(2, '3. Check the configuration');
  d.add(`On ${code(h.name)}; it exits non-zero and names the line on any error:`, fence('bash', checkBlock()));

  d.heading(2, '4. Reload');
  d.add(`On ${code(h.name)}:`, fence('bash', reloadBlock()));

  d.heading(2, DNS_HEADINGS.verify);
  d.add('From any machine on the LAN; every line must say `ok`:', fence('bash', verifyBlock(model, h)));

  d.heading(2, '6. Point the LAN at the resolver');
  d.add(bullets([
    `Set the DNS server your DHCP server hands out (option 6) to ${code(h.address)}, so clients resolve the names above.`,
    `Give ${code(h.name)} itself a static address (${code(h.address)}); it must not depend on DHCP.`,
  ]));

  d.heading(2, DNS_HEADINGS.blocklists);
  if (!dns.filtering.length) {
    d.add('The spec declares no block lists.');
  } else {
    d.add(`Block lists are served as RPZ zones. They are not compiled into ${code(outFolder(model))} (they change daily upstream); build them on ${code(h.name)} from a checkout of this repository (Node.js 20, ${code('npm ci')} once, for ${code('npx veilc')}) and re-run this to refresh them, e.g. weekly.`);
    for (const l of blocklistSteps(model, h)) {
      d.heading(3, `List ${l.name}`);
      d.add(`Source ${code(l.url)} (${l.format} format), installed as ${code(l.target)} and loaded as RPZ zone ${code(`${l.zone}.`)}. Listed names get ${l.expect}.`, fence('bash', l.block));
    }
  }

  d.heading(2, 'After a spec change');
  const serial = dns.serial.policy === 'content'
    ? 'Each SOA serial is derived from its zone\'s content, so it changes exactly when the zone does.'
    : `The SOA serial is fixed at ${code(dns.serial.value ?? 0)} by the spec: raise ${code('dns.serial.value')} with every change.`;
  d.add(`Run ${code(compileCommand(model))}, then steps 2 to 5 again. ${serial}`);
  migrationSection(model, d);
  return d;
}

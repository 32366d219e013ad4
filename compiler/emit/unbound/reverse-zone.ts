// The LAN's reverse zone (in-addr.arpa, RFC 1035 section 3.5): PTR records for
// the hosts and nodes, as the model lists them (owner relative to the zone).
import type { Model } from '../../model/build-model.ts';
import { absolute } from './names.ts';
import { dnsOf, nameServer, zoneContent } from './zone-common.ts';
import type { Rr, ZoneContent } from './zone-file.ts';

export function reverseZone(model: Model): ZoneContent | null {
  const { dns, facts } = dnsOf(model);
  if (!facts.reverse) return null;
  const records: Rr[] = [
    { owner: '@', ttl: dns.ttl, type: 'NS', data: nameServer(model) },
    ...facts.reverse.records.map((p): Rr => ({ owner: p.owner, ttl: dns.ttl, type: 'PTR', data: absolute(p.fqdn) })),
  ];
  return zoneContent(model, facts.reverse.zone, `reverse zone of ${model.facts.network.cidr}`, records);
}

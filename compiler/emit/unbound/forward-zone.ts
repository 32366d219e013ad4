// A spec zone as a master file: SOA, NS, delegations to served child zones,
// and the A records of the spec with their addresses already resolved by the
// model (a target `ingress` or `host/NAME` becomes that address).
import type { Model } from '../../model/build-model.ts';
import type { ZoneFacts } from '../../model/facts.ts';
import { formatPath } from '../../diagnostics/diagnostic.ts';
import { isAtOrBelow, isBelow, ownerIn } from './names.ts';
import { childZones, dnsOf, nameServer, nameServerAddress, zoneContent } from './zone-common.ts';
import type { Rr, ZoneContent } from './zone-file.ts';

export function forwardZone(model: Model, zone: ZoneFacts): ZoneContent {
  const { dns } = dnsOf(model);
  const ns = nameServer(model);
  const children = childZones(model, zone.name);
  const records: Rr[] = [{ owner: '@', ttl: dns.ttl, type: 'NS', data: ns }];

  for (const r of zone.records) {
    if (r.address === null) {
      // the policy stage denies unresolvable targets; reaching here is a bug, not bad input
      throw new Error(`${formatPath(r.path)}: record ${r.fqdn} has no address (target ${r.target ?? 'none'}); the policy stage should have denied this spec`);
    }
    records.push({ owner: ownerIn(r.fqdn, zone.name), ttl: r.ttl, type: 'A', data: r.address });
  }

  for (const child of children) {
    records.push({ owner: ownerIn(child, zone.name), ttl: dns.ttl, type: 'NS', data: ns });
    // glue: the name server lives below the cut, so the parent must carry its address (RFC 1034 section 4.2.1)
    if (isBelow(ns, child)) records.push({ owner: ownerIn(ns, zone.name), ttl: dns.ttl, type: 'A', data: nameServerAddress(model) });
  }

  // the name server is in this zone's own data: it needs an address here, from the spec or added
  const nsInZone = isAtOrBelow(ns, zone.name) && !children.some((c) => isAtOrBelow(ns, c));
  const nsOwner = nsInZone ? ownerIn(ns, zone.name) : null;
  if (nsOwner !== null && !records.some((r) => r.type === 'A' && r.owner === nsOwner)) {
    records.push({ owner: nsOwner, ttl: dns.ttl, type: 'A', data: nameServerAddress(model) });
  }
  return zoneContent(model, zone.name, zone.isLanZone ? 'LAN zone' : 'zone', records);
}

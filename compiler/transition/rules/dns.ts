// DNS records the Unbound zones serve. The zone files are copied to the DNS
// host by hand (DNS runbook); a removed record answers NXDOMAIN there, while
// resolvers keep serving a cached answer until its TTL runs out (RFC 1034
// §4.3.4; negative answers are cached too, RFC 2308).
import { outFiles } from '../../emit/unbound/names.ts';
import type { Model } from '../../model/build-model.ts';
import type { RecordFact } from '../../model/facts.ts';
import type { Rule, Verdict } from './rule.ts';

export const RULE_RECORD_REMOVED = 'VEIL-CHANGE-050';

function records(m: Model): Map<string, RecordFact> {
  return new Map((m.facts.dns?.zones ?? []).flatMap((z) => z.records.map((r) => [`${r.zone}|${r.name}`, r] as [string, RecordFact])));
}

/** Records created, changed (zone redeploy) and removed (VEIL-CHANGE-050), keyed by zone and owner name. */
export const dnsRule: Rule = (t) => {
  if (!t.base.model) return [];
  const before = records(t.base.model), after = records(t.next.model);
  const zones = t.next.model.facts.dns?.zones ?? [];
  const out: Verdict[] = [];
  const target = (r: RecordFact, ownerPath: Verdict['reason']['specPath']) => ({ state: { kind: 'DNSRecord', namespace: r.zone, name: r.name, file: outFiles.zone(r.zone), ownerPath: ownerPath ?? ['dns'] } });
  for (const [k, r] of before) {
    const now = after.get(k);
    if (!now) {
      const zi = zones.findIndex((z) => z.name === r.zone);
      const path = zi < 0 ? ['dns', 'zones'] : ['dns', 'zones', zi, 'records'];
      out.push({ target: target(r, path), reason: {
        action: 'delete', rule: RULE_RECORD_REMOVED, specPath: path,
        text: `${r.fqdn} (${r.address ?? r.target}) is removed: once the zone is deployed to the DNS host it answers NXDOMAIN, and resolvers drop their cached answer within ${r.ttl}s; anything still using the name stops resolving`,
      } });
    } else if (now.address !== r.address) {
      out.push({ target: target(now, now.path), fields: [{ path: 'address', before: r.address, after: now.address }],
        reason: { action: 'update', specPath: now.path, text: `${r.fqdn}: ${r.address} -> ${now.address}, live once the zone is deployed to the DNS host; cached answers live up to ${r.ttl}s` } });
    }
  }
  for (const [k, r] of after) {
    if (!before.has(k)) out.push({ target: target(r, r.path), reason: { action: 'create', specPath: r.path, text: `${r.fqdn} -> ${r.address ?? r.target}, live once the zone is deployed to the DNS host` } });
  }
  return out;
};

// Hosts-format block lists (StevenBlack: `0.0.0.0 ads.example.com`) into RPZ
// zones Unbound can load. Unbound's rpz: clause reads RPZ zones only
// (unbound.conf(5), "Response Policy Zone Options"), so `veilc rpz` runs this
// on the DNS host after each download.
//
// RPZ encoding, from the same section: the trigger is the owner name (the
// blocked name, relative to the RPZ zone), the action is the record:
//   name CNAME .          NXDOMAIN
//   name CNAME *.         NODATA
//   name CNAME rpz-drop.  drop the query
// A hosts file blocks exact names only, so no `*.name` wildcards are added.
import { SERIAL_PLACEHOLDER, applySerial } from './serial.ts';
import { absolute, relative } from './names.ts';
import { SOA_TIMERS } from './zone-file.ts';

export type RpzAction = 'nxdomain' | 'nodata' | 'drop';

export const RPZ_ACTION_RDATA: Readonly<Record<RpzAction, string>> = { nxdomain: '.', nodata: '*.', drop: 'rpz-drop.' };

export interface HostsProblem {
  /** 1-based line of the hosts file. */
  line: number;
  message: string;
}

/** The list is not a hosts file veilc can convert faithfully; nothing is written. */
export class HostsFormatError extends Error {
  constructor(readonly problems: HostsProblem[]) {
    const shown = problems.slice(0, 10).map((p) => `line ${p.line}: ${p.message}`);
    super(`${problems.length} malformed line(s) in the hosts list:\n${shown.join('\n')}${problems.length > 10 ? `\n(and ${problems.length - 10} more)` : ''}`);
    this.name = 'HostsFormatError';
  }
}

export interface HostsStats {
  /** Distinct blocked names, sorted. */
  names: string[];
  /** Name entries read (with duplicates). */
  entries: number;
  duplicates: number;
  /** localhost, broadcasthost, ip6-* ... : the hosts file's own housekeeping, not blocks. */
  localSkipped: number;
}

/** Addresses a block list points names at so that they go nowhere. */
const SINKS = new Set(['0.0.0.0', '127.0.0.1', '::', '::1', '0:0:0:0:0:0:0:0', '0:0:0:0:0:0:0:1']);

/** Names every hosts file declares for the machine itself (StevenBlack's header has all of them). */
const LOCAL_NAMES = new Set([
  'localhost', 'localhost.localdomain', 'local', 'broadcasthost', '0.0.0.0',
  'ip6-localhost', 'ip6-loopback', 'ip6-localnet', 'ip6-mcastprefix', 'ip6-allnodes', 'ip6-allrouters', 'ip6-allhosts',
]);

const ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|[0-9a-f:]*:[0-9a-f:.]*(%\S+)?)$/i;
/** Letters, digits, `-` and `_` (block lists do carry `_` names; DNS allows them), 1-63 per label. */
const LABEL = /^[a-z0-9_-]{1,63}$/;

function nameProblem(name: string, zone: string): string | null {
  if (/[^\x21-\x7e]/.test(name)) return `${JSON.stringify(name)} has non-ASCII characters: write internationalized names in punycode (xn--)`;
  const labels = name.split('.');
  const bad = labels.find((l) => !LABEL.test(l));
  if (bad !== undefined) return bad === '' ? `${name} has an empty label` : `${name}: label ${JSON.stringify(bad)} is not 1-63 letters, digits, - or _`;
  // wire length of name.zone. must stay within 255 octets (RFC 1035 section 2.3.4)
  if (name.length + relative(zone).length + 3 > 255) return `${name} is too long to fit below ${absolute(zone)} (255 octets)`;
  return null;
}

export function parseHosts(text: string, zone: string): HostsStats {
  const problems: HostsProblem[] = [];
  const names = new Set<string>();
  let entries = 0, duplicates = 0, localSkipped = 0;
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const [address, ...rest] = line.split(/\s+/) as [string, ...string[]];
    if (!ADDRESS.test(address)) {
      problems.push({ line: i + 1, message: `expected "ADDRESS NAME...", found ${JSON.stringify(line.slice(0, 80))}` });
      return;
    }
    if (rest.length === 0) {
      problems.push({ line: i + 1, message: `address ${address} with no name` });
      return;
    }
    for (const rawName of rest) {
      const name = rawName.toLowerCase().replace(/\.$/, '');
      if (LOCAL_NAMES.has(name)) { localSkipped++; continue; }
      if (!SINKS.has(address)) {
        problems.push({ line: i + 1, message: `${name} maps to ${address}, not to a sink address (0.0.0.0, 127.0.0.1, ::, ::1): that is a redirect, not a block` });
        continue;
      }
      const p = nameProblem(name, zone);
      if (p) { problems.push({ line: i + 1, message: p }); continue; }
      entries++;
      if (names.has(name)) duplicates++;
      else names.add(name);
    }
  });
  if (problems.length) throw new HostsFormatError(problems);
  return { names: [...names].sort(), entries, duplicates, localSkipped };
}

export interface RpzOptions {
  /** RPZ zone name, e.g. `stevenblack.rpz.` */
  zone: string;
  action: RpzAction;
  /** SOA serial; by default derived from the content (see serial.ts). */
  serial?: number;
}

const BUILT_BY = 'RPZ zone built by `veilc rpz`';

/** True when `text` is an RPZ zone `veilc rpz` wrote (its first line says so): what `rpz --out` may replace. */
export function isVeilcRpzZone(text: string): boolean {
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  return first.startsWith('; ') && first.includes(`: ${BUILT_BY} from a hosts-format list`);
}

/** RPZ zone text for a parsed list. */
export function renderRpz(stats: HostsStats, o: RpzOptions): string {
  const zone = absolute(o.zone);
  const rdata = RPZ_ACTION_RDATA[o.action];
  const ttl = 3600;
  const text = [
    `; ${zone}: ${BUILT_BY} from a hosts-format list; do not edit, rebuild it.`,
    `; ${stats.names.length} names, action ${o.action} (CNAME ${rdata}), sorted.`,
    `$ORIGIN ${zone}`,
    `$TTL ${ttl}`,
    // an RPZ zone is an ordinary zone: it needs its SOA; the NS is a formality (localhost)
    `@ ${ttl} IN SOA localhost. hostmaster.localhost. ${SERIAL_PLACEHOLDER} ${SOA_TIMERS.refresh} ${SOA_TIMERS.retry} ${SOA_TIMERS.expire} 300`,
    `@ ${ttl} IN NS localhost.`,
    ...stats.names.map((n) => `${n} CNAME ${rdata}`),
    '',
  ].join('\n');
  return applySerial(text, o.serial === undefined ? { policy: 'content' } : { policy: 'fixed', value: o.serial });
}

/** Converts a hosts file to an RPZ zone; throws HostsFormatError listing every malformed line. */
export function convertHosts(hostsText: string, o: RpzOptions): { zone: string; stats: HostsStats } {
  const stats = parseHosts(hostsText, o.zone);
  return { zone: renderRpz(stats, o), stats };
}

export function hostsToRpz(hostsText: string, o: RpzOptions): string {
  return convertHosts(hostsText, o).zone;
}

/**
 * An RPZ zone with no entries. Unbound refuses to start when an rpz zonefile
 * is missing ("auth_zones could not be setup"), so a host must hold at least
 * this before the first download, or a failed download takes DNS down.
 */
export function emptyRpzZone(zone: string): string {
  return renderRpz({ names: [], entries: 0, duplicates: 0, localSkipped: 0 }, { zone, action: 'nxdomain' });
}

// The shell steps that put the compiled Unbound files on the DNS host, check,
// reload and verify them. DNS.md explains them; COLD-START.md runs the same
// blocks, so the two can never drift apart.
// Sources: unbound-checkconf(8); unbound-control(8) (`reload` re-reads the
// config and zone files, `auth_zone_reload` re-reads one auth zone, which is
// how RPZ zones are held); Debian's unbound reads unbound.conf.d/*.conf.
import type { Model } from '../../model/build-model.ts';
import { compileCommand } from '../veilc-command.ts';
import { compiled, host, outPath, zoneNames } from './paths.ts';
import { continued, sh, underVar } from './shell.ts';

export interface DnsHost {
  name: string;
  address: string;
  zoneDir: string;
}

export function dnsHost(model: Model): DnsHost | null {
  const d = model.spec.dns;
  const f = model.facts.dns;
  if (!d || !f || !f.serverAddress) return null;
  return { name: d.server, address: f.serverAddress, zoneDir: d.zoneDir };
}

/** Run on the DNS host: the resolver package (Debian/Ubuntu names; the DNS host is assumed Debian-like). */
export function installBlock(): string {
  return ['sudo apt-get update', 'sudo apt-get install -y unbound bind9-dnsutils curl'].join('\n');
}

function remote(address: string, command: string): string {
  return `ssh ${sh(address)} ${sh(command)}`;
}

/** Run on the workstation, from the repository root: copy config and zones. */
export function deployBlock(model: Model, h: DnsHost): string {
  const conf = compiled.unboundConf(model);
  const confTarget = host.unboundConf(model);
  const lines = [
    `# from the repository root, after \`${compileCommand(model)}\``,
    remote(h.address, `sudo install -d -m 0755 ${sh(h.zoneDir)} ${sh(host.rpzDir(h.zoneDir))} ${sh(host.unboundConfDir)}`),
    `${remote(h.address, `sudo tee ${sh(confTarget)} >/dev/null`)} < ${sh(outPath(model, conf))}`,
    ...zoneNames(model).map((z) => `${remote(h.address, `sudo tee ${sh(host.zoneFile(h.zoneDir, z))} >/dev/null`)} < ${sh(outPath(model, compiled.zoneFile(z)))}`),
  ];
  const lists = model.spec.dns?.filtering ?? [];
  if (lists.length) {
    // Unbound refuses to start (and unbound-checkconf fails) while an RPZ zone
    // file is missing: install an empty stand-in, never over a list already built
    lines.push('# block lists: an empty RPZ zone until the first download (never replaces a built list)');
    for (const l of lists) {
      const t = host.rpzZone(h.zoneDir, l.name);
      lines.push(`npx veilc rpz --list ${sh(l.name)} --empty | ${remote(h.address, `sudo test -e ${sh(t)} || sudo tee ${sh(t)} >/dev/null`)}`);
    }
  }
  return lines.join('\n');
}

export function checkBlock(): string {
  return 'sudo unbound-checkconf';
}

export function reloadBlock(): string {
  return [
    '# re-reads the config and every zone file (and flushes the cache)',
    'sudo unbound-control reload || sudo systemctl restart unbound',
  ].join('\n');
}

/** Expected answers, straight from the model; prints ok/FAIL per name. */
export function verifyBlock(model: Model, h: DnsHost): string {
  const f = model.facts.dns!;
  const checks: [string, string, string][] = [];
  for (const z of f.zones) for (const r of z.records) if (r.address) checks.push([r.fqdn, 'A', r.address]);
  for (const p of f.reverse?.records ?? []) checks.push([`${p.owner}.${f.reverse!.zone}`, 'PTR', `${p.fqdn}.`]);
  return [
    `dns_server=${sh(h.address)}`,
    'fail=0',
    'expect() {',
    '  local got',
    '  got=$(dig @"$dns_server" +short "$1" "$2" | sort | paste -sd, -)',
    '  if [ "$got" = "$3" ]; then',
    `    printf 'ok    %s %s %s\\n' "$1" "$2" "$got"`,
    '  else',
    `    printf 'FAIL  %s %s: got "%s", want "%s"\\n' "$1" "$2" "$got" "$3"`,
    '    fail=1',
    '  fi',
    '}',
    ...checks.map(([n, t, v]) => `expect ${sh(n)} ${t} ${sh(v)}`),
    'if [ "$fail" -eq 0 ]; then echo "every record answers as compiled"; else echo "some records differ: see FAIL lines"; fi',
  ].join('\n');
}

export interface BlocklistStep {
  name: string;
  format: 'hosts' | 'rpz';
  action: string;
  url: string;
  /** RPZ zone name as the Unbound config declares it (`NAME.rpz.`). */
  zone: string;
  target: string;
  block: string;
  /** What dig shows for a listed name under this action. */
  expect: string;
}

const EXPECT: Record<string, string> = {
  nxdomain: '`status: NXDOMAIN`',
  nodata: '`status: NOERROR` with `ANSWER: 0`',
  drop: 'no reply at all (dig times out)',
};

/**
 * Run on the DNS host, in a checkout of this repository (veilc needs
 * Node.js 20): download each list and turn `hosts` lists into RPZ zones
 * with `veilc rpz`, then install and reload that zone alone.
 */
export function blocklistSteps(model: Model, h: DnsHost): BlocklistStep[] {
  return (model.spec.dns?.filtering ?? []).map((l) => {
    const target = host.rpzZone(h.zoneDir, l.name);
    const zone = host.rpzZoneName(l.name);
    const lines = ['tmp=$(mktemp -d)', `curl -fsSL --retry 3 -o "$tmp/list" ${sh(l.url)}`];
    if (l.format === 'hosts') {
      lines.push(continued([`npx veilc rpz --list ${sh(l.name)}`, '--in "$tmp/list"', `--out ${underVar('$tmp', `${l.name}.rpz.zone`)}`]));
      lines.push(`sudo install -m 0644 ${underVar('$tmp', `${l.name}.rpz.zone`)} ${sh(target)}`);
    } else {
      lines.push(`sudo install -m 0644 "$tmp/list" ${sh(target)}`);
    }
    lines.push(`sudo unbound-control auth_zone_reload ${sh(zone)} || sudo systemctl restart unbound`);
    if (l.format === 'hosts') {
      lines.push(
        '# a name from the list should now be blocked',
        `blocked=$(awk '$1 == "0.0.0.0" && $2 != "0.0.0.0" { print $2; exit }' "$tmp/list")`,
        `dig @${sh(h.address)} "$blocked" A +time=2 +tries=1 | grep -E 'status:|ANSWER:' || true`,
      );
    }
    lines.push('rm -rf "$tmp"');
    return { name: l.name, format: l.format, action: l.action, url: l.url, zone, target, block: lines.join('\n'), expect: EXPECT[l.action] ?? l.action };
  });
}

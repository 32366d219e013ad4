// Verify (Unbound): `unbound-checkconf` over the compiled config and zones.
// unbound-checkconf does not only parse the config: it loads every auth-zone
// and rpz zonefile and fails when one is missing or malformed ("cannot open
// zonefile", "parse error <file> <line>:<col>"). The compiled config names
// the DNS host's paths (dns.zoneDir, e.g. /etc/unbound/zones), so the check
// runs on a copy in a temporary folder: every `zonefile:` is pointed at the
// staged zone files (line numbers unchanged), block-list RPZ zones (built on
// the host, not compiled) get an empty stand-in, and the copy is included the
// way Debian's unbound.conf includes unbound.conf.d/*.conf (include-toplevel).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { emptyRpzZone } from '../emit/unbound/hosts-to-rpz.ts';
import { locateTool, runTool, type ToolCheck, type VerifyOptions } from './tool-check.ts';

const TOOL = 'unbound-checkconf';

export interface ZonefileRef {
  /** 1-based line of the `zonefile:` directive. */
  line: number;
  clause: 'auth-zone' | 'rpz';
  /** The clause's `name:` (absolute). */
  zone: string;
  path: string;
}

/** The `zonefile:` directives of auth-zone and rpz clauses, with their zone names. */
export function zonefileRefs(conf: string): ZonefileRef[] {
  const refs: ZonefileRef[] = [];
  let clause: string | null = null, zone = '';
  let pending: { line: number; path: string }[] = [];
  const flush = () => {
    if (clause === 'auth-zone' || clause === 'rpz') for (const p of pending) refs.push({ ...p, clause, zone });
    pending = [];
  };
  conf.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const head = /^([a-z-]+):\s*(#.*)?$/.exec(line);
    if (head) { flush(); clause = head[1]!; zone = ''; return; }
    const d = /^([a-z-]+):\s*"?([^"#]*?)"?\s*(#.*)?$/.exec(line);
    if (!d) return;
    if (d[1] === 'name') zone = d[2]!;
    if (d[1] === 'zonefile') pending.push({ line: i + 1, path: d[2]! });
  });
  flush();
  return refs;
}

/** The config with each `zonefile:` value replaced by `to(ref)`; every other line as it was. */
export function rewriteZonefiles(conf: string, to: (ref: ZonefileRef) => string): string {
  const byLine = new Map(zonefileRefs(conf).map((r) => [r.line, r]));
  return conf.split('\n').map((l, i) => {
    const r = byLine.get(i + 1);
    return r ? l.replace(/zonefile:.*$/, `zonefile: "${to(r)}"`) : l;
  }).join('\n');
}

/** Debian's unbound.conf in miniature, plus what a test machine lacks (the unbound user, a chroot). */
function wrapper(stage: string): string {
  return [
    'server:',
    '    username: ""',
    '    chroot: ""',
    `    directory: "${stage}"`,
    `    pidfile: "${stage}/unbound.pid"`,
    `include-toplevel: "${stage}/unbound.conf.d/*.conf"`,
    '',
  ].join('\n');
}

function listFiles(dir: string, suffix: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith(suffix)).sort() : [];
}

/** `[1795764018] unbound-checkconf[32133:0] error: parse error /tmp/x/zones/a.zone 7:12: ...` -> out/-relative. */
function problemLines(output: string, stage: string): string[] {
  return output.split('\n')
    .map((l) => l.replace(/^\[\d+\] unbound-checkconf\[\d+:\d+\] /, '').trim())
    .filter((l) => l && !/^unbound-checkconf: no errors/.test(l))
    .map((l) => l
      .split(`${stage}/unbound.conf.d/`).join('unbound/unbound.conf.d/')
      .split(`${stage}/zones/`).join('unbound/zones/')
      .split(`${stage}/rpz/`).join('(empty stand-in) rpz/')
      .split(stage).join('<staging>'));
}

export async function verifyUnboundCheckconf(outDir: string, opts: Pick<VerifyOptions, 'env'>): Promise<ToolCheck> {
  const found = locateTool(TOOL, opts.env);
  if (!('path' in found)) return found;

  const confDir = join(outDir, 'unbound', 'unbound.conf.d');
  const zoneDir = join(outDir, 'unbound', 'zones');
  const confs = listFiles(confDir, '.conf');
  const zones = listFiles(zoneDir, '.zone');
  if (!confs.length) {
    const problems = zones.length ? [`unbound/zones/ holds ${zones.length} zone file(s) but there is no unbound/unbound.conf.d/*.conf to serve them`] : [];
    return { tool: TOOL, ran: true, ok: problems.length === 0, checked: 0, problems };
  }

  const stage = mkdtempSync(join(tmpdir(), 'veilc-unbound-checkconf-'));
  try {
    for (const d of ['unbound.conf.d', 'zones', 'rpz']) mkdirSync(join(stage, d));
    for (const z of zones) copyFileSync(join(zoneDir, z), join(stage, 'zones', z));
    const problems: string[] = [];
    const referenced = new Set<string>();
    for (const c of confs) {
      const text = readFileSync(join(confDir, c), 'utf8');
      const staged = rewriteZonefiles(text, (r) => {
        const name = basename(r.path);
        if (r.clause === 'rpz') {
          writeFileSync(join(stage, 'rpz', name), emptyRpzZone(r.zone));
          return join(stage, 'rpz', name);
        }
        referenced.add(name);
        if (!zones.includes(name)) problems.push(`unbound/unbound.conf.d/${c}:${r.line}: zonefile ${r.path} of ${r.zone} is not compiled into unbound/zones/`);
        return join(stage, 'zones', name);
      });
      writeFileSync(join(stage, 'unbound.conf.d', c), staged);
    }
    for (const z of zones) if (!referenced.has(z)) problems.push(`unbound/zones/${z}: no auth-zone in unbound/unbound.conf.d/ serves it`);
    writeFileSync(join(stage, 'unbound.conf'), wrapper(stage));
    const run = await runTool(found.path, [join(stage, 'unbound.conf')], { env: opts.env, cwd: stage, timeoutMs: 60_000 });
    if (run.code !== 0) {
      const lines = problemLines(`${run.stderr}\n${run.stdout}`, stage);
      problems.push(...(lines.length ? lines : [`unbound-checkconf exited ${run.code}`]));
    }
    return { tool: TOOL, ran: true, ok: problems.length === 0, checked: confs.length + zones.length, problems };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

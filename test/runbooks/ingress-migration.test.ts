// The DNS runbook's migration section (ingress.retiring): present only in the
// migration window, its next step follows keepsDns, every name, address and
// stage comes from the spec, its anchors resolve, and its shell passes
// shellcheck. Checked on veil.spec.yaml and on an edited copy with other
// names, so nothing in it can be a literal of the fixture.
import { describe, expect, it } from 'vitest';
import { fluxLayout } from '../../compiler/emit/flux/layout.ts';
import { dnsRunbook } from '../../compiler/emit/runbooks/dns.ts';
import { MIGRATION_HEADINGS } from '../../compiler/emit/runbooks/ingress-migration.ts';
import { slug } from '../../compiler/emit/runbooks/markdown.ts';
import { extractShellBlocks, verifyShellBlocks } from '../../compiler/verify/shellcheck.ts';
import { gatewaySpec, migrationSpec } from '../fixtures/fixtures.ts';
import { modelFromData, rawSpec } from '../flux/helpers.ts';
import { haveTool, toolsRequired, writeOut } from './helpers.ts';

/** The text from the migration heading to the end of the runbook ('' when there is none). */
function section(md: string): string {
  const i = md.indexOf(`## ${MIGRATION_HEADINGS.section}`);
  return i < 0 ? '' : md.slice(i);
}

/** The row of the step table whose link names `heading`. */
function row(md: string, heading: string): string {
  return md.split('\n').find((l) => l.startsWith(`| [${heading}]`)) ?? '';
}

/** A migration spec with other names and addresses than veil.spec.yaml's: another namespace, Gateway class and TTL. */
function otherMigration(keepsDns: boolean): Record<string, any> {
  const raw = migrationSpec('192.168.0.222', keepsDns);
  raw.ingress.namespace = 'edge';
  raw.ingress.className = 'edge-gw';
  raw.ingress.retiring.address = '192.168.0.223';
  raw.dns.ttl = 1234;
  return raw;
}

describe('the migration section of the DNS runbook', () => {
  it('is absent outside the migration window: ingress-nginx alone, or the Gateway alone', () => {
    expect(section(String(dnsRunbook(modelFromData(rawSpec('veil')))))).toBe('');
    expect(section(String(dnsRunbook(modelFromData(gatewaySpec()))))).toBe('');
  });

  for (const [name, build] of [['veil', (k: boolean) => migrationSpec('192.168.0.221', k)], ['another spec', otherMigration]] as const) {
    describe(name, () => {
      const before = modelFromData(build(true));
      const after = modelFromData(build(false));
      const now = before.facts.ingress.find((e) => e.role === 'current')!;
      const old = before.facts.ingress.find((e) => e.role === 'retiring')!;
      const hosts = before.facts.dns!.ingressHosts.map((h) => h.host);

      it('marks the next step from keepsDns: try the new controller, then switch DNS', () => {
        const a = section(String(dnsRunbook(before))), b = section(String(dnsRunbook(after)));
        expect(row(a, MIGRATION_HEADINGS.tryIt)).toContain('**now**');
        expect(row(a, MIGRATION_HEADINGS.switchDns)).not.toContain('**now**');
        expect(row(b, MIGRATION_HEADINGS.tryIt)).toContain('done');
        expect(row(b, MIGRATION_HEADINGS.switchDns)).toContain('**now**');
        expect(row(b, MIGRATION_HEADINGS.remove)).toContain('next');
      });

      it('asks the new controller for every host at its own address, before DNS points there', () => {
        const text = section(String(dnsRunbook(before)));
        expect(hosts.length).toBeGreaterThanOrEqual(5);
        for (const h of hosts) expect(text).toContain(`--resolve ${h}:80:${now.address} http://${h}/`);
        expect(text).not.toContain(`:80:${old.address}`);
        expect(text).toContain(`-n ${now.namespace} wait gateway/`);
      });

      it('waits for exactly the new controller\'s stages, and after removal for the old one\'s to be pruned', () => {
        const text = section(String(dnsRunbook(before)));
        const layout = fluxLayout(before).map((k) => k.name);
        const waited = [...text.matchAll(/wait kustomization\/(\S+) --for=condition=Ready/g)].map((m) => m[1]);
        const deleted = [...text.matchAll(/wait kustomization\/(\S+) --for=delete/g)].map((m) => m[1]);
        expect(waited).toEqual(['gateway-api', 'infra-gateway', 'gateway']);
        expect(deleted).toEqual(['infra-ingress']);
        for (const k of [...waited, ...deleted]) expect(layout).toContain(k);
        expect(text).toContain(`kubectl wait namespace/${old.namespace} --for=delete`);
      });

      it('waits out the longest TTL of the moved records before checking the old controller is idle', () => {
        const ttl = Math.max(...after.facts.dns!.zones.flatMap((z) => z.records.filter((r) => r.target === 'ingress' || r.target === 'object-store').map((r) => r.ttl)));
        const text = section(String(dnsRunbook(after)));
        expect(text).toContain(`wait at least ${ttl} s`);
        expect(text).toContain(`-n ${old.namespace} logs -l `);
        expect(text).toContain(`--since=${ttl}s`);
      });

      it('every anchor of the section is a heading of the runbook', () => {
        const md = String(dnsRunbook(after));
        const anchors = new Set(md.split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => slug(l.replace(/^#+ /, ''))));
        const links = [...section(md).matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
        expect(links.length).toBeGreaterThanOrEqual(5);
        for (const l of links) expect(anchors, l).toContain(l);
      });
    });
  }

  it('follows the spec: another TTL, namespace and addresses change the text', () => {
    const a = section(String(dnsRunbook(modelFromData(migrationSpec('192.168.0.221', false)))));
    const b = section(String(dnsRunbook(modelFromData(otherMigration(false)))));
    expect(b).toContain('192.168.0.223');
    expect(b).toContain('-n edge wait gateway/');
    expect(b).not.toBe(a);
  });
});

const shellcheck = haveTool('shellcheck') || toolsRequired() ? describe : describe.skip;

shellcheck('the migration section\'s shell', () => {
  it.each([true, false])('passes shellcheck and bash -n (keepsDns %s)', async (keepsDns) => {
    const md = String(dnsRunbook(modelFromData(migrationSpec('192.168.0.221', keepsDns))));
    const blocks = extractShellBlocks('docs/DNS.md', section(md));
    expect(blocks.length).toBe(3);
    const dir = writeOut([{ path: 'docs/DNS.md', content: section(md) }]);
    const r = await verifyShellBlocks(dir, { env: process.env });
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.checked).toBe(3);
  });
});

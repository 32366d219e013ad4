// Every picture is well-formed XML and valid against the W3C SVG 1.1 DTD, by
// xmllint (libxml2), including specs whose text needs escaping. Without xmllint
// or the DTD these skip with a hint; in CI (or VEILC_REQUIRE_TOOLS=1) they fail.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toolsRequired } from '../flux/helpers.ts';
import { addressPlan } from '../../compiler/emit/pictures/address-plan.ts';
import { drawAddressPlan } from '../../compiler/emit/pictures/address-plan-svg.ts';
import { svgDocument } from '../../compiler/emit/pictures/svg.ts';
import { modelFromData, rawSpec } from '../fixtures/fixtures.ts';
import { drawnDocuments, missingXmllint, SVG11_DTD } from './render-helpers.ts';

const why = missingXmllint();
const run = why === null || toolsRequired();
if (!run) console.warn(`${why}: skipping the SVG DTD tests`);

const dir = mkdtempSync(join(tmpdir(), 'veilc-svg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** xmllint's verdict on a document: exit status and its complaints. */
function xmllint(svg: string, name: string): { status: number | null; stderr: string } {
  const file = join(dir, `${name.replace(/\W+/g, '-')}.svg`);
  writeFileSync(file, svg);
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', SVG11_DTD, file], { encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stderr: r.stderr };
}

describe.runIf(run)('pictures against the SVG 1.1 DTD (xmllint)', () => {
  if (why !== null) it('has xmllint and the DTD', () => expect.fail(why));

  for (const d of drawnDocuments()) {
    it(`${d.name} is valid`, () => {
      const r = xmllint(d.svg, d.name);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  }

  // every LAN size the grids handle differently: overview + detail grids, one grid, addresses outside the LAN
  for (const cidr of ['192.0.0.0/8', '192.168.0.0/16', '192.168.0.0/22', '192.168.0.0/26', '192.168.0.192/28', '192.168.0.200/30']) {
    it(`the address plan of a /${cidr.split("/")[1]} LAN is valid`, () => {
      const spec = rawSpec('veil');
      spec.network.cidr = cidr;
      const svg = svgDocument(drawAddressPlan(addressPlan(modelFromData(spec))));
      const r = xmllint(svg, `lan-${cidr}`);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
    });
  }

  it('rejects what the DTD does not allow (the check can fail)', () => {
    const [first] = drawnDocuments();
    const bad = first!.svg.replace('<title', '<blink>x</blink><title');
    const r = xmllint(bad, 'bad');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/blink/);
    const attr = xmllint(first!.svg.replace('<svg ', '<svg role="img" '), 'aria');
    expect(attr.status).not.toBe(0);
  });
});

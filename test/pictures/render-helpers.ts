// What the pictures' tool tests draw, and where the tools are: xmllint with
// the W3C SVG 1.1 DTD (Debian's libxml2-utils and w3c-sgml-lib) and a real
// headless Chromium (Debian's chromium). scripts/setup.sh installs all three.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Model } from '../../compiler/model/build-model.ts';
import { drawPictures } from '../../compiler/emit/pictures/emit-pictures.ts';
import { pictureSheetSvg } from '../../compiler/emit/pictures/sheet.ts';
import { svgDocument } from '../../compiler/emit/pictures/svg.ts';
import { model, modelFromData, rawSpec } from '../fixtures/fixtures.ts';

export const SVG11_DTD = '/usr/share/xml/w3c-sgml-lib/schema/dtd/REC-SVG11-20110816/svg11.dtd';

/** An executable on PATH, or null. */
export function which(cmd: string): string | null {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** veil with names and text that need escaping, a /23 LAN and an agent node: not what the fixtures draw. */
export function hostileModel(): Model {
  const s = rawSpec('veil');
  s.network.cidr = '192.168.0.0/23';
  s.hosts.push({ name: 'printer', address: '192.168.1.90', roles: [], description: 'Lab <b>printer</b> & "scanner" ]]> <!-- x -->' });
  s.nodes.push({ name: 'meteor-4', address: '192.168.1.204', role: 'agent' });
  return modelFromData(s);
}

export interface Drawn { name: string; svg: string; expectText: string[] }

/** Every picture of the fixtures and the hostile variant, each with text it must show, plus the combined sheets. */
export function drawnDocuments(): Drawn[] {
  drawn ??= draw();
  return drawn;
}
let drawn: Drawn[] | undefined;

function draw(): Drawn[] {
  const cases: [string, Model, Record<string, string[]>][] = [
    ['veil', model('veil'), { 'address-plan': ['meteor-1', 'gateway', 'skaia'], 'erasure-layout': ['meteor-2', 'set 1', 'If one node is lost'], 'flux-order': ['infra-ingress', 'sources', 'needs ingress-api'] }],
    ['nimbus', model('nimbus'), { 'address-plan': ['10.20.0.0/24', 'stratus-1'], 'erasure-layout': ['objects-fast', 'cirrus-1'], 'flux-order': ['monitoring', 'storage'] }],
    ['hostile', hostileModel(), { 'address-plan': ['printer', 'meteor-4', 'Lab <b>printer</b>'], 'erasure-layout': ['meteor-3'], 'flux-order': ['infra-configs'] }],
  ];
  return cases.flatMap(([fixture, m, texts]) => [
    ...drawPictures(m).map(({ name, picture }) => ({ name: `${fixture}/${name}`, svg: svgDocument(picture), expectText: texts[name] ?? [] })),
    { name: `${fixture}/sheet`, svg: pictureSheetSvg(m, ['address-plan', 'erasure-layout', 'flux-order']), expectText: Object.values(texts).flat() },
  ]);
}

/** Why the pictures' tool tests cannot run here, or null. */
export function missingXmllint(): string | null {
  if (!which('xmllint')) return 'xmllint is not installed (apt-get install libxml2-utils, or bash scripts/setup.sh)';
  if (!existsSync(SVG11_DTD)) return `the SVG 1.1 DTD is not at ${SVG11_DTD} (apt-get install w3c-sgml-lib, or bash scripts/setup.sh)`;
  return null;
}

/** The Chromium binary: VEILC_CHROMIUM, or chromium on PATH. */
export function chromiumPath(): string | null {
  const env = process.env.VEILC_CHROMIUM;
  if (env) return existsSync(env) ? env : null;
  return which('chromium') ?? which('chromium-browser');
}

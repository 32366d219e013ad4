// The pictures' data and drawings, against the model they draw: every address
// the spec gives lands in its cell, the drives drawn lost are the model's node
// loss, the Flux arrows are exactly the layout's dependsOn and dagre puts every
// dependent below what it depends on. Fresh spec variants, not only the fixtures.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emitAll } from '../../compiler/emit/emit-all.ts';
import { addressPlan, cellsOf, planItems } from '../../compiler/emit/pictures/address-plan.ts';
import { drawPictures, emitPictures } from '../../compiler/emit/pictures/emit-pictures.ts';
import { erasureLayout } from '../../compiler/emit/pictures/erasure-layout.ts';
import { fluxOrder } from '../../compiler/emit/pictures/flux-order.ts';
import { placeFluxOrder } from '../../compiler/emit/pictures/flux-order-svg.ts';
import { pictureSheetSvg, picturePageHtml } from '../../compiler/emit/pictures/sheet.ts';
import { escapeXml, svgDocument } from '../../compiler/emit/pictures/svg.ts';
import { fluxLayout } from '../../compiler/emit/flux/layout.ts';
import { toNumber } from '../../compiler/model/ipv4.ts';
import { hasInvisible } from '../../compiler/text/visible.ts';
import { model, modelFromData, rawSpec } from '../fixtures/fixtures.ts';

/** veil with its hosts moved and a new host whose name and description need escaping. */
function variant(): ReturnType<typeof rawSpec> {
  const s = rawSpec('veil');
  s.hosts[0].address = '192.168.0.77';
  s.hosts.push({ name: 'printer', address: '192.168.0.90', roles: [], description: 'Lab <b>printer</b> & "scanner"' });
  s.nodes[2].address = '192.168.0.13';
  return s;
}

const cellAt = (plan: ReturnType<typeof addressPlan>, address: string) =>
  plan.panels.flatMap(cellsOf).find((c) => c.first <= toNumber(address) && c.last >= toNumber(address) && c.first === c.last);

describe('address plan', () => {
  it('puts every host, node, the gateway, the DHCP range, the pools and the ingress address in their cells', () => {
    const m = modelFromData(variant());
    const plan = addressPlan(m);
    expect(plan.panels).toHaveLength(1);
    expect(cellsOf(plan.panels[0]!)).toHaveLength(256);
    expect(cellAt(plan, '192.168.0.1')).toMatchObject({ kind: 'gateway' });
    expect(cellAt(plan, '192.168.0.77')).toMatchObject({ kind: 'host', caption: 'skaia' });
    expect(cellAt(plan, '192.168.0.90')).toMatchObject({ kind: 'host', caption: 'printer' });
    expect(cellAt(plan, '192.168.0.13')).toMatchObject({ kind: 'node-server', caption: 'meteor-3' });
    expect(cellAt(plan, '192.168.0.203')).toMatchObject({ kind: null });
    for (const a of ['192.168.0.100', '192.168.0.131', '192.168.0.159']) expect(cellAt(plan, a)?.kind).toBe('dhcp');
    expect(cellAt(plan, '192.168.0.160')?.kind).toBeNull();
    expect(cellAt(plan, '192.168.0.220')).toMatchObject({ kind: 'service', caption: 'ingress' });
    expect(cellAt(plan, '192.168.0.221')).toMatchObject({ kind: 'pool-l2', caption: 'default' });
    expect(cellAt(plan, '192.168.0.239')?.kind).toBe('pool-l2');
    expect(cellAt(plan, '192.168.0.0')?.kind).toBe('reserved');
    expect(cellAt(plan, '192.168.0.255')?.kind).toBe('reserved');
    // the key lists each thing once, in address order
    const names = planItems(m).map((i) => i.name);
    expect(names).toEqual(['network', 'gateway', 'meteor-3', 'skaia', 'printer', 'DHCP', 'hive', 'meteor-1', 'meteor-2', 'default', 'ingress', 'broadcast']);
  });

  it('draws a /16 as an overview of 256 blocks plus a grid for each block of 256 in use', () => {
    const m = model('nimbus');
    const plan = addressPlan(m);
    const overview = plan.panels[0]!;
    expect(overview.cellSize).toBe(256);
    expect(cellsOf(overview)).toHaveLength(256);
    const used = new Set(planItems(m).filter((i) => i.onLan && i.kind !== 'reserved').flatMap((i) => [i.first, i.last]).map((a) => (a >>> 8) & 255));
    const detail = plan.panels.slice(1).map((p) => p.title);
    expect(detail.length + plan.blocksNotShown).toBe(used.size);
    expect(detail[0]).toBe('10.20.0.0/24');
    // the node addresses land in the overview's first block and in the first detail grid
    expect(cellsOf(overview)[0]!.kinds).toEqual(expect.arrayContaining(['node-server', 'node-agent', 'host', 'gateway']));
    const first = cellsOf(plan.panels[1]!);
    expect(first.find((c) => c.first === toNumber('10.20.0.21'))).toMatchObject({ kind: 'node-agent', caption: 'stratus-1' });
  });
});

describe('erasure layout', () => {
  for (const fixture of ['veil', 'nimbus'] as const) {
    it(`crosses out exactly the drives the model says one node's loss takes (${fixture})`, () => {
      const m = model(fixture);
      const e = erasureLayout(m)!;
      const shown = e.shownLoss!;
      expect(m.facts.erasure!.nodeLoss.map((f) => f.node)).toContain(shown.node);
      for (const pool of e.pools) {
        const lostBySet = new Map<number, number>();
        for (const d of pool.drives) if (d.lost && d.set !== null) lostBySet.set(d.set, (lostBySet.get(d.set) ?? 0) + 1);
        const fact = shown.pools.find((p) => p.pool === pool.name);
        if (!fact) { expect(lostBySet.size).toBe(0); continue; }
        expect(lostBySet.size).toBe(fact.sets);
        for (const n of lostBySet.values()) expect(n).toBe(fact.drivesPerSet);
        // every drive of the pool is drawn (no window at this size), each set has setSize drives
        expect(pool.drives).toHaveLength(pool.totalDrives);
        const perSet = new Map<number, number>();
        for (const d of pool.drives) perSet.set(d.set!, (perSet.get(d.set!) ?? 0) + 1);
        expect([...perSet.values()].every((n) => n === pool.setSize)).toBe(true);
      }
    });
  }

  it('has no erasure picture for a spec without an object store', () => {
    const s = rawSpec('veil');
    delete s.objectStore;
    const m = modelFromData(s);
    expect(erasureLayout(m)).toBeNull();
    expect(drawPictures(m).map((d) => d.name)).toEqual(['address-plan', 'flux-order']);
  });
});

describe('Flux order', () => {
  for (const fixture of ['veil', 'nimbus'] as const) {
    it(`draws exactly the layout's dependsOn, each dependent below what it needs (${fixture})`, () => {
      const m = model(fixture);
      const picture = fluxOrder(m);
      const layout = fluxLayout(m);
      const expected = layout.flatMap((k) => (k.dependsOn.length ? k.dependsOn.map((d) => `${d}->${k.name}`) : [`${m.spec.cluster.name}->${k.name}`]));
      expect(picture.edges.map((e) => `${e.from}->${e.to}`).sort()).toEqual(expected.sort());
      const { placed, routed } = placeFluxOrder(picture);
      const box = new Map(placed.map((b) => [b.box.name, b]));
      for (const e of routed) {
        const from = box.get(e.from)!, to = box.get(e.to)!;
        expect(to.y).toBeGreaterThanOrEqual(from.y + from.h);
        const start = e.points[0]!, end = e.points[e.points.length - 1]!;
        expect(Math.abs(start.y - (from.y + from.h))).toBeLessThan(1);
        expect(Math.abs(end.y - to.y)).toBeLessThan(1);
      }
      // no two boxes overlap
      for (const a of placed) for (const b of placed) {
        if (a === b) continue;
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart, `${a.box.name} overlaps ${b.box.name}`).toBe(true);
      }
    });
  }
});

describe('output', () => {
  it('is deterministic and written beside the runbooks, which embed every picture they link', () => {
    const m = model('nimbus');
    const files = emitAll(m);
    expect(emitAll(model('nimbus'))).toEqual(files);
    const paths = new Set(files.map((f) => f.path));
    expect(emitPictures(m).map((f) => f.path)).toEqual(['docs/img/address-plan.svg', 'docs/img/erasure-layout.svg', 'docs/img/flux-order.svg']);
    const embedded = files.filter((f) => f.path.startsWith('docs/') && f.path.endsWith('.md'))
      .flatMap((f) => [...f.content.matchAll(/!\[[^\]]*\]\((\.\/img\/[^)]+)\)/g)].map((x) => `docs/${x[1]!.slice(2)}`));
    expect(new Set(embedded)).toEqual(new Set(emitPictures(m).map((f) => f.path)));
    for (const p of embedded) expect(paths.has(p)).toBe(true);
  });

  it('escapes what the spec says: a description with markup is text in the picture', () => {
    const svg = svgDocument(drawPictures(modelFromData(variant()))[0]!.picture);
    expect(svg).not.toContain('<b>');
    expect(svg).toContain(escapeXml('Lab <b>printer</b> & "scanner"'));
  });

  it('writes any text as well-formed XML text that hides nothing', () => {
    fc.assert(fc.property(fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.constantFrom('&', '<', '"', "'", '\u2028', '\u0085', '\ufeff', '\ud800', '\udc00', '\u202e', '\x1b', '\n')) }), (t) => {
      const x = escapeXml(t);
      expect(x).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/); // no lone surrogate
      expect(hasInvisible(x.replace(/\n/g, ''))).toBe(false);
      expect(x).not.toMatch(/[<>"']|&(?!(amp|lt|gt|quot|apos);)/);
      // XML 1.0 Char: no C0 control but tab and line feed (carriage return is shown escaped), no U+FFFE/FFFF
      expect(x).not.toMatch(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/);
    }), { numRuns: 2000 });
  });

  it('writes each ASCII character as XML text the same way, inside text or alone', () => {
    const entity: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
    for (let code = 0; code < 0x80; code++) {
      const c = String.fromCharCode(code);
      // tab and line feed stay; other C0 controls and DEL are drawn as escapes (compiler/text/visible.ts)
      const want = entity[c] ?? (code === 9 || code === 10 || (code >= 0x20 && code < 0x7f) ? c : `\\x${code.toString(16).padStart(2, '0')}`);
      expect(escapeXml(c), `U+${code.toString(16)}`).toBe(want);
      expect(escapeXml(`a1 ${c}#`), `U+${code.toString(16)} in text`).toBe(`a1 ${want}#`);
    }
    expect(escapeXml('192.168.0.1 + 10')).toBe('192.168.0.1 + 10');
    expect(escapeXml('x\u202ey')).toBe('x\\u202ey');
  });

  it('draws the sheet and the page from the chosen pictures only', () => {
    const m = model('veil');
    const sheet = pictureSheetSvg(m, ['address-plan', 'flux-order']);
    expect(sheet.match(/<svg /g)).toHaveLength(3);
    expect(sheet).toContain('Address plan of veil');
    expect(sheet).not.toContain('Erasure layout');
    const page = picturePageHtml(m, ['erasure-layout']);
    expect(page.match(/<svg /g)).toHaveLength(1);
    expect(page).toContain('role="img"');
    expect(page).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });
});

// The bring-up diagram in COLD-START.md draws exactly the Flux layout's
// dependency edges, and the wait commands follow an order that respects them.
import { describe, expect, it } from 'vitest';
import { fluxLayout } from '../../compiler/emit/flux/layout.ts';
import { model, rawSpec, runbookText, type Fixture } from './helpers.ts';

function mermaidOf(markdown: string): string {
  const m = /```mermaid\n([\s\S]*?)\n```/.exec(markdown);
  if (!m) throw new Error('no mermaid block');
  return m[1]!;
}

/** id -> label, and the edges, of a `flowchart` made of `id["label"]` and `a --> b` lines. */
function parseFlowchart(src: string): { labels: Map<string, string>; edges: [string, string][] } {
  const labels = new Map<string, string>();
  const edges: [string, string][] = [];
  for (const line of src.split('\n').slice(1)) {
    const node = /^\s*(\w+)\["([^"]*)"\]\s*$/.exec(line);
    const edge = /^\s*(\w+)\s*-->\s*(\w+)\s*$/.exec(line);
    if (node) labels.set(node[1]!, node[2]!);
    else if (edge) edges.push([edge[1]!, edge[2]!]);
    else if (line.trim()) throw new Error(`unexpected mermaid line: ${line}`);
  }
  return { labels, edges };
}

describe.each(['veil', 'nimbus'] as Fixture[])('%s bring-up diagram', (fixture) => {
  const layout = fluxLayout(model(fixture));
  const doc = runbookText(fixture).get('docs/COLD-START.md')!;
  const { labels, edges } = parseFlowchart(mermaidOf(doc));
  const ksName = (id: string) => labels.get(id)!.replace(/ \(wait\)$/, '');
  const isKs = (id: string) => layout.some((k) => labels.get(id)?.replace(/ \(wait\)$/, '') === k.name);

  it('has one box per Kustomization, marked (wait) where Flux waits', () => {
    const boxes = [...labels.entries()].filter(([id]) => isKs(id)).map(([, l]) => l).sort();
    expect(boxes).toEqual(layout.map((k) => (k.wait ? `${k.name} (wait)` : k.name)).sort());
  });

  it('draws exactly the dependsOn edges between Kustomizations', () => {
    const drawn = edges.filter(([a, b]) => isKs(a) && isKs(b)).map(([a, b]) => `${ksName(a)} -> ${ksName(b)}`).sort();
    const declared = layout.flatMap((k) => k.dependsOn.map((dep) => `${dep} -> ${k.name}`)).sort();
    expect(drawn).toEqual(declared);
    expect(declared.length).toBeGreaterThan(0);
  });

  it('hangs only the Kustomizations without dependencies off the Kustomization named after the cluster, and that off the bootstrap, after every node', () => {
    const raw = rawSpec(fixture);
    const glue = `Kustomization ${raw.cluster.name}`;
    const roots = edges.filter(([a, b]) => !isKs(a) && isKs(b)).map(([a, b]) => [labels.get(a)!, ksName(b)]);
    expect(roots.map(([, b]) => b).sort()).toEqual(layout.filter((k) => !k.dependsOn.length).map((k) => k.name).sort());
    for (const [from] of roots) expect(from).toBe(glue);
    // the bootstrap box names the bootstrap path: flux.bootstrapPath or its documented default
    const intoGlue = edges.filter(([, b]) => labels.get(b) === glue).map(([a]) => labels.get(a)!);
    expect(intoGlue).toEqual([`flux bootstrap ${raw.flux?.bootstrapPath ?? `./clusters/${raw.cluster.name}`}`]);
    const chain = edges.filter(([a, b]) => !isKs(a) && !isKs(b)).map(([a]) => labels.get(a)!);
    for (const n of model(fixture).spec.nodes) expect(chain.some((l) => l.endsWith(` ${n.name}`) || l.includes(` ${n.name} `))).toBe(true);
  });

  it('waits for the Kustomizations in an order that respects dependsOn', () => {
    const waits = [...doc.matchAll(/kubectl -n \S+ wait kustomization\/(\S+) /g)].map((m) => m[1]!);
    for (const k of layout) {
      expect(waits).toContain(k.name);
      for (const dep of k.dependsOn) expect(waits.indexOf(dep)).toBeLessThan(waits.indexOf(k.name));
    }
  });
});

// The Flux dependency order as drawing data: the glue Kustomization named
// after the cluster, then whatever stages compiler/emit/flux/layout.ts returns
// (the single source of the order), each on the level below its deepest
// dependency, with the dependsOn edges labelled by what the dependent needs
// from it. Pure: no I/O.
import type { Model } from '../../model/build-model.ts';
import { fluxBootstrapPath, fluxGitPath, fluxLayout, type FluxKustomization } from '../flux/layout.ts';

export interface StageBox {
  name: string;
  /** spec.path of the Kustomization, from the repository root. */
  path: string;
  wait: boolean;
  /** What it applies, one line each (layout.ts's contents). */
  contents: string[];
  /** 0 for the glue Kustomization; a stage sits one level below its deepest dependency. */
  level: number;
}

export interface OrderEdge {
  from: string;
  to: string;
  /** What `to` needs that `from` provides (layout.ts capabilities); empty for the glue's edges. */
  needs: string[];
}

export interface FluxOrderPicture {
  cluster: string;
  /** The glue Kustomization first, then the layout's stages in layout order. */
  boxes: StageBox[];
  /** Exactly the layout's dependsOn edges, plus glue -> every stage without dependencies. */
  edges: OrderEdge[];
}

/** Levels from dependsOn: the glue is 0, a stage without dependencies 1, any other 1 + its deepest dependency. */
function levels(layout: readonly FluxKustomization[]): Map<string, number> {
  const level = new Map<string, number>();
  const of = (k: FluxKustomization, seen: Set<string>): number => {
    const known = level.get(k.name);
    if (known !== undefined) return known;
    if (seen.has(k.name)) throw new Error(`Flux Kustomizations depend on each other in a cycle through ${k.name}`);
    seen.add(k.name);
    const deps = k.dependsOn.map((d) => layout.find((x) => x.name === d)).filter((x): x is FluxKustomization => x !== undefined);
    const l = 1 + Math.max(0, ...deps.map((d) => of(d, seen)));
    level.set(k.name, l);
    return l;
  };
  for (const k of layout) of(k, new Set());
  return level;
}

export function fluxOrder(model: Model): FluxOrderPicture {
  const layout = fluxLayout(model);
  const cluster = model.spec.cluster.name;
  const level = levels(layout);
  const boxes: StageBox[] = [
    { name: cluster, path: fluxGitPath(model), wait: false, contents: [`the glue, kept at ${fluxBootstrapPath(model.spec)}/${cluster}.yaml beside flux bootstrap's manifests: applies every Kustomization below`], level: 0 },
    ...layout.map((k) => ({ name: k.name, path: k.path, wait: k.wait, contents: k.contents, level: level.get(k.name)! })),
  ];
  const edges: OrderEdge[] = [];
  for (const k of layout) {
    if (!k.dependsOn.length) edges.push({ from: cluster, to: k.name, needs: [] });
    for (const dep of k.dependsOn) {
      const provider = layout.find((x) => x.name === dep);
      edges.push({ from: dep, to: k.name, needs: k.needs.filter((n) => provider?.provides.includes(n)) });
    }
  }
  return { cluster, boxes, edges };
}

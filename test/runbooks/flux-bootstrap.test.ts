// COLD-START's Flux step: `flux bootstrap` never syncs a path inside out/
// (which every compile replaces), the glue Kustomization is copied from the
// compiled tree into the bootstrap path (or, on a cluster bootstrapped
// before, into the path it already syncs), and the waits go bootstrap ->
// glue -> the compiled Kustomizations.
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitFlux } from '../../compiler/emit/flux/emit-flux.ts';
import { emitRunbooks } from '../../compiler/emit/runbooks/emit-runbooks.ts';
import { fluxGitPath, fluxLayout, fluxOutDir } from '../../compiler/emit/flux/layout.ts';
import { buildModel, type Model } from '../../compiler/model/build-model.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { extractShellBlocks } from '../../compiler/verify/shellcheck.ts';
import { rawSpec } from './helpers.ts';

function modelFrom(data: Record<string, any>): Model {
  const { spec, findings } = validateSchema(structuredClone(data));
  if (findings.length) throw new Error(`not schema-valid: ${findings.map((f) => f.message).join('; ')}`);
  return buildModel(spec).model;
}

/** Spec data from a fixture with edits; flux.path is dropped so fluxGitPath is the compiled location. */
function specWith(fixture: 'veil' | 'nimbus', edit: (raw: Record<string, any>) => void = () => {}): Record<string, any> {
  const raw = rawSpec(fixture);
  if (raw.flux) delete raw.flux.path;
  edit(raw);
  return raw;
}

function coldStart(m: Model): string {
  return emitRunbooks(m).find((f) => f.path === 'docs/COLD-START.md')!.content;
}

/** Every command of the shell blocks, continuation lines joined. */
function commands(markdown: string): string[] {
  return extractShellBlocks('docs/COLD-START.md', markdown).flatMap((b) => b.code.replace(/\\\n\s*/g, ' ').split('\n')).filter(Boolean);
}

/** The --path of every `flux bootstrap` command, unquoted. */
function bootstrapPaths(markdown: string): string[] {
  return commands(markdown).filter((c) => /^flux bootstrap\b/.test(c)).map((c) => {
    const m = /\s--path[= ](\S+)/.exec(c);
    return m ? m[1]!.replace(/^(['"])(.*)\1$/, '$2') : '';
  });
}

/** out/ as Flux paths spell it, from the compiled location: fluxGitPath minus the tree's folder under out/. */
function outRoot(m: Model): string {
  const git = fluxGitPath(m), tail = `/${fluxOutDir(m.spec)}`;
  expect(git.endsWith(tail), `${git} is not the compiled location`).toBe(true);
  return git.slice(0, -tail.length);
}

const segments = (p: string) => posix.normalize(p).split('/').filter((s) => s && s !== '.');
const inside = (p: string, root: string) => segments(root).every((s, i) => segments(p)[i] === s);

const CASES: [string, Record<string, any>][] = [
  ['veil', specWith('veil')],
  ['nimbus', specWith('nimbus')],
  ['solo (no flux block)', specWith('veil', (r) => { r.cluster.name = 'solo'; delete r.flux; })],
];

describe.each(CASES)('%s: COLD-START bootstraps Flux outside out/', (_name, data) => {
  const m = modelFrom(data);
  const doc = coldStart(m);
  const name = m.spec.cluster.name;
  const boot = data.flux?.bootstrapPath ?? `./clusters/${name}`;

  it('no `flux bootstrap` command has a --path inside out/', () => {
    const root = outRoot(m);
    const paths = bootstrapPaths(doc);
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths) {
      expect(p, 'every flux bootstrap names its --path').not.toBe('');
      expect(inside(p, root), `${p} is inside ${root}`).toBe(false);
    }
    expect(paths).toEqual([boot]);
  });

  it('copies the glue file from the compiled tree into the bootstrap path, and commits it', () => {
    const glue = `flux/${name}/bootstrap/${name}.yaml`;
    expect(emitFlux(m).map((f) => f.path)).toContain(glue);
    const cmds = commands(doc);
    expect(cmds).toContain(`mkdir -p ${boot} && cp out/${glue} ${boot}/`);
    expect(cmds).toContain(`git add ${boot}/${name}.yaml`);
    // already bootstrapped: the same file into the path flux-system syncs
    expect(cmds.some((c) => c.startsWith(`cp out/${glue} "\${synced`))).toBe(true);
    expect(cmds.indexOf(`mkdir -p ${boot} && cp out/${glue} ${boot}/`)).toBeGreaterThan(cmds.findIndex((c) => c.startsWith('flux bootstrap ')));
  });

  it('waits for flux-system, then the Kustomization named after the cluster, then the compiled ones', () => {
    const ns = m.spec.flux.namespace;
    const waits = commands(doc).map((c) => /^kubectl -n \S+ wait kustomization\/(\S+) /.exec(c)?.[1]).filter((x): x is string => !!x);
    expect(waits.slice(0, 2)).toEqual([ns, name]);
    expect(waits.slice(2).sort()).toEqual(fluxLayout(m).map((k) => k.name).sort());
  });
});

describe('the check catches a bootstrap path inside out/', () => {
  it('flux.bootstrapPath ./out/boot is flagged', () => {
    const m = modelFrom(specWith('veil', (r) => { r.flux.bootstrapPath = './out/boot'; }));
    const paths = bootstrapPaths(coldStart(m));
    expect(paths).toEqual(['./out/boot']);
    expect(paths.some((p) => inside(p, outRoot(m)))).toBe(true);
  });

  it('a sibling that only starts with the same letters is not', () => {
    expect(inside('./outside/x', './out')).toBe(false);
    expect(inside('out/flux', './out')).toBe(true);
  });
});

describe('the IMPORTANT callout about flux.path', () => {
  it('is absent when flux.path is the compiled location (or unset)', () => {
    expect(coldStart(modelFrom(specWith('veil')))).not.toContain('[!IMPORTANT]');
    const explicit = rawSpec('veil');
    explicit.flux = { path: `./out/flux/${explicit.cluster.name}` };
    expect(coldStart(modelFrom(explicit))).not.toContain('[!IMPORTANT]');
  });

  it('fires when flux.path is set elsewhere, naming both paths', () => {
    const raw = rawSpec('veil');
    raw.flux = { path: './deploy/veil' };
    const doc = coldStart(modelFrom(raw));
    const callout = doc.split('\n').filter((l) => l.startsWith('> ')).join('\n');
    expect(callout).toContain('`./deploy/veil`');
    expect(callout).toContain(`\`./out/flux/${raw.cluster.name}\``);
  });
});

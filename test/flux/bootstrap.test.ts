// Flux bootstrap and the compiled tree live apart: bootstrap keeps its own
// manifests in the bootstrap path (./clusters/<cluster> by default), veilc
// writes only out/, and the one link is the glue Kustomization named after
// the cluster (out/flux/<cluster>/bootstrap/<cluster>.yaml), which the user
// copies into the bootstrap path. Expected values come from the spec files
// and the schema's documented defaults, not from the emitter.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fluxBootstrapPath, fluxGitPath } from '../../compiler/emit/flux/layout.ts';
import { fluxFindings, layoutFindings, RULE_BOOTSTRAP_IN_OUT, RULE_BOOTSTRAP_OVERLAP, RULE_GLUE_NAME, RULE_PATH_ELSEWHERE } from '../../compiler/emit/flux/refusals.ts';
import { loadSpec } from '../../compiler/load/load-spec.ts';
import { place } from '../../compiler/load/source.ts';
import { buildModel } from '../../compiler/model/build-model.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { docs, flux, model, modelFromData, rawSpec, SPECS } from './helpers.ts';

const glueOf = (cluster: string) => `flux/${cluster}/bootstrap/${cluster}.yaml`;

describe.each(['veil', 'nimbus'] as const)('%s: the glue Kustomization', (fixture) => {
  const m = model(fixture);
  const raw = rawSpec(fixture);
  const name: string = raw.cluster.name;
  const files = flux(m);
  const glue = files.filter((f) => f.path === glueOf(name));

  it('is one Kustomization named after the cluster that syncs fluxGitPath, the spec\'s flux.path', () => {
    expect(glue.length).toBe(1);
    const all = docs(glue);
    expect(all.length).toBe(1);
    // fluxGitPath is flux.path as written, or its documented default
    expect(fluxGitPath(m)).toBe(raw.flux?.path ?? `./out/flux/${name}`);
    expect(all[0]!.obj).toEqual({
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
      kind: 'Kustomization',
      metadata: { name, namespace: raw.flux?.namespace ?? 'flux-system' },
      spec: {
        interval: raw.flux?.interval ?? '10m',
        timeout: raw.flux?.timeout ?? '5m',
        sourceRef: { kind: 'GitRepository', name: raw.flux?.sourceRef ?? 'flux-system' },
        path: fluxGitPath(m),
        prune: true,
        wait: false,
      },
    });
  });

  it('says where to copy it: <bootstrapPath>/<cluster>.yaml', () => {
    const bootstrapPath = raw.flux?.bootstrapPath ?? `./clusters/${name}`;
    expect(fluxBootstrapPath(m.spec)).toBe(bootstrapPath);
    expect(glue[0]!.content).toContain(`Copy this file to\n# ${bootstrapPath}/${name}.yaml`);
  });

  it('is referenced by no kustomization.yaml of the tree, and its folder has none', () => {
    const configs = files.filter((f) => f.path.endsWith('/kustomization.yaml'));
    const referenced = configs.flatMap((c) => (docs([c])[0]!.obj.resources as string[]).map((r) => posix.normalize(posix.join(posix.dirname(c.path), r))));
    // the resolution is right: every other manifest is referenced exactly once
    const manifests = files.map((f) => f.path).filter((p) => !p.endsWith('/kustomization.yaml'));
    expect([...referenced].sort()).toEqual(manifests.filter((p) => p !== glueOf(name)).sort());
    expect(referenced).not.toContain(glueOf(name));
    expect(configs.map((c) => c.path)).not.toContain(`flux/${name}/bootstrap/kustomization.yaml`);
  });
});

describe('defaults follow cluster.name', () => {
  // veil.spec.yaml renamed, with no flux block at all
  const raw = rawSpec('veil');
  raw.cluster.name = 'solo';
  delete raw.flux;
  const m = modelFromData(raw);
  const files = flux(m);

  it('fluxGitPath ./out/flux/solo, bootstrap path ./clusters/solo', () => {
    expect(fluxGitPath(m)).toBe('./out/flux/solo');
    expect(fluxBootstrapPath(m.spec)).toBe('./clusters/solo');
  });

  it('the entry folder is out/flux/solo and every Kustomization path is under ./out/flux/solo', () => {
    expect(files.map((f) => f.path)).toContain('flux/solo/kustomization.yaml');
    expect(files.every((f) => f.path.startsWith('flux/solo/'))).toBe(true);
    const ks = docs(files).filter((d) => d.obj.apiVersion === 'kustomize.toolkit.fluxcd.io/v1');
    expect(ks.length).toBeGreaterThan(1);
    for (const d of ks) {
      if (d.file === glueOf('solo')) expect(d.obj.spec.path).toBe('./out/flux/solo');
      else expect(d.obj.spec.path, d.file).toMatch(/^\.\/out\/flux\/solo\//);
    }
    expect(files.map((f) => f.content).join('\n')).not.toContain('/flux/veil');
  });

  it('nothing to deny', () => {
    expect(fluxFindings(m)).toEqual([]);
  });
});

describe('where bootstrap and the compiled tree may live', () => {
  const withFlux = (f: Record<string, string>, clusterName?: string) => {
    const raw = rawSpec('veil');
    raw.flux = f;
    if (clusterName) raw.cluster.name = clusterName;
    return modelFromData(raw);
  };
  // VEIL-FLUX-006 (flux.path elsewhere than the compiled tree) is tested with the output place, test/place/
  const verdicts = (f: Record<string, string>, clusterName?: string) => layoutFindings(withFlux(f, clusterName)).filter((x) => x.rule !== RULE_PATH_ELSEWHERE).map((x) => `${x.rule} ${x.path.join('.')} ${x.severity}`);

  it('the defaults, and separate folders with a common prefix, are fine', () => {
    expect(verdicts({})).toEqual([]);
    expect(verdicts({ path: './clusters/veil-apps' })).toEqual([]);
    expect(verdicts({ bootstrapPath: './outside/veil' })).toEqual([]);
    expect(fluxFindings(model('veil'))).toEqual([]);
  });

  it('a bootstrap path inside out/ is denied at flux.bootstrapPath', () => {
    for (const bootstrapPath of ['./out', './out/clusters/veil', './out/flux/veil/boot']) {
      expect(verdicts({ bootstrapPath }), bootstrapPath).toEqual([`${RULE_BOOTSTRAP_IN_OUT} flux.bootstrapPath deny`]);
    }
  });

  it('the same folder for both is denied, at flux.path when only that is set', () => {
    expect(verdicts({ path: './clusters/veil' })).toEqual([`${RULE_BOOTSTRAP_OVERLAP} flux.path deny`]);
    expect(verdicts({ path: './deploy/./veil', bootstrapPath: './deploy/veil' })).toEqual([`${RULE_BOOTSTRAP_OVERLAP} flux.bootstrapPath deny`]);
    expect(layoutFindings(withFlux({ path: './clusters/veil' }))[0]!.message).toContain('same folder (./clusters/veil)');
  });

  it('one inside the other, either way, is denied', () => {
    expect(verdicts({ path: './deploy/veil', bootstrapPath: './deploy' })).toEqual([`${RULE_BOOTSTRAP_OVERLAP} flux.bootstrapPath deny`]);
    expect(verdicts({ path: './deploy', bootstrapPath: './deploy/boot' })).toEqual([`${RULE_BOOTSTRAP_OVERLAP} flux.bootstrapPath deny`]);
  });

  it('a cluster named like a compiled Kustomization or the Flux namespace is denied at cluster.name', () => {
    expect(verdicts({}, 'monitoring')).toEqual([`${RULE_GLUE_NAME} cluster.name deny`]);
    expect(verdicts({}, 'flux-system')).toEqual([`${RULE_GLUE_NAME} cluster.name deny`]);
  });

  it('emitFlux still emits (the pipeline denies these before writing), and fluxFindings carries them', () => {
    const m = withFlux({ bootstrapPath: './out/boot' });
    expect(flux(m).some((f) => f.path === glueOf('veil'))).toBe(true);
    expect(fluxFindings(m).map((f) => f.rule)).toEqual([RULE_BOOTSTRAP_IN_OUT]);
  });

  it('is reported on the spec line that sets the path', () => {
    const text = readFileSync(SPECS.veil, 'utf8');
    const from = '\nflux:\n';
    expect(text.split(from).length).toBe(2);
    const edited = text.replace(from, `${from}  bootstrapPath: ./out/boot\n`);
    const file = join(mkdtempSync(join(tmpdir(), 'veilc-flux-')), 'spec.yaml');
    writeFileSync(file, edited);
    const src = loadSpec(file);
    const { spec } = validateSchema(src.data);
    const [d, ...rest] = fluxFindings(buildModel(spec).model).map((f) => place(src, f));
    expect(rest).toEqual([]);
    const line = edited.split('\n').findIndex((l) => l.trim() === 'bootstrapPath: ./out/boot') + 1;
    expect(line).toBeGreaterThan(1);
    expect(d).toMatchObject({ rule: RULE_BOOTSTRAP_IN_OUT, severity: 'deny', line, path: 'flux.bootstrapPath' });
    expect(d!.hint).toContain('./clusters/veil');
  });
});

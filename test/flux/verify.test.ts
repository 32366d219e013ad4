// The verifiers veilc runs in `check` (and `compile --verify`): kubeconform
// -strict with no missing schemas over every document of the Flux tree, and
// `kustomize build` of every folder with a kustomization.yaml, offline with
// the schemas of this project's CI. They need the tools: locally a missing
// tool skips these tests with a hint; in CI (or VEILC_REQUIRE_TOOLS=1) it fails.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kubeconform, kubeconformArgs, manifestFiles, ONLINE_SCHEMA_LOCATIONS } from '../../compiler/verify/kubeconform.ts';
import { kustomize } from '../../compiler/verify/kustomize.ts';
import type { OutputFile } from '../../compiler/emit/output.ts';
import { writeTree } from '../../compiler/write/write-out.ts';
import type { Model } from '../../compiler/model/build-model.ts';
import { gatewaySpec, migrationSpec } from '../fixtures/fixtures.ts';
import { docs, flux, missing, model, modelFromData, offlineOptions, schemasDir, toolsRequired } from './helpers.ts';

/** The fixtures, and veil.spec.yaml with the Gateway API option and in the migration window. */
const TREES: [string, () => Model][] = [
  ['veil', () => model('veil')],
  ['nimbus', () => model('nimbus')],
  ['veil with envoy-gateway', () => modelFromData(gatewaySpec())],
  ['veil with envoy-gateway beside ingress-nginx', () => modelFromData(migrationSpec('192.168.0.221', true))],
];

function outDir(files: readonly OutputFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'veilc-flux-'));
  writeTree(dir, files);
  return dir;
}

/** Documents kubeconform must see: all of flux/, minus kustomize configs, counted without the verifier's code. */
function expectedDocuments(files: readonly OutputFile[]): number {
  return docs(files.filter((f) => !f.path.endsWith('/kustomization.yaml'))).length;
}

const schemas = schemasDir();
const kubeconformMissing = missing('kubeconform') ?? (schemas ? null : 'offline schemas not found: set VEILC_SCHEMAS_DIR (see ../shared/schemas/README.md)');
const kustomizeMissing = missing('kustomize');
if (kubeconformMissing && !toolsRequired()) console.warn(`skipping kubeconform tests: ${kubeconformMissing}`);
if (kustomizeMissing && !toolsRequired()) console.warn(`skipping kustomize tests: ${kustomizeMissing}`);

describe.skipIf(kubeconformMissing !== null && !toolsRequired())('kubeconform -strict, offline', () => {
  const opts = () => {
    expect(kubeconformMissing, 'kubeconform and the offline schemas are required here').toBeNull();
    return offlineOptions(schemas!);
  };

  for (const [name, build] of TREES) {
    it(`${name}: every document valid, none without a schema`, async () => {
      const files = flux(build());
      const r = await kubeconform(outDir(files), opts());
      expect(r.problems).toEqual([]);
      expect(r).toMatchObject({ tool: 'kubeconform', ran: true, ok: true });
      expect(r.checked).toBe(expectedDocuments(files));
    });
  }

  it('an unknown field is an error (-strict)', async () => {
    const dir = outDir([{ path: 'flux/x/cm.yaml', content: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  namespace: x\nbogus: 1\n' }]);
    const r = await kubeconform(dir, opts());
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toMatch(/flux\/x\/cm\.yaml: ConfigMap x .*bogus/);
  });

  it('a kind without a schema is an error, not a skip', async () => {
    const dir = outDir([{ path: 'flux/x/w.yaml', content: 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n' }]);
    const r = await kubeconform(dir, opts());
    expect(r.ok).toBe(false);
    expect(r.problems.join('\n')).toMatch(/could not find schema for Widget/);
  });

  it('kustomization.yaml files are left out; everything else under flux/ is checked', async () => {
    const dir = outDir([
      { path: 'flux/x/kustomization.yaml', content: 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - cm.yaml\n' },
      { path: 'flux/x/cm.yaml', content: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' },
      { path: 'docs/README.md', content: '# not a manifest\n' },
    ]);
    expect(manifestFiles(dir).map((f) => f.slice(dir.length + 1))).toEqual(['flux/x/cm.yaml']);
    const r = await kubeconform(dir, opts());
    expect(r).toMatchObject({ ok: true, checked: 1, problems: [] });
  });
});

describe('kubeconform arguments', () => {
  it('online users get kubeconform\'s defaults plus the CRD catalog; never -ignore-missing-schemas', () => {
    const args = kubeconformArgs(['a.yaml'], { schemaLocations: [], kubernetesVersion: '1.34.0', env: {} });
    expect(args.filter((_, i) => args[i - 1] === '-schema-location')).toEqual([...ONLINE_SCHEMA_LOCATIONS]);
    expect(args).toContain('-strict');
    expect(args.join(' ')).toContain('-kubernetes-version 1.34.0');
    expect(args).not.toContain('-ignore-missing-schemas');
  });

  it('a missing tool is reported as skipped with a hint, never as a pass', async () => {
    const r = await kubeconform(outDir([]), { schemaLocations: [], kubernetesVersion: '1.34.0', env: { ...process.env, VEILC_KUBECONFORM: '/nonexistent/kubeconform' } });
    expect(r).toMatchObject({ ran: false, ok: false });
    expect(r.skipped).toContain('VEILC_KUBECONFORM');
  });
});

describe.skipIf(kustomizeMissing !== null && !toolsRequired())('kustomize build', () => {
  const opts = () => {
    expect(kustomizeMissing, 'kustomize is required here').toBeNull();
    return { schemaLocations: [], kubernetesVersion: '1.34.0', env: process.env };
  };

  for (const [name, build] of TREES) {
    it(`${name}: every folder with a kustomization.yaml builds`, async () => {
      const files = flux(build());
      const r = await kustomize(outDir(files), opts());
      expect(r.problems).toEqual([]);
      expect(r).toMatchObject({ tool: 'kustomize', ran: true, ok: true });
      expect(r.checked).toBe(files.filter((f) => f.path.endsWith('/kustomization.yaml')).length);
    });
  }

  it('a folder that does not build is reported with its path', async () => {
    const dir = outDir([{ path: 'flux/x/kustomization.yaml', content: 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - missing.yaml\n' }]);
    mkdirSync(join(dir, 'flux/y'));
    writeFileSync(join(dir, 'flux/y/kustomization.yaml'), 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n');
    const r = await kustomize(dir, opts());
    expect(r).toMatchObject({ ok: false, checked: 2 });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^flux\/x: .*missing\.yaml/);
  });
});

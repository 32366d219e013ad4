// Every compiled document of every fixture spec, sent to a real kube-apiserver
// 1.34 (with the Flux and MetalLB CRDs installed) as a server-side dry run of
// the server-side apply Flux performs. Beyond kubeconform, the API server
// checks selectors against template labels, port names, immutable fields,
// admission, and the CRDs' CEL rules. Namespaces are created for real first:
// a namespace created in a dry run does not exist for the objects after it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputFile } from '../../compiler/emit/output.ts';
import { compileModel, hasDeny, validateSpec } from '../../compiler/pipeline.ts';
import { ROOT } from '../fixtures/fixtures.ts';
import { CRD_DIR, describeWithControlPlane, useControlPlane, yamlFilesUnder, type ApplyResult } from './control-plane.ts';
import { describeDocument, editDocument, findDocument, manifestDocuments, type ManifestDocument } from './manifests.ts';

/** veil.spec.yaml and every `*.spec.yaml` under test/ (repository-relative, sorted). */
function fixtureSpecs(): string[] {
  const under = (dir: string): string[] =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? under(join(dir, e.name)) : e.name.endsWith('.spec.yaml') ? [join(dir, e.name)] : [],
    );
  return ['veil.spec.yaml', ...under('test').sort()];
}

interface Compiled {
  spec: string;
  /** Rule IDs that deny the spec (veilc then writes nothing), else empty. */
  denied: string[];
  files: OutputFile[];
}

/** What `veilc compile` would write for the spec, in-process. */
async function compile(spec: string): Promise<Compiled> {
  const v = await validateSpec(join(ROOT, spec));
  if (hasDeny(v.diagnostics)) {
    return { spec, denied: [...new Set(v.diagnostics.filter((d) => d.severity === 'deny' && !d.waived).map((d) => d.rule))], files: [] };
  }
  return { spec, denied: [], files: compileModel(v.model) };
}

const compiled = await Promise.all(fixtureSpecs().map(compile));

/** Namespaces the documents live in or create. */
function namespacesOf(docs: readonly ManifestDocument[]): string[] {
  return [...new Set(docs.flatMap((d) => (d.kind === 'Namespace' ? [d.name] : d.namespace ? [d.namespace] : [])))].sort();
}

function refusals(results: readonly ApplyResult[]): string[] {
  return results.filter((r) => !r.ok).map((r) => `${describeDocument(r.document)}: ${r.reason} ${r.message}`);
}

const cp = useControlPlane({ crds: yamlFilesUnder(CRD_DIR) });

describeWithControlPlane('server-side dry run on a real kube-apiserver', () => {
  it('compiles the two main fixtures (the other tests depend on them)', () => {
    for (const spec of ['veil.spec.yaml', 'test/fixtures/nimbus.spec.yaml']) {
      const c = compiled.find((x) => x.spec === spec)!;
      expect(c.denied, spec).toEqual([]);
      expect(manifestDocuments(c.files).length, spec).toBeGreaterThan(10);
    }
  });

  for (const c of compiled) {
    if (c.denied.length) {
      it.skip(`${c.spec}: denied by ${c.denied.join(', ')}, so veilc writes nothing to apply`, () => {});
      continue;
    }
    it(`${c.spec}: the API server accepts every compiled document`, async () => {
      const docs = manifestDocuments(c.files);
      await cp().ensureNamespaces(namespacesOf(docs));
      const results = await cp().applyDocuments(docs, { dryRun: true });
      expect(results).toHaveLength(docs.length);
      // a kind the server does not know is a refusal too (NoKindMatch)
      expect(refusals(results)).toEqual([]);
      expect(docs.length).toBeGreaterThan(0);
    }, 120_000);
  }

  // The same path must be able to fail: faults kubeconform cannot see, each refused by the server.
  const veil = () => manifestDocuments(compiled.find((x) => x.spec === 'veil.spec.yaml')!.files);

  it('refuses a StatefulSet whose selector does not match its pod template', async () => {
    const sts = veil().find((d) => d.kind === 'StatefulSet')!;
    const broken = editDocument(sts, (o) => {
      o.spec.selector = { matchLabels: { 'app.kubernetes.io/name': 'not-the-template' } };
    });
    const [r] = await cp().applyDocuments([broken], { dryRun: true });
    expect(r!.ok).toBe(false);
    expect(r!.message).toMatch(/selector.*does not match template labels|`selector` does not match template `labels`/);
  });

  it('refuses a Service port name that is not an IANA service name', async () => {
    const svc = veil().find((d) => d.kind === 'Service')!;
    const broken = editDocument(svc, (o) => {
      o.spec.ports[0].name = 'Not_A_Port_Name';
    });
    const [r] = await cp().applyDocuments([broken], { dryRun: true });
    expect(r!.ok).toBe(false);
    expect(r!.message).toMatch(/spec\.ports\[0\]\.name/);
  });

  it("refuses a HelmRelease that breaks the CRD's CEL rule (chart and chartRef both set)", async () => {
    const hr = veil().find((d) => d.kind === 'HelmRelease')!;
    const broken = editDocument(hr, (o) => {
      o.spec.chartRef = { kind: 'OCIRepository', name: 'elsewhere' };
    });
    const [r] = await cp().applyDocuments([broken], { dryRun: true });
    expect(r!.ok).toBe(false);
    expect(r!.message).toMatch(/either chart or chartRef must be set/);
  });

  it('refuses a field the schema does not know, in a built-in kind and in a CRD', async () => {
    const sts = editDocument(veil().find((d) => d.kind === 'StatefulSet')!, (o) => {
      o.spec.template.spec.containers[0].imagePullPolicyy = 'Always';
    });
    const ks = editDocument(veil().find((d) => d.kind === 'Kustomization')!, (o) => {
      o.spec.dependsOnn = [{ name: 'sources' }];
    });
    const results = await cp().applyDocuments([sts, ks], { dryRun: true });
    expect(results.map((r) => r.ok)).toEqual([false, false]);
    expect(results[0]!.message).toMatch(/imagePullPolicyy: field not declared in schema/);
    expect(results[1]!.message).toMatch(/dependsOnn: field not declared in schema/);
  });

  it('refuses a kind that no installed CRD defines', async () => {
    const pool = veil().find((d) => d.kind === 'IPAddressPool')!;
    const unknown = editDocument(pool, (o) => {
      o.kind = 'IPAddressPoool';
    });
    const [r] = await cp().applyDocuments([unknown], { dryRun: true });
    expect(r!.ok).toBe(false);
    expect(r!.reason).toBe('NoKindMatch');
  });

  describe('dryRunUpdate: the base applied for real, the new output dry-run as an update', () => {
    it('accepts an in-place change (replicas) and refuses an immutable one (volumeClaimTemplates)', async () => {
      const base = veil();
      const sts = base.find((d) => d.kind === 'StatefulSet')!;
      const withReplicas = base.map((d) => (d === sts ? editDocument(d, (o) => { o.spec.replicas += 1; }) : d));
      const ok = await cp().dryRunUpdate(base, withReplicas);
      expect(refusals(ok)).toEqual([]);

      const withBiggerDrives = base.map((d) =>
        d === sts ? editDocument(d, (o) => { o.spec.volumeClaimTemplates[0].spec.resources.requests.storage = '999Gi'; }) : d,
      );
      const refused = await cp().dryRunUpdate(base, withBiggerDrives);
      const stsResult = refused.find((r) => r.document.kind === 'StatefulSet')!;
      expect(stsResult.ok).toBe(false);
      expect(stsResult.message).toMatch(/updates to statefulset spec for fields other than/);
      // everything else in the tree is an accepted no-op update
      expect(refusals(refused)).toHaveLength(1);
    }, 120_000);

    it('cleans up: after a dry-run update the base objects are gone again', async () => {
      const base = veil();
      await cp().dryRunUpdate(base, base);
      const sts = findDocument(base, 'StatefulSet', 'minio');
      const r = await cp().request('GET', `/apis/apps/v1/namespaces/${sts.namespace}/statefulsets/${sts.name}`);
      expect(r.status).toBe(404);
    }, 120_000);
  });
});

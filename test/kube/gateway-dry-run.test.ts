// The Gateway API trees (ingress.controller: envoy-gateway, alone and in the
// migration window) on a real kube-apiserver 1.34 with the upstream Gateway API
// v1.6.1 and Envoy Gateway v1.9.0 CRDs installed (crds/SOURCES.md): every
// compiled document passes a server-side dry run of Flux's apply, the CRDs'
// CEL rules included, which kubeconform cannot evaluate; and each step of the
// migration (ingress-nginx -> both side by side -> DNS switched -> the Gateway
// alone) is accepted as an update over the step before it.
import { expect, it } from 'vitest';
import { emitAll } from '../../compiler/emit/emit-all.ts';
import type { OutputFile } from '../../compiler/emit/output.ts';
import { gatewaySpec, migrationSpec, rawSpec } from '../fixtures/fixtures.ts';
import { modelFromData } from '../flux/helpers.ts';
import { CRD_DIR, describeWithControlPlane, useControlPlane, yamlFilesUnder, type ApplyResult } from './control-plane.ts';
import { describeDocument, editDocument, manifestDocuments, type ManifestDocument } from './manifests.ts';

const compiled = (raw: Record<string, any>): OutputFile[] => emitAll(modelFromData(raw));

/** The four states of a move off ingress-nginx, in order. */
const STEPS: [string, () => Record<string, any>][] = [
  ['ingress-nginx (veil.spec.yaml)', () => rawSpec('veil')],
  ['envoy-gateway beside ingress-nginx, DNS on ingress-nginx', () => migrationSpec('192.168.0.221', true)],
  ['envoy-gateway beside ingress-nginx, DNS switched', () => migrationSpec('192.168.0.221', false)],
  ['envoy-gateway alone', () => { const raw = gatewaySpec(); raw.ingress.address = '192.168.0.221'; return raw; }],
];

function namespacesOf(docs: readonly ManifestDocument[]): string[] {
  return [...new Set(docs.flatMap((d) => (d.kind === 'Namespace' ? [d.name] : d.namespace ? [d.namespace] : [])))].sort();
}

function refusals(results: readonly ApplyResult[]): string[] {
  return results.filter((r) => !r.ok).map((r) => `${describeDocument(r.document)}: ${r.reason} ${r.message}`);
}

const cp = useControlPlane({ crds: yamlFilesUnder(CRD_DIR) });

describeWithControlPlane('the Gateway API trees on a real kube-apiserver', () => {
  for (const [name, raw] of STEPS.slice(1)) {
    it(`${name}: the API server accepts every compiled document`, async () => {
      const docs = manifestDocuments(compiled(raw()));
      const kinds = new Set(docs.map((d) => d.kind));
      for (const k of ['GatewayClass', 'Gateway', 'HTTPRoute', 'EnvoyProxy', 'BackendTrafficPolicy']) expect(kinds, k).toContain(k);
      await cp().ensureNamespaces(namespacesOf(docs));
      const results = await cp().applyDocuments(docs, { dryRun: true });
      expect(results).toHaveLength(docs.length);
      expect(refusals(results)).toEqual([]);
    }, 120_000);
  }

  for (let i = 1; i < STEPS.length; i++) {
    const [from, before] = STEPS[i - 1]!, [to, after] = STEPS[i]!;
    it(`from "${from}" to "${to}": every document is accepted as an update`, async () => {
      const results = await cp().dryRunUpdate(manifestDocuments(compiled(before())), manifestDocuments(compiled(after())));
      expect(results.length).toBeGreaterThan(20);
      expect(refusals(results)).toEqual([]);
    }, 180_000);
  }

  // The same path must be able to fail: rules of the Gateway API CRDs that only the server evaluates (CEL).
  const gatewayDocs = () => manifestDocuments(compiled(gatewaySpec()));

  it('refuses an HTTPRoute whose backend timeout outlasts its request timeout', async () => {
    const route = gatewayDocs().find((d) => d.kind === 'HTTPRoute' && d.object.spec.rules?.[0]?.timeouts)!;
    const broken = editDocument(route, (o) => { o.spec.rules[0].timeouts = { request: '10s', backendRequest: '20s' }; });
    await cp().ensureNamespaces(namespacesOf([broken]));
    const [r] = await cp().applyDocuments([broken], { dryRun: true });
    expect(r!.ok).toBe(false);
    expect(r!.message).toMatch(/backendRequest timeout cannot be longer than request timeout/);
  });

  it('refuses a Gateway with two listeners of the same port, protocol and hostname', async () => {
    const gw = gatewayDocs().find((d) => d.kind === 'Gateway')!;
    const broken = editDocument(gw, (o) => { o.spec.listeners.push({ ...o.spec.listeners[0], name: 'again' }); });
    await cp().ensureNamespaces(namespacesOf([broken]));
    const [r] = await cp().applyDocuments([broken], { dryRun: true });
    expect(r!.ok).toBe(false);
    expect(r!.message).toMatch(/Combination of port, protocol and hostname must be unique/);
  });
});

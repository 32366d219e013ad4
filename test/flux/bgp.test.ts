// MetalLB BGP: loadBalancer.bgp compiles to one metallb.io/v1beta2 BGPPeer
// per peer (in infra-configs, beside the pools it announces), valid against
// the BGPPeer CRD of MetalLB v0.15.2 with kubeconform -strict; the password
// stays in a Secret of the type and key MetalLB reads, which the cold-start
// runbook asks the user to create; the schema has no field for an inline
// password.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { secretNeeds } from '../../compiler/emit/runbooks/common.ts';
import { emitRunbooks } from '../../compiler/emit/runbooks/emit-runbooks.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { kubeconform } from '../../compiler/verify/kubeconform.ts';
import { writeTree } from '../../compiler/write/write-out.ts';
import { flux, missing, modelFromData, offlineOptions, rawSpec, resources, schemasDir, toolsRequired } from './helpers.ts';

function withBgp(peers: object[]) {
  const raw = rawSpec('veil');
  raw.loadBalancer.pools[0].mode = 'bgp';
  raw.loadBalancer.bgp = { myASN: 64512, peers };
  return raw;
}

const ROUTERS = [
  { name: 'router', address: '192.168.0.1', peerASN: 64513 },
  { name: 'edge', address: '192.168.0.2', peerASN: 64512, port: 1790, holdTime: 30, passwordSecret: { name: 'bgp-edge' }, nodes: ['meteor-1', 'meteor-2'] },
];

describe('BGP peers', () => {
  const m = modelFromData(withBgp(ROUTERS));
  const files = flux(m);
  const all = resources(files);

  it('one BGPPeer per peer, with the cluster ASN, in the MetalLB namespace', () => {
    const peers = all.filter((d) => d.obj.kind === 'BGPPeer');
    expect(peers.map((d) => d.file)).toEqual(['flux/veil/infrastructure/configs/metallb-bgp-peers.yaml', 'flux/veil/infrastructure/configs/metallb-bgp-peers.yaml']);
    expect(peers.map((d) => d.obj)).toEqual([
      { apiVersion: 'metallb.io/v1beta2', kind: 'BGPPeer', metadata: { name: 'router', namespace: 'metallb-system' }, spec: { myASN: 64512, peerASN: 64513, peerAddress: '192.168.0.1' } },
      {
        apiVersion: 'metallb.io/v1beta2', kind: 'BGPPeer', metadata: { name: 'edge', namespace: 'metallb-system' },
        spec: {
          myASN: 64512, peerASN: 64512, peerAddress: '192.168.0.2', peerPort: 1790, holdTime: '30s',
          passwordSecret: { name: 'bgp-edge', namespace: 'metallb-system' },
          nodeSelectors: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['meteor-1', 'meteor-2'] }] }],
        },
      },
    ]);
    // the pool is announced by a BGPAdvertisement, which without `peers` goes to every BGPPeer
    expect(all.find((d) => d.obj.kind === 'BGPAdvertisement')!.obj.spec).toEqual({ ipAddressPools: ['default'] });
  });

  it('no password in any file; the runbook asks for a basic-auth Secret with the key password', () => {
    expect(files.map((f) => f.content).join('\n')).not.toMatch(/^\s*password:/m);
    expect(secretNeeds(m).find((n) => n.name === 'bgp-edge')).toEqual({ namespace: 'metallb-system', name: 'bgp-edge', keys: ['password'], type: 'kubernetes.io/basic-auth', for: 'BGP peer edge' });
  });

  it('COLD-START creates that Secret with its type, reading the password without echo', () => {
    const cold = emitRunbooks(m).find((f) => f.path === 'docs/COLD-START.md')!.content;
    expect(cold).toContain("kubectl -n metallb-system create secret generic bgp-edge \\\n  --type=kubernetes.io/basic-auth \\\n  --from-file=password=");
    expect(cold).toContain("read -rsp 'metallb-system/bgp-edge password: '");
  });

  it('an inline password is not a field of the spec', () => {
    const raw = withBgp([{ ...ROUTERS[0], password: 'hunter22' }]);
    const r = validateSchema(raw);
    expect(r.findings.map((f) => [f.rule, f.path])).toEqual([['VEIL-SCHEMA-001', ['loadBalancer', 'bgp', 'peers', 0, 'password']]]);
    expect(JSON.stringify(r.findings)).not.toContain('hunter22');
  });

  it('no bgp block, no BGPPeer file', () => {
    expect(flux(modelFromData(rawSpec('veil'))).some((f) => f.path.endsWith('metallb-bgp-peers.yaml'))).toBe(false);
  });

  const schemas = schemasDir();
  const why = missing('kubeconform') ?? (schemas ? null : 'offline schemas not found');
  it.skipIf(why !== null && !toolsRequired())('kubeconform -strict accepts the BGPPeers against the v1beta2 CRD', async () => {
    expect(why).toBeNull();
    const dir = mkdtempSync(join(tmpdir(), 'veilc-bgp-'));
    writeTree(dir, files);
    const r = await kubeconform(dir, offlineOptions(schemas!));
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
  });
});

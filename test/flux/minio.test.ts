// The MinIO manifests make MinIO form the erasure sets the policy stage
// verified: the emitted server argument, expanded by a port of MinIO's own
// ellipses and set-size code, yields facts.erasure.setSize, the same sets per
// server, and the explicit parity; plus claims, affinity and the PDB.
import { describe, expect, it } from 'vitest';
import { emitFlux } from '../../compiler/emit/flux/emit-flux.ts';
import { minioVolumeArg } from '../../compiler/emit/flux/minio-args.ts';
import { FluxRefusal, fluxFindings, RULE_DRIVE_SIZE_OVERRIDE } from '../../compiler/emit/flux/refusals.ts';
import { chooseSetSize, possibleSetSizes } from '../../compiler/model/erasure.ts';
import { flux, model, modelFromData, one, rawSpec, resources, type Fixture } from './helpers.ts';
import { minioSets } from './minio-ellipses.ts';

function statefulSetOf(fixture: Fixture | ReturnType<typeof model>) {
  const m = typeof fixture === 'string' ? model(fixture) : fixture;
  const all = resources(flux(m));
  return { m, all, sts: one(all, 'StatefulSet', m.spec.objectStore!.name) };
}

describe('the port of MinIO\'s set selection agrees with MinIO\'s own tests', () => {
  // cases from cmd/endpoint-ellipses_test.go (TestGetSetIndexes, TestParseEndpointSet): argument -> set size x set count
  const cases: [string, number, number][] = [
    ['{1...27}', 9, 3],
    ['/export/set{1...64}', 16, 4],
    ['http://minio{2...3}/export/set{1...64}', 16, 8],
    ['http://minio{1...64}.mydomain.net/data', 16, 4],
    ['http://rack{1...4}.mydomain.minio{1...16}/data', 16, 4],
    ['http://minio{0...15}.mydomain.net/data{0...1}', 16, 2],
    ['http://server1/data{01...32}', 16, 2],
    ['http://minio{2...3}/export/set{1...64}/test{1...2}', 16, 16],
    ['/export{1...10}/disk{1...10}', 10, 10],
    ['http://host{1...3}/data{1...180}', 15, 36],
    ['http://host{1...2}.rack{1...4}/data{1...180}', 16, 90],
    ['http://host{1...2}/data{1...180}', 12, 30],
    ['data/controller{1...11}/export{1...8}', 11, 8],
  ];
  for (const [arg, size, count] of cases) {
    it(arg, () => {
      const r = minioSets(arg);
      expect([r.setSize, r.sets.length]).toEqual([size, count]);
    });
  }

  it('refuses what MinIO refuses (no symmetric set size)', () => {
    expect(() => minioSets('data{1...17}/export{1...52}')).toThrow(/symmetric|divisible/);
  });

  it('expands like MinIO: last ellipsis outermost, zero padding kept', () => {
    expect(minioSets('http://m{0...1}.svc/d{00...01}').endpoints).toEqual(['http://m0.svc/d00', 'http://m1.svc/d00', 'http://m0.svc/d01', 'http://m1.svc/d01']);
  });
});

describe('MinIO forms exactly the verified erasure sets', () => {
  for (const fixture of ['veil', 'nimbus'] as const) {
    it(`${fixture}: the emitted server argument expands, the way MinIO does, into the verified geometry`, () => {
      const { m, sts } = statefulSetOf(fixture);
      const raw = rawSpec(fixture).objectStore;
      const e = m.facts.erasure!;
      const container = sts.spec.template.spec.containers[0];
      const arg = container.args[container.args.length - 1] as string;
      const { setSize, sets, endpoints, patterns } = minioSets(arg);

      expect(setSize).toBe(e.setSize);
      // and through compiler/model/erasure.ts from what MinIO parsed: total drives, symmetry = the first ellipsis in the argument
      expect(Math.max(...possibleSetSizes(endpoints.length, patterns[patterns.length - 1]!.seq.length))).toBe(e.setSize);
      expect(endpoints.length).toBe(raw.servers * raw.drivesPerServer);
      expect(new Set(endpoints).size).toBe(endpoints.length);
      expect(sets.length).toBe(e.setCount);

      // every endpoint is a pod of this StatefulSet behind its headless Service, on a mounted drive
      const mounts = container.volumeMounts.map((v: any) => v.mountPath);
      const claims = sts.spec.volumeClaimTemplates.map((c: any) => c.metadata.name);
      expect(mounts).toEqual(claims.map((c: string) => `/${c}`));
      const headless = one(resources(flux(m)), 'Service', sts.spec.serviceName);
      expect(headless.spec.clusterIP).toBe('None');
      expect(headless.spec.publishNotReadyAddresses).toBe(true);
      const re = new RegExp(`^http://${raw.name}-(\\d+)\\.${sts.spec.serviceName}\\.${raw.namespace}\\.svc\\.cluster\\.local:9000(/.+)$`);
      const perSetPerServer = sets.map((set) => {
        const count = Array<number>(raw.servers).fill(0);
        for (const ep of set) {
          const [, ordinal, path] = re.exec(ep) ?? [];
          expect(ordinal, ep).toBeDefined();
          expect(Number(ordinal)).toBeLessThan(sts.spec.replicas);
          expect(mounts).toContain(path);
          count[Number(ordinal)]!++;
        }
        return count;
      });
      // the model's per-node view of each set matches MinIO's, server i being the i-th listed node
      expect(perSetPerServer).toEqual(e.drivesPerNodeInSet);

      const env = Object.fromEntries(container.env.map((x: any) => [x.name, x.value]));
      expect(env.MINIO_STORAGE_CLASS_STANDARD).toBe(`EC:${raw.erasure.parity}`);
      expect(raw.erasure.parity).toBeLessThanOrEqual(setSize / 2);
      expect(raw.erasure.data + raw.erasure.parity).toBe(setSize);
    });
  }

  it('for every server and drive count 1..16 where MinIO can form sets, the argument yields the size the model predicts', () => {
    let checked = 0;
    for (let servers = 1; servers <= 16; servers++) {
      for (let drives = 1; drives <= 16; drives++) {
        const expected = chooseSetSize(servers, drives);
        if (expected === undefined || servers * drives < 2) continue;
        const arg = minioVolumeArg({ name: 'minio', namespace: 'minio', servers, drivesPerServer: drives } as never);
        expect(minioSets(arg).setSize, `${servers}x${drives}: ${arg}`).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('MinIO pods, claims and disruption budget', () => {
  it('veil: one claim per drive with the spec size and class, one server per node, only on the listed nodes', () => {
    const { sts } = statefulSetOf('veil');
    const raw = rawSpec('veil').objectStore;
    expect(sts.spec.replicas).toBe(raw.servers);
    expect(sts.spec.podManagementPolicy).toBe('Parallel');
    expect(sts.spec.volumeClaimTemplates.map((c: any) => c.metadata.name)).toEqual(Array.from({ length: raw.drivesPerServer }, (_, i) => `data${i}`));
    for (const c of sts.spec.volumeClaimTemplates) expect(c.spec).toEqual({ accessModes: ['ReadWriteOnce'], storageClassName: raw.storageClass, resources: { requests: { storage: raw.driveSize } } });
    const aff = sts.spec.template.spec.affinity;
    expect(aff.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution).toEqual([{ labelSelector: { matchLabels: sts.spec.selector.matchLabels }, topologyKey: 'kubernetes.io/hostname' }]);
    expect(aff.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms).toEqual([{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: raw.nodes }] }]);
    expect(sts.spec.template.spec.containers[0].image).toMatch(/:RELEASE\.\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$|@sha256:/);
    expect(sts.spec.template.spec.containers[0].resources.requests).toBeDefined();
  });

  it('veil: the PDB lets exactly the verified tolerance go (EC:2 over 3 x 2: one node)', () => {
    const { m, all } = statefulSetOf('veil');
    const e = m.facts.erasure!;
    const pdb = one(all, 'PodDisruptionBudget');
    expect(pdb.spec.maxUnavailable).toBe(Math.min(e.readNodeTolerance, e.writeNodeTolerance));
    expect(pdb.spec.maxUnavailable).toBe(rawSpec('veil').objectStore.require.nodeFailures);
    expect(pdb.spec.selector.matchLabels).toEqual(one(all, 'StatefulSet').spec.selector.matchLabels);
  });

  it('a layout that cannot lose a node gets no PDB (maxUnavailable 0 would block every drain)', () => {
    const raw = rawSpec('veil');
    // 2 servers x 2 drives, EC:2: one set of 4, write quorum 3, a node holds 2 drives of it
    Object.assign(raw.objectStore, { servers: 2, drivesPerServer: 2, erasure: { data: 2, parity: 2 }, nodes: ['meteor-1', 'meteor-2'] });
    const m = modelFromData(raw);
    expect(m.facts.erasure!.writeNodeTolerance).toBe(0);
    expect(resources(flux(m)).filter((d) => d.obj.kind === 'PodDisruptionBudget')).toEqual([]);
  });

  it('veil: Ingresses for the API and console hosts through the ingress class; ClusterIP Services', () => {
    const { all } = statefulSetOf('veil');
    const raw = rawSpec('veil');
    const ing = all.filter((d) => d.obj.kind === 'Ingress').map((d) => d.obj);
    expect(ing.map((i) => i.spec.rules[0].host)).toEqual([raw.objectStore.exposure.apiHost, raw.objectStore.exposure.consoleHost]);
    for (const i of ing) {
      expect(i.spec.ingressClassName).toBe(raw.ingress.className);
      expect(i.metadata.annotations['nginx.ingress.kubernetes.io/proxy-body-size']).toBe('0');
    }
    expect(one(all, 'Service', raw.objectStore.name).spec.type).toBe('ClusterIP');
  });
});

describe('per-node drive sizes are refused, not silently dropped', () => {
  it('a differing override is a deny finding at its spec path, and emitFlux refuses', () => {
    const raw = rawSpec('veil');
    raw.objectStore.driveSizeOverrides = { 'meteor-2': '250Gi' };
    const m = modelFromData(raw);
    const findings = fluxFindings(m);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: RULE_DRIVE_SIZE_OVERRIDE, severity: 'deny', path: ['objectStore', 'driveSizeOverrides', 'meteor-2'] });
    expect(() => emitFlux(m)).toThrow(FluxRefusal);
  });

  it('an override equal to driveSize (in bytes) is harmless', () => {
    const raw = rawSpec('veil');
    expect(raw.objectStore.driveSize).toBe('125Gi');
    raw.objectStore.driveSizeOverrides = { 'meteor-2': '128000Mi' };
    const m = modelFromData(raw);
    expect(fluxFindings(m)).toEqual([]);
    expect(flux(m)).toEqual(flux(model('veil')));
  });
});

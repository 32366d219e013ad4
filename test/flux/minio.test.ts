// The MinIO manifests make MinIO form the erasure sets the policy stage
// verified: the emitted server argument, expanded by a port of MinIO's own
// ellipses and set-size code, yields facts.erasure.setSize, the same sets per
// server, and the explicit parity; plus claims, affinity and the PDB.
import { describe, expect, it } from 'vitest';
import { emitFlux } from '../../compiler/emit/flux/emit-flux.ts';
import { minioVolumeArg } from '../../compiler/emit/flux/minio-args.ts';
import { FluxRefusal, fluxFindings, RULE_STATEFULSET_NAME } from '../../compiler/emit/flux/refusals.ts';
import { chooseSetSize, drivesPerServerInSet, possibleSetSizes } from '../../compiler/model/erasure.ts';
import { flux, model, modelFromData, one, rawSpec, resources, type Fixture } from './helpers.ts';
import { minioPools, minioSets } from './minio-ellipses.ts';

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

  it('one pool per argument; with several, each needs an ellipsis (mergeDisksLayoutFromArgs)', () => {
    expect(minioPools(['http://a{1...4}/d', 'http://b{1...2}/d{1...3}']).map((p) => [p.setSize, p.sets.length])).toEqual([[4, 1], [6, 1]]);
    expect(() => minioPools(['http://a{1...4}/d', 'http://b1/d'])).toThrow(/all args must have ellipses/);
  });

  it('expands like MinIO: last ellipsis outermost, zero padding kept', () => {
    expect(minioSets('http://m{0...1}.svc/d{00...01}').endpoints).toEqual(['http://m0.svc/d00', 'http://m1.svc/d00', 'http://m0.svc/d01', 'http://m1.svc/d01']);
  });
});

describe('MinIO forms exactly the verified erasure sets', () => {
  for (const fixture of ['veil', 'nimbus'] as const) {
    it(`${fixture}: every pool's server argument expands, the way MinIO does, into the verified geometry`, () => {
      const m = model(fixture);
      const all = resources(flux(m));
      const e = m.facts.erasure!;
      const raw = rawSpec(fixture).objectStore;
      const rawPools = [raw, ...(raw.pools ?? [])];
      expect(e.pools).toHaveLength(rawPools.length);
      const statefulSets = all.filter((d) => d.obj.kind === 'StatefulSet').map((d) => d.obj);
      expect(statefulSets.map((s) => s.metadata.name)).toEqual(e.pools.map((p) => p.name));
      // every server of every pool gets the same command line, listing every pool in order
      const argLists = statefulSets.map((s) => s.spec.template.spec.containers[0].args);
      for (const args of argLists) expect(args).toEqual(argLists[0]);
      const poolArgs = (argLists[0] as string[]).slice(5);
      expect(poolArgs).toHaveLength(e.pools.length);

      e.pools.forEach((p, i) => {
        const sts = statefulSets[i]!;
        const container = sts.spec.template.spec.containers[0];
        const { setSize, sets, endpoints, patterns } = minioSets(poolArgs[i]!);
        expect(setSize).toBe(p.setSize);
        // and through compiler/model/erasure.ts from what MinIO parsed: total drives, symmetry = the first ellipsis in the argument
        expect(Math.max(...possibleSetSizes(endpoints.length, patterns[patterns.length - 1]!.seq.length))).toBe(p.setSize);
        expect(endpoints.length).toBe(rawPools[i].servers * rawPools[i].drivesPerServer);
        expect(new Set(endpoints).size).toBe(endpoints.length);
        expect(sets.length).toBe(p.setCount);

        // every endpoint is a pod of this pool's StatefulSet behind its own headless Service, on a mounted drive
        const mounts = container.volumeMounts.map((v: any) => v.mountPath);
        const claims = sts.spec.volumeClaimTemplates.map((c: any) => c.metadata.name);
        expect(mounts).toEqual(claims.map((c: string) => `/${c}`));
        const headless = one(all, 'Service', sts.spec.serviceName);
        expect(headless.spec.clusterIP).toBe('None');
        expect(headless.spec.publishNotReadyAddresses).toBe(true);
        expect(headless.spec.selector).toEqual(sts.spec.selector.matchLabels);
        const re = new RegExp(`^http://${p.name}-(\\d+)\\.${sts.spec.serviceName}\\.${raw.namespace}\\.svc\\.cluster\\.local:9000(/.+)$`);
        const perSetPerServer = sets.map((set) => {
          const count = Array<number>(p.servers).fill(0);
          for (const ep of set) {
            const [, ordinal, path] = re.exec(ep) ?? [];
            expect(ordinal, ep).toBeDefined();
            expect(Number(ordinal)).toBeLessThan(sts.spec.replicas);
            expect(mounts).toContain(path);
            count[Number(ordinal)]!++;
          }
          return count;
        });
        // the model's spread of a set over servers is MinIO's: hostsPerSet servers with drivesPerHostInSet drives each
        for (const counts of perSetPerServer) expect(counts.filter((c) => c > 0)).toEqual(Array(p.hostsPerSet).fill(p.drivesPerHostInSet));
        expect(perSetPerServer).toEqual(drivesPerServerInSet(p.servers, p.drivesPerServer, p.setSize!));

        const env = Object.fromEntries(container.env.map((x: any) => [x.name, x.value]));
        expect(env.MINIO_STORAGE_CLASS_STANDARD).toBe(`EC:${raw.erasure.parity}`);
        expect(raw.erasure.parity).toBeLessThanOrEqual(setSize / 2);
        expect(rawPools[i].erasure.data + raw.erasure.parity).toBe(setSize);
        for (const c of sts.spec.volumeClaimTemplates) {
          expect(c.spec.resources.requests.storage).toBe(rawPools[i].driveSize);
          expect(c.spec.storageClassName).toBe(rawPools[i].storageClass ?? raw.storageClass);
        }
      });
    });
  }

  it('for every server and drive count 1..16 where MinIO can form sets, the argument yields the size the model predicts', () => {
    let checked = 0;
    for (let servers = 1; servers <= 16; servers++) {
      for (let drives = 1; drives <= 16; drives++) {
        const expected = chooseSetSize(servers, drives);
        if (expected === undefined || servers * drives < 2) continue;
        const arg = minioVolumeArg({ name: 'minio', servers, drivesPerServer: drives }, 'minio');
        expect(minioSets(arg).setSize, `${servers}x${drives}: ${arg}`).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

/** veil.spec.yaml plus a second pool. */
function withPool(pool: Record<string, unknown>) {
  const raw = rawSpec('veil');
  raw.nodes.push({ name: 'meteor-4', address: '192.168.0.204', role: 'agent' });
  raw.objectStore.pools = [pool];
  return modelFromData(raw);
}

const POOL2 = { name: 'b', erasure: { data: 2 }, servers: 4, drivesPerServer: 1, driveSize: '250Gi', nodes: ['meteor-1', 'meteor-2', 'meteor-3', 'meteor-4'] };

describe('adding a server pool (MinIO\'s expansion model)', () => {
  const before = resources(flux(model('veil')));
  const m = withPool(POOL2);
  const after = resources(flux(m));
  const argsOf = (docs: typeof after, name: string) => one(docs, 'StatefulSet', name).spec.template.spec.containers[0].args as string[];

  it('keeps the first pool\'s StatefulSet, its selector, claims and headless Service; appends the new pool to every server\'s arguments', () => {
    const old = one(before, 'StatefulSet', 'minio'), now = one(after, 'StatefulSet', 'minio');
    // what the API server never lets change on a StatefulSet
    for (const key of ['serviceName', 'selector', 'volumeClaimTemplates', 'podManagementPolicy']) expect(now.spec[key], key).toEqual(old.spec[key]);
    expect(one(after, 'Service', 'minio-hl').spec.selector).toEqual(one(before, 'Service', 'minio-hl').spec.selector);
    // the first pool's argument is unchanged and first; the new pool follows
    const oldArgs = argsOf(before, 'minio'), newArgs = argsOf(after, 'minio');
    expect(newArgs.slice(0, oldArgs.length)).toEqual(oldArgs);
    expect(newArgs.slice(oldArgs.length)).toEqual(['http://minio-b-{0...3}.minio-b-hl.minio.svc.cluster.local:9000/data0']);
    expect(argsOf(after, 'minio-b')).toEqual(newArgs);
  });

  it('the new pool has its own StatefulSet, headless Service and budget; no selector reaches into another pool', () => {
    const sts = one(after, 'StatefulSet', 'minio-b');
    expect(sts.spec.replicas).toBe(4);
    expect(sts.spec.serviceName).toBe('minio-b-hl');
    expect(sts.spec.volumeClaimTemplates.map((c: any) => [c.metadata.name, c.spec.resources.requests.storage])).toEqual([['data0', '250Gi']]);
    const pods = after.filter((d) => d.obj.kind === 'StatefulSet').map((d) => ({ name: d.obj.metadata.name, labels: d.obj.spec.template.metadata.labels }));
    const matches = (sel: Record<string, string>, labels: Record<string, string>) => Object.entries(sel).every(([k, v]) => labels[k] === v);
    for (const d of after.filter((x) => ['StatefulSet', 'PodDisruptionBudget'].includes(x.obj.kind) || (x.obj.kind === 'Service' && x.obj.metadata.name.endsWith('-hl')))) {
      const sel = d.obj.kind === 'Service' ? d.obj.spec.selector : d.obj.spec.selector.matchLabels;
      const own = d.obj.kind === 'Service' ? d.obj.metadata.name.replace(/-hl$/, '') : d.obj.metadata.name;
      expect(pods.filter((p) => matches(sel, p.labels)).map((p) => p.name), `${d.obj.kind} ${d.obj.metadata.name}`).toEqual([own]);
    }
    // the S3 and console Services reach the servers of every pool
    for (const name of ['minio', 'minio-console']) expect(pods.filter((p) => matches(one(after, 'Service', name).spec.selector, p.labels)).map((p) => p.name)).toEqual(['minio', 'minio-b']);
    expect(after.filter((d) => d.obj.kind === 'PodDisruptionBudget').map((d) => [d.obj.metadata.name, d.obj.spec.maxUnavailable])).toEqual([['minio', 1], ['minio-b', 1]]);
  });

  it('two more pools: every argument in declaration order, each pool\'s sets as MinIO forms them', () => {
    const raw = rawSpec('veil');
    raw.nodes.push({ name: 'meteor-4', address: '192.168.0.204', role: 'agent' });
    raw.objectStore.pools = [POOL2, { name: 'c', erasure: { data: 10 }, servers: 3, drivesPerServer: 4, driveSize: '1Ti', nodes: ['meteor-1', 'meteor-2', 'meteor-3'] }];
    const three = modelFromData(raw);
    const args = argsOf(resources(flux(three)), 'minio-c').slice(5);
    expect(minioPools(args).map((pool) => [pool.setSize, pool.sets.length])).toEqual([[6, 1], [4, 1], [12, 1]]);
    expect(three.facts.erasure!.pools.map((p) => p.setSize)).toEqual([6, 4, 12]);
  });

  it('without pools, nothing but the first pool\'s labels: the output a spec without pools always had', () => {
    expect(one(before, 'StatefulSet', 'minio').spec.template.metadata.labels).toEqual({ 'app.kubernetes.io/name': 'minio', 'app.kubernetes.io/instance': 'minio' });
    expect(one(before, 'Service', 'minio').spec.selector).toEqual({ 'app.kubernetes.io/name': 'minio', 'app.kubernetes.io/instance': 'minio' });
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
    expect(pdb.spec.maxUnavailable).toBe(Math.min(e.pools[0]!.readNodeTolerance, e.pools[0]!.writeNodeTolerance));
    expect(pdb.spec.maxUnavailable).toBe(rawSpec('veil').objectStore.require.nodeFailures);
    expect(pdb.spec.selector.matchLabels).toEqual(one(all, 'StatefulSet').spec.selector.matchLabels);
  });

  it('a layout that cannot lose a node gets no PDB (maxUnavailable 0 would block every drain)', () => {
    const raw = rawSpec('veil');
    // 2 servers x 2 drives, EC:2: one set of 4, write quorum 3, a node holds 2 drives of it
    Object.assign(raw.objectStore, { servers: 2, drivesPerServer: 2, erasure: { data: 2, parity: 2 }, nodes: ['meteor-1', 'meteor-2'] });
    const m = modelFromData(raw);
    expect(m.facts.erasure!.pools[0]!.writeNodeTolerance).toBe(0);
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

describe('what the manifests cannot express is refused before emitting', () => {
  it('a pool whose StatefulSet name is over 52 characters: Kubernetes could label none of its pods', () => {
    const m = withPool({ ...POOL2, name: 'x'.repeat(47) });
    const findings = fluxFindings(m);
    expect(findings).toEqual([expect.objectContaining({ rule: RULE_STATEFULSET_NAME, severity: 'deny', path: ['objectStore', 'pools', 0, 'name'] })]);
    expect(findings[0]!.message).toContain(`minio-${'x'.repeat(47)} has 53 characters`);
    expect(() => emitFlux(m)).toThrow(FluxRefusal);
    // 52 is fine
    expect(fluxFindings(withPool({ ...POOL2, name: 'x'.repeat(46) }))).toEqual([]);
  });

  it('the first pool\'s name counts too', () => {
    const raw = rawSpec('veil');
    raw.objectStore.name = 'm'.repeat(53);
    expect(fluxFindings(modelFromData(raw)).map((f) => [f.rule, f.path.join('.')])).toEqual([[RULE_STATEFULSET_NAME, 'objectStore.name']]);
  });
});

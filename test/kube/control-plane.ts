// A real Kubernetes control plane for tests: etcd and kube-apiserver (the
// pinned builds from scripts/toolchain.sh) on 127.0.0.1, free ports, in a
// temporary folder, bounded in time, always stopped. The support module other
// test tiers build on (change safety: the API server's verdict on a
// transition; end to end: Flux controllers reconciling against it).
//
// What runs: etcd 3.6 (plain HTTP on loopback, no fsync: test data only) and
// kube-apiserver 1.34 with a self-generated serving certificate (--cert-dir),
// service-account keys made here with node:crypto, one static bearer token
// (group system:masters), --authorization-mode=AlwaysAllow and k3s's service
// CIDR 10.43.0.0/16. No kube-controller-manager, scheduler or kubelet unless
// a test starts them: objects are stored and validated (schemas, CEL rules,
// immutable fields, admission), nothing runs.
//
// API (all exported from this file):
//   useControlPlane(options?) -> () => ControlPlane
//       beforeAll starts one control plane for the calling test file, afterAll
//       stops it; call the getter inside tests. options: crds (files to
//       install and wait for, e.g. yamlFilesUnder(CRD_DIR)), startTimeoutMs
//       (default 180 s), apiserverArgs (extra flags).
//   describeWithControlPlane(name, body)
//       describe(), or describe.skip() with the build command when the
//       binaries are missing; under CI or VEILC_REQUIRE_TOOLS=1 a missing
//       binary fails instead (controlPlaneRequired()).
//   startControlPlane(options?) -> Promise<ControlPlane>
//       the same without vitest hooks (the caller must stop() it).
//   ControlPlane:
//       server, kubeconfig (file: server, CA, token), token, caFile, etcd
//       (client URL), dir (scratch folder, removed by stop()),
//       serviceAccountKey ({privateKeyFile, publicKeyFile}: what
//       kube-controller-manager signs tokens with), processes (ProcessSet)
//       request(method, path, body?, contentType?) -> {status, body, text}
//       kubectl(args, {input?, timeoutMs?}) -> {code, stdout, stderr}
//       installCrds(files, timeoutMs?)        create and wait for Established
//       ensureNamespaces(names)               create for real (idempotent)
//       applyDocuments(docs, {dryRun?})       server-side apply as Flux does
//                                             (forced, field manager
//                                             kustomize-controller, Strict
//                                             field validation) -> ApplyResult[]
//       deleteDocuments(docs)
//       dryRunUpdate(base, next, {cleanup?})  base applied for real, next as a
//                                             dry-run update -> ApplyResult[]
//       stop()                                every process group, then dir
//   ApplyResult: {document, ok, status (HTTP), message, reason} where
//       message/reason are the API server's Status (e.g. reason "Invalid",
//       message "... updates to statefulset spec for fields other than ...");
//       reason "NoKindMatch" when the server serves no such kind.
//   pinnedTool(name) / toolPath(name) / toolsMissing(names) / controlPlaneMissing() /
//   CONTROL_PLANE_TOOLS / pinnedVersion(name)
//       the pinned binary (VEILC_<TOOL>, then tools/bin, then PATH) and the
//       message naming what is missing and how to build it.
//   CRD_DIR, yamlFilesUnder(dir): the upstream Flux and MetalLB CRDs kept as
//       fixtures (crds/SOURCES.md gives versions, sources and licences).
//   SERVICE_CIDR, FIELD_MANAGER.
// Documents come from ./manifests.ts (manifestDocuments(files) over compiled
// output, editDocument, findDocument, describeDocument); processes from
// ./processes.ts (ProcessSet, freePort).
//
// Example (one control plane per test file at most; starting one costs
// seconds of CPU):
//
//   const cp = useControlPlane({ crds: yamlFilesUnder(CRD_DIR) });
//   describeWithControlPlane('...', () => {
//     it('...', async () => {
//       await cp().ensureNamespaces(['minio']);
//       const [r] = await cp().applyDocuments([doc], { dryRun: true });
//       expect(r.ok, r.message).toBe(true);
//     });
//   });
//
// Transition tests (change safety): `dryRunUpdate(base, next)` applies the
// base output for real, then the new output as a server-side dry run, i.e.
// exactly the update a Flux reconcile would send; the API server judges the
// transition (a StatefulSet's volumeClaimTemplates are immutable). It returns
// one result per document of `next` and, by default, deletes the base objects
// again so that the next case starts empty (namespaces are kept: without
// kube-controller-manager a deleted namespace never finishes terminating).
//
// More components (end to end: kube-controller-manager, kube-scheduler, the
// Flux controllers, MetalLB, KWOK): start them after the control plane with
// `cp.processes.start(name, pinnedTool(name)!, args)`, pointing them at
// `cp.kubeconfig`; they share the folder, the exit hooks, the watchdog and
// `stop()` (last started, first stopped).
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:https';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll } from 'vitest';
import { parse } from 'yaml';
import { join } from 'node:path';
import { findTool, missingToolHint, toolEnvVar } from '../../compiler/verify/find-tool.ts';
import { describeDocument, type ManifestDocument } from './manifests.ts';
import { freePort, ProcessSet, type ServerProcess } from './processes.ts';
import { describeNeedingTools, toolsRequired } from '../tools-required.ts';

/** The CRDs the compiled trees use, as upstream publishes them (see crds/SOURCES.md). */
export const CRD_DIR = new URL('./crds/', import.meta.url).pathname;

/** Every `*.yaml` under `dir`, sorted. */
export function yamlFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...yamlFilesUnder(p));
    else if (entry.endsWith('.yaml')) out.push(p);
  }
  return out;
}

/** The binaries a control plane needs (kubectl for the `kubectl` wrapper). */
export const CONTROL_PLANE_TOOLS = ['etcd', 'kube-apiserver', 'kubectl'] as const;

/** k3s's default service CIDR (k3s server --service-cidr). */
export const SERVICE_CIDR = '10.43.0.0/16';

/** How Flux applies: server-side apply, forced, as kustomize-controller. */
export const FIELD_MANAGER = 'kustomize-controller';

export interface ControlPlaneOptions {
  /** CRD files to install once the API server is ready (waits until each is Established). */
  crds?: readonly string[];
  /** Bound for start-up (etcd healthy, API server ready, CRDs established), in ms. Default 180 s. */
  startTimeoutMs?: number;
  /** Extra kube-apiserver flags (`--feature-gates=...`). */
  apiserverArgs?: readonly string[];
}

export interface ApiResponse {
  status: number;
  body: any;
  text: string;
}

export interface ApplyResult {
  document: ManifestDocument;
  ok: boolean;
  /** HTTP status of the apply request. */
  status: number;
  /** The API server's message when refused (Status.message), else ''. */
  message: string;
  /** Status.reason when refused (Invalid, Forbidden, NotFound, ...). */
  reason: string;
}

export interface KubectlResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** One kind's REST endpoint, from discovery. */
interface Resource {
  /** `/api/v1/` or `/apis/GROUP/VERSION/` */
  base: string;
  plural: string;
  namespaced: boolean;
}

export interface ControlPlane {
  /** https://127.0.0.1:PORT */
  readonly server: string;
  /** A kubeconfig file (server, CA, bearer token of system:masters). */
  readonly kubeconfig: string;
  readonly token: string;
  /** The CA bundle that verifies the API server's self-generated certificate. */
  readonly caFile: string;
  /** Scratch folder, removed by stop(). */
  readonly dir: string;
  /** The etcd client URL (http://127.0.0.1:PORT). */
  readonly etcd: string;
  /** PEM files of the service-account signing key pair. */
  readonly serviceAccountKey: { privateKeyFile: string; publicKeyFile: string };
  /** The running processes; start more with processes.start(). */
  readonly processes: ProcessSet;
  /** One request to the API server; never throws on an HTTP error status. */
  request(method: string, path: string, body?: string, contentType?: string): Promise<ApiResponse>;
  /** kubectl with this kubeconfig. */
  kubectl(args: readonly string[], options?: { input?: string; timeoutMs?: number }): Promise<KubectlResult>;
  /** Creates CRDs (server-side apply) and waits until each is Established. */
  installCrds(files: readonly string[], timeoutMs?: number): Promise<void>;
  /** Creates the namespaces that do not exist yet (for real). */
  ensureNamespaces(names: Iterable<string>): Promise<void>;
  /**
   * Server-side apply of each document, as Flux applies (forced, field manager
   * kustomize-controller; fields not in the schema and duplicate fields are
   * refused); `dryRun` asks the server to validate and not store.
   */
  applyDocuments(docs: readonly ManifestDocument[], options?: { dryRun?: boolean }): Promise<ApplyResult[]>;
  /** Deletes the documents' objects (missing ones are fine). */
  deleteDocuments(docs: readonly ManifestDocument[]): Promise<void>;
  /**
   * Applies `base` for real (it must be accepted), then `next` as a server-side
   * dry run over it: the update Flux would send. Namespaces of both are
   * created first. Returns one result per document of `next`. With `cleanup`
   * (default) the base objects are deleted afterwards.
   */
  dryRunUpdate(base: readonly ManifestDocument[], next: readonly ManifestDocument[], options?: { cleanup?: boolean }): Promise<ApplyResult[]>;
  /** Stops every process and removes `dir`. Idempotent. */
  stop(): Promise<void>;
}

/**
 * The pinned build of a tool: VEILC_<TOOL> when set, else tools/bin (from
 * scripts/toolchain.sh), and only then PATH. Unlike the verify stage's
 * lookup, tools/bin comes before PATH: these tests pin server and client
 * versions, and a machine's own kubectl (say 1.32) must not stand in.
 */
export function pinnedTool(name: string): string | null {
  return findTool(name, { preferToolsBin: true })?.path ?? null;
}

/** Which of `tools` are missing, with how to build them; null when all are there. */
export function toolsMissing(tools: readonly string[]): string | null {
  const missing = tools.filter((t) => pinnedTool(t) === null);
  if (!missing.length) return null;
  return `${missing.join(', ')} not found: run \`bash scripts/toolchain.sh ${missing.join(' ')}\` (needs Go; the first builds take minutes, Kubernetes over ten) or set ${missing.map(toolEnvVar).join(', ')}`;
}

/** Which control-plane binaries are missing, with how to get them; null when all are there. */
export function controlPlaneMissing(): string | null {
  return toolsMissing(CONTROL_PLANE_TOOLS);
}

const PINS = readFileSync(new URL('../../scripts/toolchain.versions', import.meta.url), 'utf8');

/** The version scripts/toolchain.versions pins for a tool (`source-controller` -> `v1.9.5`); throws when it pins none. */
export function pinnedVersion(tool: string): string {
  const key = tool.toUpperCase().replace(/-/g, '_');
  const m = new RegExp(`^${key}_VERSION=(\\S+)$`, 'm').exec(PINS);
  if (!m) throw new Error(`scripts/toolchain.versions pins no ${key}_VERSION`);
  return m[1]!;
}

/** Control-plane tests fail instead of skipping under CI or VEILC_REQUIRE_TOOLS=1. */
export function controlPlaneRequired(): boolean {
  return toolsRequired();
}

/** `describe`, or `describe.skip` with the reason when the binaries are missing and not required. */
export function describeWithControlPlane(name: string, body: () => void): void {
  describeNeedingTools(name, controlPlaneMissing(), body);
}

/**
 * Starts one control plane for the calling test file (beforeAll) and stops it
 * (afterAll). Returns a getter; call it inside tests. When the binaries are
 * missing and not required, nothing starts (pair with describeWithControlPlane).
 */
export function useControlPlane(options: ControlPlaneOptions = {}): () => ControlPlane {
  let cp: ControlPlane | null = null;
  const bound = (options.startTimeoutMs ?? 180_000) + 30_000;
  beforeAll(async () => {
    const missing = controlPlaneMissing();
    if (missing && !controlPlaneRequired()) return;
    if (missing) throw new Error(missing);
    cp = await startControlPlane(options);
  }, bound);
  afterAll(async () => {
    await cp?.stop();
    cp = null;
  }, 60_000);
  return () => {
    if (!cp) throw new Error('the control plane is not running (it failed to start, or the binaries are missing)');
    return cp;
  };
}

/** Whether a CustomResourceDefinition object (as the API server returns it) is Established: its kinds are served. */
export function isEstablished(crd: any): boolean {
  return (crd?.status?.conditions ?? []).some((c: any) => c.type === 'Established' && c.status === 'True');
}

/** The pinned binary of a tool; throws with how to build it when it is missing. */
export function toolPath(name: string): string {
  const path = pinnedTool(name);
  if (path === null) throw new Error(missingToolHint(name));
  return path;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function httpGet(url: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { timeout: 2000 }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d: string) => (text += d)).on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end();
  });
}

class StartError extends Error {
  constructor(message: string, readonly portClash: boolean) {
    super(message);
  }
}

/** Polls `probe` until it returns true; fails early when `proc` exits, and at `deadline`. */
async function waitFor(what: string, proc: ServerProcess, deadline: number, probe: () => Promise<boolean>): Promise<void> {
  for (;;) {
    if (proc.exited() !== null) {
      const tail = proc.logTail();
      throw new StartError(`${proc.name} exited (${proc.exited()}) before ${what}:\n${tail}`, /address already in use/.test(tail));
    }
    if (await probe().catch(() => false)) return;
    if (Date.now() > deadline) throw new StartError(`${proc.name}: no ${what} within the time bound:\n${proc.logTail()}`, false);
    await sleep(200);
  }
}

/**
 * Starts etcd and kube-apiserver on 127.0.0.1 and waits for /readyz (and the
 * CRDs of `options.crds`), within `options.startTimeoutMs`. Retries twice when
 * a server loses a free port to someone else. Throws with the servers' log
 * tails when they do not come up; never leaves a process behind.
 */
export async function startControlPlane(options: ControlPlaneOptions = {}): Promise<ControlPlane> {
  const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(options, deadline);
    } catch (e) {
      if (!(e instanceof StartError && e.portClash && attempt < 3)) throw e;
    }
  }
}

async function startOnce(options: ControlPlaneOptions, deadline: number): Promise<ControlPlane> {
  const dir = mkdtempSync(join(tmpdir(), 'veilc-control-plane-'));
  const processes = new ProcessSet(dir);
  let agent: Agent | null = null;
  try {
    // etcd
    const [clientPort, peerPort, apiPort] = [await freePort(), await freePort(), await freePort()];
    const etcdUrl = `http://127.0.0.1:${clientPort}`;
    const peerUrl = `http://127.0.0.1:${peerPort}`;
    const etcd = processes.start('etcd', toolPath('etcd'), [
      '--name=veilc-test',
      `--data-dir=${join(dir, 'etcd')}`,
      `--listen-client-urls=${etcdUrl}`,
      `--advertise-client-urls=${etcdUrl}`,
      `--listen-peer-urls=${peerUrl}`,
      `--initial-advertise-peer-urls=${peerUrl}`,
      `--initial-cluster=veilc-test=${peerUrl}`,
      '--unsafe-no-fsync=true',
      '--log-level=warn',
    ]);
    await waitFor('being healthy', etcd, deadline, async () => {
      const r = await httpGet(`${etcdUrl}/health`);
      return r.status === 200 && /"health":\s*"true"/.test(r.text);
    });

    // kube-apiserver
    const pki = join(dir, 'pki');
    mkdirSync(pki);
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const serviceAccountKey = { privateKeyFile: join(pki, 'sa.key'), publicKeyFile: join(pki, 'sa.pub') };
    writeFileSync(serviceAccountKey.privateKeyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    writeFileSync(serviceAccountKey.publicKeyFile, publicKey.export({ type: 'spki', format: 'pem' }));
    const token = randomBytes(24).toString('hex');
    const tokenFile = join(pki, 'tokens.csv');
    writeFileSync(tokenFile, `${token},veilc-test-admin,veilc-test-admin,"system:masters"\n`, { mode: 0o600 });
    const apiserver = processes.start('kube-apiserver', toolPath('kube-apiserver'), [
      `--etcd-servers=${etcdUrl}`,
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      `--secure-port=${apiPort}`,
      `--cert-dir=${pki}`,
      `--service-cluster-ip-range=${SERVICE_CIDR}`,
      '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
      `--service-account-key-file=${serviceAccountKey.publicKeyFile}`,
      `--service-account-signing-key-file=${serviceAccountKey.privateKeyFile}`,
      `--token-auth-file=${tokenFile}`,
      '--authorization-mode=AlwaysAllow',
      '--allow-privileged=true',
      // the kubernetes Service's endpoints would need a non-loopback address
      '--endpoint-reconciler-type=none',
      '--profiling=false',
      ...(options.apiserverArgs ?? []),
    ]);
    const server = `https://127.0.0.1:${apiPort}`;
    // the serving certificate and its CA, written once the server has generated them
    const caFile = join(pki, 'apiserver.crt');
    await waitFor('writing its serving certificate', apiserver, deadline, async () => statSync(caFile).size > 0);
    agent = new Agent({ ca: readFileSync(caFile), keepAlive: true, maxSockets: 4 });
    const api = apiClient(server, token, agent);
    await waitFor('being ready (/readyz)', apiserver, deadline, async () => {
      const r = await api('GET', '/readyz');
      return r.status === 200 && r.text === 'ok';
    });

    const kubeconfig = join(dir, 'kubeconfig');
    writeFileSync(kubeconfig, [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: veilc-test',
      '  cluster:',
      `    server: ${server}`,
      `    certificate-authority: ${caFile}`,
      'users:',
      '- name: veilc-test-admin',
      '  user:',
      `    token: ${token}`,
      'contexts:',
      '- name: veilc-test',
      '  context:',
      '    cluster: veilc-test',
      '    user: veilc-test-admin',
      'current-context: veilc-test',
      '',
    ].join('\n'), { mode: 0o600 });

    const cp = controlPlane({ server, kubeconfig, token, caFile, dir, etcd: etcdUrl, serviceAccountKey, processes, api, agent });
    if (options.crds?.length) await cp.installCrds(options.crds, Math.max(deadline - Date.now(), 1000));
    return cp;
  } catch (e) {
    agent?.destroy();
    await processes.stop();
    throw e;
  }
}

type Api = (method: string, path: string, body?: string, contentType?: string) => Promise<ApiResponse>;

function apiClient(server: string, token: string, agent: Agent): Api {
  return (method, path, body, contentType = 'application/json') =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
      if (body !== undefined) headers['content-type'] = contentType;
      const req = request(`${server}${path}`, { method, agent, headers, timeout: 60_000 }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (d: string) => (text += d)).on('end', () => {
          let parsed: any = null;
          try {
            parsed = JSON.parse(text);
          } catch {
            // /readyz and friends answer text
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, text });
        });
      });
      req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer within 60 s`)));
      req.on('error', reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
}

interface Parts {
  server: string;
  kubeconfig: string;
  token: string;
  caFile: string;
  dir: string;
  etcd: string;
  serviceAccountKey: { privateKeyFile: string; publicKeyFile: string };
  processes: ProcessSet;
  api: Api;
  agent: Agent;
}

function controlPlane(p: Parts): ControlPlane {
  const { api, processes, dir } = p;
  // REST mapping from discovery, per group/version; dropped when CRDs change
  let discovery = new Map<string, Promise<Map<string, Resource>>>();

  function resources(apiVersion: string): Promise<Map<string, Resource>> {
    let hit = discovery.get(apiVersion);
    if (!hit) {
      const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
      hit = api('GET', base).then((r) => {
        if (r.status !== 200) throw new Error(`the API server does not serve ${apiVersion} (GET ${base}: ${r.status})`);
        const m = new Map<string, Resource>();
        for (const res of r.body.resources as { name: string; kind: string; namespaced: boolean }[]) {
          if (!res.name.includes('/')) m.set(res.kind, { base: `${base}/`, plural: res.name, namespaced: res.namespaced });
        }
        return m;
      });
      hit.catch(() => discovery.delete(apiVersion));
      discovery.set(apiVersion, hit);
    }
    return hit;
  }

  async function objectPath(d: ManifestDocument): Promise<string> {
    const m = await resources(d.apiVersion);
    const res = m.get(d.kind);
    if (!res) throw new Error(`${describeDocument(d)}: the API server has no kind ${d.kind} in ${d.apiVersion}`);
    const ns = res.namespaced ? `namespaces/${encodeURIComponent(d.namespace ?? 'default')}/` : '';
    return `${res.base}${ns}${res.plural}/${encodeURIComponent(d.name)}`;
  }

  function refusal(d: ManifestDocument, r: ApiResponse): ApplyResult {
    const ok = r.status === 200 || r.status === 201;
    return {
      document: d,
      ok,
      status: r.status,
      message: ok ? '' : String(r.body?.message ?? r.text),
      reason: ok ? '' : String(r.body?.reason ?? ''),
    };
  }

  async function applyOne(d: ManifestDocument, dryRun: boolean): Promise<ApplyResult> {
    let path: string;
    try {
      path = await objectPath(d);
    } catch (e) {
      return { document: d, ok: false, status: 0, message: (e as Error).message, reason: 'NoKindMatch' };
    }
    // server-side apply refuses fields the schema does not declare; Strict also refuses duplicate fields
    const query = `?fieldManager=${FIELD_MANAGER}&force=true&fieldValidation=Strict${dryRun ? '&dryRun=All' : ''}`;
    // JSON is YAML: the apply patch is the document itself
    return refusal(d, await api('PATCH', path + query, JSON.stringify(d.object), 'application/apply-patch+yaml'));
  }

  const cp: ControlPlane = {
    server: p.server,
    kubeconfig: p.kubeconfig,
    token: p.token,
    caFile: p.caFile,
    dir,
    etcd: p.etcd,
    serviceAccountKey: p.serviceAccountKey,
    processes,
    request: api,

    kubectl(args, options = {}) {
      return new Promise((resolve, reject) => {
        const child = spawn(toolPath('kubectl'), [`--kubeconfig=${p.kubeconfig}`, `--cache-dir=${join(dir, 'kube-cache')}`, ...args], {
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
        child.on('error', (e) => {
          clearTimeout(timer);
          reject(e);
        });
        child.on('close', (code) => {
          clearTimeout(timer);
          resolve({ code, stdout, stderr });
        });
        child.stdin.end(options.input ?? '');
      });
    },

    async installCrds(files, timeoutMs = 60_000) {
      const names: string[] = [];
      for (const file of files) {
        const object = parse(readFileSync(file, 'utf8'));
        if (object?.kind !== 'CustomResourceDefinition') throw new Error(`${file} is not a CustomResourceDefinition`);
        const doc: ManifestDocument = { file, index: 0, apiVersion: object.apiVersion, kind: object.kind, name: object.metadata.name, namespace: undefined, object };
        const [r] = await cp.applyDocuments([doc]);
        if (!r!.ok) throw new Error(`installing ${file}: ${r!.message}`);
        names.push(doc.name);
      }
      const end = Date.now() + timeoutMs;
      for (const name of names) {
        for (;;) {
          const r = await api('GET', `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}`);
          if (isEstablished(r.body)) break;
          if (Date.now() > end) throw new Error(`CRD ${name} not Established within ${timeoutMs} ms`);
          await sleep(100);
        }
      }
      discovery = new Map();
    },

    async ensureNamespaces(names) {
      for (const name of new Set(names)) {
        const r = await api('POST', '/api/v1/namespaces', JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } }));
        if (r.status !== 201 && r.status !== 409) throw new Error(`creating namespace ${name}: ${r.status} ${r.text}`);
      }
    },

    async applyDocuments(docs, options = {}) {
      const results: ApplyResult[] = [];
      for (const d of docs) results.push(await applyOne(d, options.dryRun ?? false));
      return results;
    },

    async deleteDocuments(docs) {
      for (const d of docs) {
        let path: string;
        try {
          path = await objectPath(d);
        } catch {
          continue; // a kind the server does not know has no object to delete
        }
        const r = await api('DELETE', `${path}?propagationPolicy=Background`);
        if (r.status !== 200 && r.status !== 202 && r.status !== 404) throw new Error(`deleting ${describeDocument(d)}: ${r.status} ${r.text}`);
      }
    },

    async dryRunUpdate(base, next, options = {}) {
      const namespaces = [...base, ...next].flatMap((d) => (d.kind === 'Namespace' ? [d.name] : d.namespace ? [d.namespace] : []));
      await cp.ensureNamespaces(namespaces);
      const applied = (await cp.applyDocuments(base)).filter((r) => !r.ok);
      if (applied.length) {
        throw new Error(`the base output was refused:\n${applied.map((r) => `${describeDocument(r.document)}: ${r.message}`).join('\n')}`);
      }
      try {
        return await cp.applyDocuments(next, { dryRun: true });
      } finally {
        if (options.cleanup ?? true) await cp.deleteDocuments(base.filter((d) => d.kind !== 'Namespace'));
      }
    },

    async stop() {
      p.agent.destroy();
      await processes.stop();
    },
  };
  return cp;
}

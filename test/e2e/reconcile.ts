// The first reconcile as COLD-START has the user do it, and the judgement of
// its outcome: seed what exists before Flux (nodes, volumes, Secrets), serve
// the repository and the charts, apply bootstrap's sync, wait until every
// Kustomization and HelmRelease of the compiled tree is Ready at the pushed
// revision, and say precisely what is not when a bound passes.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Model } from '../../compiler/model/build-model.ts';
import type { Spec } from '../../compiler/schema/spec-types.ts';
import { serveCharts, type ChartRepository } from './chart-repository.ts';
import { startCluster, type E2ECluster, type HelmWait } from './cluster.ts';
import { serveGit, type GitHttpServer } from './git-http.ts';
import { nodeObjects, secretNamespaces, secretObjects, storageObjects } from './seed.ts';
import { bootstrapSync, createWorkspace, type TreeEdit, type Workspace } from './workspace.ts';

export const KUSTOMIZATIONS = 'kustomize.toolkit.fluxcd.io/v1/kustomizations';
export const HELMRELEASES = 'helm.toolkit.fluxcd.io/v2/helmreleases';

export interface Reconciler {
  readonly cluster: E2ECluster;
  readonly workspace: Workspace;
  readonly git: GitHttpServer;
  readonly charts: ChartRepository;
  /** Milliseconds since bootstrap or the last push. */
  elapsedMs(): number;
  /** Each expected Kustomization and HelmRelease of the last commit, as the API server has it now. */
  fluxStates(): Promise<FluxObjectState[]>;
  /**
   * Polls fluxStates() every 2 s until `done(states)` holds; throws after
   * `boundMs` with the states, or as soon as a process of the cluster exits.
   */
  waitFor(what: string, done: (states: FluxObjectState[]) => boolean | Promise<boolean>, boundMs: number): Promise<FluxObjectState[]>;
  /** Waits until the tree of the last commit is Ready; resolves with a report either way. */
  awaitReady(boundMs: number): Promise<ReadyReport>;
  /** Commits a new spec (as the user would push it), creates nodes and volumes it adds, and asks Flux to reconcile. */
  push(specText: string, message: string, edit?: TreeEdit): Promise<void>;
  stop(): Promise<void>;
}

/** One Flux object and its Ready condition. */
export interface FluxObjectState {
  kind: 'Kustomization' | 'HelmRelease';
  namespace: string;
  name: string;
  exists: boolean;
  ready: boolean;
  /** Ready's reason and message, or why it is not counted (stale generation, older revision). */
  why: string;
}

export interface ReadyReport {
  ready: boolean;
  elapsedMs: number;
  states: FluxObjectState[];
  /** One line per object that is not Ready. */
  pending: string[];
}

/** The Kustomizations and HelmReleases a commit must bring to Ready: bootstrap's, the glue, and every one in the compiled tree. */
export function expectedFluxObjects(workspaceFiles: { path: string; content: string }[], spec: Spec): { kind: FluxObjectState['kind']; namespace: string; name: string }[] {
  const cluster = spec.cluster.name;
  const out: { kind: FluxObjectState['kind']; namespace: string; name: string }[] = [
    { kind: 'Kustomization', namespace: spec.flux.namespace, name: 'flux-system' },
    { kind: 'Kustomization', namespace: spec.flux.namespace, name: cluster },
  ];
  for (const f of workspaceFiles) {
    if (!f.path.startsWith(`flux/${cluster}/`) || f.path.includes('/bootstrap/') || !f.path.endsWith('.yaml')) continue;
    for (const d of parseAllDocuments(f.content)) {
      const o = d.toJS();
      if (o?.kind === 'Kustomization' && o.apiVersion?.startsWith('kustomize.toolkit.fluxcd.io/')) out.push({ kind: 'Kustomization', namespace: o.metadata.namespace, name: o.metadata.name });
      if (o?.kind === 'HelmRelease') out.push({ kind: 'HelmRelease', namespace: o.metadata.namespace, name: o.metadata.name });
    }
  }
  return out;
}

function readyCondition(o: any): any {
  return (o?.status?.conditions ?? []).find((c: any) => c.type === 'Ready');
}

/**
 * Starts a cluster for `specText` under `helmWait` and bootstraps Flux on it
 * the way COLD-START says (Secrets first, then bootstrap's GitRepository and
 * Kustomization flux-system, which apply the glue Kustomization from
 * ./clusters/NAME). `edit` changes the compiled tree before it is committed.
 */
export async function bootstrap(options: { specText: string; helmWait: HelmWait; edit?: TreeEdit; startTimeoutMs?: number }): Promise<Reconciler> {
  const charts = await serveCharts();
  let cluster: E2ECluster | null = null;
  let git: GitHttpServer | null = null;
  try {
    cluster = await startCluster({ helmWait: options.helmWait, startTimeoutMs: options.startTimeoutMs });
    // the repositories live in the cluster's folder: stop() (or the watchdog of a killed worker) removes them
    const served = join(cluster.cp.dir, 'served');
    mkdirSync(served);
    git = await serveGit(served);
    const workspace = await createWorkspace({ dir: join(cluster.cp.dir, 'repository'), specText: options.specText, served, gitBaseUrl: git.url, chartsUrl: charts.url, edit: options.edit });
    cluster.startMetallbOnceInstalled(workspace.model.spec.loadBalancer?.namespace ?? 'metallb-system');
    await seed(cluster, workspace.model);
    // COLD-START step 7: bootstrap applies its sync manifests (and commits them: the workspace has)
    await cluster.cp.ensureNamespaces([workspace.model.spec.flux.namespace]);
    await cluster.apply(bootstrapSync(workspace.model.spec, `${git.url}${workspace.repo}.git`));
    return reconciler(cluster, workspace, git, charts);
  } catch (e) {
    await git?.close();
    await cluster?.stop();
    await charts.close();
    throw e;
  }
}

/** Nodes, StorageClasses and volumes, namespaces and Secrets: what exists before Flux (COLD-START steps 2-6). */
async function seed(cluster: E2ECluster, model: Model): Promise<void> {
  await cluster.apply(nodeObjects(model));
  await cluster.apply(storageObjects(model));
  await cluster.cp.ensureNamespaces(secretNamespaces(model));
  await cluster.apply(secretObjects(model));
}

/** `Kind namespace/name: why`, one line of a report. */
function stateLine(s: FluxObjectState): string {
  return `${s.kind} ${s.namespace}/${s.name}: ${s.why}`;
}

function reconciler(cluster: E2ECluster, workspace: Workspace, git: GitHttpServer, charts: ChartRepository): Reconciler {
  let since = Date.now();
  const crashed = () => cluster.exited().map((x) => `${x.name} exited (${x.exit}):\n${x.logTail}`);
  // what the pushed commit must bring to Ready, parsed once per commit (states() runs every 2 s)
  let expected = { head: '', objects: [] as ReturnType<typeof expectedFluxObjects> };

  async function states(): Promise<FluxObjectState[]> {
    if (expected.head !== workspace.head) expected = { head: workspace.head, objects: expectedFluxObjects(workspace.files, workspace.model.spec) };
    const ks = await cluster.list(`/apis/${KUSTOMIZATIONS}`);
    const hrs = await cluster.list(`/apis/${HELMRELEASES}`);
    return expected.objects.map((e) => {
      const o = (e.kind === 'Kustomization' ? ks : hrs).find((x) => x.metadata.name === e.name && x.metadata.namespace === e.namespace);
      if (!o) return { ...e, exists: false, ready: false, why: 'not created yet' };
      const c = readyCondition(o);
      const current = o.status?.observedGeneration === o.metadata.generation;
      // a Kustomization is done with this commit only when it applied this commit's revision
      const revision = e.kind === 'Kustomization' ? String(o.status?.lastAppliedRevision ?? '') : '';
      const atHead = e.kind !== 'Kustomization' || revision.endsWith(workspace.head);
      const ready = c?.status === 'True' && current && atHead;
      const why = c ? `${c.status} ${c.reason}: ${c.message}` : 'no Ready condition yet';
      // a Ready=True left from an earlier generation or revision is not this commit's
      const stale = c?.status !== 'True' ? '' : !current ? `generation ${o.metadata.generation} not observed yet: ` : !atHead ? `applied ${revision || 'nothing'}, not ${workspace.head.slice(0, 12)} yet: ` : '';
      return { ...e, exists: true, ready, why: `${stale}${why}` };
    });
  }

  /**
   * Polls states() every 2 s until `done` holds, a process of the cluster
   * exits (`exited` lists them with their logs) or `boundMs` passes
   * (`timedOut`). A failed listing counts as a state that is not done.
   */
  async function poll(done: (now: FluxObjectState[]) => boolean | Promise<boolean>, boundMs: number): Promise<{ now: FluxObjectState[]; exited: string[]; timedOut: boolean }> {
    const end = Date.now() + boundMs;
    for (;;) {
      let now: FluxObjectState[];
      try {
        now = await states();
      } catch (e) {
        now = [{ kind: 'Kustomization', namespace: '', name: '(listing failed)', exists: false, ready: false, why: (e as Error).message }];
      }
      // a controller that died never makes anything Ready: say so now, with its log
      const exited = crashed();
      if (exited.length) return { now, exited, timedOut: false };
      if (await done(now)) return { now, exited, timedOut: false };
      if (Date.now() > end) return { now, exited, timedOut: true };
      await new Promise((r) => setTimeout(r, 2000));
    }
  }

  return {
    cluster,
    workspace,
    git,
    charts,
    elapsedMs: () => Date.now() - since,
    fluxStates: states,
    async waitFor(what, done, boundMs) {
      const r = await poll(done, boundMs);
      if (r.exited.length) throw new Error(`waiting for ${what}: ${r.exited.join('\n')}`);
      if (r.timedOut) throw new Error(`${what}: not within ${boundMs} ms:\n${r.now.map(stateLine).join('\n')}`);
      return r.now;
    },
    async awaitReady(boundMs) {
      const r = await poll((now) => now.every((s) => s.ready), boundMs);
      const ready = !r.exited.length && !r.timedOut;
      const pending = r.exited.length ? r.exited : r.now.filter((s) => !s.ready).map(stateLine);
      return { ready, elapsedMs: Date.now() - since, states: r.now, pending };
    },
    async push(specText, message, edit) {
      await workspace.commitSpec(specText, message, edit);
      since = Date.now();
      // new machines join before Flux needs them (COLD-START's node steps), with their volumes and Secrets;
      // seeding is server-side apply, so what exists already stays as it is
      const model = workspace.model;
      await seed(cluster, model);
      // `flux reconcile kustomization flux-system --with-source`
      const flux = model.spec.flux;
      await cluster.requestReconcile('source.toolkit.fluxcd.io/v1', 'gitrepositories', flux.namespace, flux.sourceRef);
      await cluster.requestReconcile('kustomize.toolkit.fluxcd.io/v1', 'kustomizations', flux.namespace, 'flux-system');
    },
    async stop() {
      await git.close();
      await charts.close();
      await cluster.stop();
    },
  };
}

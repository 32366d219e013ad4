// The repository Flux syncs in the end-to-end tier: a throwaway Git
// repository holding the spec and its compiled tree, laid out as COLD-START
// has the user lay it out (spec and out/ at the root, the glue Kustomization
// copied into flux.bootstrapPath, default ./clusters/NAME, bootstrap's sync
// manifests in its flux-system/, the tree published at flux.path when that
// points elsewhere), pushed to a bare repository that git-http.ts serves.
// The one throwaway edit: every HelmRepository points at the local chart
// repository (no test reaches the chart sites).
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import { bootstrapGlueFile, compiledFluxGitPath, fluxBootstrapPath, fluxGitPath, fluxOutDir } from '../../compiler/emit/flux/layout.ts';
import type { OutputFile } from '../../compiler/emit/output.ts';
import type { Model } from '../../compiler/model/build-model.ts';
import type { Spec } from '../../compiler/schema/spec-types.ts';
import { writeOutAtomically } from '../../compiler/write/write-out.ts';
import { compileModel, hasDeny, validateSpec } from '../../compiler/pipeline.ts';
import { git } from '../fixtures/git.ts';
import { runBundle } from '../write/helpers.ts';

export const SPEC_FILE = 'veil.spec.yaml';
export const OUT_DIR = 'out';

/** A change to the compiled tree before it is committed (e.g. a deliberately mis-ordered tree). */
export type TreeEdit = (files: OutputFile[]) => OutputFile[];

export interface Workspace {
  /** The working tree (the user's checkout). */
  readonly work: string;
  /** Folder served over git (holds `NAME.git`). */
  readonly served: string;
  /** Repository name under `served`: the cluster's name. */
  readonly repo: string;
  /** The model of the spec last committed. */
  model: Model;
  /** The commit last pushed. */
  head: string;
  /** The compiled tree of that commit (relative to out/), throwaway edits included. */
  files: OutputFile[];
  /**
   * Writes `specText` as the spec, compiles it (refusing a denied spec),
   * applies the throwaway edits, commits and pushes. Returns the new commit.
   */
  commitSpec(specText: string, message: string, edit?: TreeEdit): Promise<string>;
  /**
   * `veilc plan --base HEAD --format json` (the bundled CLI, in the working
   * tree) on `specText` before it is committed: the change-safety stage's
   * verdict on the edit. Leaves the spec file written, uncommitted.
   */
  planAgainstHead(specText: string): Promise<{ code: number; report: any }>;
}

/**
 * Points every HelmRepository of the tree at `chartsUrl` (a classic Helm
 * repository); throws on an OCI repository, which a classic one cannot stand
 * in for.
 */
export function pointHelmRepositories(files: readonly OutputFile[], chartsUrl: string): OutputFile[] {
  return files.map((f) => {
    if (!f.path.endsWith('.yaml') || !f.content.includes('kind: HelmRepository')) return f;
    const docs = parseAllDocuments(f.content).map((d) => d.toJS());
    for (const d of docs) {
      if (d?.kind !== 'HelmRepository') continue;
      if (d.spec?.type === 'oci') throw new Error(`${f.path}: HelmRepository ${d.metadata.name} is OCI; the end-to-end tier serves a classic Helm repository only`);
      d.spec.url = chartsUrl;
    }
    return { path: f.path, content: docs.map((d) => stringify(d)).join('---\n') };
  });
}

/**
 * The sync manifests `flux bootstrap git --path=<flux.bootstrapPath>` commits
 * and applies: the GitRepository (flux.sourceRef) and the Kustomization
 * flux-system, in flux.namespace.
 */
export function bootstrapSync(spec: Spec, gitUrl: string): object[] {
  const namespace = spec.flux.namespace;
  return [
    {
      apiVersion: 'source.toolkit.fluxcd.io/v1',
      kind: 'GitRepository',
      metadata: { name: spec.flux.sourceRef, namespace },
      spec: { interval: '1m0s', ref: { branch: 'main' }, url: gitUrl },
    },
    {
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
      kind: 'Kustomization',
      metadata: { name: 'flux-system', namespace },
      spec: { interval: '10m0s', path: fluxBootstrapPath(spec), prune: true, sourceRef: { kind: 'GitRepository', name: spec.flux.sourceRef } },
    },
  ];
}

/**
 * A new throwaway repository in `dir/work` with `specText` committed and compiled, pushed
 * to the bare repository `served/NAME.git`. `gitBaseUrl` is where a git
 * server serves `served` (Flux clones `${gitBaseUrl}NAME.git`), `chartsUrl`
 * the local chart repository. The caller owns `dir` and `served`.
 */
export async function createWorkspace(options: { dir: string; specText: string; served: string; gitBaseUrl: string; chartsUrl: string; edit?: TreeEdit }): Promise<Workspace> {
  const work = join(options.dir, 'work');
  const served = options.served;
  mkdirSync(work, { recursive: true });
  git(work, 'init', '-q');

  async function compile(specText: string, edit?: TreeEdit): Promise<{ model: Model; files: OutputFile[] }> {
    writeFileSync(join(work, SPEC_FILE), specText);
    const v = await validateSpec(join(work, SPEC_FILE));
    if (hasDeny(v.diagnostics)) {
      throw new Error(`the spec is denied: ${v.diagnostics.filter((d) => d.severity === 'deny').map((d) => `${d.rule} ${d.message}`).join('; ')}`);
    }
    let files = pointHelmRepositories(compileModel(v.model), options.chartsUrl);
    if (edit) files = edit(files);
    return { model: v.model, files };
  }

  async function writeTree(model: Model, files: readonly OutputFile[]): Promise<void> {
    const spec = model.spec;
    // out/ as `veilc compile` writes it: replaced wholesale, with its ownership manifest
    await writeOutAtomically(join(work, OUT_DIR), files, { spec: join(work, SPEC_FILE) });
    // a flux.path elsewhere (VEIL-FLUX-006) syncs a folder the user publishes the tree to
    const synced = fluxGitPath(model);
    if (synced !== compiledFluxGitPath(model)) {
      rmSync(join(work, synced), { recursive: true, force: true });
      cpSync(join(work, OUT_DIR, fluxOutDir(spec)), join(work, synced), { recursive: true });
    }
    // COLD-START: copy the glue Kustomization next to bootstrap's flux-system/
    const glue = files.find((f) => f.path === bootstrapGlueFile(spec));
    if (!glue) throw new Error(`the compiled tree has no ${bootstrapGlueFile(spec)}`);
    const clusters = join(work, fluxBootstrapPath(spec));
    mkdirSync(join(clusters, 'flux-system'), { recursive: true });
    writeFileSync(join(clusters, `${spec.cluster.name}.yaml`), glue.content);
    writeFileSync(join(clusters, 'flux-system', 'gotk-sync.yaml'), bootstrapSync(spec, `${options.gitBaseUrl}${spec.cluster.name}.git`).map((o) => stringify(o)).join('---\n'));
    writeFileSync(join(clusters, 'flux-system', 'kustomization.yaml'), stringify({ apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: ['gotk-sync.yaml'] }));
  }

  const first = await compile(options.specText, options.edit);
  const repo = first.model.spec.cluster.name;
  /** Commits the working tree and pushes it to the served bare repository's main; returns the commit. */
  const commitAndPush = (message: string): string => {
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', message);
    git(work, 'push', '-q', join(served, `${repo}.git`), 'HEAD:refs/heads/main');
    return git(work, 'rev-parse', 'HEAD').trim();
  };
  await writeTree(first.model, first.files);
  git(served, 'init', '-q', '--bare', `${repo}.git`);
  const firstCommit = commitAndPush('veil: first compile');

  const ws: Workspace = {
    work,
    served,
    repo,
    model: first.model,
    head: firstCommit,
    files: first.files,
    async commitSpec(specText, message, edit) {
      const next = await compile(specText, edit);
      if (next.model.spec.cluster.name !== repo) throw new Error('the cluster name changed; the tier serves one repository per cluster');
      await writeTree(next.model, next.files);
      ws.head = commitAndPush(message);
      ws.model = next.model;
      ws.files = next.files;
      return ws.head;
    },
    async planAgainstHead(specText) {
      writeFileSync(join(work, SPEC_FILE), specText);
      // a child process, not a blocking one: this process serves the git and chart repositories
      const r = await runBundle(['plan', '--base', 'HEAD', '--format', 'json'], { cwd: work });
      let report: any = null;
      try {
        report = JSON.parse(r.stdout);
      } catch {
        throw new Error(`veilc plan printed no JSON (exit ${r.code}): ${r.stderr.slice(0, 500)}`);
      }
      return { code: r.code ?? -1, report };
    },
  };
  return ws;
}

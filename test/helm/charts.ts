// The packaged charts of test/fixtures/charts (a Helm repository: index.yaml
// and <name>-<version>.tgz, see SOURCE.md there), rendered with the real helm,
// and the keys each chart knows: its values.yaml and those of its subcharts,
// under the key Helm gives each subchart (its alias, else its name).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, parse, parseDocument, stringify, type Document } from 'yaml';
import type { CompiledRelease } from '../../compiler/verify/helm-releases.ts';
import { ROOT } from '../fixtures/fixtures.ts';

export const CHARTS_DIR = join(ROOT, 'test/fixtures/charts');

/** The archive the repository index lists for chart@version (as helm-controller would resolve it), or null. */
export function chartArchive(chart: string, version: string, dir = CHARTS_DIR): string | null {
  const index = parse(readFileSync(join(dir, 'index.yaml'), 'utf8')) as { entries?: Record<string, { version: string; urls: string[] }[]> };
  const entry = index.entries?.[chart]?.find((e) => e.version === version);
  return entry ? join(dir, entry.urls[0]!) : null;
}

/** Helm's own state under a temporary folder: no repositories, no cache of the machine's user. */
function helmEnv(home: string): NodeJS.ProcessEnv {
  return { ...process.env, HELM_CACHE_HOME: join(home, 'cache'), HELM_CONFIG_HOME: join(home, 'config'), HELM_DATA_HOME: join(home, 'data') };
}

export interface Rendered {
  ok: boolean;
  /** The rendered manifests (helm's stdout). */
  manifests: string;
  /** helm's error output, e.g. `Error: values don't meet the specifications of the schema(s) ...`. */
  stderr: string;
}

export interface TemplateOptions {
  /** --kube-version, e.g. v1.34.1+k3s1. */
  kubeVersion: string;
}

/** `helm template <release> <archive> --namespace <ns> -f <values>` with the compiled values, offline. */
export function helmTemplate(helm: string, rel: CompiledRelease, archive: string, o: TemplateOptions): Rendered {
  const tmp = mkdtempSync(join(tmpdir(), 'veilc-helm-'));
  try {
    const values = join(tmp, 'values.yaml');
    writeFileSync(values, stringify(rel.values));
    const args = ['template', rel.releaseName, archive, '--namespace', rel.namespace, '-f', values, '--kube-version', o.kubeVersion];
    const r = spawnSync(helm, args, { env: helmEnv(tmp), encoding: 'utf8', timeout: 60_000, maxBuffer: 64 << 20 });
    return { ok: r.status === 0, manifests: r.stdout ?? '', stderr: r.stderr || (r.error?.message ?? '') };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** One values.yaml of a chart and where its keys sit in the parent's values (the subchart key path). */
export interface ValuesFile {
  /** Key path of this chart's values in the top chart's values: [] for the top chart, ['grafana'] for its grafana subchart. */
  prefix: string[];
  /** Chart name and version, for messages. */
  chart: string;
  text: string;
  doc: Document;
}

/**
 * The values.yaml of the chart archive and, recursively, of every subchart
 * packaged in its charts/ folder, each under its key: the dependency's alias
 * in the parent's Chart.yaml, else its name (Helm docs, "Charts", "Scope,
 * Dependencies, and Values"). The files are read from the unpacked archive:
 * `helm show values` prints that same file verbatim (pkg/action/show.go), and
 * one helm process per subchart would cost seconds for kube-prometheus-stack.
 */
export function chartValuesFiles(archive: string): ValuesFile[] {
  const tmp = mkdtempSync(join(tmpdir(), 'veilc-chart-'));
  try {
    execFileSync('tar', ['-xzf', archive, '-C', tmp]);
    const out: ValuesFile[] = [];
    const visit = (dir: string, prefix: string[]) => {
      const meta = parse(readFileSync(join(dir, 'Chart.yaml'), 'utf8')) as { name: string; version: string; dependencies?: { name: string; alias?: string }[] };
      const text = existsSync(join(dir, 'values.yaml')) ? readFileSync(join(dir, 'values.yaml'), 'utf8') : '';
      out.push({ prefix, chart: `${meta.name} ${meta.version}`, text, doc: parseDocument(text) });
      const charts = join(dir, 'charts');
      if (!existsSync(charts)) return;
      for (const sub of readdirSync(charts).sort()) {
        const subDir = join(charts, sub);
        if (!existsSync(join(subDir, 'Chart.yaml'))) throw new Error(`${archive}: charts/${sub} is not an unpacked chart (helm package writes subcharts as folders)`);
        const name = (parse(readFileSync(join(subDir, 'Chart.yaml'), 'utf8')) as { name: string }).name;
        visit(subDir, [...prefix, meta.dependencies?.find((d) => d.name === name)?.alias ?? name]);
      }
    };
    const [top] = readdirSync(tmp);
    visit(join(tmp, top!), []);
    return out;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Whether `keys` names a key of the values file: present (even when its default
 * is null, {} or []), or, for the last key only, documented as a commented-out
 * key at the indentation of its siblings inside its parent mapping (charts
 * document optional keys such as `# pathType: ImplementationSpecific` that way),
 * not as a line of a deeper commented-out block (`#   storageClassName: x`).
 */
export function hasKey({ text, doc }: { text: string; doc: Document }, keys: string[]): boolean {
  if (doc.hasIn(keys)) return true;
  const parent = keys.length > 1 ? doc.getIn(keys.slice(0, -1), true) : doc.contents;
  if (!isMap(parent) || !parent.range || !parent.items.length) return false;
  const first = parent.items[0]!.key as { range?: [number, number, number] };
  const column = first.range![0] - text.lastIndexOf('\n', first.range![0]) - 1;
  const inside = text.slice(parent.range[0], parent.range[2]);
  const last = keys[keys.length - 1]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // one space at most after the #: `#   key:` is a line of a commented-out block one level deeper
  return new RegExp(`^ {${column}}# ?${last}:`, 'm').test(inside);
}

/** Whether a values file of the chart (the chart's own, or a subchart's under its key) has the key path (see hasKey). */
export function isChartKey(files: readonly ValuesFile[], path: readonly string[]): boolean {
  return files.some((f) => f.prefix.length <= path.length && f.prefix.every((p, i) => path[i] === p)
    && (f.prefix.length === path.length || hasKey(f, path.slice(f.prefix.length))));
}

const isPlainMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Dotted paths of `values` that no values file of the chart knows (see hasKey),
 * each reported at its topmost unknown key. Compiled mappings are followed key
 * by key; lists and scalars are taken whole (Helm replaces a default list or
 * scalar, it does not merge into it). So a key set inside a default of {} or
 * null is unknown, unless its parent's path is in `freeForm`: the maps the
 * chart documents as passed through whole (annotations, a Kubernetes type),
 * where any key is the chart's.
 */
export function unknownValuePaths(values: Record<string, unknown>, files: readonly ValuesFile[], freeForm: readonly string[] = []): string[] {
  const out: string[] = [];
  const known = (path: string[]) => isChartKey(files, path);
  const walk = (v: Record<string, unknown>, path: string[]) => {
    if (freeForm.includes(path.join('.'))) return;
    for (const [k, child] of Object.entries(v)) {
      const p = [...path, k];
      if (!known(p)) {
        out.push(p.join('.'));
        continue;
      }
      if (isPlainMap(child)) walk(child, p);
    }
  };
  walk(values, []);
  return out;
}

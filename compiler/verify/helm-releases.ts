// The Helm releases of a compiled Flux tree, as helm-controller would install
// them: chart, version, the HelmRepository it comes from, release name,
// namespace and values. Checkers that render a chart with the compiled values
// (`helm template`) start here, so they read the tree veilc wrote rather than
// the emitter's inputs. Flux docs, HelmRelease v2: spec.chart.spec.{chart,
// version,sourceRef}, spec.releaseName (default "[TargetNamespace-]Name"),
// spec.targetNamespace (default the object's namespace), spec.values.
import { parseAllDocuments } from 'yaml';
import type { OutputFile } from '../emit/output.ts';
import { isKustomizeConfig } from './kustomize.ts';

export interface CompiledRelease {
  /** File of the compiled tree it was read from (relative to the output folder). */
  file: string;
  /** metadata.name of the HelmRelease. */
  name: string;
  /** Helm release name: spec.releaseName, else [targetNamespace-]metadata.name. */
  releaseName: string;
  /** Namespace the chart is installed into (spec.targetNamespace, else metadata.namespace). */
  namespace: string;
  chart: string;
  /** Chart version as written (a version, not a range: veilc pins exact versions). */
  version: string;
  /** The HelmRepository (or other source) spec.chart.spec.sourceRef names. */
  sourceRef: { kind: string; name: string; namespace?: string };
  /** spec.values, {} when absent. */
  values: Record<string, unknown>;
}

const isMap = (v: unknown): v is Record<string, any> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every HelmRelease (helm.toolkit.fluxcd.io) in the YAML files of `files`,
 * sorted by file, then document order. Kustomize configs are skipped. Throws
 * an Error naming the file when a document does not parse or a HelmRelease
 * lacks spec.chart.spec.{chart,version}: the compiled tree is veilc's own
 * output, so either is a bug, not user input.
 */
export function compiledReleases(files: readonly OutputFile[]): CompiledRelease[] {
  const out: CompiledRelease[] = [];
  const yamlFiles = files.filter((f) => /\.ya?ml$/.test(f.path) && !isKustomizeConfig(f.path.split('/').pop()!));
  for (const f of [...yamlFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    for (const d of parseAllDocuments(f.content)) {
      if (d.errors.length) throw new Error(`${f.path}: ${d.errors[0]!.message}`);
      const obj = d.toJS() as unknown;
      if (!isMap(obj) || obj.kind !== 'HelmRelease' || typeof obj.apiVersion !== 'string' || !obj.apiVersion.startsWith('helm.toolkit.fluxcd.io/')) continue;
      const spec = isMap(obj.spec) ? obj.spec : {};
      const chart = spec.chart?.spec;
      const name = String(obj.metadata?.name ?? '');
      const target = typeof spec.targetNamespace === 'string' ? spec.targetNamespace : undefined;
      if (!isMap(chart) || typeof chart.chart !== 'string' || typeof chart.version !== 'string') {
        throw new Error(`${f.path}: HelmRelease ${name} has no spec.chart.spec.chart and version`);
      }
      out.push({
        file: f.path,
        name,
        releaseName: typeof spec.releaseName === 'string' ? spec.releaseName : target ? `${target}-${name}` : name,
        namespace: target ?? String(obj.metadata?.namespace ?? 'default'),
        chart: chart.chart,
        version: chart.version,
        sourceRef: chart.sourceRef as CompiledRelease['sourceRef'],
        values: isMap(spec.values) ? spec.values : {},
      });
    }
  }
  return out;
}

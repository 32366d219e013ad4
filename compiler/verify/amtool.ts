// Verify (Alertmanager): `amtool check-config` on the Alertmanager
// configuration the compiled tree makes Alertmanager load.
//
// The configuration is not a file of the tree: it is the `alertmanager.config`
// value of the kube-prometheus-stack HelmRelease, which the chart renders
// into the Secret alertmanager-<release>-alertmanager as
// `toYaml .Values.alertmanager.config` (templates/alertmanager/secret.yaml,
// when alertmanager.tplConfig is unset). `.Values` is the HelmRelease's values
// coalesced over the chart's defaults (chart-values.ts), so this checker
// builds exactly that: the compiled map over the chart's default config
// (chart-alertmanager-defaults.ts), written to a temporary file for amtool.
// amtool loads it with Alertmanager's own config package, the code that
// refuses a bad configuration in the running Alertmanager.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { CHART_ALERTMANAGER_DEFAULT_CONFIG } from './chart-alertmanager-defaults.ts';
import { documentsWithinDepth } from '../load/nesting.ts';
import { coalesceValues } from './chart-values.ts';
import { manifestFiles } from './kubeconform.ts';
import { locateTool, runTool, type ToolCheck, type VerifyOptions } from './tool-check.ts';

const TOOL = 'amtool';
const CHART = 'kube-prometheus-stack';

export interface AlertmanagerConfig {
  /** The HelmRelease's file, relative to the output folder. */
  file: string;
  release: string;
  /** The rendered configuration: compiled values over the chart's defaults. */
  config: unknown;
}

interface HelmReleaseDoc {
  kind?: string;
  metadata?: { name?: string };
  spec?: { chart?: { spec?: { chart?: string } }; values?: { alertmanager?: { enabled?: boolean; tplConfig?: boolean; config?: unknown } } };
}

/** Every Alertmanager configuration the compiled kube-prometheus-stack HelmReleases render. */
export function alertmanagerConfigs(outDir: string): AlertmanagerConfig[] {
  const out: AlertmanagerConfig[] = [];
  for (const path of manifestFiles(outDir)) {
    // a file nested deeper than veilc writes holds no HelmRelease of veilc's
    for (const doc of documentsWithinDepth(readFileSync(path, 'utf8')) ?? []) {
      const hr = doc.toJS() as HelmReleaseDoc | null;
      if (hr?.kind !== 'HelmRelease' || hr.spec?.chart?.spec?.chart !== CHART) continue;
      const am = hr.spec.values?.alertmanager;
      if (am?.enabled === false) continue;
      out.push({ file: relative(outDir, path), release: hr.metadata?.name ?? CHART, config: coalesceValues(am?.config, CHART_ALERTMANAGER_DEFAULT_CONFIG) });
    }
  }
  return out;
}

/** amtool's verdict lines (`Checking '...'  FAILED: undefined receiver ...`) as problems of the HelmRelease. */
function amtoolProblems(c: AlertmanagerConfig, output: string): string[] {
  const found = [...output.matchAll(/FAILED: (.*)$/gm)].map((m) => `${c.file}: HelmRelease ${c.release} alertmanager.config: ${m[1]!.trim()}`);
  return found.length ? found : [`${c.file}: HelmRelease ${c.release} alertmanager.config: amtool check-config failed: ${output.trim().split('\n')[0] ?? ''}`];
}

export async function verifyAlertmanagerConfig(outDir: string, opts: Pick<VerifyOptions, 'env'>): Promise<ToolCheck> {
  const found = locateTool(TOOL, opts.env);
  if (!('path' in found)) return found;
  const configs = alertmanagerConfigs(outDir);
  if (!configs.length) return { tool: TOOL, ran: true, ok: true, checked: 0, problems: [] };
  const stage = mkdtempSync(join(tmpdir(), 'veilc-amtool-'));
  try {
    const problems: string[] = [];
    for (const [i, c] of configs.entries()) {
      const file = join(stage, `alertmanager-${i}.yaml`);
      writeFileSync(file, stringify(c.config));
      const r = await runTool(found.path, ['check-config', file], { env: opts.env, cwd: stage, timeoutMs: 60_000 });
      if (r.code !== 0) problems.push(...amtoolProblems(c, `${r.stdout}\n${r.stderr}`));
    }
    return { tool: TOOL, ran: true, ok: problems.length === 0, checked: configs.length, problems };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

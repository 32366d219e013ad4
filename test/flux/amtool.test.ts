// amtool check-config in the verify stage: the Alertmanager configuration
// the compiled kube-prometheus-stack HelmRelease makes the chart render
// (compiled values coalesced over the chart's defaults, as Helm does) is
// loaded by the real amtool of the pinned Alertmanager. amtool accepts the
// compiled veil tree and rejects what VEIL-MON-005 denies, with
// Alertmanager's own message; that the policy and amtool agree is the point.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alertmanagerConfigs, verifyAlertmanagerConfig } from '../../compiler/verify/amtool.ts';
import { CHART_ALERTMANAGER_DEFAULT_CONFIG } from '../../compiler/verify/chart-alertmanager-defaults.ts';
import { coalesceValues } from '../../compiler/verify/chart-values.ts';
import { VERIFIERS } from '../../compiler/verify/verifiers.ts';
import { writeTree } from '../../compiler/write/write-out.ts';
import { evaluateText, VEIL } from '../policy/helpers.ts';
import { flux, missing, model, modelFromData, rawSpec, toolsRequired } from './helpers.ts';
import { parse } from 'yaml';
import type { Model } from '../../compiler/model/build-model.ts';

function outOf(m: Model): string {
  const dir = mkdtempSync(join(tmpdir(), 'veilc-amtool-test-'));
  writeTree(dir, flux(m));
  return dir;
}

const CRITICAL = `        - receiver: hive-webhook\n          matchers: ['severity = "critical"']`;
/** The two examples: a child route naming an undefined receiver, and the default "null" gone with the chart's list. */
const BAD: [string, string, string][] = [
  ['a child route naming oncall-pager', VEIL.replace(CRITICAL, CRITICAL.replace('hive-webhook', 'oncall-pager')), 'undefined receiver "oncall-pager" used in route'],
  ['route.receiver left at its default "null", which the receivers list no longer has', VEIL.replace('      - name: "null"\n', '').replace('      receiver: "null"\n', ''), 'undefined receiver "null" used in route'],
];

describe('the Alertmanager configuration the chart renders', () => {
  it('Helm coalescing: maps merge, lists and scalars replace, null deletes', () => {
    expect(coalesceValues({ a: { x: 1 }, l: [3], d: null }, { a: { y: 2 }, l: [1, 2], d: 5, k: 'keep' })).toEqual({ a: { x: 1, y: 2 }, l: [3], k: 'keep' });
    expect(coalesceValues(undefined, { k: 1 })).toEqual({ k: 1 });
  });

  it('veil: the compiled route and receivers replace the chart\'s, its other defaults stay', () => {
    const [c] = alertmanagerConfigs(outOf(model('veil')));
    const cfg = c!.config as Record<string, any>;
    expect(c!.file).toBe('flux/veil/platform/monitoring/kube-prometheus-stack.yaml');
    expect(cfg.receivers.map((r: { name: string }) => r.name)).toEqual(['null', 'hive-webhook']);
    expect(cfg.route.routes.map((r: { receiver: string }) => r.receiver)).toEqual(['hive-webhook', 'hive-webhook']);
    expect(cfg.route.receiver).toBe('null');
    // merged in from the chart: timers, inhibit rules, templates
    expect(cfg.route.repeat_interval).toBe(CHART_ALERTMANAGER_DEFAULT_CONFIG.route.repeat_interval);
    expect(cfg.inhibit_rules).toEqual(CHART_ALERTMANAGER_DEFAULT_CONFIG.inhibit_rules);
    expect(cfg.templates).toEqual(CHART_ALERTMANAGER_DEFAULT_CONFIG.templates);
  });

  it('no monitoring, nothing to check', () => {
    const raw = rawSpec('veil');
    delete raw.monitoring;
    expect(alertmanagerConfigs(outOf(modelFromData(raw)))).toEqual([]);
  });

  it('check and compile --verify run it', () => {
    expect(VERIFIERS).toContain(verifyAlertmanagerConfig);
  });

  it('a missing amtool is a skip with the reason, not a pass', async () => {
    const r = await verifyAlertmanagerConfig(outOf(model('veil')), { env: { ...process.env, VEILC_AMTOOL: '/nonexistent/amtool' } });
    expect(r).toMatchObject({ tool: 'amtool', ran: false, ok: false });
    expect(r.skipped).toContain('VEILC_AMTOOL=/nonexistent/amtool');
  });
});

const why = missing('amtool');
if (why && !toolsRequired()) console.warn(`skipping the amtool tests: ${why}`);

describe.skipIf(why !== null && !toolsRequired())('amtool check-config, the real one', () => {
  it('accepts the compiled veil tree', async () => {
    expect(why).toBeNull();
    const r = await verifyAlertmanagerConfig(outOf(model('veil')), { env: process.env });
    expect(r).toEqual({ tool: 'amtool', ran: true, ok: true, checked: 1, problems: [] });
  });

  for (const [name, text, amtoolSays] of BAD) {
    it(`rejects what VEIL-MON-005 denies: ${name}`, async () => {
      const policy = await evaluateText(text);
      expect(policy.diagnostics.filter((d) => d.rule === 'VEIL-MON-005').map((d) => d.message)).toEqual([expect.stringContaining(`("${amtoolSays}")`)]);
      // the policy would stop the compile; emit anyway to show what Alertmanager would get
      const r = await verifyAlertmanagerConfig(outOf(modelFromData(parse(text))), { env: process.env });
      expect(r.ok).toBe(false);
      expect(r.problems).toEqual([`flux/veil/platform/monitoring/kube-prometheus-stack.yaml: HelmRelease kube-prometheus-stack alertmanager.config: ${amtoolSays}`]);
    });
  }
});

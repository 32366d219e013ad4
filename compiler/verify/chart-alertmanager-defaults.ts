// Data, not code: the default `alertmanager.config` of the kube-prometheus-stack
// chart 77.14.0 (charts/kube-prometheus-stack/values.yaml of
// prometheus-community/helm-charts, tag kube-prometheus-stack-77.14.0;
// Apache-2.0), the version veil.spec.yaml pins. Helm merges the compiled
// values over these, so the Alertmanager configuration the chart renders is
// this map with the compiled keys coalesced in (chart-values.ts).
export const CHART_ALERTMANAGER_DEFAULTS_VERSION = '77.14.0';

export const CHART_ALERTMANAGER_DEFAULT_CONFIG = {
  global: { resolve_timeout: '5m' },
  inhibit_rules: [
    { source_matchers: ['severity = critical'], target_matchers: ['severity =~ warning|info'], equal: ['namespace', 'alertname'] },
    { source_matchers: ['severity = warning'], target_matchers: ['severity = info'], equal: ['namespace', 'alertname'] },
    { source_matchers: ['alertname = InfoInhibitor'], target_matchers: ['severity = info'], equal: ['namespace'] },
    { target_matchers: ['alertname = InfoInhibitor'] },
  ],
  route: {
    group_by: ['namespace'],
    group_wait: '30s',
    group_interval: '5m',
    repeat_interval: '12h',
    receiver: 'null',
    routes: [{ receiver: 'null', matchers: ['alertname = "Watchdog"'] }],
  },
  receivers: [{ name: 'null' }],
  templates: ['/etc/alertmanager/config/*.tmpl'],
} as const;

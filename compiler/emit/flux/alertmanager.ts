// The Alertmanager configuration (receivers and routing tree) from the spec,
// in Alertmanager's own config format (https://prometheus.io/docs/alerting/latest/configuration/).
// Credentials never appear: they stay in Secrets that the Alertmanager pods
// mount under /etc/alertmanager/secrets/<secret>/<key> (prometheus-operator
// AlertmanagerSpec.secrets), and the config points at those files
// (webhook_config url_file, email_config auth_password_file).
import type { Spec } from '../../schema/spec-types.ts';

type Monitoring = NonNullable<Spec['monitoring']>;
type Receiver = Monitoring['alertmanager']['receivers'][number];

const SECRETS_DIR = '/etc/alertmanager/secrets';
/** Keys used when the spec names a Secret without a key. */
export const DEFAULT_KEYS = { webhookUrl: 'url', smtpPassword: 'password' } as const;

function secretFile(ref: { name: string; key?: string }, fallbackKey: string): string {
  return `${SECRETS_DIR}/${ref.name}/${ref.key ?? fallbackKey}`;
}

function receiver(r: Receiver): object {
  const out: Record<string, unknown> = { name: r.name };
  const w = r.webhook;
  if (w?.urlSecret) out.webhook_configs = [{ url_file: secretFile(w.urlSecret, DEFAULT_KEYS.webhookUrl) }];
  else if (w?.url) out.webhook_configs = [{ url: w.url }];
  const e = r.email;
  if (e) {
    const cfg: Record<string, unknown> = { to: e.to, from: e.from, smarthost: e.smarthost };
    if (e.authUsername) cfg.auth_username = e.authUsername;
    if (e.authPasswordSecret) cfg.auth_password_file = secretFile(e.authPasswordSecret, DEFAULT_KEYS.smtpPassword);
    out.email_configs = [cfg];
  }
  return out;
}

/**
 * `alertmanager.config` values. Helm merges maps with the chart's defaults but
 * replaces lists, so `routes` is always written: the chart's default Watchdog
 * route names a `null` receiver that the spec may not have.
 */
export function alertmanagerConfig(m: Monitoring): object {
  const route = m.alertmanager.route;
  return {
    route: {
      receiver: route.receiver,
      group_by: route.groupBy,
      routes: route.routes.map((r) => ({ receiver: r.receiver, matchers: r.matchers, ...(r.continue ? { continue: true } : {}) })),
    },
    receivers: m.alertmanager.receivers.map(receiver),
  };
}

/** Secrets the receivers read, for alertmanagerSpec.secrets (sorted, unique). */
export function alertmanagerSecrets(m: Monitoring): string[] {
  const names = new Set<string>();
  for (const r of m.alertmanager.receivers) {
    if (r.webhook?.urlSecret) names.add(r.webhook.urlSecret.name);
    if (r.email?.authPasswordSecret) names.add(r.email.authPasswordSecret.name);
  }
  return [...names].sort();
}

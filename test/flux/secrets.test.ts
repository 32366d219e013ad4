// No secret value reaches out/: the compiled manifests only name Secrets
// (secretKeyRef, existingSecret, mounted files), never carry their contents.
// Scanned: the committed out/flux/veil and a spec that uses every kind of
// secret reference the schema has.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutputFile } from '../../compiler/emit/output.ts';
import { readTree } from '../../compiler/write/write-out.ts';
import { docs, flux, modelFromData, rawSpec, resources, ROOT } from './helpers.ts';

/** nimbus plus the secret references it does not use yet. */
function everySecretKind() {
  const raw = rawSpec('nimbus');
  raw.monitoring.grafana.adminSecret = { name: 'grafana-admin' };
  raw.monitoring.alertmanager.receivers.push({ name: 'chat', webhook: { urlSecret: { name: 'chat-webhook', key: 'url' } } });
  raw.monitoring.alertmanager.route.routes.push({ receiver: 'chat', matchers: ['severity = "warning"'] });
  raw.monitoring.prometheus.remoteWrite.push({ name: 'vm', kind: 'victoriametrics', url: 'http://nas.lan.example.org:8428/api/v1/write', basicAuthSecret: { name: 'vm-auth' } });
  return raw;
}

const SENSITIVE = /pass(word)?|secret|token|credential|auth|root_user|access.?key/i;

/** [key path, value] of every string leaf. */
function leaves(value: unknown, path: string[] = []): [string[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, String(i)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [];
}

function scan(files: readonly OutputFile[], raw: Record<string, any>): void {
  const all = docs(files);
  expect(all.length).toBeGreaterThan(10);
  // what a sensitive-looking key may hold: the names of Secrets and keys the spec references, and files they are mounted as
  const m = raw.monitoring, os = raw.objectStore;
  const refs = [
    os.credentials.secretRef, m.grafana.adminSecret,
    ...m.alertmanager.receivers.flatMap((r: any) => [r.webhook?.urlSecret, r.email?.authPasswordSecret]),
    ...(m.prometheus.remoteWrite ?? []).map((r: any) => r.basicAuthSecret),
  ].filter(Boolean);
  const allowed = new Set<string>([
    ...refs.map((r: any) => r.name), ...refs.map((r: any) => r.key).filter(Boolean),
    os.credentials.secretRef.userKey ?? 'rootUser', os.credentials.secretRef.passwordKey ?? 'rootPassword',
    'admin-user', 'admin-password', 'username', 'password', 'url',
    ...m.alertmanager.receivers.map((r: any) => r.email?.authUsername).filter(Boolean),
  ]);

  for (const { file, obj } of all) {
    expect(obj.kind, file).not.toBe('Secret');
    expect(Object.keys(obj), file).not.toContain('data');
    expect(Object.keys(obj), file).not.toContain('stringData');
    for (const [path, value] of leaves(obj)) {
      const where = `${file}: ${path.join('.')}`;
      expect(value, where).not.toMatch(/[a-z][a-z0-9+.-]*:\/\/[^/\s@]+:[^/\s@]*@/i); // no user:password@ in URLs
      if (!SENSITIVE.test(path.join('.'))) continue;
      const ok = allowed.has(value) || value.startsWith('/etc/alertmanager/secrets/') || /^(true|false|\d+)$/.test(value);
      expect(ok, `${where} = ${value}`).toBe(true);
    }
    // container env: anything credential-like comes from a Secret
    for (const c of obj.spec?.template?.spec?.containers ?? []) {
      for (const e of c.env ?? []) if (SENSITIVE.test(e.name)) expect(e.valueFrom?.secretKeyRef, `${file}: env ${e.name}`).toBeDefined();
    }
  }
}

describe('no secret value reaches out/', () => {
  it('the committed out/flux/veil', () => {
    const committed = readTree(join(ROOT, 'out/flux/veil'));
    expect(committed.length).toBeGreaterThan(0);
    scan(committed, rawSpec('veil'));
  });

  it('a spec using every secret reference: SMTP password, webhook URL, remote_write basic auth, Grafana admin, MinIO root', () => {
    const raw = everySecretKind();
    const files = flux(modelFromData(raw));
    scan(files, raw);
    const v = resources(files).find((d) => d.obj.kind === 'HelmRelease' && d.obj.metadata.name === 'kube-prometheus-stack')!.obj.spec.values;
    // each reference reaches its consumer as a reference
    expect(v.grafana.admin.existingSecret).toBe('grafana-admin');
    expect(v.alertmanager.alertmanagerSpec.secrets).toEqual(['chat-webhook', 'smtp-auth']);
    expect(v.alertmanager.config.receivers.find((r: any) => r.name === 'chat').webhook_configs).toEqual([{ url_file: '/etc/alertmanager/secrets/chat-webhook/url' }]);
    expect(v.prometheus.prometheusSpec.remoteWrite.find((r: any) => r.name === 'vm').basicAuth).toEqual({ username: { name: 'vm-auth', key: 'username' }, password: { name: 'vm-auth', key: 'password' } });
  });

  it('the scan catches a leak (a literal password or a credential URL)', () => {
    const raw = rawSpec('veil');
    const leak = (content: string): OutputFile[] => [...flux(modelFromData(raw)), { path: 'flux/veil/leak.yaml', content }];
    expect(() => scan(leak('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\nspec:\n  adminPassword: hunter2\n'), raw)).toThrow();
    expect(() => scan(leak('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\nspec:\n  url: https://bot:t0ken@hooks.example.org/x\n'), raw)).toThrow();
    expect(() => scan(leak('apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\n'), raw)).toThrow();
  });
});

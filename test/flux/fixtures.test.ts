// A second, different spec (nimbus: 4 nodes, another LAN and pool, MinIO
// 4 x 1 on a dedicated address, remote_write, email alerts) compiles to output
// that follows it: its values appear where they belong and none of veil's do.
// Expected values are read from the fixture files, not written here.
import { describe, expect, it } from 'vitest';
import { flux, model, one, rawSpec, resources } from './helpers.ts';

const nimbus = rawSpec('nimbus');
const veil = rawSpec('veil');
const files = flux(model('nimbus'));
const all = resources(files);
const text = files.map((f) => f.content).join('\n');

describe('nimbus compiles to its own tree', () => {
  it('under flux/<its cluster name>, with Kustomization paths under its flux.path (the glue: exactly it) and its interval', () => {
    expect(files.every((f) => f.path.startsWith(`flux/${nimbus.cluster.name}/`))).toBe(true);
    const flux = all.filter((x) => x.obj.apiVersion === 'kustomize.toolkit.fluxcd.io/v1');
    expect(flux.length).toBeGreaterThan(1);
    for (const d of flux) {
      if (d.obj.metadata.name === nimbus.cluster.name) expect(d.obj.spec.path).toBe(nimbus.flux.path);
      else expect(d.obj.spec.path.startsWith(`${nimbus.flux.path}/`), d.file).toBe(true);
      expect(d.obj.spec.interval).toBe(nimbus.flux.interval);
    }
  });

  it('ingress-nginx asks MetalLB for its address and is the default class with its class name', () => {
    const values = one(all, 'HelmRelease', 'ingress-nginx').spec.values.controller;
    expect(values.service.annotations['metallb.io/loadBalancerIPs']).toBe(nimbus.ingress.address);
    expect(values.service).not.toHaveProperty('loadBalancerIP');
    expect(values.ingressClassResource).toEqual({ name: nimbus.ingress.className, enabled: true, default: true });
  });

  it('MetalLB gets its pool', () => {
    const pool = nimbus.loadBalancer.pools[0];
    expect(one(all, 'IPAddressPool', pool.name).spec.addresses).toEqual([pool.range]);
    expect(one(all, 'L2Advertisement', pool.name).spec.ipAddressPools).toEqual([pool.name]);
  });

  it('MinIO: its servers, drives, size, class, nodes, image and a dedicated LoadBalancer address instead of Ingresses', () => {
    const os = nimbus.objectStore;
    const sts = one(all, 'StatefulSet', os.name);
    expect(sts.metadata.namespace).toBe(os.namespace);
    expect(sts.spec.replicas).toBe(os.servers);
    expect(sts.spec.volumeClaimTemplates.length).toBe(os.drivesPerServer);
    for (const c of sts.spec.volumeClaimTemplates) expect([c.spec.resources.requests.storage, c.spec.storageClassName]).toEqual([os.driveSize, os.storageClass]);
    expect(sts.spec.template.spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0].matchExpressions[0].values).toEqual(os.nodes);
    expect(sts.spec.template.spec.containers[0].image).toBe(nimbus.versions.images.minio);
    const env = Object.fromEntries(sts.spec.template.spec.containers[0].env.map((e: any) => [e.name, e]));
    expect(env.MINIO_ROOT_USER.valueFrom.secretKeyRef).toEqual({ name: os.credentials.secretRef.name, key: os.credentials.secretRef.userKey });
    expect(env.MINIO_ROOT_PASSWORD.valueFrom.secretKeyRef).toEqual({ name: os.credentials.secretRef.name, key: os.credentials.secretRef.passwordKey });
    for (const name of [os.name, `${os.name}-console`]) {
      const svc = one(all, 'Service', name);
      expect(svc.spec.type).toBe('LoadBalancer');
      expect(svc.metadata.annotations['metallb.io/loadBalancerIPs']).toBe(os.exposure.address);
      expect(svc.metadata.annotations['metallb.io/allow-shared-ip']).toBe(os.name);
    }
    expect(all.filter((d) => d.obj.kind === 'Ingress')).toEqual([]);
  });

  it('monitoring: its namespace, retention, storage class and sizes, hosts, remote_write target and email receiver', () => {
    const m = nimbus.monitoring;
    const hr = one(all, 'HelmRelease', 'kube-prometheus-stack');
    expect(hr.metadata.namespace).toBe(m.namespace);
    const v = hr.spec.values;
    expect(v.prometheus.prometheusSpec.retention).toBe(m.prometheus.retention);
    expect(v.prometheus.prometheusSpec.storageSpec.volumeClaimTemplate.spec.storageClassName).toBe(m.prometheus.storage.class);
    expect(v.prometheus.prometheusSpec.storageSpec.volumeClaimTemplate.spec.resources.requests.storage).toBe(m.prometheus.storage.size);
    expect(v.alertmanager.alertmanagerSpec.storage.volumeClaimTemplate.spec.resources.requests.storage).toBe(m.alertmanager.storage.size);
    expect(v.grafana.persistence.size).toBe(m.grafana.storage.size);
    expect(v.prometheus.ingress.hosts).toEqual([m.prometheus.host]);
    expect(v.alertmanager.ingress.hosts).toEqual([m.alertmanager.host]);
    expect(v.grafana.ingress.hosts).toEqual([m.grafana.host]);
    expect(v.prometheus.prometheusSpec.remoteWrite.map((r: any) => r.url)).toEqual(m.prometheus.remoteWrite.map((r: any) => r.url));
    const mail = m.alertmanager.receivers.find((r: any) => r.email);
    const rendered = v.alertmanager.config.receivers.find((r: any) => r.name === mail.name);
    expect(rendered.email_configs[0]).toMatchObject({ to: mail.email.to, from: mail.email.from, smarthost: mail.email.smarthost });
    expect(v.alertmanager.alertmanagerSpec.secrets).toEqual([mail.email.authPasswordSecret.name]);
    // the control plane is scraped on nimbus's servers (its agent runs none); kube-proxy on every node
    const servers = nimbus.nodes.filter((n: any) => (n.role ?? 'server') === 'server').map((n: any) => n.address);
    for (const c of ['kubeEtcd', 'kubeControllerManager', 'kubeScheduler']) expect(v[c].endpoints, c).toEqual(servers);
    expect(servers.length).toBeLessThan(nimbus.nodes.length);
    expect(v.kubeProxy.endpoints).toEqual(nimbus.nodes.map((n: any) => n.address));
  });

  it("contains none of veil's names, addresses, hosts or sizes", () => {
    const veilValues = [
      ...veil.nodes.flatMap((n: any) => [n.name, n.address]),
      veil.ingress.address,
      ...veil.loadBalancer.pools.map((p: any) => p.range),
      veil.monitoring.prometheus.host, veil.monitoring.alertmanager.host, veil.monitoring.grafana.host,
      veil.objectStore.exposure.apiHost, veil.objectStore.exposure.consoleHost,
      veil.objectStore.driveSize, veil.objectStore.credentials.secretRef.name,
      veil.flux.path,
    ];
    expect(veilValues.length).toBeGreaterThan(10);
    for (const value of veilValues) expect(text, value).not.toContain(value);
  });
});

// Flux prune semantics: renames, namespaces, Kustomizations, the bootstrap glue
// (before/after pairs of the "orbit" spec).
import { describe, expect, it } from 'vitest';
import { changeOf, edit, findingsOf, lineOf, ORBIT, transition } from './helpers.ts';

describe('Flux prune', () => {
  it('renaming the ingress namespace prunes the old one with everything in it (VEIL-CHANGE-040)', () => {
    const next = edit(ORBIT, '  className: web\n', '  className: web\n  namespace: edge-system\n');
    const t = transition(ORBIT, next);
    const old = t.changes.find((c) => c.kind === 'Namespace' && c.name === 'ingress-nginx')!;
    expect(old.action).toBe('replace');
    expect(old.reasons[0]!.lost).toMatch(/PersistentVolumeClaims and their data/);
    expect(t.changes.find((c) => c.kind === 'Namespace' && c.name === 'edge-system')!.action).toBe('create');
    expect(findingsOf(t).filter(([r]) => r === 'VEIL-CHANGE-040')).toEqual([['VEIL-CHANGE-040', 'warn', lineOf(next, 'namespace: edge-system')]]);
  });

  it('renaming the monitoring namespace keeps the old one (prune disabled): a rename warning, not a loss', () => {
    const next = edit(ORBIT, 'namespace: telemetry', 'namespace: observability');
    const t = transition(ORBIT, next);
    const old = t.changes.find((c) => c.kind === 'Namespace' && c.name === 'telemetry')!;
    expect(old.action).toBe('replace');
    expect(old.reasons[0]!.kept).toMatch(/everything in it/);
    expect(t.changes.find((c) => c.kind === 'HelmRelease' && c.namespace === 'telemetry')!.reasons[0]!.lost).toMatch(/objects the chart installed/);
    expect(findingsOf(t)).toEqual([
      ['VEIL-CHANGE-041', 'warn', lineOf(next, 'namespace: observability')],
      ['VEIL-CHANGE-041', 'warn', lineOf(next, 'namespace: observability')],
    ]);
  });

  it('renaming an address pool replaces it (VEIL-CHANGE-041)', () => {
    const next = edit(ORBIT, 'name: front', 'name: edge');
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'IPAddressPool', 'front').action).toBe('replace');
    expect(changeOf(t, 'IPAddressPool', 'edge').reasons[0]!.text).toMatch(/in place of IPAddressPool metallb-system\/front/);
    expect(findingsOf(t).filter(([r]) => r === 'VEIL-CHANGE-041').map(([, s, l]) => [s, l])).toContainEqual(['warn', lineOf(next, 'name: edge')]);
  });

  it('removing monitoring deletes its Kustomization, and everything it applied with it (VEIL-CHANGE-042)', () => {
    const next = ORBIT.replace(/\nmonitoring:[\s\S]*?\n\nobjectStore/, '\n\nobjectStore')
      .replace('        - { name: dash, target: ingress }\n        - { name: metrics, target: ingress }\n        - { name: alerts, target: ingress }\n', '');
    const t = transition(ORBIT, next);
    const ks = t.changes.find((c) => c.kind === 'Kustomization' && c.name === 'monitoring')!;
    expect(ks.action).toBe('delete');
    expect(ks.reasons[0]!.rule).toBe('VEIL-CHANGE-042');
    expect(ks.reasons[0]!.lost).toMatch(/platform\/monitoring/);
  });

  it('another Flux namespace replaces every Kustomization: a procedure (VEIL-CHANGE-042), and the glue changes (VEIL-CHANGE-043)', () => {
    const next = edit(ORBIT, 'storageClasses: [local-path, nvme]\n', 'storageClasses: [local-path, nvme]\n\nflux:\n  namespace: gitops\n');
    const t = transition(ORBIT, next);
    const moved = t.changes.filter((c) => c.kind === 'Kustomization' && c.namespace === 'flux-system' && c.action === 'procedure').map((c) => c.name).sort();
    expect(moved).toEqual(['infra-configs', 'infra-controllers', 'infra-ingress', 'monitoring', 'orbit', 'sources', 'storage']);
    expect(findingsOf(t).map(([r]) => r)).toContain('VEIL-CHANGE-043');
    expect(t.diagnostics.filter((d) => d.rule === 'VEIL-CHANGE-042').every((d) => d.line === lineOf(next, 'namespace: gitops'))).toBe(true);
  });

  it('a changed Kustomization interval is an update, and the glue copy is a procedure (VEIL-CHANGE-043)', () => {
    const next = edit(ORBIT, 'storageClasses: [local-path, nvme]\n', 'storageClasses: [local-path, nvme]\n\nflux:\n  interval: 30m\n');
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'Kustomization', 'storage').action).toBe('update');
    const glue = changeOf(t, 'Kustomization', 'orbit');
    expect(glue.action).toBe('procedure');
    expect(glue.reasons[0]!.procedure).toBe('copy-the-bootstrap-kustomization-again');
    expect(findingsOf(t)).toEqual([['VEIL-CHANGE-043', 'warn', lineOf(next, 'interval: 30m')]]);
  });

  it('a new cluster name swaps the glue Kustomization: a procedure at cluster.name', () => {
    const next = edit(ORBIT, 'name: orbit\n', 'name: apogee\n');
    const t = transition(ORBIT, next);
    expect(changeOf(t, 'Kustomization', 'orbit').action).toBe('procedure');
    expect(t.diagnostics.find((d) => d.rule === 'VEIL-CHANGE-043')!.line).toBe(lineOf(next, 'name: apogee'));
    // the stage Kustomizations keep their names and read another path: updates
    expect(changeOf(t, 'Kustomization', 'storage').reasons.map((r) => r.text).join()).toMatch(/path \.\/out\/flux\/orbit\/platform\/storage -> \.\/out\/flux\/apogee\/platform\/storage/);
  });
});

describe('an object that moves to another Flux Kustomization (VEIL-CHANGE-044)', () => {
  it('ingress-nginx compiled into infrastructure/controllers by an older veilc now belongs to infra-ingress', () => {
    const t = transition(ORBIT, ORBIT, {
      baseOut: (files) => files.map((f) => (f.path.endsWith('/infrastructure/ingress/ingress-nginx.yaml') ? { ...f, path: f.path.replace('/infrastructure/ingress/', '/infrastructure/controllers/') } : f)),
    });
    const hr = changeOf(t, 'HelmRelease', 'ingress-nginx');
    expect(hr.action).toBe('replace');
    expect(hr.fields).toEqual([]);
    expect(hr.reasons.find((r) => r.rule === 'VEIL-CHANGE-044')!.text).toMatch(/from Flux Kustomization infra-controllers to infra-ingress.*uninstalled and installed/);
    expect(findingsOf(t).map(([r, s]) => [r, s])).toContainEqual(['VEIL-CHANGE-044', 'warn']);
  });

  it('a new cluster name moves every file but no object changes Kustomization', () => {
    const t = transition(ORBIT, edit(ORBIT, 'name: orbit\n', 'name: apogee\n'));
    expect(t.diagnostics.map((d) => d.rule)).not.toContain('VEIL-CHANGE-044');
  });
});

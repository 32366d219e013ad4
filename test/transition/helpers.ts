// Runs the transition stage on two spec texts, the way `plan --base` does,
// without git: the base's compiled tree is what this veilc compiles from the
// base text (or a tree the test hands in). The spec is a fresh example (the
// cluster "orbit"), so the rules are not tuned to veil.spec.yaml.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitAll } from '../../compiler/emit/emit-all.ts';
import type { OutputFile } from '../../compiler/emit/output.ts';
import { loadSpec } from '../../compiler/load/load-spec.ts';
import { buildModel } from '../../compiler/model/build-model.ts';
import type { Validated } from '../../compiler/pipeline.ts';
import { validateSchema } from '../../compiler/schema/validate-schema.ts';
import { modelOfBase } from '../../compiler/transition/base-model.ts';
import type { BaseRevision } from '../../compiler/transition/git-base.ts';
import { judgeTransition, type PlacedChange, type Transition } from '../../compiler/transition/transition.ts';
import { tempDir } from '../foundation/helpers.ts';

export const ORBIT = `cluster:
  name: orbit

network:
  cidr: 10.40.0.0/24
  gateway: 10.40.0.1
  domain: home.arpa
  dhcp:
    range: 10.40.0.100-10.40.0.149

hosts:
  - name: beacon
    address: 10.40.0.5
    roles: [dns]

nodes:
  - name: sol-1
    address: 10.40.0.11
    role: server
  - name: sol-2
    address: 10.40.0.12
    role: server
  - name: sol-3
    address: 10.40.0.13
    role: server
  - name: luna-1
    address: 10.40.0.21
    role: agent

loadBalancer:
  pools:
    - name: front
      range: 10.40.0.200-10.40.0.219
      mode: l2

ingress:
  address: 10.40.0.200
  className: web

dns:
  server: beacon
  ttl: 600
  zones:
    - name: orbit.home.arpa
      records:
        - { name: ingress, target: ingress }
        - { name: dash, target: ingress }
        - { name: metrics, target: ingress }
        - { name: alerts, target: ingress }
        - { name: blob, target: ingress }
    - name: home.arpa
      records:
        - { name: beacon, target: host/beacon }
        - { name: sol-1, target: node/sol-1 }
        - { name: sol-2, target: node/sol-2 }
        - { name: sol-3, target: node/sol-3 }
        - { name: luna-1, target: node/luna-1 }

monitoring:
  namespace: telemetry
  prometheus:
    host: metrics.orbit.home.arpa
    retention: 10d
    storage: { size: 30Gi, class: local-path }
  alertmanager:
    host: alerts.orbit.home.arpa
    storage: { size: 1Gi, class: local-path }
  grafana:
    host: dash.orbit.home.arpa
    storage: { size: 4Gi, class: local-path }

objectStore:
  name: vault
  namespace: blobs
  erasure: { data: 6, parity: 2 }
  servers: 4
  drivesPerServer: 2
  driveSize: 100Gi
  storageClass: local-path
  nodes: [sol-1, sol-2, sol-3, luna-1]
  require:
    nodeFailures: 1
  exposure:
    mode: ingress
    apiHost: blob.orbit.home.arpa
  credentials:
    secretRef: { name: vault-root }

storageClasses: [local-path, nvme]
`;

/** `text` with `from` replaced by `to`; fails loudly when `from` is not there (a test that edits nothing proves nothing). */
export function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`edit: ${JSON.stringify(from)} not found`);
  return text.replace(from, to);
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`lineOf: ${JSON.stringify(needle)} not found`);
  return i + 1;
}

/** The new spec as the pipeline's validate leaves it (without policies: the rules here do not read them). */
export function validated(text: string): Validated {
  const file = join(tempDir('veilc-transition-'), 'orbit.spec.yaml');
  writeFileSync(file, text);
  const source = loadSpec(file);
  const schema = validateSchema(source.data);
  if (schema.findings.length) throw new Error(`new spec is not schema-valid: ${schema.findings.map((f) => `${f.path.join('.')}: ${f.message}`).join('; ')}`);
  return { source, model: buildModel(schema.spec).model, diagnostics: [], rulesEvaluated: [], redact: [] };
}

export interface TransitionOptions {
  /** The base's compiled tree; default: the base text compiled by this veilc. */
  baseOut?: (compiled: OutputFile[]) => OutputFile[] | null;
  today?: string;
}

export function transition(baseText: string, nextText: string, o: TransitionOptions = {}): Transition {
  const next = validated(nextText);
  const baseModel = modelOfBase('orbit.spec.yaml', Buffer.from(baseText)).model;
  const compiled = baseModel ? emitAll(baseModel) : [];
  const base: BaseRevision = {
    rev: 'base', commit: 'b'.repeat(40), outPath: 'out',
    spec: { path: 'orbit.spec.yaml', bytes: Buffer.from(baseText) },
    out: o.baseOut ? o.baseOut(compiled) : compiled,
  };
  return judgeTransition({ base, next, nextFiles: emitAll(next.model), today: o.today ?? '2026-06-01' });
}

export function changeOf(t: Transition, kind: string, name: string): PlacedChange {
  const c = t.changes.find((x) => x.kind === kind && x.name === name);
  if (!c) throw new Error(`no change of ${kind} ${name}; changes: ${t.changes.map((x) => `${x.action} ${x.kind} ${x.name}`).join(', ')}`);
  return c;
}

/** [rule, severity, line] of every unwaived finding, sorted. */
export function findingsOf(t: Transition): [string, string, number][] {
  return t.diagnostics.filter((d) => !d.waived).map((d): [string, string, number] => [d.rule, d.severity, d.line]).sort();
}

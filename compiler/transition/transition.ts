// The transition stage: given the base (spec and compiled tree at a git
// revision, what Flux deployed) and the new spec, classify every change of
// every compiled resource and of the spec values with running state outside
// it (k3s nodes, DNS records). Rules live in rules/, one module per system.
// Forbidden changes are deny findings at the new value's spec line, the other
// judged changes warnings; spec waivers apply. Pure: the caller reads git.
import { sortDiagnostics, type Diagnostic, type Finding, type SpecPath } from '../diagnostics/diagnostic.ts';
import { emitAll } from '../emit/emit-all.ts';
import type { OutputFile } from '../emit/output.ts';
import { CHANGES_HEADINGS } from '../emit/runbooks/headings.ts';
import { slug } from '../emit/runbooks/markdown.ts';
import { DOCS_DIR } from '../emit/runbooks/paths.ts';
import { place } from '../load/source.ts';
import { mark } from '../timing.ts';
import type { Model } from '../model/build-model.ts';
import type { Validated } from '../pipeline.ts';
import { modelOfBase } from './base-model.ts';
import { TRANSITION_RULE_DOCS } from './catalog.ts';
import { changeLabel, stronger, type Action, type Change, type Reason } from './change.ts';
import type { BaseRevision } from './git-base.ts';
import { ownerPath } from './owners.ts';
import { diffResources, type ResourceDiff } from './resource-diff.ts';
import { resourcesOf, type ResourceSet } from './resources.ts';
import { dnsRule } from './rules/dns.ts';
import { etcdRule } from './rules/etcd.ts';
import { fluxRule } from './rules/flux.ts';
import { ingressRule } from './rules/ingress.ts';
import { k3sRule } from './rules/k3s.ts';
import { statefulSetRule } from './rules/kubernetes.ts';
import { metallbRule } from './rules/metallb.ts';
import { minioFieldSource, minioRule } from './rules/minio.ts';
import { monitoringRule } from './rules/monitoring.ts';
import type { Rule, TransitionContext, Verdict } from './rules/rule.ts';
import { specChanges, under } from './spec-diff.ts';
import { applyTransitionWaivers } from './waivers.ts';

export const RULES: readonly Rule[] = [statefulSetRule(minioFieldSource), monitoringRule, minioRule, etcdRule, k3sRule, metallbRule, ingressRule, fluxRule, dnsRule];

export const RULE_BASE_UNUSABLE = 'VEIL-CHANGE-091';

/** Every rule ID this stage can report (for the rule lists of report formats): the catalog's. */
export const TRANSITION_RULES = Object.keys(TRANSITION_RULE_DOCS) as readonly (keyof typeof TRANSITION_RULE_DOCS)[];

export interface TransitionInput {
  base: BaseRevision;
  next: Validated;
  /** The new compiled tree (relative to out/). */
  nextFiles: readonly OutputFile[];
  /** YYYY-MM-DD, for waiver expiry. */
  today: string;
  /** The output folder as the user named it, for links in hints (default `out`). */
  outDir?: string;
}

export interface PlacedChange extends Change {
  /** Where in the new spec the change comes from. */
  path: string;
  line: number;
  column: number;
}

export interface Transition {
  base: { rev: string; commit: string; spec: 'valid' | 'invalid' | 'absent'; tree: 'committed' | 'compiled' | 'none' };
  changes: PlacedChange[];
  /** Transition findings, placed in the new spec, waivers applied. */
  diagnostics: Diagnostic[];
  notes: string[];
}

const DEFAULT_TEXT: Record<'create' | 'update' | 'delete', string> = {
  create: 'Flux creates it',
  update: 'Flux updates it in place (server-side apply)',
  delete: 'Flux prunes it (prune: true)',
};

function baseResources(base: BaseRevision, model: Model | null, notes: string[]): { set: ResourceSet; tree: Transition['base']['tree'] } {
  if (base.out && base.out.some((f) => f.path.startsWith('flux/'))) return { set: resourcesOf(base.out), tree: 'committed' };
  if (model) {
    try {
      notes.push(`no compiled tree at ${base.rev}: compared with the base spec compiled by this veilc`);
      return { set: resourcesOf(emitAll(model)), tree: 'compiled' };
    } catch (e) {
      notes.push(`the base spec does not compile with this veilc (${(e as Error).message.split('\n')[0]}): no base objects`);
    }
  }
  return { set: { byKey: new Map(), unreadable: [] }, tree: 'none' };
}

function emptyChange(d: ResourceDiff, model: Model): Change {
  const r = (d.after ?? d.before)!;
  const action: Action = !d.before ? 'create' : !d.after ? 'delete' : 'update';
  return { kind: r.kind, namespace: r.namespace, name: r.name, apiVersion: r.apiVersion, file: r.file, action, reasons: [], fields: d.fields, ownerPath: ownerPath(model, r) };
}

/**
 * Classifies every change from `input.base` to `input.next`. Pure and total:
 * a base that does not load or validate is a finding (VEIL-CHANGE-091), never
 * a throw. Findings are placed in the new spec; spec waivers apply.
 */
export function judgeTransition(input: TransitionInput): Transition {
  const { base, next } = input;
  const notes: string[] = [];
  const findings: Finding[] = [];
  const short = `${base.rev} (${base.commit.slice(0, 12)})`;
  let baseModel: Model | null = null;
  let specState: Transition['base']['spec'] = 'absent';
  if (!base.spec) {
    notes.push(`${next.source.file} does not exist at ${short}: every object is new`);
  } else {
    const b = modelOfBase(base.spec.path, base.spec.bytes, input.next.model.place);
    baseModel = b.model;
    specState = b.model ? 'valid' : 'invalid';
    if (b.problem) {
      findings.push({ rule: RULE_BASE_UNUSABLE, severity: 'warn', path: [], message: `the spec at ${short} cannot be modelled by this veilc: ${b.problem}; only the compiled trees are compared, so rules that read the spec (MinIO layout, etcd, DNS) did not run`, hint: 'compare with a later base, or check this change by hand' });
    }
  }
  mark('base-model');
  const baseSet = baseResources(base, baseModel, notes);
  const nextSet = resourcesOf(input.nextFiles);
  mark('resources');
  for (const u of baseSet.set.unreadable) notes.push(`unreadable in the base tree: ${u}`);
  const ctx: TransitionContext = {
    base: { model: baseModel, resources: baseSet.set },
    next: { model: next.model, resources: nextSet },
    diffs: diffResources(baseSet.set, nextSet),
    spec: baseModel ? specChanges(baseModel.spec, next.model.spec) : [],
  };
  const changes = collect(ctx, RULES.flatMap((rule) => rule(ctx)));
  const placed = changes.map((c) => placeChange(ctx, input, c, findings));
  mark('transition');

  const diagnostics = findings.map((f) => place(next.source, f));
  const unused = applyTransitionWaivers(next.model.spec, diagnostics, input.today, base.rev);
  diagnostics.push(...unused.map((f) => place(next.source, f)));
  return {
    base: { rev: base.rev, commit: base.commit, spec: specState, tree: baseSet.tree },
    changes: placed,
    diagnostics: dedupe(sortDiagnostics(diagnostics)),
    notes,
  };
}

/** Merges the rules' verdicts into one change per thing, with the strongest class. */
function collect(ctx: TransitionContext, verdicts: Verdict[]): Change[] {
  const byKey = new Map<string, Change>();
  for (const d of ctx.diffs) byKey.set(d.key, emptyChange(d, ctx.next.model));
  for (const v of verdicts) {
    let c: Change | undefined;
    if ('resource' in v.target) {
      const key = v.target.resource;
      c = byKey.get(key);
      // an object whose content did not change can still be judged (it moves to another Kustomization)
      const before = ctx.base.resources.byKey.get(key), after = ctx.next.resources.byKey.get(key);
      if (!c && (before || after)) {
        c = emptyChange({ key, before, after, fields: [] }, ctx.next.model);
        byKey.set(key, c);
      }
    } else {
      const s = v.target.state;
      const key = `state|${s.kind}|${s.namespace}|${s.name}`;
      c = byKey.get(key);
      if (!c) {
        c = { kind: s.kind, namespace: s.namespace, name: s.name, apiVersion: '', file: s.file, action: v.reason.action, reasons: [], fields: [], ownerPath: s.ownerPath };
        byKey.set(key, c);
      }
    }
    if (!c) continue;
    c.reasons.push(v.reason);
    for (const f of v.fields ?? []) if (!c.fields.some((x) => x.path === f.path)) c.fields.push(f);
    c.action = stronger(c.action, v.reason.action);
  }
  for (const c of byKey.values()) {
    if (!c.reasons.length && c.action !== 'replace' && c.action !== 'procedure' && c.action !== 'forbidden') c.reasons.push({ action: c.action, text: DEFAULT_TEXT[c.action] });
  }
  const order = (c: Change) => [c.file ?? '~', c.kind, c.namespace, c.name];
  return [...byKey.values()].sort((a, b) => {
    const x = order(a), y = order(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
    return 0;
  });
}

function specPathOf(ctx: TransitionContext, c: Change, r: Reason | undefined): SpecPath {
  if (r?.specPath) return r.specPath;
  const first = ctx.spec.find((s) => under(s.path, c.ownerPath) && s.path.length > c.ownerPath.length) ?? ctx.spec.find((s) => under(s.path, c.ownerPath));
  return first?.path ?? c.ownerPath;
}

function placeChange(ctx: TransitionContext, input: TransitionInput, c: Change, findings: Finding[]): PlacedChange {
  const strongest = [...c.reasons].sort((a, b) => (stronger(a.action, b.action) === a.action ? -1 : 1))[0];
  const path = specPathOf(ctx, c, strongest);
  const at = place(input.next.source, { rule: '', severity: 'warn', message: '', path });
  for (const r of c.reasons) {
    if (!r.rule) continue;
    findings.push({
      rule: r.rule, severity: r.action === 'forbidden' ? 'deny' : 'warn', path: specPathOf(ctx, c, r),
      message: `${changeLabel(c)}: ${r.text}${r.lost ? `. Lost: ${r.lost}` : ''}${r.kept ? `. Kept: ${r.kept}` : ''}`,
      hint: hintFor(input, r),
    });
  }
  return { ...c, path: at.path, line: at.line, column: at.column };
}

function hintFor(input: TransitionInput, r: Reason): string {
  const doc = `${input.outDir ?? 'out'}/${DOCS_DIR}/CHANGES.md`;
  const how = r.procedure ? `follow ${doc}#${r.procedure}` : '';
  if (r.action === 'forbidden') return `${how ? `${how}; ` : ''}to carry it out by hand, add a waiver (rule, path, reason, expires) for this commit (${doc}#${slug(CHANGES_HEADINGS.waive)})`;
  return r.hint ?? (how || `review the change before it is deployed`);
}

function dedupe(diags: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    const k = `${d.rule}|${d.line}|${d.column}|${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

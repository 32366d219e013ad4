// `veilc plan`: what compiling the current spec would change in out/, told by
// resource (kind, namespace, name), runbook section and DNS record rather than
// by file, so a reviewer sees "HelmRelease minio/minio changed", not a diff;
// and inside a changed item, value by value (plan-values.ts).
// The committed tree is read with lstat semantics (write/tree.ts): a link is
// planned as an entry to replace, never followed.
import type { OutputFile } from '../emit/output.ts';
import { documentsWithinDepth } from '../load/nesting.ts';
import { MANIFEST_NAME } from '../write/manifest.ts';
import { KIND_WORDS, type TreeSnapshot } from '../write/tree.ts';
import { fieldChanges, type FieldChange } from '../diff/field-changes.ts';
import { lineChanges, type LineChanges } from './plan-values.ts';

export type ChangeKind = 'add' | 'change' | 'remove';

export interface PlanChange {
  change: ChangeKind;
  file: string;
  /** e.g. `HelmRelease monitoring/kube-prometheus-stack`, `section "Restore"`, `record grafana A` */
  item: string;
  /** A changed Kubernetes object or DNS record: every leaf that differs, old and new value. */
  fields?: FieldChange[];
  /** A changed runbook section: the lines only the old or only the new text has. */
  lines?: LineChanges;
}

export interface Plan {
  changes: PlanChange[];
  filesAdded: string[];
  filesChanged: string[];
  filesRemoved: string[];
}

type Items = Map<string, string>;

/** Items of a file: key -> canonical content. */
export function itemsOf(file: OutputFile): Items {
  // one item: which files it lists changes with them, and is told by file
  if (file.path === MANIFEST_NAME) return new Map([['ownership manifest', file.content]]);
  if (file.path.endsWith('.yaml') || file.path.endsWith('.yml')) return yamlItems(file);
  if (file.path.endsWith('.md')) return markdownItems(file.content);
  if (file.path.endsWith('.zone')) return zoneItems(file.content);
  return lineItems(file.content);
}

function yamlItems(file: OutputFile): Items {
  const items: Items = new Map();
  const docs = documentsWithinDepth(file.content);
  // nothing veilc writes nests that deep: compare such a file as a whole
  if (!docs) return new Map([[`file ${file.path}`, file.content]]);
  for (const doc of docs) {
    if (!('toJS' in doc)) continue;
    const obj = doc.toJS() as { kind?: string; metadata?: { name?: string; namespace?: string } } | null;
    if (!obj || typeof obj !== 'object') continue;
    const key = obj.metadata?.name
      ? `${obj.kind ?? 'object'} ${obj.metadata.namespace ? `${obj.metadata.namespace}/` : ''}${obj.metadata.name}`
      : `${obj.kind ?? 'object'} ${file.path}`;
    items.set(key, JSON.stringify(obj));
  }
  return items;
}

function markdownItems(text: string): Items {
  const items: Items = new Map();
  let heading = '(preamble)';
  let body: string[] = [];
  const flush = () => { if (body.some((l) => l.trim()) || heading !== '(preamble)') items.set(`section "${heading}"`, body.join('\n')); };
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced ? /^#{1,6}\s+(.*)$/.exec(line) : null;
    if (m) { flush(); heading = m[1]!.trim(); body = []; } else body.push(line);
  }
  flush();
  return items;
}

/**
 * One item per record: `record OWNER TYPE` when the owner has one record of
 * that type (so a new address is a value change), `record OWNER TYPE RDATA`
 * when it has several. The canonical value is JSON of TTL, class and RDATA.
 */
function zoneItems(text: string): Items {
  const records: { owner: string; type: string; value: string }[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/;.*$/, '').trim();
    if (!line || line.startsWith('$') || /\bSOA\b/.test(line) || /^\d+\s*;?$/.test(line) || line === ')') continue;
    const [owner, ...rest] = line.split(/\s+/);
    let t = rest.findIndex((x) => /^(A|AAAA|NS|PTR|CNAME|TXT|MX|SRV|CAA)$/.test(x));
    if (t < 0) t = 0;
    const before = rest.slice(0, t);
    const value = JSON.stringify({ ttl: before.find((x) => /^\d+$/.test(x)) ?? null, class: before.find((x) => /^(IN|CH|HS)$/.test(x)) ?? null, rdata: rest.slice(t + 1).join(' ') });
    records.push({ owner: owner!, type: rest[t] ?? '', value });
  }
  const count = new Map<string, number>();
  for (const r of records) count.set(`${r.owner} ${r.type}`, (count.get(`${r.owner} ${r.type}`) ?? 0) + 1);
  const items: Items = new Map();
  for (const r of records) {
    const rdata = (JSON.parse(r.value) as { rdata: string }).rdata;
    items.set(count.get(`${r.owner} ${r.type}`) === 1 ? `record ${r.owner} ${r.type}` : `record ${r.owner} ${r.type} ${rdata}`, r.value);
  }
  return items;
}

function lineItems(text: string): Items {
  const items: Items = new Map();
  for (const line of text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) items.set(`line ${line}`, line);
  return items;
}

type ItemKind = 'yaml' | 'markdown' | 'zone' | 'lines';

function itemKind(path: string): ItemKind {
  return path.endsWith('.yaml') || path.endsWith('.yml') ? 'yaml' : path.endsWith('.md') ? 'markdown' : path.endsWith('.zone') ? 'zone' : 'lines';
}

/** An added or removed record names its data too: `record hive A 192.168.0.171`. */
function label(kind: ItemKind, key: string, value: string): string {
  if (kind !== 'zone') return key;
  const { rdata } = JSON.parse(value) as { rdata: string };
  return key.endsWith(` ${rdata}`) ? key : `${key} ${rdata}`;
}

/** The values inside a changed item: fields of an object or record, lines of a section. */
function details(kind: ItemKind, before: string, after: string): Pick<PlanChange, 'fields' | 'lines'> {
  if (kind === 'yaml' || kind === 'zone') return { fields: fieldChanges(JSON.parse(before), JSON.parse(after)) };
  if (kind === 'markdown') return { lines: lineChanges(before, after) };
  return {};
}

/** `current` as read by readOutSnapshot; a link or other non-regular entry is replaced whole (or removed). */
export function computePlan(expected: readonly OutputFile[], current: TreeSnapshot): Plan {
  const plan: Plan = { changes: [], filesAdded: [], filesChanged: [], filesRemoved: [] };
  if (current.root !== 'dir' && current.root !== 'missing') {
    plan.changes.push({ change: 'change', file: '.', item: `${KIND_WORDS[current.root]} where veilc writes a folder (compile refuses it)` });
    plan.filesAdded.push(...expected.map((f) => f.path));
    return plan;
  }
  const want = new Map(expected.map((f) => [f.path, f]));
  const have = new Map<string, OutputFile>();
  const odd = new Map<string, string>();
  for (const e of current.entries) {
    if (e.kind === 'file') have.set(e.path, { path: e.path, content: e.content });
    else odd.set(e.path, KIND_WORDS[e.kind]);
  }
  const paths = [...new Set([...want.keys(), ...have.keys(), ...odd.keys()])].sort();
  for (const path of paths) {
    const w = want.get(path), h = have.get(path);
    const kind = odd.get(path);
    if (kind !== undefined) {
      (w ? plan.filesChanged : plan.filesRemoved).push(path);
      plan.changes.push({ change: w ? 'change' : 'remove', file: path, item: `${kind} (not followed)${w ? ' replaced by the file' : ''}` });
      continue;
    }
    if (w && h && w.content === h.content) continue;
    if (w && !h) plan.filesAdded.push(path);
    else if (!w && h) plan.filesRemoved.push(path);
    else plan.filesChanged.push(path);
    const before = h ? itemsOf(h) : new Map<string, string>();
    const after = w ? itemsOf(w) : new Map<string, string>();
    let itemized = false;
    const format = itemKind(path);
    for (const [key, value] of after) {
      const old = before.get(key);
      if (old === undefined) { plan.changes.push({ change: 'add', file: path, item: label(format, key, value) }); itemized = true; }
      else if (old !== value) { plan.changes.push({ change: 'change', file: path, item: key, ...details(format, old, value) }); itemized = true; }
    }
    for (const [key, value] of before) {
      if (!after.has(key)) { plan.changes.push({ change: 'remove', file: path, item: label(format, key, value) }); itemized = true; }
    }
    // a change that moves no item (comments, ordering, a serial) still shows up
    if (!itemized) plan.changes.push({ change: 'change', file: path, item: 'formatting or comments' });
  }
  return plan;
}

// What the transition stage says about one thing that runs: a compiled
// resource (kind, namespace, name) or a spec value with running state outside
// the compiled tree (a k3s node, a DNS record). Plain data: reporters and the
// API-server tests read it.
import type { SpecPath } from '../diagnostics/diagnostic.ts';

/**
 * The classes of a change, mildest first; a change takes the strongest class
 * any rule gives it.
 *  - update: applied in place (Flux server-side apply, or a redeploy for DNS);
 *  - create / delete: a new object, or one Flux prunes (prune: true);
 *  - replace: deleted and created again (a rename under prune); reasons say
 *    what is lost and what is kept;
 *  - procedure: possible only with manual steps (a CHANGES.md section);
 *  - forbidden: the API server or the system refuses it.
 */
export const ACTIONS = ['update', 'create', 'delete', 'replace', 'procedure', 'forbidden'] as const;
export type Action = (typeof ACTIONS)[number];

/** The stronger of two classes (later in ACTIONS). */
export function stronger(a: Action, b: Action): Action {
  return ACTIONS.indexOf(a) >= ACTIONS.indexOf(b) ? a : b;
}

/** Who refuses a forbidden change (for the reader, and the API-server proof). */
export type RefusedBy = 'kubernetes-api' | 'minio' | 'metallb' | 'helm-upgrade' | 'k3s';

/** One field of a resource that differs (JSON; undefined = absent). */
import type { FieldChange } from '../diff/field-changes.ts';
export type { FieldChange };

/** Why a change has its class. Reasons with a rule become findings. */
export interface Reason {
  action: Action;
  text: string;
  /** VEIL-CHANGE-0NN when a rule judged it; absent for the plain create/update/delete. */
  rule?: string;
  /** Where the new value is in the new spec (the finding's line); null: the resource's owner. */
  specPath?: SpecPath | null;
  refusedBy?: RefusedBy;
  /** What is lost (replace, delete) and what is kept. */
  lost?: string;
  kept?: string;
  /** Heading anchor of the CHANGES.md section that carries the change out. */
  procedure?: string;
  hint?: string;
}

export interface Change {
  kind: string;
  /** '' for cluster-scoped objects and non-Kubernetes state. */
  namespace: string;
  name: string;
  /** apiVersion of a compiled resource; '' for nodes and DNS records. */
  apiVersion: string;
  /** out/-relative file that holds it (the new one, else the old one); null when none does. */
  file: string | null;
  action: Action;
  reasons: Reason[];
  /** Field-level differences (compiled resources), with old and new values. */
  fields: FieldChange[];
  /** Where the finding of this change points when a reason names no spec path. */
  ownerPath: SpecPath;
}

/** `StatefulSet minio/minio`, `Node meteor-4`. */
export function changeLabel(c: Pick<Change, 'kind' | 'namespace' | 'name'>): string {
  return `${c.kind} ${c.namespace ? `${c.namespace}/` : ''}${c.name}`;
}

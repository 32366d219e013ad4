// The transition from --base as `check` and `plan` report it: a summary
// object for json and the few lines the notes show.
import { actionCounts, transitionHeader, transitionSummaryLine } from '../report/changes.ts';
import type { Transition } from '../transition/transition.ts';

/** The transition's counts and provenance, for a report's summary. */
export function transitionSummary(t: Transition): Record<string, unknown> {
  return { base: t.base.rev, commit: t.base.commit, baseSpec: t.base.spec, baseTree: t.base.tree, changes: t.changes.length, actions: actionCounts(t) };
}

/** The transition in a few lines for notes: the forbidden and manual ones by name, the rest counted. */
export function transitionNotes(t: Transition, specFile: string): string[] {
  const notes = [...t.notes];
  const heavy = t.changes.filter((c) => c.action === 'forbidden' || c.action === 'procedure');
  if (heavy.length) notes.push(...heavy.map((c) => `${c.action}: ${c.kind} ${c.namespace ? `${c.namespace}/` : ''}${c.name} (${specFile}:${c.line})`));
  notes.push(`${transitionHeader(t, specFile)}: ${transitionSummaryLine(t)}`);
  return notes;
}

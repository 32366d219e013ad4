// `plan --base` and `check --base`: the transition from what is deployed (the
// spec and out/ at a git revision) to the spec at hand. The git read is the
// I/O edge; judging is compiler/transition.
import type { OutputFile } from '../emit/output.ts';
import type { Validated } from '../pipeline.ts';
import { resolveToday } from '../policy/today.ts';
import { mark } from '../timing.ts';
import { readBase } from '../transition/git-base.ts';
import { judgeTransition, type Transition } from '../transition/transition.ts';

export interface TransitionOptions {
  /** A git revision: commit, branch, tag, e.g. origin/main. */
  base: string;
  spec: string;
  out: string;
  today?: string;
}

/** Reads the base with git (UsageError when git, the repository or the revision is missing) and judges the transition. */
export function runTransition(o: TransitionOptions, validated: Validated, files: readonly OutputFile[]): Transition {
  const base = readBase(o.base, o.spec, o.out);
  mark('git');
  return judgeTransition({ base, next: validated, nextFiles: files, today: resolveToday(o.today), outDir: o.out.replace(/\/+$/, '') || 'out' });
}

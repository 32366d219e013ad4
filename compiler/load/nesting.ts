// How deeply a spec may nest collections, measured before anything recursive
// sees the text. The `yaml` package composes nodes recursively; on a document
// thousands of levels deep it overflows the stack, catches the RangeError at
// the deepest frame and goes on working there. Whatever V8 must compile at
// that edge (a regular expression, say) cannot get the stack it needs, and V8
// then aborts the whole process ("RegExpCompiler Allocation failed"), which no
// `catch` can stop. So the depth is bounded first, by an iterative walk of the
// `yaml` package's concrete syntax tree (its parser keeps an explicit stack).
import { Composer, Parser, type CST, type Document } from 'yaml';

/**
 * Collections (mappings and sequences, block or flow) one spec may nest,
 * the top-level mapping included. veil.spec.yaml nests five; the fast loader
 * gives js-yaml the same bound.
 */
export const MAX_NESTING_DEPTH = 64;

/**
 * The offset (UTF-16 code units into `text`) of the first collection that
 * lies deeper than `limit` collections, or undefined when none does. Never
 * recurses, so any depth up to the file size limit is measured safely.
 */
export function firstTooDeep(text: string, limit = MAX_NESTING_DEPTH): number | undefined {
  return firstTooDeepIn([...new Parser().parse(text)], limit);
}

/** firstTooDeep over tokens already parsed. */
function firstTooDeepIn(tokens: readonly CST.Token[], limit: number): number | undefined {
  // a depth-first walk in document order: children are pushed last first
  const pending: [CST.Token, number][] = [...tokens].reverse().map((t) => [t, 0]);
  while (pending.length) {
    const [token, depth] = pending.pop()!;
    switch (token.type) {
      case 'document':
        if (token.value) pending.push([token.value, depth]);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        if (depth + 1 > limit) return token.offset;
        for (const item of [...token.items].reverse()) {
          if (item.value) pending.push([item.value, depth + 1]);
          if ('key' in item && item.key) pending.push([item.key, depth + 1]);
        }
        break;
      default:
        break;
    }
  }
  return undefined;
}

/**
 * `yaml`'s parseAllDocuments (default options) for text veilc did not
 * necessarily write (a compiled tree in a pull request, a file at a base
 * revision): undefined when the text nests deeper than `limit`, instead of a
 * composer at the stack's edge. The text is parsed once: the composer reads
 * the tokens the depth was measured on.
 */
export function documentsWithinDepth(text: string, limit = MAX_NESTING_DEPTH): Document.Parsed[] | undefined {
  const tokens = [...new Parser().parse(text)];
  if (firstTooDeepIn(tokens, limit) !== undefined) return undefined;
  return [...new Composer().compose(tokens)];
}

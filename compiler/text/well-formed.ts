// Text as Unicode can carry it. A surrogate outside a pair (in a spec only a
// double-quoted "\ud800" escape makes one; the loader denies it, VEIL-LOAD-009)
// is no character: UTF-8 writes it as U+FFFD, and the policy engine's JSON
// parser refuses the `\udXXX` escape JSON.stringify writes for it. Whatever
// reaches the engine or a report is made well-formed the same way, so a
// secret the detectors find in one text is found again where it is masked.

/** A surrogate without its other half (UTF-16 code units; a pair is left alone). */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` with each lone surrogate replaced by U+FFFD (same length, so offsets stay), as String.prototype.toWellFormed does. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/**
 * A lone surrogate escape that JSON.stringify wrote (it writes a pair as the
 * character itself, so every `\ud800`-`\udfff` escape it writes is one),
 * after an even run of backslashes: `\\ud800` is a backslash and text.
 */
const LONE_SURROGATE_ESCAPE = /(?<!\\)((?:\\\\)*)\\ud[89a-f][0-9a-f]{2}/g;

/**
 * JSON.stringify's output with each lone surrogate as U+FFFD: the JSON of
 * wellFormed applied to every string, keys included (two keys that differ
 * only in a lone surrogate become one repeated key; OPA reads the last, and
 * the loader denies such a spec anyway).
 */
export function wellFormedJson(json: string): string {
  return json.includes('\\ud') ? json.replace(LONE_SURROGATE_ESCAPE, '$1\ufffd') : json;
}

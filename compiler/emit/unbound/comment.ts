// The one escaping module for comments in what the Unbound emitter writes:
// zone files (`; ...`, RFC 1035 section 5.1) and unbound.conf (`# ...`,
// unbound.conf(5)). A comment runs to the end of its line, so text from the
// spec inside one must stay on that line: a line break would start a record
// or a directive of the spec author's choosing.

/**
 * `text` as the body of a one-line comment: printable ASCII only, anything
 * else (line breaks, tabs, control and non-ASCII characters) becomes `?`,
 * so no byte can end the comment or confuse a parser or a terminal.
 */
export function commentText(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?');
}

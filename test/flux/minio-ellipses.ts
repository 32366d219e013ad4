// A line-by-line port of how MinIO turns `minio server` volume arguments into
// erasure sets, so tests can run the emitted arguments through MinIO's own
// rules instead of through veilc's model of them.
// Sources (AGPL-3.0, read for behaviour, not copied):
//  - github.com/minio/pkg ellipses/ellipses.go: regexpEllipses,
//    parseEllipsesRange, FindEllipsesPatterns, ArgPattern.Expand, argExpander
//  - github.com/minio/minio cmd/endpoint-ellipses.go: getTotalSizes,
//    getDivisibleSize, possibleSetCountsWithSymmetry, commonSetDriveCount,
//    getSetIndexes, endpointSet.Get, and mergeDisksLayoutFromArgs (one pool
//    per argument, each expanded on its own; with several arguments every one
//    must have an ellipsis)
// MINIO_ERASURE_SET_DRIVE_COUNT (a custom set size) is not modelled: veilc never sets it.

const SET_SIZES = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16];
const ELLIPSES = /(.*)({[0-9a-z]*\.\.\.[0-9a-z]*})(.*)/;

interface Pattern { prefix: string; suffix: string; seq: string[] }

function hasEllipses(arg: string): boolean {
  return arg.includes('...') || (arg.includes('{') && arg.includes('}'));
}

function parseRange(pattern: string): string[] {
  const [startText, endText] = pattern.slice(1, -1).split('...') as [string, string];
  const start = Number.parseInt(startText, 10), end = Number.parseInt(endText, 10);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start > end) throw new Error(`invalid ellipsis range ${pattern}`);
  const pad = (startText.startsWith('0') && startText.length > 1) || endText.startsWith('0');
  const seq: string[] = [];
  for (let i = start; i <= end; i++) seq.push(pad ? String(i).padStart(endText.length, '0') : String(i));
  return seq;
}

/** Patterns of one argument, the LAST ellipsis first (the regex's `(.*)` is greedy). */
export function findEllipsesPatterns(arg: string): Pattern[] {
  const match = (text: string): [string, string, string] | undefined => {
    const m = ELLIPSES.exec(text);
    return m ? [m[1]!, m[2]!, m[3]!] : undefined;
  };
  let parts = match(arg);
  if (!parts) throw new Error(`no ellipsis in ${arg}`);
  const patterns: Pattern[] = [];
  let found = ELLIPSES.test(parts[0]);
  while (found) {
    patterns.push({ prefix: '', suffix: parts[2], seq: parseRange(parts[1]) });
    parts = match(parts[0]);
    if (!parts) break;
    found = hasEllipses(parts[0]);
  }
  if (parts) patterns.push({ prefix: parts[0], suffix: parts[2], seq: parseRange(parts[1]) });
  for (const p of patterns) if (/[{}]/.test(p.prefix + p.suffix)) throw new Error(`invalid ellipsis format in ${arg}`);
  return patterns;
}

function expandPattern(p: Pattern): string[] {
  return p.seq.map((s) => `${p.prefix}${s}${p.suffix}`);
}

/** argExpander: the first label list (the last ellipsis) is the outer loop; each result lists labels innermost first. */
function argExpander(labels: string[][]): string[][] {
  if (labels.length === 1) return labels[0]!.map((v) => [v]);
  const out: string[][] = [];
  for (const lbl of labels[0]!) for (const rest of argExpander(labels.slice(1))) out.push([...rest, lbl]);
  return out;
}

/** The endpoints of one argument, in MinIO's order. */
export function expand(patterns: Pattern[]): string[] {
  return argExpander(patterns.map(expandPattern)).map((l) => l.join(''));
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

function possibleSetCountsWithSymmetry(setCounts: number[], argPatterns: Pattern[][]): number[] {
  const out = new Set<number>();
  for (const ss of setCounts) {
    let symmetry = false;
    // as in MinIO, the last pattern of the last argument decides
    for (const argPattern of argPatterns) {
      for (const p of argPattern) symmetry = p.seq.length > ss ? p.seq.length % ss === 0 : ss % p.seq.length === 0;
    }
    if (symmetry) out.add(ss);
  }
  return [...out].sort((a, b) => a - b);
}

function commonSetDriveCount(divisible: number, setCounts: number[]): number {
  if (divisible < setCounts[setCounts.length - 1]!) return divisible;
  let prevD = Math.floor(divisible / setCounts[0]!), setSize = 0;
  for (const cnt of setCounts) {
    if (divisible % cnt === 0) {
      const d = divisible / cnt;
      if (d <= prevD) { prevD = d; setSize = cnt; }
    }
  }
  return setSize;
}

/** The erasure sets MinIO forms from one pool's argument. */
export function minioSets(arg: string): { setSize: number; sets: string[][]; endpoints: string[]; patterns: Pattern[] } {
  const patterns = findEllipsesPatterns(arg);
  const total = patterns.reduce((n, p) => n * p.seq.length, 1);
  if (total < SET_SIZES[0]!) throw new Error(`Incorrect number of endpoints provided ${arg}`);
  const common = [total].reduce(gcd);
  let setCounts = SET_SIZES.filter((s) => common % s === 0);
  if (!setCounts.length) throw new Error(`${common} drives are not divisible by any supported erasure set size`);
  setCounts = possibleSetCountsWithSymmetry(setCounts, [patterns]);
  if (!setCounts.length) throw new Error(`no symmetric distribution for ${arg}`);
  const setSize = commonSetDriveCount(common, setCounts);
  if (setSize < 2 || setSize > 16) throw new Error(`set size ${setSize} out of range`);
  const endpoints = expand(patterns);
  const sets: string[][] = [];
  for (let k = 0; k < endpoints.length; k += setSize) sets.push(endpoints.slice(k, k + setSize));
  return { setSize, sets, endpoints, patterns };
}

/**
 * The server pools MinIO forms from `minio server ARG...` (mergeDisksLayoutFromArgs):
 * each argument is one pool, expanded and split into sets on its own; several
 * arguments must all have ellipses.
 */
export function minioPools(args: readonly string[]): ReturnType<typeof minioSets>[] {
  if (args.length > 1 && !args.every(hasEllipses)) throw new Error(`all args must have ellipses for pool expansion: ${args.join(' ')}`);
  return args.map((a) => minioSets(a));
}

// Exact Kubernetes quantities (the subset the schema admits) as whole bytes.

const SUFFIX: Record<string, bigint> = {
  '': 1n, k: 10n ** 3n, M: 10n ** 6n, G: 10n ** 9n, T: 10n ** 12n, P: 10n ** 15n, E: 10n ** 18n,
  Ki: 2n ** 10n, Mi: 2n ** 20n, Gi: 2n ** 30n, Ti: 2n ** 40n, Pi: 2n ** 50n, Ei: 2n ** 60n,
};

/** Bytes as a bigint, or undefined when the quantity is not a whole number of bytes. */
export function parseQuantity(text: string): bigint | undefined {
  const m = /^(\d+)(?:\.(\d+))?([KMGTPE]i|[kMGTPE])?$/.exec(text);
  if (!m) return undefined;
  const [, whole, frac = '', suffix = ''] = m;
  const scale = SUFFIX[suffix]!;
  const num = BigInt(whole! + frac) * scale;
  const den = 10n ** BigInt(frac.length);
  return num % den === 0n ? num / den : undefined;
}

const GIB = 2 ** 30;

/** "500 GiB", "1.03 TiB": for messages and runbooks (exact when whole). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  let i = 0, v = bytes;
  while (v >= 1024 && i < units.length - 1 && (v / 1024 >= 1)) { v /= 1024; i++; }
  const text = Number.isInteger(v) ? String(v) : v.toFixed(2).replace(/\.?0+$/, '');
  return `${text} ${units[i]}`;
}

export function gib(bytes: number): number {
  return bytes / GIB;
}

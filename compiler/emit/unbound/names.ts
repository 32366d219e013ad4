// DNS name helpers and the file layout of out/unbound/ and of the DNS host.
// The layout is a contract: the runbooks (compiler/emit/runbooks/paths.ts) and
// the unbound-checkconf verifier rely on it.
import type { Model } from '../../model/build-model.ts';

/** `veil.home.arpa` -> `veil.home.arpa.` (idempotent). */
export function absolute(name: string): string {
  return name.endsWith('.') ? name : `${name}.`;
}

/** `a.b.` -> `a.b` (idempotent). */
export function relative(name: string): string {
  return name.replace(/\.$/, '');
}

/** Whether `name` equals `zone` or lies below it (case-insensitive, dots optional). */
export function isAtOrBelow(name: string, zone: string): boolean {
  const n = relative(name).toLowerCase(), z = relative(zone).toLowerCase();
  return n === z || n.endsWith(`.${z}`);
}

export function isBelow(name: string, zone: string): boolean {
  return isAtOrBelow(name, zone) && relative(name).toLowerCase() !== relative(zone).toLowerCase();
}

/** Owner of `name` written relative to `zone` (`@` for the apex); `name` must be at or below `zone`. */
export function ownerIn(name: string, zone: string): string {
  const n = relative(name), z = relative(zone);
  return n === z ? '@' : n.slice(0, n.length - z.length - 1);
}

/** Paths inside out/ (POSIX, relative to out/). */
export const outFiles = {
  zone: (zone: string) => `unbound/zones/${relative(zone)}.zone`,
  config: (m: Model) => `unbound/unbound.conf.d/${m.spec.cluster.name}.conf`,
};

/** Paths on the DNS host, under `dns.zoneDir`. */
export const hostFiles = {
  zone: (zoneDir: string, zone: string) => `${trimSlash(zoneDir)}/${relative(zone)}.zone`,
  /** Where the block lists' RPZ zones live. */
  rpzDir: (zoneDir: string) => `${trimSlash(zoneDir)}/rpz`,
  /** The RPZ zone of block list L: built on the host by `veilc rpz` (hosts lists) or downloaded as is (rpz lists). */
  rpz: (zoneDir: string, list: string) => `${hostFiles.rpzDir(zoneDir)}/${list}.rpz.zone`,
};

/** RPZ zone name of block list L. */
export function rpzZoneName(list: string): string {
  return `${list}.rpz.`;
}

function trimSlash(dir: string): string {
  return dir.replace(/\/+$/, '');
}

// Where things are: the runbooks themselves, the files other emitters compile
// (their contracts), and where those files go on the machines. Links from a
// runbook are relative to out/docs/; commands run from the repository root,
// where the output folder is model.place.outDir (out/ by default).
import type { Model } from '../../model/build-model.ts';
import { outFolder as outFolderOf, outRepoPath } from '../../model/place.ts';
import { fluxOutDir } from '../flux/layout.ts';
import { hostFiles, outFiles, rpzZoneName } from '../unbound/names.ts';

export const DOCS_DIR = 'docs';

/** The runbooks, by file stem (out/docs/<name>.md), in reading order. */
export const RUNBOOKS = ['COLD-START', 'ADDRESSING', 'DNS', 'BACKUPS', 'STORAGE', 'CHANGES'] as const;

export type RunbookName = (typeof RUNBOOKS)[number];

export function runbookFile(name: RunbookName): string {
  return `${name}.md`;
}

/** Relative link from one runbook to another, optionally to a heading anchor. */
export function runbookLink(name: RunbookName, anchor?: string): string {
  return `./${runbookFile(name)}${anchor ? `#${anchor}` : ''}`;
}

/** The pictures (SVG) beside the runbooks: out/docs/img/<name>.svg. */
export const IMG_DIR = 'img';

/** A picture's path relative to out/. */
export function pictureFile(name: string): string {
  return `${DOCS_DIR}/${IMG_DIR}/${name}.svg`;
}

/** Relative link from a runbook to a picture. */
export function pictureLink(name: string): string {
  return `./${IMG_DIR}/${name}.svg`;
}

/** Paths inside out/ (POSIX, relative to out/). */
export const compiled = {
  fluxDir: (m: Model) => fluxOutDir(m.spec),
  unboundConf: (m: Model) => outFiles.config(m),
  zoneFile: (zone: string) => outFiles.zone(zone),
};

/** Link from out/docs/X.md to a compiled file. */
export function outLink(pathInOut: string): string {
  return `../${pathInOut}`;
}

/** The same file as a command-line path from the repository root, where the output folder is model.place.outDir. */
export function outPath(m: Model, pathInOut: string): string {
  return outRepoPath(m.place, pathInOut);
}

/** The output folder as the runbooks name it: `out/`, `deploy/veil/`. */
export function outFolder(m: Model): string {
  return outFolderOf(m.place);
}

/** Every zone the Unbound emitter compiles: the spec's zones, then the reverse zone. */
export function zoneNames(m: Model): string[] {
  const dns = m.facts.dns;
  if (!dns) return [];
  return [...dns.zones.map((z) => z.name), ...(dns.reverse ? [dns.reverse.zone] : [])];
}

/** On the hosts. Debian's unbound reads /etc/unbound/unbound.conf.d/*.conf (include-toplevel in its unbound.conf). */
export const host = {
  unboundConfDir: '/etc/unbound/unbound.conf.d',
  /** The compiled config file, installed under its own name. */
  unboundConf: (m: Model) => `/etc/unbound/unbound.conf.d/${outFiles.config(m).split('/').pop()}`,
  k3sConfigDir: '/etc/rancher/k3s',
  k3sConfig: '/etc/rancher/k3s/config.yaml',
  /** Where a joining node keeps the cluster token (k3s --token-file). */
  k3sTokenFile: '/etc/rancher/k3s/token',
  /** The server token k3s writes on the first server (docs.k3s.io/cli/token). */
  k3sServerToken: '/var/lib/rancher/k3s/server/token',
  k3sKubeconfig: '/etc/rancher/k3s/k3s.yaml',
  /** The embedded etcd database dir that peers delete before rejoining a restored cluster. */
  k3sDbDir: '/var/lib/rancher/k3s/server/db',
  rpzDir: (zoneDir: string) => hostFiles.rpzDir(zoneDir),
  zoneFile: (zoneDir: string, zone: string) => hostFiles.zone(zoneDir, zone),
  rpzZone: (zoneDir: string, list: string) => hostFiles.rpz(zoneDir, list),
  /** Zone name of a block list's RPZ zone, without the final dot (as unbound-control takes it). */
  rpzZoneName: (list: string) => rpzZoneName(list).replace(/\.$/, ''),
};

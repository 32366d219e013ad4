// SARIF 2.1.0 (OASIS) as GitHub code scanning ingests it: each rule with a
// full description and help from the rule catalog, each finding a result with
// a region, a stable partial fingerprint and an artifact URI relative to the
// repository root (uriBaseId %SRCROOT%); waived findings carry a suppression.
// Checked in the suite with Microsoft's SARIF multitool, `--rule-kind Sarif;Gh`.
// https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
import { createHash } from 'node:crypto';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { gitTopLevel, realFolder } from '../place/output-place.ts';
import { ruleDoc } from './rule-catalog.ts';

export interface SarifOptions {
  version: string;
  /** Rule IDs evaluated, listed as rules even when nothing was found. */
  rules?: readonly string[];
  /** Where relative finding paths start (default: the process's working folder). */
  cwd?: string;
  /** The repository root artifact URIs are relative to (default: the Git top level of cwd, else cwd). */
  root?: string;
  /**
   * Absolute URL of the folder the rule documentation lives in (the veilc
   * repository at this version); helpUri is this plus the rule's page and
   * anchor, e.g. `…/policies/RULES.md#veil-net-001`. Without it, no helpUri:
   * SARIF requires an absolute URI there and the help text is inline anyway.
   */
  docsBase?: string;
}

/** The SRCROOT uriBaseId GitHub code scanning resolves against the checkout. */
export const SRCROOT = '%SRCROOT%';
/** Key of the fingerprint in partialFingerprints; bump the version if its inputs change. */
export const FINGERPRINT = 'veilcFinding/v1';

export function toSarif(diags: readonly Diagnostic[], opts: SarifOptions): string {
  const cwd = opts.cwd ?? process.cwd();
  const root = realFolder(opts.root ?? gitTopLevel(cwd) ?? cwd);
  const ruleIds = [...new Set([...(opts.rules ?? []), ...diags.map((d) => d.rule)])].sort();
  const rules = ruleIds.map((id) => reportingDescriptor(id, opts.docsBase));
  const results = diags.map((d) => {
    const file = resolve(cwd, d.file);
    const artifact = artifactLocation(join(realFolder(dirname(file)), basename(file)), root);
    return {
      ruleId: d.rule,
      ruleIndex: ruleIds.indexOf(d.rule),
      level: d.severity === 'deny' ? 'error' : 'warning',
      message: { text: `${d.path ? `${d.path}: ` : ''}${d.message}${d.hint ? ` (hint: ${d.hint})` : ''}` },
      locations: [{
        physicalLocation: {
          artifactLocation: artifact,
          region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn, ...(d.excerpt ? { snippet: { text: d.excerpt.text } } : {}) },
        },
        ...(d.path ? { logicalLocations: [{ fullyQualifiedName: d.path, kind: 'member' }] } : {}),
      }],
      partialFingerprints: { [FINGERPRINT]: fingerprint(d, artifact.uri) },
      ...(d.waived ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: `${d.waived.reason} (until ${d.waived.expires})` }] } : {}),
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'veilc', version: opts.version, ...(opts.docsBase ? { informationUri: opts.docsBase } : {}), rules } },
      // the root's own location stays out: it differs per machine, and GitHub maps %SRCROOT% to the checkout
      originalUriBaseIds: { [SRCROOT]: { description: { text: 'The root of the Git repository the spec is in.' } } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function reportingDescriptor(id: string, docsBase: string | undefined) {
  const doc = ruleDoc(id);
  const sources = doc.sources.length ? `\n\nSources:\n${doc.sources.map((s) => `- ${s}`).join('\n')}` : '';
  return {
    id,
    name: pascalName(doc.title),
    shortDescription: { text: doc.title },
    fullDescription: { text: doc.description },
    help: { text: `${doc.description}${sources}`, markdown: `**${doc.title}**\n\n${doc.description}${sources}` },
    ...(docsBase ? { helpUri: new URL(doc.doc, docsBase.endsWith('/') ? docsBase : `${docsBase}/`).href } : {}),
  };
}

/** SARIF rule names are identifiers (SARIF2012): `Pools disjoint from DHCP` -> `PoolsDisjointFromDhcp`. */
function pascalName(title: string): string {
  const words = title.match(/[A-Za-z0-9]+/g) ?? ['Rule'];
  const name = words.map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join('');
  return /^[A-Za-z]/.test(name) ? name : `Rule${name}`;
}

/**
 * The same finding keeps its fingerprint when lines move: rule, file, spec
 * path and message, not the line (GitHub matches alerts across commits by it).
 */
function fingerprint(d: Diagnostic, uri: string): string {
  return createHash('sha256').update([d.rule, uri, d.path, d.message].join('\u0000')).digest('hex').slice(0, 32);
}

function artifactLocation(file: string, root: string): { uri: string; uriBaseId?: string } {
  const rel = relative(root, file);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(file).href };
  return { uri: rel.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/**
 * The docsBase for a package.json: its GitHub `repository` at the tag of its
 * version (`https://github.com/OWNER/REPO/blob/vVERSION/`), or undefined when
 * the package names no GitHub repository.
 */
export function docsBaseOf(pkg: { version: string; repository?: string | { url?: string } }): string | undefined {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const m = url ? /github\.com[/:]([^/]+)\/([^/#]+?)(?:\.git)?\/?$/.exec(url) ?? /^github:([^/]+)\/([^/#]+)$/.exec(url) : null;
  return m ? `https://github.com/${m[1]}/${m[2]}/blob/v${pkg.version}/` : undefined;
}

// `veilc rpz --list NAME [--in FILE] [--out FILE] [--spec FILE] [--empty]`:
// turns a downloaded hosts-format block list into the RPZ zone the compiled
// Unbound config loads for dns.filtering[NAME] (zone NAME.rpz., the list's
// action). Runs on the DNS host (see DNS.md). The zone goes to --out
// (replaced atomically) or stdout; the report goes to stderr. --empty writes
// the zone with no entries that must be in place before the first download
// (for either list format): Unbound will not start while an rpz zonefile is
// missing.
// Exit codes as for every command: 0 written, 1 the list or spec is rejected
// (nothing written), 2 usage or I/O.
import { readFileSync } from 'node:fs';
import pkg from '../../package.json' with { type: 'json' };
import { SpecError, UsageError } from '../diagnostics/diagnostic.ts';
import { convertHosts, emptyRpzZone, HostsFormatError, isVeilcRpzZone } from '../emit/unbound/hosts-to-rpz.ts';
import { hostFiles, rpzZoneName } from '../emit/unbound/names.ts';
import { loadValid } from '../pipeline.ts';
import { render } from '../report/render.ts';
import { IoError } from '../write/io-error.ts';
import { replaceOwnedFile } from '../write/owned-file.ts';
import type { Spec } from '../schema/spec-types.ts';

export interface RpzCommandOptions {
  /** dns.filtering[].name of the list to build. */
  list: string;
  /** Default veil.spec.yaml. */
  spec?: string;
  /** Hosts file to read; stdin when absent. */
  in?: string;
  /** Zone file to write; stdout when absent. */
  out?: string;
  /** Write an RPZ zone with no entries (no input is read). */
  empty?: boolean;
}

export interface RpzIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  stdin?: AsyncIterable<string | Buffer>;
}

type FilterList = NonNullable<Spec['dns']>['filtering'][number];

async function findList(specFile: string, name: string): Promise<{ list: FilterList; zoneDir: string }> {
  const { spec } = await loadValid(specFile);
  const lists = spec.dns?.filtering ?? [];
  const list = lists.find((l) => l.name === name);
  if (!list) {
    throw new UsageError(`${specFile} has no block list named ${JSON.stringify(name)} in dns.filtering`,
      lists.length ? `lists in the spec: ${lists.map((l) => l.name).join(', ')}` : 'add the list under dns.filtering first');
  }
  return { list, zoneDir: spec.dns!.zoneDir };
}

async function readInput(file: string | undefined, stdin: AsyncIterable<string | Buffer>): Promise<string> {
  if (file !== undefined) {
    try {
      return readFileSync(file, 'utf8');
    } catch (e) {
      throw new IoError('read', file, e);
    }
  }
  const chunks: Buffer[] = [];
  for await (const c of stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks).toString('utf8');
}

/** Write next to the target, then rename: Unbound never sees half a zone; a file veilc did not write is never replaced. */
function writeAtomically(file: string, content: string): void {
  replaceOwnedFile(file, content, isVeilcRpzZone, 'an RPZ zone `veilc rpz` wrote');
}

export async function runRpz(o: RpzCommandOptions, io: RpzIo = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }): Promise<number> {
  const specFile = o.spec ?? 'veil.spec.yaml';
  try {
    const { list, zoneDir } = await findList(specFile, o.list);
    const zone = rpzZoneName(list.name);
    if (o.empty) {
      if (o.in !== undefined) throw new UsageError('--empty reads no input: drop --in');
      const text = emptyRpzZone(zone);
      if (o.out !== undefined) writeAtomically(o.out, text);
      else io.stdout.write(text);
      io.stderr.write(`veilc rpz: ${zone} with no entries (nothing blocked until the list is built)${o.out !== undefined ? ` -> ${o.out}` : ''}\n`);
      return 0;
    }
    if (list.format !== 'hosts') {
      throw new UsageError(`block list ${list.name} is already in RPZ format: nothing to convert`,
        `install the downloaded file as is, as ${hostFiles.rpz(zoneDir, list.name)} (see DNS.md)`);
    }
    const text = await readInput(o.in, io.stdin ?? process.stdin);
    const { zone: zoneText, stats } = convertHosts(text, { zone, action: list.action });
    if (stats.names.length === 0) {
      // an empty download (or the wrong file) would silently switch filtering off
      io.stderr.write(`veilc rpz: ${o.in ?? 'stdin'} lists no names to block: refusing to write an empty ${zone} zone\n`);
      return 1;
    }
    if (o.out !== undefined) writeAtomically(o.out, zoneText);
    else io.stdout.write(zoneText);
    io.stderr.write(`veilc rpz: ${zone} ${stats.names.length} names (${stats.duplicates} duplicates, ${stats.localSkipped} local entries skipped), action ${list.action}${o.out !== undefined ? ` -> ${o.out}` : ''}\n`);
    return 0;
  } catch (e) {
    if (e instanceof HostsFormatError) {
      io.stderr.write(`veilc rpz: ${o.in ?? 'stdin'} is not a hosts file veilc can convert; nothing written.\n${e.message}\n`);
      return 1;
    }
    if (e instanceof SpecError) {
      io.stderr.write(await render('text', { diagnostics: e.diagnostics, text: e.text, redact: e.redact, rulesEvaluated: [], version: pkg.version }, io.stderr));
      return 1;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`veilc: ${e.message}\n${e.hint ? `hint: ${e.hint}\n` : ''}`);
      return 2;
    }
    throw e;
  }
}

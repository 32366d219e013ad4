// Stage 5 (runbooks): six Markdown runbooks under out/docs/, each a pure
// function of the model. Every name, address, size and count in them comes
// from the spec or its derived facts.
import type { Model } from '../../model/build-model.ts';
import { utf8File, type OutputFile } from '../output.ts';
import { addressingRunbook } from './addressing.ts';
import { backupsRunbook } from './backups.ts';
import { changesRunbook } from './changes.ts';
import { coldStartRunbook } from './cold-start.ts';
import { dnsRunbook } from './dns.ts';
import type { MarkdownDoc } from './markdown.ts';
import { DOCS_DIR, RUNBOOKS, runbookFile, type RunbookName } from './paths.ts';
import { storageRunbook } from './storage.ts';

const RENDER: Record<RunbookName, (m: Model) => MarkdownDoc> = {
  'COLD-START': coldStartRunbook,
  ADDRESSING: addressingRunbook,
  DNS: dnsRunbook,
  BACKUPS: backupsRunbook,
  STORAGE: storageRunbook,
  CHANGES: changesRunbook,
};

/** The runbooks as UTF-8 files: a runbook runs to megabytes, and its text as one string is made only when read. */
export function emitRunbooks(model: Model): OutputFile[] {
  return RUNBOOKS.map((name) => utf8File(`${DOCS_DIR}/${runbookFile(name)}`, RENDER[name](model).toUtf8()));
}

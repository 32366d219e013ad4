// One temporary folder per test run. Tests make their scratch folders with
// os.tmpdir() and seldom remove them (a failing assertion skips any clean-up),
// and the tools they start write there too; a machine that runs the suite
// often collected ~125,000 folders in /tmp, and a folder that large slows
// every compile whose output sits in it (the write stage lists the output's
// parent for an interrupted run's leftovers). TMPDIR, which os.tmpdir() and
// the started tools read, points into this run's folder, made before the test
// workers start (they inherit it) and removed when the run ends.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const before = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'veilc-tests-'));
  // others may pass through, as through /tmp (not list it): tests run the CLI as
  // another user (nobody) in folders of theirs they open to it
  chmodSync(root, 0o711);
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    try {
      // a process a test left behind may still be writing in it: retry, then say what stays
      rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch (e) {
      process.stderr.write(`test run: could not remove its temporary folder ${root} (${(e as Error).message}); a process the tests started may still be running\n`);
    }
  };
}

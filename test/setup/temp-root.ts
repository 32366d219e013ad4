// One temporary folder per test run. Tests make their scratch folders with
// os.tmpdir() and seldom remove them (a failing assertion skips any clean-up),
// and the tools they start write there too; a machine that runs the suite
// often collected ~100,000 folders in /tmp, and a folder that large slows
// every compile whose output sits in it (the write stage lists the output's
// parent for an interrupted run's leftovers). TMPDIR, which os.tmpdir() and
// the started tools read, points into this run's folder, made before the test
// workers start (they inherit it) and removed when the run ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const before = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'veilc-tests-'));
  process.env.TMPDIR = root;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(root, { recursive: true, force: true });
  };
}

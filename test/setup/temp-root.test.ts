// The run's temporary folder (test/setup/temp-root.ts) is what the tests and the processes they start use.
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('temporary files of a test run', () => {
  it('go under one folder of this run, which child processes use too', () => {
    expect(basename(tmpdir())).toMatch(/^veilc-tests-/);
    expect(process.env.TMPDIR).toBe(tmpdir());
    expect(execFileSync(process.execPath, ['-p', 'require("node:os").tmpdir()'], { encoding: 'utf8' }).trim()).toBe(tmpdir());
  });
});

// Every shell block of every runbook, for both fixtures, passes shellcheck
// and bash -n; and the verifier really reports problems at Markdown lines.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractShellBlocks, runbookShellBlocks, verifyShellBlocks } from '../../compiler/verify/shellcheck.ts';
import { haveTool, runbooks, toolsRequired, writeOut, type Fixture } from './helpers.ts';

const present = haveTool('shellcheck');
if (!present && !toolsRequired()) {
  console.warn('shellcheck not found: skipping the shellcheck tests (apt-get install shellcheck; they fail instead under CI or VEILC_REQUIRE_TOOLS=1)');
}
const run = present || toolsRequired() ? describe : describe.skip;

function outWith(markdown: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'veilc-sc-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'T.md'), markdown);
  return dir;
}

describe('extracting shell blocks from Markdown', () => {
  it('finds bash and sh fences with the line of their first command, and skips others', () => {
    const md = ['# t', '', '```bash', 'echo one', '```', '', '```yaml', 'a: 1', '```', '', '~~~sh', 'echo two', 'echo three', '~~~', ''].join('\n');
    const blocks = extractShellBlocks('docs/T.md', md);
    expect(blocks.map((b) => [b.lang, b.line, b.code])).toEqual([
      ['bash', 4, 'echo one\n'],
      ['sh', 12, 'echo two\necho three\n'],
    ]);
  });

  it('does not end a block at a shorter inner fence', () => {
    const md = ['````bash', 'cat <<EOF', '```', 'EOF', '````'].join('\n');
    expect(extractShellBlocks('x.md', md)[0]!.code).toBe('cat <<EOF\n```\nEOF\n');
  });
});

run('shellcheck and bash -n', () => {
  it.each(['veil', 'nimbus'] as Fixture[])('every block of the %s runbooks passes', async (fixture) => {
    const dir = writeOut(runbooks(fixture));
    const blocks = runbookShellBlocks(dir);
    expect(blocks.length).toBeGreaterThan(20);
    const r = await verifyShellBlocks(dir, { env: process.env });
    expect(r.skipped).toBeUndefined();
    expect(r.ran).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.checked).toBe(blocks.length);
  });

  it('reports a shellcheck finding at its Markdown line', async () => {
    const dir = outWith(['# t', '', 'text', '', '```bash', 'echo ok', 'rm -rf $dir/*', '```', ''].join('\n'));
    const r = await verifyShellBlocks(dir, { env: process.env });
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => /^docs\/T\.md:7: shellcheck .*SC2086/.test(p))).toBe(true);
  });

  it('reports a bash syntax error at its Markdown line', async () => {
    const dir = outWith(['# t', '', '```sh', 'if true; then', '  echo x', '```', ''].join('\n'));
    const r = await verifyShellBlocks(dir, { env: process.env });
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => /^docs\/T\.md:\d+: bash -n: syntax error/.test(p))).toBe(true);
  });

  it('says so when shellcheck is missing instead of passing silently', async () => {
    const r = await verifyShellBlocks(outWith('```bash\necho\n```\n'), { env: { ...process.env, PATH: '/nonexistent', VEILC_SHELLCHECK: '' } });
    expect(r.ran).toBe(false);
    expect(r.skipped).toMatch(/shellcheck/);
    expect(r.ok).toBe(false);
  });
});

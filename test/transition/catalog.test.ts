// The transition rule IDs: one list (TRANSITION_RULES) that matches the IDs
// the rule modules use and the README's Change safety table.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TRANSITION_RULES } from '../../compiler/transition/transition.ts';
import { ROOT } from '../foundation/helpers.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('transition rule IDs', () => {
  const used = new Set(sources(join(ROOT, 'compiler/transition')).flatMap((f) => readFileSync(f, 'utf8').match(/VEIL-CHANGE-\d{3}/g) ?? []));

  it('the list is what the modules use', () => {
    expect([...used].sort()).toEqual([...TRANSITION_RULES].sort());
  });

  it('each has a row in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(TRANSITION_RULES.filter((id) => !readme.includes(`| \`${id}\` |`))).toEqual([]);
  });
});

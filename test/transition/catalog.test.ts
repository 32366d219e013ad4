// The transition rule IDs: one list (TRANSITION_RULES) that matches the IDs
// the rule modules use and the README's Change safety table.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleDoc } from '../../compiler/report/rule-catalog.ts';
import { TRANSITION_RULE_DOCS } from '../../compiler/transition/catalog.ts';
import { TRANSITION_RULES } from '../../compiler/transition/transition.ts';
import { updatedReadme } from '../../scripts/gen-change-rules.ts';
import { ROOT } from '../foundation/helpers.ts';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('transition rule IDs', () => {
  // the rule modules, without the catalog that lists every ID
  const modules = sources(join(ROOT, 'compiler/transition')).filter((f) => !f.endsWith('/catalog.ts'));
  const used = new Set(modules.flatMap((f) => readFileSync(f, 'utf8').match(/VEIL-CHANGE-\d{3}/g) ?? []));

  it('the list is what the modules use', () => {
    expect([...used].sort()).toEqual([...TRANSITION_RULES].sort());
  });

  it('the README\'s table is the one the catalog generates (npm run gen:docs)', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(updatedReadme(readme)).toBe(readme);
    expect(readme.match(/^\| `VEIL-CHANGE-\d{3}` \|/gm)).toHaveLength(TRANSITION_RULES.length);
  });

  it('reports describe each one by its own words, not a generic line', () => {
    for (const id of TRANSITION_RULES) {
      const doc = ruleDoc(id);
      expect(doc.description).toContain(TRANSITION_RULE_DOCS[id][1].replace(/`/g, ''));
      expect(doc.title).not.toBe(id);
      expect(doc.title.length).toBeLessThan(TRANSITION_RULE_DOCS[id][1].length + 1);
      expect(doc.doc).toBe('README.md#change-safety---base');
    }
    expect(ruleDoc('VEIL-CHANGE-031').title).toBe('The ingress or MinIO address moves');
  });
});

// configYaml builds /etc/rancher/k3s/config.yaml pair by pair (reusing what
// it rendered before); the text must be byte for byte what the yaml package
// makes of the whole map, whatever the keys and values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { configYaml, nodeConfigs } from '../../compiler/emit/runbooks/k3s-config.ts';
import type { K3sServerConfig } from '../../compiler/model/k3s.ts';
import { model } from './helpers.ts';

type Config = K3sServerConfig['config'];

/** The reference: the whole map through the yaml package at once. */
function wholeMap(config: Config): string {
  const doc: Record<string, unknown> = {};
  for (const [k, v] of config) doc[k] = v;
  return stringify(doc, { lineWidth: 0 }).replace(/\n+$/, '');
}

// strings that are plain, quoted, numbers, booleans, nulls, indicators, multi-line...
const tricky = fc.oneof(
  fc.string(),
  fc.constantFrom('true', 'no', 'null', '~', '1.5', '0x1f', '012', '1e3', '.inf', '- x', 'a: b', 'a #b', '#x', '', ' x', 'x ', 'a\nb', '10.0.0.1', '1.2.3', '999.999.999.999', '10.50.1.1 ', "'q'", '"q"', '*a', '&a', '!t', '%x', '@x', '`x'),
  fc.ipV4(),
  fc.ipV4Extended(),
);
const value = fc.oneof(tricky, fc.boolean(), fc.integer(), fc.array(tricky, { maxLength: 4 }));
// keys are k3s flag names in the product; tricky ones too, but not `__proto__` nor integer-like keys (the reference's object would set a prototype or reorder them)
const key = fc.oneof(
  fc.constantFrom('node-ip', 'server', 'tls-san', 'node-label', 'token-file', 'true', 'a b', 'x:', '#k', '- k', 'k\nl'),
  fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/),
);
const config = fc.uniqueArray(fc.tuple(key, value), { selector: ([k]) => k, maxLength: 8 }) as fc.Arbitrary<Config>;

describe('configYaml', () => {
  it('is what the yaml package writes for the whole map, for any keys and values', () => {
    // twice per config: the second call takes the reused pairs
    fc.assert(fc.property(config, (c) => {
      expect(configYaml(c)).toBe(wholeMap(c));
      expect(configYaml(c)).toBe(wholeMap(c));
    }), { numRuns: 2000 });
  });

  it('is what the yaml package writes for every node of the example clusters', () => {
    for (const fixture of ['veil', 'nimbus'] as const) {
      const nodes = nodeConfigs(model(fixture));
      expect(nodes.length).toBeGreaterThan(0);
      for (const n of nodes) expect(configYaml(n.config)).toBe(wholeMap(n.config));
    }
  });
});

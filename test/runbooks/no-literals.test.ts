// The runbook templates spell out nothing of veil.spec.yaml: every name,
// address, zone, size, path and URL in the runbooks must come from the model.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fluxLayout } from '../../compiler/emit/flux/layout.ts';
import { model, ROOT } from './helpers.ts';
import { sizeForms, specValues, tokenRegex } from './spec-values.ts';

const TEMPLATES = join(ROOT, 'compiler/emit/runbooks');

function sources(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|md|json|ya?ml)$/.test(n) ? [p] : [];
  });
}

/**
 * One-word names (`default`, `backups`, `monitoring`) are also English, so
 * for them only a string literal counts as spelling the value out.
 */
function literalRegex(value: string): RegExp {
  if (!/^[a-z]+$/.test(value)) return tokenRegex(value);
  return new RegExp(`(['"\`])${value}\\1`);
}

describe('runbook templates', () => {
  const files = sources(TEMPLATES);
  const v = specValues('veil');
  // names the Flux layout contract fixes (a Kustomization called `monitoring`) are not spec values
  const contractNames = new Set<string>(fluxLayout(model('veil')).map((k) => k.name));
  const values = [
    v.clusterName, ...v.machines, ...v.addresses, ...v.dnsNames,
    ...v.sizes.flatMap(sizeForms), ...v.names.filter((n) => !contractNames.has(n)), ...v.other,
  ];

  it('are found, and the value list is not empty', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(values.length).toBeGreaterThan(40);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s contains no value of veil.spec.yaml', (_rel, file) => {
    // the tool is veilc and its spec file is veil.spec.yaml whatever the cluster is called
    const text = readFileSync(file, 'utf8').split('veil.spec.yaml').join('');
    const found = values.filter((x) => literalRegex(x).test(text));
    expect(found).toEqual([]);
  });

  it('the check catches a literal', () => {
    expect(values.some((x) => literalRegex(x).test("const bucket = 'scratch';"))).toBe(true);
    expect(values.some((x) => literalRegex(x).test('ssh meteor-2 sudo true'))).toBe(true);
    expect(values.some((x) => literalRegex(x).test('the default parity'))).toBe(false);
  });
});

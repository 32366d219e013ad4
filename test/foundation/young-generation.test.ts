import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT } from './helpers.ts';

/** Fresh instances of the modules (each holds its own state): `what` imported after vi.resetModules(). */
async function fresh<T>(what: string): Promise<{ mod: T; yg: typeof import('../../compiler/young-generation.ts') }> {
  vi.resetModules();
  const mod = (await import(what)) as T;
  const yg = await import('../../compiler/young-generation.ts');
  return { mod, yg };
}

describe('the young generation sized by loading a spec, then held', () => {
  it('grows while a spec loads and is held after it, for a second spec too, and after a load that throws', async () => {
    const { yg } = await fresh<object>('../../compiler/young-generation.ts');
    const set: string[] = [];
    const setFlags = (f: string) => { set.push(f); };
    expect(yg.youngGenerationHeld()).toBe(false);
    expect(yg.sizedByLoading(() => { set.push('load 1'); return 1; }, setFlags)).toBe(1);
    expect(yg.youngGenerationHeld()).toBe(true);
    yg.sizedByLoading(() => set.push('load 2'), setFlags);
    expect(() => yg.sizedByLoading(() => { set.push('load 3'); throw new Error('bad spec'); }, setFlags)).toThrow('bad spec');
    expect(set).toEqual([
      'load 1', '--semi-space-growth-factor=1',
      '--semi-space-growth-factor=2', 'load 2', '--semi-space-growth-factor=1',
      '--semi-space-growth-factor=2', 'load 3', '--semi-space-growth-factor=1',
    ]);
  });

  it('loading a spec goes through it: the pipeline\'s and the base of a transition', async () => {
    const spec = join(ROOT, 'veil.spec.yaml');
    const pipeline = await fresh<typeof import('../../compiler/pipeline.ts')>('../../compiler/pipeline.ts');
    expect(pipeline.yg.youngGenerationHeld()).toBe(false);
    pipeline.mod.loadAndSchema(spec);
    expect(pipeline.yg.youngGenerationHeld()).toBe(true);
    const base = await fresh<typeof import('../../compiler/transition/base-model.ts')>('../../compiler/transition/base-model.ts');
    expect(base.yg.youngGenerationHeld()).toBe(false);
    expect(base.mod.modelOfBase(spec, readFileSync(spec)).model).not.toBeNull();
    expect(base.yg.youngGenerationHeld()).toBe(true);
  });

  it('V8 reads the growth factor each time it would grow the new space: set at run time, it holds, and set back, it grows again', () => {
    // many objects that survive their scavenges: V8 grows the new space to its maximum unless held
    const grownBy = (flags: string[]) => execFileSync(process.execPath, ['-e', `
      const v8 = require('node:v8');
      const size = () => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
      const keep = [];
      const out = [];
      for (const flag of ${JSON.stringify(flags)}) {
        if (flag) v8.setFlagsFromString(flag);
        const before = size();
        for (let i = 0; i < 300000; i++) keep.push({ i, s: 'x' + i });
        out.push(size() / before);
      }
      process.stdout.write(JSON.stringify(out));`], { encoding: 'utf8' });
    const [free] = JSON.parse(grownBy([''])) as number[];
    expect(free).toBeGreaterThanOrEqual(8);
    const [held, again] = JSON.parse(grownBy(['--semi-space-growth-factor=1', '--semi-space-growth-factor=2'])) as number[];
    // held: space_size counts the second semi-space from the first scavenge on (1 MiB -> 2 MiB), no more
    expect(held).toBeLessThanOrEqual(2);
    expect(again).toBeGreaterThanOrEqual(4);
  });
});

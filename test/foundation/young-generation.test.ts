import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { holdYoungGeneration } from '../../compiler/young-generation.ts';

describe('the young generation held at its size once the spec is loaded', () => {
  it('is held by the first call, once', () => {
    const set: string[] = [];
    const setFlags = (f: string) => { set.push(f); };
    expect(holdYoungGeneration(setFlags)).toBe(true);
    expect(holdYoungGeneration(setFlags)).toBe(false);
    expect(set).toEqual(['--semi-space-growth-factor=1']);
  });

  it('V8 reads the growth factor each time it would grow the new space: set at run time, it holds', () => {
    // many objects that survive their scavenges: V8 grows the new space to its maximum unless held
    const grownBy = (flag: string) => Number(execFileSync(process.execPath, ['-e', `
      const v8 = require('node:v8');
      ${flag ? `v8.setFlagsFromString(${JSON.stringify(flag)});` : ''}
      const before = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
      const keep = [];
      for (let i = 0; i < 300000; i++) keep.push({ i, s: 'x' + i });
      const after = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
      process.stdout.write(String(after / before));`], { encoding: 'utf8' }));
    expect(grownBy('')).toBeGreaterThanOrEqual(8);
    // held: space_size counts the second semi-space from the first scavenge on (1 MiB -> 2 MiB), no more
    expect(grownBy('--semi-space-growth-factor=1')).toBeLessThanOrEqual(2);
  });
});

import { execFileSync } from 'node:child_process';
import type { HeapSpaceInfo } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { capYoungGeneration, YOUNG_GENERATION_CAP_BYTES } from '../../compiler/young-generation.ts';

const space = (name: string, size: number): HeapSpaceInfo => ({ space_name: name, space_size: size, space_used_size: 0, space_available_size: 0, physical_space_size: size });

describe('the young generation held at 8 MiB semi-spaces', () => {
  it('is capped once the new space has grown to the cap, and only then, once', () => {
    const set: string[] = [];
    const setFlags = (f: string) => { set.push(f); };
    let newSpace = YOUNG_GENERATION_CAP_BYTES / 2;
    const stats = () => [space('old_space', 64 * 2 ** 20), space('new_space', newSpace)];
    expect(capYoungGeneration(stats, setFlags)).toBe(false);
    expect(set).toEqual([]);
    newSpace = YOUNG_GENERATION_CAP_BYTES;
    expect(capYoungGeneration(stats, setFlags)).toBe(true);
    expect(set).toEqual(['--semi-space-growth-factor=1']);
    newSpace = 2 * YOUNG_GENERATION_CAP_BYTES;
    expect(capYoungGeneration(stats, setFlags)).toBe(true);
    expect(set).toHaveLength(1);
  });

  it('V8 reads the growth factor each time it would grow the new space: set at run time, it holds', () => {
    // many objects that survive their scavenges: V8 grows the new space to its maximum unless held
    const grownTo = (flag: string) => Number(execFileSync(process.execPath, ['-e', `
      const v8 = require('node:v8');
      ${flag ? `v8.setFlagsFromString(${JSON.stringify(flag)});` : ''}
      const before = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
      const keep = [];
      for (let i = 0; i < 300000; i++) keep.push({ i, s: 'x' + i });
      const after = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size;
      process.stdout.write(String(after / before));`], { encoding: 'utf8' }));
    expect(grownTo('')).toBeGreaterThanOrEqual(8);
    // held: space_size counts the second semi-space from the first scavenge on (1 MiB -> 2 MiB), no more
    expect(grownTo('--semi-space-growth-factor=1')).toBeLessThanOrEqual(2);
  });
});

// Types of bundle-loader.cjs (plain CommonJS so that scripts/v8-cache.cjs can load it without a build step).
import type { Script } from 'node:vm';

export declare const FLAGS: readonly string[];
export declare const ID_LINE: string;
export declare function cacheFileOf(bundle: string): string;
export declare function bundleIdOf(text: string): string | null;
export declare function cacheHeader(id: string): string;
export declare function cacheHeaderOf(bytes: Buffer): { magic: string; bundle: string; v8: string; flags: string[] } | null;
export declare function cachedDataFor(bytes: Buffer, id: string): Buffer | undefined;
export declare function compileBundle(file: string, useCache?: boolean): { script: Script; id: string | null; offered: boolean };
export declare function runCompiled(script: Script, file: string): void;
export declare function runBundle(file: string): void;

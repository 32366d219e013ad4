// Types of bundle-loader.cjs (plain CommonJS so that scripts/v8-cache.cjs can load it without a build step).
import type { Script } from 'node:vm';

export interface CacheHeader { magic: string; source: string; data: string; v8: string }
export declare function cacheFileOf(bundle: string): string;
export declare const BUNDLE_FUNCTION: { head: string; tail: string; call: string };
export declare const DATA_ALIGNMENT: number;
export declare function cacheFile(source: string, data: Buffer): Buffer;
export declare function cacheHeaderOf(bytes: Buffer): CacheHeader | null;
export declare function cacheProblem(bytes: Buffer, source: string): string | null;
export declare function cachedDataFor(bytes: Buffer, source: string): Buffer | undefined;
export declare function compileBundle(file: string, useCache?: boolean): { script: Script; source: string; offered: boolean; bundleFunction: boolean };
export declare function sha256(bytes: Buffer): string;
export declare function runCompiled(script: Script, file: string): void;
export declare function runBundle(file: string): void;

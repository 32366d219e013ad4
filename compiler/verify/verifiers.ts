// The external checkers `check` (and `compile --verify`) run, in order.
import type { ToolCheck, VerifyOptions } from './tool-check.ts';

export type Verifier = (outDir: string, opts: VerifyOptions) => Promise<ToolCheck>;

export const VERIFIERS: readonly Verifier[] = [];

// The external checkers `check` (and `compile --verify`) run, in order.
import { verifyAlertmanagerConfig } from './amtool.ts';
import { kubeconform } from './kubeconform.ts';
import { kustomize } from './kustomize.ts';
import { verifyShellBlocks } from './shellcheck.ts';
import type { ToolCheck, VerifyOptions } from './tool-check.ts';
import { verifyUnboundCheckconf } from './unbound-checkconf.ts';

export type Verifier = (outDir: string, opts: VerifyOptions) => Promise<ToolCheck>;

export const VERIFIERS: readonly Verifier[] = [kubeconform, kustomize, verifyUnboundCheckconf, verifyAlertmanagerConfig, verifyShellBlocks];

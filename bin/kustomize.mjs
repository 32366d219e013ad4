#!/usr/bin/env node
// `kustomize` wrapper: runs the kustomize found by compiler/verify/find-tool.ts
// (VEILC_KUSTOMIZE, then PATH, then tools/bin/kustomize from scripts/toolchain.sh).
import { runTool } from "../scripts/run-tool.mjs";

runTool("kustomize");

#!/usr/bin/env node
// `kubeconform` wrapper: runs the kubeconform found by compiler/verify/find-tool.ts
// (VEILC_KUBECONFORM, then PATH, then tools/bin/kubeconform from scripts/toolchain.sh).
import { runTool } from "../scripts/run-tool.mjs";

runTool("kubeconform");

#!/usr/bin/env node
// `opa` wrapper: runs the opa found by compiler/verify/find-tool.ts
// (VEILC_OPA, then PATH, then tools/bin/opa from scripts/toolchain.sh).
import { runTool } from "../scripts/run-tool.mjs";

runTool("opa");

#!/usr/bin/env node
// `opa` wrapper: runs the opa found by scripts/find-tool.mjs
// (VEILC_OPA, then PATH, then tools/bin/opa from scripts/toolchain.sh).
import { runTool } from "../scripts/run-tool.mjs";

runTool("opa");

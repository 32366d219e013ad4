// The pinned MinIO for the real-MinIO tests: tools/bin/minio (built by
// scripts/toolchain.sh) or VEILC_MINIO. Missing, the tests skip with a warning,
// except under CI or VEILC_REQUIRE_TOOLS=1, where they fail.
import { describe } from 'vitest';
import { findTool } from '../../compiler/verify/find-tool.ts';
import { toolsRequired } from '../tools-required.ts';

const MISSING = 'minio not found: run `bash scripts/toolchain.sh` (needs Go) or set VEILC_MINIO=/path/to/minio';

/** The binary's path, or null and why not. */
export const [MINIO, WHY] = ((): [string | null, string] => {
  try {
    const t = findTool('minio');
    return t ? [t.path, ''] : [null, MISSING];
  } catch (e) {
    return [null, e instanceof Error ? e.message : String(e)];
  }
})();

const required = toolsRequired();
if (!MINIO && !required) console.warn(`${WHY}: skipping the real MinIO tests (under CI or VEILC_REQUIRE_TOOLS=1 they fail instead)`);

/** describe, or describe.skip when MinIO is missing and not required. */
export const run = MINIO || required ? describe : describe.skip;

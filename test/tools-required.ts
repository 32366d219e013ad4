// Tests that need an external tool skip with a hint when it is missing, except
// under CI or VEILC_REQUIRE_TOOLS=1 (npm test), where they fail instead: a
// suite that silently skips its real checkers proves nothing.
import { describe } from 'vitest';

/** Whether a missing tool must fail the test run rather than skip. */
export function toolsRequired(): boolean {
  return Boolean(process.env.CI) || process.env.VEILC_REQUIRE_TOOLS === '1';
}

/**
 * `describe`, or `describe.skip` with a warning when `missing` (what is
 * missing and how to build it, or null) is set and tools are not required;
 * when they are, the tests run and fail on the missing tool.
 */
export function describeNeedingTools(name: string, missing: string | null, body: () => void): void {
  if (missing && !toolsRequired()) {
    console.warn(`skipping "${name}": ${missing} (under CI or VEILC_REQUIRE_TOOLS=1 these tests fail instead)`);
    describe.skip(name, body);
    return;
  }
  describe(name, body);
}

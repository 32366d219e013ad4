// Tests that need an external tool skip with a hint when it is missing, except
// under CI or VEILC_REQUIRE_TOOLS=1 (npm test), where they fail instead: a
// suite that silently skips its real checkers proves nothing.

/** Whether a missing tool must fail the test run rather than skip. */
export function toolsRequired(): boolean {
  return Boolean(process.env.CI) || process.env.VEILC_REQUIRE_TOOLS === '1';
}

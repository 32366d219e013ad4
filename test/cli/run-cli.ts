// Runs the CLI in-process with captured output (and, for prompts, a given stdin).
import { main } from '../../compiler/cli/main.ts';

export async function runCli(args: string[], stdin?: NodeJS.ReadableStream & { isTTY?: boolean }): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => { stdout += s; return true; }, isTTY: false },
    stderr: { write: (s: string) => { stderr += s; return true; } },
    ...(stdin ? { stdin } : {}),
  });
  return { code, stdout, stderr };
}

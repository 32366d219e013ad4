// Verify (runbooks): every ```bash / ```sh block of out/docs/*.md must pass
// `shellcheck -s bash` and `bash -n`. Each block is checked on its own, as a
// reader would paste it; problems point at the Markdown line, not the block.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { locateTool, runTool, type ToolCheck, type VerifyOptions } from './tool-check.ts';

export interface ShellBlock {
  /** Path relative to the output folder, e.g. `docs/COLD-START.md`. */
  file: string;
  /** Markdown line (1-based) of the block's first line of code. */
  line: number;
  lang: string;
  code: string;
}

const SHELL_LANGS = new Set(['bash', 'sh', 'shell']);

/** Fenced code blocks (``` or ~~~, CommonMark rules) whose info string names a shell. */
export function extractShellBlocks(file: string, markdown: string): ShellBlock[] {
  const lines = markdown.split('\n');
  const out: ShellBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]!);
    if (!open) continue;
    const [, indent, fence, info] = open as unknown as [string, string, string, string];
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !close.test(lines[j]!); j++) {
      // CommonMark strips up to the opening fence's indentation from content lines
      body.push(lines[j]!.replace(new RegExp(`^ {0,${indent.length}}`), ''));
    }
    const lang = info.toLowerCase();
    if (SHELL_LANGS.has(lang)) out.push({ file, line: i + 2, lang, code: `${body.join('\n')}\n` });
    i = j;
  }
  return out;
}

/** Every shell block of the runbooks under `<outDir>/docs/`. */
export function runbookShellBlocks(outDir: string): ShellBlock[] {
  const dir = join(outDir, 'docs');
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
  } catch {
    return [];
  }
  return names.flatMap((n) => extractShellBlocks(`docs/${n}`, readFileSync(join(dir, n), 'utf8')));
}

/** `-:3:5: warning: msg [SC2086]` (shellcheck -f gcc on stdin) -> Markdown-relative problems. */
function shellcheckProblems(block: ShellBlock, stdout: string): string[] {
  const out: string[] = [];
  for (const l of stdout.split('\n')) {
    const m = /^-:(\d+):(\d+): (\w+): (.*)$/.exec(l);
    if (m) out.push(`${block.file}:${block.line + Number(m[1]) - 1}: shellcheck ${m[3]}: ${m[4]}`);
  }
  return out;
}

/** `bash: line 3: syntax error ...` -> Markdown-relative problems. */
function bashProblems(block: ShellBlock, stderr: string): string[] {
  const out: string[] = [];
  for (const l of stderr.split('\n')) {
    const m = /line (\d+): (.*)$/.exec(l);
    if (m) out.push(`${block.file}:${block.line + Number(m[1]) - 1}: bash -n: ${m[2]}`);
  }
  return out;
}

async function checkBlock(shellcheck: string, block: ShellBlock, env: NodeJS.ProcessEnv): Promise<string[]> {
  const problems: string[] = [];
  const sc = await runTool(shellcheck, ['-s', 'bash', '-f', 'gcc', '-'], { input: block.code, env });
  if (sc.code !== 0) {
    const found = shellcheckProblems(block, sc.stdout);
    problems.push(...(found.length ? found : [`${block.file}:${block.line}: shellcheck exited ${sc.code}: ${sc.stderr.trim()}`]));
  }
  const bash = await runTool('bash', ['-n'], { input: block.code, env });
  if (bash.code !== 0) {
    const found = bashProblems(block, bash.stderr);
    problems.push(...(found.length ? found : [`${block.file}:${block.line}: bash -n exited ${bash.code}: ${bash.stderr.trim()}`]));
  }
  return problems;
}

export async function verifyShellBlocks(outDir: string, opts: Pick<VerifyOptions, 'env'>): Promise<ToolCheck> {
  const tool = 'shellcheck';
  const found = locateTool(tool, opts.env);
  if (!('path' in found)) return found;
  const blocks = runbookShellBlocks(outDir);
  const problems: string[] = [];
  // a few at a time: each block is two short processes
  for (let i = 0; i < blocks.length; i += 4) {
    const batch = await Promise.all(blocks.slice(i, i + 4).map((b) => checkBlock(found.path, b, opts.env)));
    for (const p of batch) problems.push(...p);
  }
  return { tool, ran: true, ok: problems.length === 0, checked: blocks.length, problems };
}

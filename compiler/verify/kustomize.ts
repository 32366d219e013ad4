// `kustomize build` of every folder of the compiled tree that has a kustomize
// config: what Flux's kustomize-controller does with each Kustomization's path
// before it applies anything, so a folder that does not build here would not
// reconcile there either.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { locateTool, runTool, type ToolCheck, type VerifyOptions } from './tool-check.ts';

/** The file names kustomize recognises as a folder's config (kustomize: konfig.RecognizedKustomizationFileNames). */
export const KUSTOMIZE_CONFIG_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'] as const;

export function isKustomizeConfig(fileName: string): boolean {
  return (KUSTOMIZE_CONFIG_NAMES as readonly string[]).includes(fileName);
}

/** Every file below dir, as absolute paths, in a stable order. */
export function walkFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}

export async function kustomize(outDir: string, opts: VerifyOptions): Promise<ToolCheck> {
  const tool = 'kustomize';
  const found = locateTool(tool, opts.env);
  if (!('path' in found)) return found;
  const dirs = [...new Set(walkFiles(outDir).filter((f) => isKustomizeConfig(f.split('/').pop()!)).map((f) => f.slice(0, f.lastIndexOf('/'))))].sort();
  const problems: string[] = [];
  for (const dir of dirs) {
    const rel = relative(outDir, dir) || '.';
    const r = await runTool(found.path, ['build', dir], { env: opts.env });
    if (r.code !== 0) problems.push(`${rel}: ${firstLines(r.stderr || r.stdout) || `kustomize build exited with ${r.code}`}`);
  }
  return { tool, ran: true, ok: problems.length === 0, checked: dirs.length, problems };
}

function firstLines(text: string, n = 3): string {
  return text.trim().split('\n').slice(0, n).join(' / ');
}

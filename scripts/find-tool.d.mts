// Types for scripts/find-tool.mjs (import it as "../scripts/find-tool.mjs").

/** Absolute path of the repository root (parent of scripts/). */
export declare const repoRoot: string;

/** Absolute path of tools/bin, where scripts/toolchain.sh installs opa, kubeconform and kustomize. */
export declare const toolsBinDir: string;

/** Where a resolved tool came from. */
export type ToolSource = "env" | "path" | "tools";

export interface FoundTool {
  /** Absolute path of the executable. */
  path: string;
  source: ToolSource;
}

export interface FindToolOptions {
  /** Environment to read VEILC_<NAME>, PATH (and PATHEXT) from; default process.env. */
  env?: Record<string, string | undefined>;
  /** Directory that relative paths resolve against; default process.cwd(). */
  cwd?: string;
}

/** "unbound-checkconf" -> "VEILC_UNBOUND_CHECKCONF". */
export declare function toolEnvVar(name: string): string;

/**
 * Resolve a tool: VEILC_<NAME>, then PATH (skipping this project's bin/ wrappers),
 * then <repoRoot>/tools/bin/<name>. Returns null if none is found.
 * @throws Error if VEILC_<NAME> is set but does not name an executable file.
 */
export declare function findTool(name: string, options?: FindToolOptions): FoundTool | null;

/** One-line instruction for installing or pointing at a missing tool. */
export declare function missingToolHint(name: string): string;

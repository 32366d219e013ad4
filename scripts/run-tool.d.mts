// Types for scripts/run-tool.mjs.

/** Run the resolved tool with inherited stdio and exit with its status (127 if missing). Never returns normally. */
export declare function runTool(name: string, args?: string[]): Promise<void>;

// Types for scripts/build-policy.mjs (import it as "../scripts/build-policy.mjs").

export declare const ENTRYPOINTS: string[];
export declare const SOURCE_DIR: string;
export declare const BUILD_DIR: string;
/** Files the build writes (repository-relative): the catalog, RULES.md and policies/build/*. */
export declare const GENERATED: string[];

/** Repository-relative files the Wasm is built from: policies/veil/**.rego (not tests) and data.json. */
export declare function sourceFiles(root?: string): string[];

/** SHA-256 over the sources, the capabilities text and the OPA version (manifest.sourcesSha256). */
export declare function sourcesHash(root: string, capabilitiesText: string, version: string): string;

/** Regular files of a .tar.gz as name -> bytes. */
export declare function untarGz(buf: Buffer): Map<string, Buffer>;

/** Rebuilds in a scratch copy; resolves to the committed files that differ (empty when fresh). Needs opa. */
export declare function checkFresh(): Promise<string[]>;

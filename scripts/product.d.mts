// Types for scripts/product.mjs.

/** The module at `rel` (relative to the repository root), loaded with tsx when Node.js cannot load it itself. */
export declare function importProduct(rel: string): Promise<any>;

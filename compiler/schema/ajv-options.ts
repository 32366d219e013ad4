// ajv settings shared by the precompiled validator and its generator.
// not `verbose`: it embeds schema copies in every error site (~3x the code);
// validate-schema.ts looks the schema and data up from the error's paths instead
// markdownDescription: the editor's hover text (scripts/gen-hover.ts), an annotation to ajv
export const AJV_OPTIONS = { allErrors: true, useDefaults: true, strict: true, strictRequired: false, keywords: ['markdownDescription'] as string[] } as const;

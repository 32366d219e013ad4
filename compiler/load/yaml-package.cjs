// dist/veilc-yaml.cjs (scripts/bundle.mjs): the `yaml` package alone, which
// validate's bundle loads on first use instead of holding it. A run of
// `validate` needs it only for the loader's slow path (input the fast path
// refuses: syntax errors, repeated keys, aliases, directives), and compiling
// and initialising ~160 KiB of library costs every run a few milliseconds.
'use strict';

module.exports = require('yaml');

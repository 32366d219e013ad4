// dist/veilc-tldts.cjs (scripts/bundle.mjs): the tldts package and its Public
// Suffix List data alone, which the bundles load on the first lookup instead
// of holding it. A spec whose zones are all special-use (home.arpa, ...)
// makes none (compiler/model/public-suffix.ts), and compiling and
// initialising the list's ~140 KiB costs a run ~10 ms.
'use strict';

module.exports = require('tldts');

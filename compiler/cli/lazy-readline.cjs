// What the bundles give for node:readline (scripts/bundle.mjs): only
// `veilc init` asks questions, and loading readline (with its interface and
// key-press modules) costs every other run a millisecond or two. The real
// module is loaded on first use.
'use strict';

let readline;
const real = () => (readline ??= require('node:readline'));

// compiler/init/prompts.ts calls createInterface alone
module.exports = { createInterface: (...args) => real().createInterface(...args) };

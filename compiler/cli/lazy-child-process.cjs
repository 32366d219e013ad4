// What the bundles give for node:child_process (scripts/bundle.mjs):
// commander requires it at load for executable subcommands, which veilc does
// not have, and veilc itself spawns only for the external checkers and git
// (`--base`); loading child_process (with net, dgram and their streams) costs
// every run a few milliseconds. The real module is loaded on first use.
'use strict';

let childProcess;
const real = () => (childProcess ??= require('node:child_process'));

// commander calls spawn (lib/command.js, _executeSubCommand); veilc spawn and spawnSync
module.exports = {
  spawn: (...args) => real().spawn(...args),
  spawnSync: (...args) => real().spawnSync(...args),
};

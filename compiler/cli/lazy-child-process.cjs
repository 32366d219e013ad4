// What commander gets for node:child_process in the bundles (scripts/bundle.mjs):
// it requires the module at load for executable subcommands, which veilc does
// not have, and loading child_process (with net, dgram and their streams) costs
// every run a few milliseconds. The real module is loaded on first use.
'use strict';

let childProcess;
const real = () => (childProcess ??= require('node:child_process'));

// commander calls spawn alone (lib/command.js, _executeSubCommand)
module.exports = { spawn: (...args) => real().spawn(...args) };

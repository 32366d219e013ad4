// Preload for the bundle tests: prints, at exit, the files Node.js loaded as
// CommonJS modules and the built-in modules it loaded, one line each.
// write(2) itself: process.stderr would load the net module of a pipe into the list
process.on('exit', () => {
  require('node:fs').writeSync(2, `\nloaded ${JSON.stringify(Object.keys(require.cache))}\nbuiltins ${JSON.stringify(process.moduleLoadList)}\n`);
});

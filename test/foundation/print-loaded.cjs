// Preload for the bundle tests: prints, at exit, the files Node.js loaded as
// CommonJS modules and the built-in modules it loaded, one line each.
process.on('exit', () => {
  process.stderr.write(`\nloaded ${JSON.stringify(Object.keys(require.cache))}\nbuiltins ${JSON.stringify(process.moduleLoadList)}\n`);
});

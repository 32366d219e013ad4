// Preload for the bundle tests: prints, at exit, the files Node.js loaded as CommonJS modules.
process.on('exit', () => { process.stderr.write(`\nloaded ${JSON.stringify(Object.keys(require.cache))}\n`); });

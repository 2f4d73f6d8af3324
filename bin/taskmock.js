#!/usr/bin/env node
// The `taskmock` command: runs the compiled CLI (built by `npm run build`, which `npm ci` runs).
require('../dist/src/cli.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(`taskmock: ${err instanceof Error ? err.message : String(err)}`); process.exitCode = 1; },
);

// Jest reporter: writes the run's totals so `.ci/run` can print the plain
// `N passed, N failed` line CI reads (Jest's own summary line is not read).
// A suite that fails to load counts as one failure, so it can never vanish.
const fs = require('node:fs');
const path = require('node:path');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.TASKMOCK_SUMMARY_FILE;
    if (!file) return;
    const summary = {
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests + results.numTodoTests,
    };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(summary));
  }
}

module.exports = SummaryReporter;

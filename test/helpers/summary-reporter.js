/**
 * Ends the test run with one plain line CI reads in any language: "jest: N passed, N failed, N skipped".
 * It is written as the process exits, so Jest's own summary stays above it. Tests whose title starts with
 * "accuracy:" (the reply classifier's labelled table) are repeated above it, so the figure is always shown.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const accuracy = results.testResults
      .flatMap((file) => file.testResults)
      .filter((test) => test.title.startsWith('accuracy:'))
      .map((test) => `${test.title}\n`)
      .join('');
    const line = `${accuracy}jest: ${results.numPassedTests} passed, ${failed} failed, ${skipped} skipped\n`;
    process.once('exit', () => process.stderr.write(line));
  }
}

module.exports = SummaryReporter;

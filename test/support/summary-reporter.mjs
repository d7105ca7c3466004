// Ends every run with one plain line, "N passed, N failed", counted over all
// browsers, so a run that executed no test at all is plain to see.
// A test file that failed to load counts as one failure. With TEST_SUMMARY_FILE
// set, the totals are also written there as JSON for scripts/run-tests.mjs.
import { writeFileSync } from 'node:fs';

function countTests(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite?.suites ?? []) countTests(child, totals);
}

export function summaryReporter() {
  let totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        countTests(session.testResults, totals);
        const loadFailed = !session.passed && (session.errors?.length ?? 0) > 0;
        if (loadFailed) totals.failed += 1;
      }
    },
    stop() {
      const skipped = totals.skipped > 0 ? `, ${totals.skipped} skipped` : '';
      // Printed after the default reporter's output so it is the last line.
      setTimeout(() => console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`), 0);
      if (process.env.TEST_SUMMARY_FILE) writeFileSync(process.env.TEST_SUMMARY_FILE, JSON.stringify(totals));
    },
  };
}

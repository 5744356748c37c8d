import type { Reporter, TestModule } from 'vitest/node';
import { writeFileSync } from 'node:fs';

/**
 * Prints the plain `N passed, N failed, N skipped` line CI log readers understand, and, when
 * GOVCLIP_SUMMARY_FILE is set, writes the counts there so scripts/test.mjs can add them up.
 */
export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      const tests = [...testModule.children.allTests()];
      // A module that failed to load has no tests but must still count as a failure.
      if (testModule.state() === 'failed' && tests.length === 0) failed++;
      for (const test of tests) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    const summaryFile = process.env.GOVCLIP_SUMMARY_FILE;
    if (summaryFile) writeFileSync(summaryFile, JSON.stringify({ passed, failed, skipped }));
    console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}

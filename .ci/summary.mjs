// Prints vitest's totals as one plain closing line: "tests: N passed, N failed, N skipped".
// A test file that fails to load counts as a failure too (its tests never ran).
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? '.output/test-results.json', 'utf8'));
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
const brokenFiles = (report.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
const failed = (report.numFailedTests ?? 0) + brokenFiles;
console.log(`tests: ${report.numPassedTests} passed, ${failed} failed, ${skipped} skipped${brokenFiles ? ` (${brokenFiles} test file(s) failed to load)` : ''}`);

import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    // The JSON report lets .ci/run print one plain 'N passed, N failed' line.
    reporters: ['default', ['json', { outputFile: '.output/test-results.json' }]],
    projects: [
      {
        // The pure core: parsing, classification, trends. Node only, no browser APIs.
        test: { name: 'unit', environment: 'node', include: ['lib/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/hardening/**/*.test.ts'] },
      },
      {
        // Background, database and UI wiring against WXT's fake browser.
        plugins: [WxtVitest()],
        test: {
          name: 'extension', environment: 'node',
          include: ['tests/extension/**/*.test.ts', 'tests/extension/**/*.test.tsx', 'components/**/*.test.tsx'],
          setupFiles: ['tests/extension/setup.ts'],
        },
      },
      {
        // The built extension in real headless Chromium and Firefox.
        test: {
          name: 'e2e', environment: 'node', include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000, hookTimeout: 90_000, fileParallelism: false,
        },
      },
    ],
  },
});

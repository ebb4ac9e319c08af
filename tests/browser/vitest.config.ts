import { defineConfig } from 'vitest/config';

// Browser tests (npm run test:browser): Debian's Chromium driven by playwright-core. Kept out
// of `npm test`, which must pass on a machine without Chromium; .ci/checks/60-html.sh runs them.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});

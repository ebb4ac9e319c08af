import { defineConfig } from 'vitest/config';

// The comparison with the TEI Stylesheets (bench/compare-stylesheets.ts): not in `npm test`.
export default defineConfig({ test: { include: ['bench/compare-stylesheets.ts'], testTimeout: 3_600_000 } });

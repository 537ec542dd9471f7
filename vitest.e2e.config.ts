import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium with the built extension. One file at a time (2-core machines).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});

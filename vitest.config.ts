import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. Component tests opt into happy-dom with a file comment.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/unit/**/*.test.ts', 'test/component/**/*.test.tsx'],
    // Not a speed check (speed lives in `npm run bench`): the property tests and the CLI runs take
    // 1-3 s each and must not fail on a loaded two-core CI machine.
    testTimeout: 30_000,
  },
});

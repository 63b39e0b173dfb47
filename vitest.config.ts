import { defineConfig } from 'vitest/config';

// One test command for the whole repo. Embedded-store tests each open their own
// temporary database, so files may run in parallel; browser journeys live in
// tests/e2e and start their own server on a free port.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});

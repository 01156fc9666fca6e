import { defineConfig } from 'vitest/config';
import { loginMessages } from './vite.config.ts';

// Three projects: fast pure tests, integration tests against a real server process,
// and browser tests driving Debian's Chromium. `npm test` runs the first two.
export default defineConfig({
  test: {
    projects: [
      {
        // Unit tests import client modules, which import the login page's messages from the build.
        plugins: [loginMessages()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

import { defineConfig } from 'vitest/config';

/**
 * Two test levels, told apart by file name:
 *   *.test.ts            unit tests beside the code (pure logic, no processes)
 *   *.int.test.ts        integration tests against real processes (Strapi, Meilisearch, SMTP, OIDC)
 * End-to-end tests are Playwright specs under tests/e2e (see playwright.config.ts).
 */
const ignored = ['**/node_modules/**', '**/dist/**', '**/build/**', '**/.svelte-kit/**', 'tests/e2e/**'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: [...ignored, '**/*.int.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['**/*.int.test.ts'],
          exclude: ignored,
          environment: 'node',
          globalSetup: ['tests/support/integration-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One real Strapi serves every integration file; run files one after another against it.
          fileParallelism: false,
        },
      },
    ],
  },
});

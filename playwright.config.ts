import crypto from 'node:crypto';
import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests: Chromium against the BUILT portal and a real, seeded Strapi on a throw-away
 * SQLite database, both started by tests/e2e/serve.ts (which builds what is missing first).
 */
const portalPort = Number(process.env.E2E_PORTAL_PORT ?? 3310);
const cmsPort = Number(process.env.E2E_CMS_PORT ?? 1351);
const baseURL = `http://127.0.0.1:${portalPort}`;

// The e2e Strapi's super admin: made up once per run here, handed to serve.ts, and read by the specs
// that act as staff in the admin panel (tests/e2e/admin-support.ts). Workers inherit this env.
process.env.E2E_ADMIN_EMAIL ??= 'admin@denkmee.local';
process.env.E2E_ADMIN_PASSWORD ??= `E2e-${crypto.randomBytes(6).toString('hex')}A1`;

// Debian's Chromium where it is installed (this machine, CI); Playwright's own browser elsewhere.
const debianChromium = '/usr/bin/chromium';
const launchOptions = fs.existsSync(debianChromium)
  ? {
      executablePath: debianChromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    }
  : {};

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    // One node process (tsx as a loader, not a wrapper), so SIGTERM reaches the code that stops Strapi.
    command: 'node --import tsx tests/e2e/serve.ts',
    url: `${baseURL}/healthz`,
    timeout: 10 * 60_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
    env: {
      E2E_PORTAL_PORT: String(portalPort),
      E2E_CMS_PORT: String(cmsPort),
      E2E_ADMIN_EMAIL: process.env.E2E_ADMIN_EMAIL,
      E2E_ADMIN_PASSWORD: process.env.E2E_ADMIN_PASSWORD,
    },
  },
});

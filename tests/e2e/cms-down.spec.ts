import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort } from '../../scripts/lib/processes.ts';
import { startPortal, type RunningService } from '../../scripts/lib/services.ts';
import { expectNoAxeViolations } from './support';

// A second portal, from the same build, whose CMS is unreachable (nothing listens on the discard port).
let portal: RunningService;
let logDir: string;

test.beforeAll(async () => {
  const port = await freePort();
  logDir = fs.mkdtempSync(path.join(os.tmpdir(), 'denkmee-e2e-cms-down-'));
  portal = await startPortal({
    host: '127.0.0.1',
    port,
    cmsUrl: 'http://127.0.0.1:9',
    publicUrl: `http://127.0.0.1:${port}`,
    logFile: path.join(logDir, 'portal.log'),
    extraEnv: { CMS_TIMEOUT_MS: '500' },
  });
});

test.afterAll(async () => {
  await portal?.process.stop();
  fs.rmSync(logDir, { recursive: true, force: true });
});

test('when Strapi is down, pages explain it in Dutch (or the visitor’s language) instead of crashing', async ({
  page,
}) => {
  for (const path of ['/', '/projecten', '/projecten/heraanleg-kerkstraat', '/beslissingen?jaar=2025']) {
    const response = await page.goto(`${portal.url}${path}`);
    expect(response?.status(), path).toBe(503);
    expect(response?.headers()['cache-control']).toBe('no-store');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Even niet beschikbaar');
    // The frame still renders: header, navigation and footer.
    await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toContainText('Stad Lokeren');
  }
  await expectNoAxeViolations(page);

  await page.goto(`${portal.url}/fr/nieuws`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Momentanément indisponible');

  // The health check does not depend on Strapi: the process is alive and answers.
  const health = await page.request.get(`${portal.url}/healthz`);
  expect(health.status()).toBe(200);
  expect(await health.text()).toBe('ok');
});

/**
 * Deadlines with the clock really running: a Strapi of its own (same build, same identity services
 * as the other integration tests) with a support period of seconds instead of 90 days. A proposal
 * expires by the scheduled job once its period is over, and also when the period ended while
 * Strapi was down: the catch-up at start-up expires it (the job itself is set to run only hourly
 * there, so the catch-up is what does it). Supports outside the window are refused, and so is a
 * resident who is younger than a minimum age the city raised after they verified.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { createSecrets } from '../../../scripts/lib/dev-secrets.ts';
import { freePort } from '../../../scripts/lib/processes.ts';
import { startCms, type DatabaseSettings, type RunningService } from '../../../scripts/lib/services.ts';
import {
  birthdayYearsAgo,
  makeNationalNumber,
  todayInBrussels,
} from '../../../services/fas-standin/src/national-numbers.ts';
import { waitForMail } from '../../../services/mail-catcher/src/client.ts';
import { createThrowawayPostgres, type ThrowawayDatabase } from '../../../tests/support/postgres.ts';
import {
  adminLogin,
  apiAt,
  identity,
  openProposal,
  verifiedResident,
  type Api,
  type ApiResponse,
  type Resident,
  type Staff,
} from './support';

const PERIOD_SECONDS = 20;
const ADMIN_EMAIL = 'beheer@deadlines.test';

interface Detail {
  documentId: string;
  stage: string;
  supportCount: number;
  supportClosesAt: string | null;
  timeline: Array<{ action: string; at: string; actorRole: string }>;
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'denkmee-deadlines-'));
const secrets = createSecrets();
let throwaway: ThrowawayDatabase | undefined;
let database: DatabaseSettings;
let cms: RunningService | undefined;
let target: Api;
let admin: Staff;

async function startStrapi(env: Record<string, string>): Promise<void> {
  cms = await startCms({
    host: '127.0.0.1',
    port: await freePort(),
    database,
    secrets,
    portalUrl: 'http://127.0.0.1:9',
    seedDemoContent: false,
    logFile: path.join(workDir, 'cms.log'),
    extraEnv: {
      ...inject('identityCmsEnv'),
      DEV_ADMIN_EMAIL: ADMIN_EMAIL,
      PROPOSALS_SUPPORT_PERIOD: `PT${PERIOD_SECONDS}S`,
      ...env,
    },
  });
  target = apiAt(cms.url);
  admin = await adminLogin(target, ADMIN_EMAIL, secrets.DEV_ADMIN_PASSWORD);
}

async function stopStrapi(): Promise<void> {
  await cms?.process.stop();
  cms = undefined;
}

async function detail(documentId: string): Promise<Detail> {
  const response = await target.call<Detail>('GET', `/api/proposals/${documentId}`);
  expect(response.status, response.text).toBe(200);
  return response.body.data!;
}

async function until(documentId: string, stage: string, timeoutMs: number): Promise<Detail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const current = await detail(documentId);
    if (current.stage === stage || Date.now() > deadline) return current;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function expectRefusal(response: ApiResponse, status: number, key: 'step' | 'reason', value: string): void {
  expect(response.status, response.text).toBe(status);
  expect(response.body.error?.details?.[key]).toBe(value);
}

const sleepUntil = async (instant: number) => {
  while (Date.now() < instant)
    await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, instant - Date.now())));
};

let author: Resident;
let supporter: Resident;
let teenager: Resident;

beforeAll(async () => {
  if (inject('databaseClient') === 'postgres') {
    throwaway = await createThrowawayPostgres();
    database = throwaway.settings;
  } else {
    database = { client: 'sqlite', filename: path.join(workDir, 'cms.db') };
  }
  // The city's minimum age starts at 14; a later restart raises it to 16.
  await startStrapi({ PROPOSALS_EXPIRY_CHECK_SECONDS: '2', VERIFICATION_MIN_AGE: '14' });
  author = await verifiedResident(target, identity);
  supporter = await verifiedResident(target, identity);
  const fifteen = makeNationalNumber(birthdayYearsAgo(todayInBrussels(), 15), crypto.randomInt(1, 997));
  teenager = await verifiedResident(target, identity, fifteen);
}, 300_000);

afterAll(async () => {
  await stopStrapi();
  await throwaway?.drop();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('a proposal whose support period ends', () => {
  it('expires by the scheduled job, once, after the period and not before', async () => {
    const proposal = await openProposal(author, admin, target);
    expect(
      (await target.call('POST', `/api/proposals/${proposal.documentId}/support`, { jwt: supporter.jwt })).status,
    ).toBe(200);
    const closesAt = Date.parse((await detail(proposal.documentId)).supportClosesAt!);
    expect(closesAt - Date.now()).toBeGreaterThan(0);
    expect((await detail(proposal.documentId)).stage).toBe('open-for-support');

    const expired = await until(proposal.documentId, 'expired', (PERIOD_SECONDS + 30) * 1_000);
    expect(expired.stage).toBe('expired');
    const expiry = expired.timeline.filter((entry) => entry.action === 'expire');
    expect(expiry).toHaveLength(1);
    expect(expiry[0]).toMatchObject({ actorRole: 'system' });
    expect(Date.parse(expiry[0]!.at)).toBeGreaterThanOrEqual(closesAt);
    expect(expired.supportCount).toBe(1);

    await waitForMail(identity.mailCatcherUrl, { to: author.email, subject: /verlopen/, timeoutMs: 30_000 });
  }, 120_000);

  it('refuses supports and withdrawals outside the support period', async () => {
    const proposal = await openProposal(author, admin, target);
    await sleepUntil(Date.parse((await detail(proposal.documentId)).supportClosesAt!) + 100);
    // Whether or not the job has run yet: the window is closed.
    const late = await target.call('POST', `/api/proposals/${proposal.documentId}/support`, { jwt: supporter.jwt });
    expect(late.status, late.text).toBe(400);
    expect(['closed', 'subject-not-open']).toContain(late.body.error?.details?.reason);
    expect((await detail(proposal.documentId)).supportCount).toBe(0);
  }, 120_000);

  it('expires when the period ended while Strapi was down, at the next start-up', async () => {
    const proposal = await openProposal(author, admin, target);
    const closesAt = Date.parse((await detail(proposal.documentId)).supportClosesAt!);
    await stopStrapi();
    await sleepUntil(closesAt + 1_000);
    // The job runs hourly from now on: only the catch-up at start-up can expire it this soon.
    await startStrapi({ PROPOSALS_EXPIRY_CHECK_SECONDS: '3600', VERIFICATION_MIN_AGE: '16' });
    const after = await detail(proposal.documentId);
    expect(after.stage).toBe('expired');
    expect(after.timeline.filter((entry) => entry.action === 'expire')).toHaveLength(1);
  }, 300_000);
});

describe('a minimum age raised after verification', () => {
  it('refuses the support of a resident now too young, with the age in the refusal', async () => {
    const proposal = await openProposal(author, admin, target);
    const refused = await target.call('POST', `/api/proposals/${proposal.documentId}/support`, { jwt: teenager.jwt });
    expectRefusal(refused, 403, 'step', 'too-young');
    expect(refused.body.error?.details?.minimumAge).toBe(16);
    expect(refused.body.error?.message).toMatch(/16 jaar/);
    expect(
      (await target.call('POST', `/api/proposals/${proposal.documentId}/support`, { jwt: supporter.jwt })).status,
    ).toBe(200);
    expect((await detail(proposal.documentId)).supportCount).toBe(1);
  }, 60_000);
});

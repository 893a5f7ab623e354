/**
 * "Download my data" and "delete my account" against the real Strapi: the download holds this
 * person's data and nobody else's; deletion needs the password, leaves no personal data in any
 * table, ends the sessions, and keeps the voter keys so a returning person cannot vote twice.
 */
import crypto from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { GENERATED_NUMBER_FIELD, GENERATED_PERSONA_ID } from '../../../services/fas-standin/src/generated-personas.ts';
import { loginHeadless } from '../../../services/fas-standin/src/headless.ts';
import { makeNationalNumber } from '../../../services/fas-standin/src/national-numbers.ts';
import { personalDataExportSchema } from '../shared/contracts';
import { findInDatabase, openDatabase } from './database';
import { api, newConfirmedAccount, redirectUri, sendCallback, startVerification, type Account } from './support';

const secret = inject('verificationHmacSecret');
const database = inject('database');
const verificationKeyOf = (nrn: string) => crypto.createHmac('sha256', secret).update(`be-nrn:v1:${nrn}`).digest('hex');
const voterKeyOf = (verificationKey: string, ballot: string) =>
  crypto.createHmac('sha256', secret).update(`ballot:v1:${ballot}\n${verificationKey}`).digest('hex');

/** A person nobody else in the suite uses: a fresh valid national number for the stand-in's own-number persona. */
function freshNationalNumber(): string {
  const [month = 0, day = 0, high = 0, low = 0] = crypto.randomBytes(4);
  return makeNationalNumber(
    { year: 1985, month: (month % 12) + 1, day: (day % 28) + 1 },
    ((high * 256 + low) % 997) + 1,
  );
}

async function verifyWithNumber(account: Account, nationalNumber: string) {
  const back = await loginHeadless((await startVerification(account)).href, {
    persona: GENERATED_PERSONA_ID,
    redirectUri,
    fields: { [GENERATED_NUMBER_FIELD]: nationalNumber },
  });
  return sendCallback(account, Object.fromEntries(back.searchParams));
}

describe('download my data', () => {
  it('holds the account and its verification, and nothing of another account', async () => {
    const mine = await newConfirmedAccount('export-mijn');
    const other = await newConfirmedAccount('export-ander');
    expect((await verifyWithNumber(mine, freshNationalNumber())).status).toBe(200);

    const response = await api('/api/account/export', { jwt: mine.jwt });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const data = personalDataExportSchema.parse(response.body.data);
    expect(data.account).toMatchObject({ id: mine.id, email: mine.email, username: mine.email, emailConfirmed: true });
    expect(data.verification).toMatchObject({ verified: true, birthYear: 1985, method: 'eid-card' });

    const text = JSON.stringify(response.body);
    expect(text).not.toContain(other.email);
    expect(text).not.toMatch(/password|verificationKey|confirmationToken/i);
  });

  it('is only for the logged-in person', async () => {
    expect((await api('/api/account/export')).status).toBe(403);
  });
});

describe('optional profile questions', () => {
  it('start unanswered, keep what the person chose, and allow "rather not say"', async () => {
    const account = await newConfirmedAccount('profiel');
    expect((await api('/api/account/demographics', { jwt: account.jwt })).body.data).toBeNull();

    const answers = { ageBand: 'age-25-34', district: 'daknam', educationLevel: null };
    const saved = await api('/api/account/demographics', { method: 'PUT', jwt: account.jwt, body: answers });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.data).toMatchObject(answers);
    expect((await api('/api/account/demographics', { jwt: account.jwt })).body.data).toMatchObject(answers);

    const none = { ageBand: null, district: null, educationLevel: null };
    await api('/api/account/demographics', { method: 'PUT', jwt: account.jwt, body: none });
    const after = (await api('/api/account/demographics', { jwt: account.jwt })).body.data as Record<string, unknown>;
    expect(after).toMatchObject(none);
    expect(after.answeredAt).toEqual(expect.any(String));
  });

  it('refuses answers outside the lists, unknown districts and extra fields', async () => {
    const account = await newConfirmedAccount('profiel-fout');
    const base = { ageBand: null, district: null, educationLevel: null };
    for (const body of [
      { ...base, ageBand: '30' },
      { ...base, district: 'atlantis' },
      { ...base, educationLevel: 'doctor' },
      { ...base, birthDate: '1990-01-01' },
      {},
    ]) {
      const response = await api('/api/account/demographics', { method: 'PUT', jwt: account.jwt, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect((await api('/api/account/demographics', { jwt: account.jwt })).body.data).toBeNull();
    expect((await api('/api/account/demographics', { method: 'PUT', body: base })).status).toBe(403);
  });
});

describe('delete my account', () => {
  it('needs the password again, and leaves the account alone without it', async () => {
    const account = await newConfirmedAccount('wis-fout');
    const refused = await api('/api/account/delete', { jwt: account.jwt, body: { password: 'niet het wachtwoord' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error?.message).toBe('Je wachtwoord klopt niet. Je account is niet verwijderd.');
    expect((await api('/api/account/delete', { jwt: account.jwt, body: {} })).status).toBe(400);
    expect((await api('/api/users/me', { jwt: account.jwt })).status).toBe(200);
  });

  it('erases every trace of the person but keeps their voter keys, so coming back does not give a second vote', async () => {
    const nationalNumber = freshNationalNumber();
    const verificationKey = verificationKeyOf(nationalNumber);
    const ballot = `poll:wissen-${crypto.randomBytes(3).toString('hex')}`;
    const leaving = await newConfirmedAccount('wis-mij');
    const staying = await newConfirmedAccount('blijf');
    expect((await verifyWithNumber(leaving, nationalNumber)).status).toBe(200);
    const answers = { ageBand: 'age-65-74', district: 'eksaarde', educationLevel: 'middle' };
    expect((await api('/api/account/demographics', { method: 'PUT', jwt: leaving.jwt, body: answers })).status).toBe(
      200,
    );
    const exported = personalDataExportSchema.parse((await api('/api/account/export', { jwt: leaving.jwt })).body.data);
    expect(exported.demographics).toMatchObject(answers);
    const profileRows = async () => {
      const db = await openDatabase(database);
      try {
        return Number((await db.rows('select count(*) as n from account_demographics'))[0]?.n ?? 0);
      } finally {
        await db.close();
      }
    };
    const profilesBefore = await profileRows();

    // What the votes plugin does when this person votes: the ballot's voter key goes into the ledger.
    const db = await openDatabase(database);
    try {
      await db.run(
        'insert into verification_voter_keys (document_id, ballot, voter_key, cast_at) values (?, ?, ?, ?)',
        [crypto.randomUUID(), ballot, voterKeyOf(verificationKey, ballot), new Date().toISOString()],
      );
    } finally {
      await db.close();
    }

    const deleted = await api('/api/account/delete', { jwt: leaving.jwt, body: { password: leaving.password } });
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    expect(deleted.body.data).toEqual({ deleted: true });
    expect((await api('/api/users/me', { jwt: leaving.jwt })).status).toBe(401);
    expect(await profileRows()).toBe(profilesBefore - 1);

    // Per table: the address (also the username here), the documentId and the verification key are gone.
    const { occurrences, tablesScanned } = await findInDatabase(database, [
      leaving.email,
      leaving.documentId,
      verificationKey,
      voterKeyOf(verificationKey, ballot),
      staying.email,
    ]);
    expect(tablesScanned).toBeGreaterThan(20);
    const places = (needle: string) =>
      occurrences.filter((place) => place.needle === needle).map((place) => place.table);
    expect(places(leaving.email)).toEqual([]);
    expect(places(leaving.documentId)).toEqual([]);
    expect(places(verificationKey)).toEqual([]);
    // The ledger keeps the vote (not linked to any account), and the scan does see what is there.
    expect(places(voterKeyOf(verificationKey, ballot))).toEqual(['verification_voter_keys']);
    expect(places(staying.email)).toContain('up_users');

    // The person comes back: a new account verifies again, and the ballot recognises them.
    const returning = await newConfirmedAccount('terug');
    expect((await verifyWithNumber(returning, nationalNumber)).status).toBe(200);
    const decision = await api('/api/gating/decide', {
      jwt: returning.jwt,
      body: { action: 'vote', context: { ballot } },
    });
    expect(decision.body.data).toMatchObject({ allowed: false, step: 'already-voted' });
  });
});

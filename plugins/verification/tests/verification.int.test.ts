/**
 * e-ID verification end to end against real processes: Strapi with this plugin, the FAS stand-in
 * (a real oidc-provider) and the mail catcher. Every persona of the design notes gives its expected
 * result; replayed, foreign, expired and mixed-up callbacks are refused; a refused verification
 * leaves the account untouched; and afterwards no table in the database holds a national number.
 *
 * The tests run in order and share accounts.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { personas } from '../../../services/fas-standin/src/personas.ts';
import { findInDatabase, openDatabase } from './database';
import {
  adminApi,
  api,
  newConfirmedAccount,
  providerRedirect,
  sendCallback,
  startVerification,
  verificationStatus,
  verifyAs,
  type Account,
  type ApiResponse,
} from './support';

const secret = inject('verificationHmacSecret');
const database = inject('database');
const everyone = personas();
const nrnOf = (id: string) => {
  const nrn = everyone.find((persona) => persona.id === id)?.person.egovNRN;
  if (!nrn) throw new Error(`persona ${id} heeft geen nummer`);
  return nrn;
};
const verificationKeyOf = (nrn: string) => crypto.createHmac('sha256', secret).update(`be-nrn:v1:${nrn}`).digest('hex');
const voterKeyOf = (verificationKey: string, ballot: string) =>
  crypto.createHmac('sha256', secret).update(`ballot:v1:${ballot}\n${verificationKey}`).digest('hex');

function expectRefusal(response: ApiResponse, status: number, reason: string, message: RegExp): void {
  expect(response.status, JSON.stringify(response.body)).toBe(status);
  expect(response.body.data).toBeNull();
  expect(response.body.error?.details?.reason, JSON.stringify(response.body)).toBe(reason);
  expect(response.body.error?.message).toMatch(message);
}

async function verificationRows(userId: number): Promise<number> {
  const db = await openDatabase(database);
  try {
    const rows = await db.rows(
      'select count(*) as n from verification_records r join verification_records_user_lnk l on l.verification_id = r.id where l.user_id = ?',
      [userId],
    );
    return Number(rows[0]?.n ?? 0);
  } finally {
    await db.close();
  }
}

const unverified = { verified: false, expired: false, assuranceLevel: null, method: null, birthYear: null };

let an: Account;
let second: Account;

beforeAll(async () => {
  an = await newConfirmedAccount('verificatie-an');
  second = await newConfirmedAccount('verificatie-tweede');
});

describe('starting a verification', () => {
  it('needs a logged-in account', async () => {
    const response = await api('/api/verification/start', { body: {} });
    expect([401, 403]).toContain(response.status);
  });

  it('returns the provider authorization URL with code flow, PKCE S256, state, nonce, scope and minimum level', async () => {
    const url = await startVerification(an);
    expect(url.origin).toBe(inject('fasIssuer'));
    expect(url.pathname).toBe('/authorize');
    const query = url.searchParams;
    expect(query.get('response_type')).toBe('code');
    expect(query.get('client_id')).toBe(inject('oidcClientId'));
    expect(query.get('redirect_uri')).toBe(inject('verificationRedirectUri'));
    expect(query.get('scope')).toBe('openid profile egovnrn');
    expect(query.get('code_challenge_method')).toBe('S256');
    expect(query.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(query.get('state')).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(query.get('nonce')).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(query.get('acr_values')).toBe('urn:be:fedict:iam:fas:Level450');
  });

  it('shows an unverified status before anything happened', async () => {
    expect(await verificationStatus(an)).toMatchObject(unverified);
  });

  it('lets the unverified account comment but asks it to verify before voting (gating)', async () => {
    const decide = (action: string) => api('/api/gating/decide', { jwt: an.jwt, body: { action } });
    expect((await decide('comment')).body.data).toEqual({ allowed: true });
    expect((await decide('vote')).body.data).toMatchObject({
      allowed: false,
      step: 'verify-eid',
      message: expect.stringMatching(/eID of itsme/),
    });
  });
});

describe('personas that are refused, each leaving the account unverified', () => {
  const refusals: Array<[persona: string, status: number, reason: string, message: RegExp]> = [
    ['zonder-rijksregisternummer', 403, 'level-too-low', /niet sterk genoeg.*eID-kaartlezer of itsme/],
    ['niveau-400', 403, 'level-too-low', /niet sterk genoeg/],
    ['itsme-zonder-rijksregisternummer', 403, 'no-national-number', /geen rijksregisternummer/],
    ['fout-controlegetal', 403, 'invalid-national-number', /niet geldig/],
    ['te-jong', 403, 'too-young', /minstens 16 jaar/],
    ['maand-00-wordt-16', 403, 'birth-date-unknown', /geboortedatum is niet volledig gekend.*16/],
  ];

  for (const [persona, status, reason, message] of refusals) {
    it(`${persona}: ${reason}`, async () => {
      expectRefusal(await verifyAs(an, persona), status, reason, message);
      expect(await verificationStatus(an)).toMatchObject(unverified);
      expect(await verificationRows(an.id)).toBe(0);
    });
  }

  it('cancelling on the provider page: cancelled, nothing changed', async () => {
    expectRefusal(await verifyAs(an, 'cancel'), 400, 'cancelled', /afgebroken/);
    expect(await verificationStatus(an)).toMatchObject(unverified);
  });
});

describe('a person born before 2000 with the eID card', () => {
  let redirect: Record<string, string>;

  it('is verified with level, method, birth year and expiry, and nothing more', async () => {
    const before = Date.now();
    redirect = await providerRedirect(await startVerification(an), 'geboren-voor-2000');
    const response = await sendCallback(an, redirect);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const status = response.body.data as Record<string, unknown>;
    expect(status).toMatchObject({
      verified: true,
      expired: false,
      assuranceLevel: 500,
      method: 'eid-card',
      birthYear: 1993,
      givenName: null,
      surname: null,
    });
    const verifiedAt = Date.parse(String(status.verifiedAt));
    expect(verifiedAt).toBeGreaterThanOrEqual(before - 1000);
    const expiresAt = new Date(String(status.expiresAt));
    const fiveYearsLater = new Date(verifiedAt);
    fiveYearsLater.setUTCMonth(fiveYearsLater.getUTCMonth() + 60);
    expect(expiresAt.getTime()).toBe(fiveYearsLater.getTime());
    expect(await verificationStatus(an)).toMatchObject({ verified: true, birthYear: 1993 });
  });

  it('stores the keyed HMAC of the number as verification key, not the number', async () => {
    const db = await openDatabase(database);
    try {
      const rows = await db.rows('select * from verification_records');
      const keys = rows.map((row) => row.verification_key);
      expect(keys).toContain(verificationKeyOf(nrnOf('geboren-voor-2000')));
      expect(JSON.stringify(rows)).not.toContain(nrnOf('geboren-voor-2000'));
    } finally {
      await db.close();
    }
  });

  it('refuses the same callback a second time (replay), leaving the verification as it was', async () => {
    expectRefusal(await sendCallback(an, redirect), 400, 'attempt-unknown', /onbekend of werd al gebruikt/);
    expect(await verificationStatus(an)).toMatchObject({ verified: true, birthYear: 1993 });
    expect(await verificationRows(an.id)).toBe(1);
  });

  it('does not return the national number, the key or tokens in any answer', async () => {
    const me = await api('/api/verification/me', { jwt: an.jwt });
    const text = JSON.stringify(me.body);
    expect(text).not.toContain(nrnOf('geboren-voor-2000'));
    expect(text).not.toContain(verificationKeyOf(nrnOf('geboren-voor-2000')));
    expect(Object.keys(me.body.data as object).sort()).toEqual(
      [
        'assuranceLevel',
        'birthYear',
        'expired',
        'expiresAt',
        'givenName',
        'method',
        'surname',
        'verified',
        'verifiedAt',
      ].sort(),
    );
    const users = await api('/api/users/me', { jwt: an.jwt });
    expect(JSON.stringify(users.body)).not.toMatch(/verification|egov/i);
  });
});

describe('callbacks that do not belong to a fresh attempt of this account', () => {
  it('refuses a made-up state', async () => {
    const redirect = await providerRedirect(await startVerification(second), 'geboren-na-2000');
    expectRefusal(
      await sendCallback(second, { ...redirect, state: 'verzonnen-state-0123456789abcdef' }),
      400,
      'attempt-unknown',
      /onbekend/,
    );
    expect(await verificationStatus(second)).toMatchObject(unverified);
  });

  it("refuses another account's callback, which stays usable by its owner", async () => {
    const redirect = await providerRedirect(await startVerification(second), 'geboren-na-2000');
    expectRefusal(await sendCallback(an, redirect), 400, 'attempt-unknown', /onbekend/);
    expect(await verificationStatus(second)).toMatchObject(unverified);
    // Not consumed by the foreign attempt: the owner can still finish it, once.
    const own = await sendCallback(second, redirect);
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.data).toMatchObject({ verified: true, assuranceLevel: 450, method: 'itsme', birthYear: 2003 });
  });

  it('refuses an attempt that expired while the person was at the provider', async () => {
    const redirect = await providerRedirect(await startVerification(an), 'geboren-voor-2000');
    const db = await openDatabase(database);
    try {
      const [row] = await db.rows('select expires_at from verification_attempts');
      const past =
        typeof row?.expires_at === 'number' ? Date.now() - 60_000 : new Date(Date.now() - 60_000).toISOString();
      expect(await db.run('update verification_attempts set expires_at = ?', [past])).toBe(1);
    } finally {
      await db.close();
    }
    expectRefusal(await sendCallback(an, redirect), 400, 'attempt-expired', /verlopen/);
    expect(await verificationStatus(an)).toMatchObject({ verified: true, birthYear: 1993 });
  });

  it('refuses a code from one attempt presented with the state of another (PKCE and nonce do not match)', async () => {
    const first = await providerRedirect(await startVerification(an), 'geboren-voor-2000');
    const later = await providerRedirect(await startVerification(an), 'geboren-voor-2000');
    // Starting again dropped the first attempt: its own state is unknown now.
    expectRefusal(await sendCallback(an, first), 400, 'attempt-unknown', /onbekend/);
    const mixed = { ...later, code: first.code ?? '' };
    expectRefusal(await sendCallback(an, mixed), 400, 'response-invalid', /kon niet worden gecontroleerd/);
  });

  it('refuses an incomplete callback body', async () => {
    const response = await api('/api/verification/callback', { jwt: an.jwt, body: { state: 'x' } });
    expect(response.status).toBe(400);
    expect(response.body.error?.details?.reason).toBe('response-invalid');
  });
});

describe('one person, one account', () => {
  it('refuses the same person on a second account with a clear message', async () => {
    const third = await newConfirmedAccount('verificatie-derde');
    expectRefusal(
      await verifyAs(third, 'tweede-poging'),
      403,
      'already-verified-elsewhere',
      /al geverifieerd met een ander account/,
    );
    expect(await verificationStatus(third)).toMatchObject(unverified);
    expect(await verificationRows(third.id)).toBe(0);

    // The same account may still verify as someone else entirely: here month 00, born 1961.
    const other = await verifyAs(third, 'maand-00');
    expect(other.status, JSON.stringify(other.body)).toBe(200);
    expect(other.body.data).toMatchObject({ verified: true, birthYear: 1961 });
  });

  it('refuses another person on an account that is already verified', async () => {
    expectRefusal(
      await verifyAs(an, 'bis-nummer'),
      403,
      'account-verified-as-other-person',
      /al geverifieerd als een andere persoon/,
    );
    expect(await verificationStatus(an)).toMatchObject({ verified: true, birthYear: 1993 });
  });

  it('is enforced by the database too: a second row with a used verification or voter key is refused', async () => {
    const db = await openDatabase(database);
    try {
      const insertRecord = (key: string) =>
        db.run(
          'insert into verification_records (document_id, verification_key, birth_year, minimum_age_confirmed, assurance_level, method, issuer, verified_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
          [
            crypto.randomUUID(),
            key,
            1990,
            16,
            500,
            'eid-card',
            'test',
            new Date().toISOString(),
            new Date().toISOString(),
          ],
        );
      await expect(insertRecord(verificationKeyOf(nrnOf('geboren-voor-2000')))).rejects.toThrow(/unique/i);
      const insertVoterKey = (key: string) =>
        db.run('insert into verification_voter_keys (document_id, ballot, voter_key, cast_at) values (?, ?, ?, ?)', [
          crypto.randomUUID(),
          'poll:uniek',
          key,
          new Date().toISOString(),
        ]);
      const voterKey = crypto.randomBytes(32).toString('hex');
      await insertVoterKey(voterKey);
      await expect(insertVoterKey(voterKey)).rejects.toThrow(/unique/i);
      await db.run('delete from verification_voter_keys where voter_key = ?', [voterKey]);
    } finally {
      await db.close();
    }
  });

  it('lets the same person renew the verification on their own account', async () => {
    const renewed = await verifyAs(an, 'tweede-poging');
    expect(renewed.status, JSON.stringify(renewed.body)).toBe(200);
    expect(await verificationRows(an.id)).toBe(1);
  });
});

describe('gating', () => {
  const decide = (body: unknown, jwt?: string) => api('/api/gating/decide', { body, jwt });

  it('asks anonymous visitors to log in, and lets them read', async () => {
    expect((await decide({ action: 'read' })).body.data).toEqual({ allowed: true });
    expect((await decide({ action: 'comment' })).body.data).toMatchObject({ allowed: false, step: 'log-in' });
  });

  it('lets a verified account propose and vote', async () => {
    expect((await decide({ action: 'propose' }, an.jwt)).body.data).toEqual({ allowed: true });
    expect((await decide({ action: 'vote', context: { ballot: 'poll:nog-niet-gestemd' } }, an.jwt)).body.data).toEqual({
      allowed: true,
    });
  });

  it('applies a stricter minimum age of the context with the birth year', async () => {
    const decision = (await decide({ action: 'vote', context: { minimumAge: 30 } }, second.jwt)).body.data;
    expect(decision).toMatchObject({ allowed: false, step: 'too-young', minimumAge: 30 });
  });

  it('refuses unknown actions and context fields', async () => {
    expect((await decide({ action: 'hack' }, an.jwt)).status).toBe(400);
    expect((await decide({ action: 'vote', context: { userId: 1 } }, an.jwt)).status).toBe(400);
  });
});

describe('a deleted and returning person', () => {
  const ballot = `poll:terugkeer-${crypto.randomBytes(3).toString('hex')}`;
  const key = () => verificationKeyOf(nrnOf('terugkeerder'));

  it('keeps the voter key of a deleted account, so the returning person cannot vote twice', async () => {
    const before = await newConfirmedAccount('terugkeerder-voor');
    expect((await verifyAs(before, 'terugkeerder')).status).toBe(200);

    // What the votes plugin does when this person votes: the ballot's voter key goes into the ledger.
    const db = await openDatabase(database);
    try {
      await db.run(
        'insert into verification_voter_keys (document_id, ballot, voter_key, cast_at) values (?, ?, ?, ?)',
        [crypto.randomUUID(), ballot, voterKeyOf(key(), ballot), new Date().toISOString()],
      );
    } finally {
      await db.close();
    }
    expect(
      (await api('/api/gating/decide', { jwt: before.jwt, body: { action: 'vote', context: { ballot } } })).body.data,
    ).toMatchObject({
      allowed: false,
      step: 'already-voted',
    });

    // Staff delete the account in the admin panel.
    const deleted = await adminApi(
      'DELETE',
      `/content-manager/collection-types/plugin::users-permissions.user/${before.documentId}`,
    );
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    const { occurrences } = await findInDatabase(database, [key()]);
    expect(occurrences.filter((place) => place.table === 'verification_records')).toEqual([]);

    // The person comes back with a new account: verification works again...
    const after = await newConfirmedAccount('terugkeerder-na');
    const again = await verifyAs(after, 'terugkeerder');
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.data).toMatchObject({ verified: true, birthYear: 1977 });

    // ...but the ballot they voted in recognises them.
    expect(
      (await api('/api/gating/decide', { jwt: after.jwt, body: { action: 'vote', context: { ballot } } })).body.data,
    ).toMatchObject({
      allowed: false,
      step: 'already-voted',
    });
    expect(
      (
        await api('/api/gating/decide', {
          jwt: after.jwt,
          body: { action: 'vote', context: { ballot: `${ballot}-ander` } },
        })
      ).body.data,
    ).toEqual({ allowed: true });
  });
});

describe('data minimisation', () => {
  const numbers = everyone.flatMap((persona) => (persona.person.egovNRN ? [persona.person.egovNRN] : []));
  const formatted = numbers.map(
    (nrn) => `${nrn.slice(0, 2)}.${nrn.slice(2, 4)}.${nrn.slice(4, 6)}-${nrn.slice(6, 9)}.${nrn.slice(9)}`,
  );

  it('has none of the test national numbers in any table or column of the database', async () => {
    expect(numbers.length).toBeGreaterThanOrEqual(9);
    const { occurrences, tablesScanned, valuesScanned } = await findInDatabase(database, [...numbers, ...formatted]);
    expect(tablesScanned).toBeGreaterThan(20);
    expect(valuesScanned).toBeGreaterThan(1000);
    expect(occurrences).toEqual([]);
  });

  it('finds what is there, so the scan itself works', async () => {
    const { occurrences } = await findInDatabase(database, [verificationKeyOf(nrnOf('geboren-voor-2000')), an.email]);
    expect(occurrences).toEqual(
      expect.arrayContaining([
        {
          table: 'verification_records',
          column: 'verification_key',
          needle: verificationKeyOf(nrnOf('geboren-voor-2000')),
        },
        { table: 'up_users', column: 'email', needle: an.email },
      ]),
    );
  });

  it("has none of them in Strapi's log either", () => {
    const log = fs.readFileSync(inject('cmsLogFile'), 'utf8');
    expect(log).toContain('verification');
    for (const nrn of [...numbers, ...formatted]) expect(log).not.toContain(nrn);
  });
});

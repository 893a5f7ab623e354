import { describe, expect, it } from 'vitest';
import { bindToAccount, evaluateIdentity, type ProviderClaims } from './verification-decision';

const now = new Date('2026-12-04T12:00:00Z');
const today = { year: 2026, month: 12, day: 4 };
const policy = { minimumAssuranceLevel: 450, minimumAge: 16, validityMonths: 60, keepNames: false };
const eidCard = 'urn:be:fedict:iam:fas:Level500';

function withChecksum(nineDigits: string, bornFrom2000: boolean): string {
  const base = BigInt((bornFrom2000 ? '2' : '') + nineDigits);
  return nineDigits + (97n - (base % 97n)).toString().padStart(2, '0');
}

describe('evaluateIdentity', () => {
  it('verifies an adult at Level500 and keeps only derived facts', () => {
    const result = evaluateIdentity(
      { acr: eidCard, egovNRN: '93051822361', givenName: 'An', surname: 'Peeters' },
      policy,
      now,
      today,
    );
    expect(result).toEqual({
      ok: true,
      identity: {
        nationalNumber: '93051822361',
        birthYear: 1993,
        assuranceLevel: 500,
        method: 'eid-card',
        minimumAgeConfirmed: 16,
        verifiedAt: now,
        expiresAt: new Date('2031-12-04T12:00:00Z'),
        givenName: null,
        surname: null,
      },
    });
  });

  it('keeps the names only when the city chose to', () => {
    const claims = { acr: eidCard, egovNRN: '93051822361', givenName: ' An ', surname: 'Peeters' };
    const result = evaluateIdentity(claims, { ...policy, keepNames: true }, now, today);
    expect(result.ok && [result.identity.givenName, result.identity.surname]).toEqual(['An', 'Peeters']);
  });

  it('reads the level from amr (itsme-style) too', () => {
    const result = evaluateIdentity(
      { amr: ['urn:be:fedict:iam:fas:Level450'], egovNRN: '03012522495' },
      policy,
      now,
      today,
    );
    expect(result.ok && result.identity).toMatchObject({ assuranceLevel: 450, method: 'itsme', birthYear: 2003 });
  });

  const refusals: Array<[string, ProviderClaims, string]> = [
    ['no level at all', { egovNRN: '93051822361' }, 'level-too-low'],
    ['Level400 (one-time code)', { acr: 'urn:be:fedict:iam:fas:Level400', egovNRN: '93051822361' }, 'level-too-low'],
    ['Level200 without a number', { acr: 'urn:be:fedict:iam:fas:Level200' }, 'level-too-low'],
    ['Level450 without a number', { acr: 'urn:be:fedict:iam:fas:Level450' }, 'no-national-number'],
    ['an empty number', { acr: eidCard, egovNRN: '  ' }, 'no-national-number'],
    ['a number that is not a string', { acr: eidCard, egovNRN: 93051822361 }, 'no-national-number'],
    ['a bad checksum', { acr: eidCard, egovNRN: '93051822362' }, 'invalid-national-number'],
    ['a month 13', { acr: eidCard, egovNRN: withChecksum('931318223', false) }, 'invalid-national-number'],
    ['a 14-year-old', { acr: eidCard, egovNRN: withChecksum('121204001', true) }, 'too-young'],
    ['someone turning 16 tomorrow', { acr: eidCard, egovNRN: withChecksum('101205001', true) }, 'too-young'],
    [
      'month 00 in the year one turns 16',
      { acr: eidCard, egovNRN: withChecksum('100000001', true) },
      'birth-date-unknown',
    ],
  ];

  for (const [name, claims, reason] of refusals) {
    it(`refuses ${name}: ${reason}`, () => {
      expect(evaluateIdentity(claims, policy, now, today)).toEqual({ ok: false, reason });
    });
  }

  it('accepts someone turning 16 today', () => {
    expect(evaluateIdentity({ acr: eidCard, egovNRN: withChecksum('101204001', true) }, policy, now, today).ok).toBe(
      true,
    );
  });

  it('accepts month 00 when even the lower age bound is old enough', () => {
    const result = evaluateIdentity({ acr: eidCard, egovNRN: withChecksum('550000123', false) }, policy, now, today);
    expect(result.ok && result.identity.birthYear).toBe(1955);
  });

  it('accepts a BIS number', () => {
    const result = evaluateIdentity({ acr: eidCard, egovNRN: withChecksum('854715789', false) }, policy, now, today);
    expect(result.ok && result.identity.birthYear).toBe(1985);
  });

  it('follows the configured minimum level', () => {
    const claims = { acr: 'urn:be:fedict:iam:fas:Level400', egovNRN: '93051822361' };
    expect(evaluateIdentity(claims, { ...policy, minimumAssuranceLevel: 400 }, now, today).ok).toBe(true);
    const itsme = { acr: 'urn:be:fedict:iam:fas:Level450', egovNRN: '93051822361' };
    expect(evaluateIdentity(itsme, { ...policy, minimumAssuranceLevel: 500 }, now, today)).toEqual({
      ok: false,
      reason: 'level-too-low',
    });
  });
});

describe('bindToAccount', () => {
  const key = 'a'.repeat(64);
  const otherKey = 'b'.repeat(64);

  it('creates a verification for a new person on an unverified account', () => {
    expect(bindToAccount(1, key, { holderOfKey: null, ofAccount: null })).toEqual({ action: 'create' });
  });

  it('renews the verification of the same person on the same account', () => {
    expect(bindToAccount(1, key, { holderOfKey: { userId: 1 }, ofAccount: { verificationKey: key } })).toEqual({
      action: 'renew',
    });
  });

  it('refuses a second account for the same person', () => {
    expect(bindToAccount(2, key, { holderOfKey: { userId: 1 }, ofAccount: null })).toEqual({
      action: 'refuse',
      reason: 'already-verified-elsewhere',
    });
  });

  it('refuses another person on an already verified account', () => {
    expect(bindToAccount(1, otherKey, { holderOfKey: null, ofAccount: { verificationKey: key } })).toEqual({
      action: 'refuse',
      reason: 'account-verified-as-other-person',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { GATED_ACTIONS, type GatedAction } from '../../../shared/contracts';
import { ACTION_REQUIREMENTS, decide, requirementFor, type GatingSubject, type VerifiedFacts } from './gating';

const now = new Date('2026-12-04T12:00:00Z');
const policy = { minimumAssuranceLevel: 450, minimumAge: 16, now, today: { year: 2026, month: 12, day: 4 } };

const verified: VerifiedFacts = {
  assuranceLevel: 500,
  birthYear: 1993,
  minimumAgeConfirmed: 16,
  expiresAt: new Date('2031-12-04T12:00:00Z'),
};

const anonymous: GatingSubject = { kind: 'anonymous' };
const unconfirmed: GatingSubject = {
  kind: 'account',
  emailConfirmed: false,
  verification: null,
  residenceDistrict: null,
};
const account: GatingSubject = { kind: 'account', emailConfirmed: true, verification: null, residenceDistrict: null };
const citizen = (facts: Partial<VerifiedFacts> = {}, residenceDistrict: string | null = null): GatingSubject => ({
  kind: 'account',
  emailConfirmed: true,
  verification: { ...verified, ...facts },
  residenceDistrict,
});

const accountActions = GATED_ACTIONS.filter((action) => ACTION_REQUIREMENTS[action] === 'account');
const verifiedActions = GATED_ACTIONS.filter((action) => ACTION_REQUIREMENTS[action] === 'verified');

describe('decide', () => {
  it('lets everyone read', () => {
    for (const subject of [anonymous, unconfirmed, account, citizen()]) {
      expect(decide(subject, 'read', {}, policy)).toEqual({ allowed: true });
    }
  });

  it('asks anonymous people to log in for every other action', () => {
    for (const action of GATED_ACTIONS.filter((candidate) => candidate !== 'read')) {
      expect(decide(anonymous, action, {}, policy)).toMatchObject({ allowed: false, step: 'log-in' });
    }
  });

  it('asks for a confirmed e-mail address before anything else', () => {
    for (const action of [...accountActions, ...verifiedActions]) {
      expect(decide(unconfirmed, action, {}, policy)).toMatchObject({ allowed: false, step: 'confirm-email' });
    }
  });

  it('lets an account with a confirmed e-mail comment, follow, volunteer, post ideas, answer surveys and nominate', () => {
    expect(accountActions).toEqual(['comment', 'follow', 'volunteer', 'post-idea', 'answer-survey', 'nominate']);
    for (const action of accountActions) expect(decide(account, action, {}, policy)).toEqual({ allowed: true });
  });

  it('asks an unverified account to verify with e-ID to propose, support or vote', () => {
    expect(verifiedActions).toEqual(['propose', 'support', 'vote']);
    for (const action of verifiedActions) {
      const decision = decide(account, action, {}, policy);
      expect(decision).toMatchObject({ allowed: false, step: 'verify-eid' });
      expect(decision.allowed === false && decision.message).toMatch(/eID of itsme/);
    }
  });

  it('lets a verified adult propose, support and vote', () => {
    for (const action of verifiedActions) expect(decide(citizen(), action, {}, policy)).toEqual({ allowed: true });
  });

  it('asks to verify again once the verification expired, exactly at the expiry instant', () => {
    expect(decide(citizen({ expiresAt: now }), 'vote', {}, policy)).toMatchObject({ step: 'verification-expired' });
    expect(decide(citizen({ expiresAt: new Date(now.getTime() + 1) }), 'vote', {}, policy)).toEqual({ allowed: true });
  });

  it('asks to verify again when the city raised the minimum level after the verification', () => {
    expect(decide(citizen({ assuranceLevel: 450 }), 'vote', {}, policy)).toEqual({ allowed: true });
    expect(
      decide(citizen({ assuranceLevel: 450 }), 'vote', {}, { ...policy, minimumAssuranceLevel: 500 }),
    ).toMatchObject({
      step: 'verify-eid',
    });
  });

  describe('minimum age', () => {
    it('trusts the age checked at verification time', () => {
      // Born in 2010: 15 or 16 by birth year alone, but the verification confirmed 16+.
      expect(decide(citizen({ birthYear: 2010, minimumAgeConfirmed: 16 }), 'vote', {}, policy)).toEqual({
        allowed: true,
      });
    });

    it('applies a stricter context minimum with the birth year, failing closed when the year is ambiguous', () => {
      const context = { minimumAge: 18 };
      expect(decide(citizen({ birthYear: 2007 }), 'vote', context, policy)).toEqual({ allowed: true });
      const ambiguous = decide(citizen({ birthYear: 2008 }), 'vote', context, policy);
      expect(ambiguous).toMatchObject({ allowed: false, step: 'too-young', minimumAge: 18 });
      expect(ambiguous.allowed === false && ambiguous.message).toContain('18 jaar');
      expect(decide(citizen({ birthYear: 2009 }), 'vote', context, policy)).toMatchObject({ step: 'too-young' });
    });

    it('uses the global minimum when the verification checked a lower one', () => {
      const checkedAtTwelve = citizen({ birthYear: 2012, minimumAgeConfirmed: 12 });
      expect(decide(checkedAtTwelve, 'vote', {}, policy)).toMatchObject({ step: 'too-young', minimumAge: 16 });
      expect(decide(checkedAtTwelve, 'vote', { minimumAge: 12 }, policy)).toEqual({ allowed: true });
    });
  });

  describe('district rule', () => {
    const context = { allowedDistricts: ['daknam', 'eksaarde'] };

    it('lets residents of an allowed district take part', () => {
      expect(decide(citizen({}, 'daknam'), 'vote', context, policy)).toEqual({ allowed: true });
    });

    it('refuses others, and those whose residence is unknown', () => {
      expect(decide(citizen({}, 'lokeren'), 'vote', context, policy)).toMatchObject({ step: 'not-resident' });
      expect(decide(citizen({}, null), 'vote', context, policy)).toMatchObject({ step: 'not-resident' });
    });
  });

  describe('already voted', () => {
    it('refuses a second vote or support in the same ballot', () => {
      expect(decide(citizen(), 'vote', { alreadyVoted: true }, policy)).toMatchObject({ step: 'already-voted' });
      expect(decide(citizen(), 'support', { alreadyVoted: true }, policy)).toMatchObject({ step: 'already-voted' });
      expect(decide(citizen(), 'vote', { alreadyVoted: false }, policy)).toEqual({ allowed: true });
    });

    it('does not apply to actions that are not ballots', () => {
      expect(decide(citizen(), 'propose', { alreadyVoted: true }, policy)).toEqual({ allowed: true });
    });

    it('comes last, so a person who cannot vote anyway is told the real reason', () => {
      expect(decide(account, 'vote', { alreadyVoted: true }, policy)).toMatchObject({ step: 'verify-eid' });
    });
  });

  it('gives a Dutch message for every refusal', () => {
    const decision = decide(anonymous, 'comment', {}, policy);
    expect(decision).toEqual({
      allowed: false,
      step: 'log-in',
      message: 'Meld je aan of maak een account om mee te doen.',
    });
  });
});

describe('requirementFor', () => {
  it('lets a context raise but never lower the requirement', () => {
    expect(requirementFor('answer-survey', { requires: 'verified' })).toBe('verified');
    expect(requirementFor('vote', { requires: 'account' })).toBe('verified');
    expect(requirementFor('read', { requires: 'verified' })).toBe('none');
  });

  it('raises answer-survey to verified end to end', () => {
    const action: GatedAction = 'answer-survey';
    expect(decide(account, action, { requires: 'verified' }, policy)).toMatchObject({ step: 'verify-eid' });
  });
});

import { describe, expect, it } from 'vitest';
import {
  formatMessage,
  gatingContextSchema,
  passwordProblems,
  unlockStepMessages,
  UNLOCK_STEPS,
  VERIFICATION_FAILURES,
  verificationCallbackRequestSchema,
  verificationFailureMessages,
} from './contracts';

describe('passwordProblems', () => {
  it('accepts a long sentence and refuses short, common or one-character passwords', () => {
    expect(passwordProblems('zes vrolijke fietsen')).toEqual([]);
    expect(passwordProblems('Kort1!')).toEqual(['too-short']);
    expect(passwordProblems('Wachtwoord123')).toEqual(['too-common']);
    expect(passwordProblems('aaaaaaaaaaaa')).toEqual(['one-character']);
    expect(passwordProblems('é'.repeat(40))).toEqual(['too-long', 'one-character']);
  });

  it('counts characters, not UTF-16 units, for the minimum length', () => {
    expect(passwordProblems('🚲🚲🚲🚲🚲🚲🚲🚲🚲x')).toEqual([]);
    expect(passwordProblems('🚲🚲🚲🚲🚲')).toContain('too-short');
  });
});

describe('messages', () => {
  it('exist in Dutch, French and English for every step and failure', () => {
    for (const step of UNLOCK_STEPS)
      for (const language of ['nl', 'fr', 'en'] as const) expect(unlockStepMessages[step][language]).not.toBe('');
    for (const reason of VERIFICATION_FAILURES) {
      for (const language of ['nl', 'fr', 'en'] as const)
        expect(verificationFailureMessages[reason][language]).not.toBe('');
    }
  });

  it('fill in placeholders and leave unknown ones visible', () => {
    expect(formatMessage('minstens {minimumAge} jaar', { minimumAge: 16 })).toBe('minstens 16 jaar');
    expect(formatMessage('{onbekend}', {})).toBe('{onbekend}');
  });
});

describe('request contracts', () => {
  it('take either a code or an error from the provider, never both or neither', () => {
    expect(verificationCallbackRequestSchema.safeParse({ state: 's', code: 'c', iss: 'i' }).success).toBe(true);
    expect(verificationCallbackRequestSchema.safeParse({ state: 's', error: 'access_denied' }).success).toBe(true);
    expect(verificationCallbackRequestSchema.safeParse({ state: 's' }).success).toBe(false);
    expect(verificationCallbackRequestSchema.safeParse({ state: 's', code: 'c', error: 'e' }).success).toBe(false);
    expect(verificationCallbackRequestSchema.safeParse({ state: 's', code: 'c', extra: 1 }).success).toBe(false);
  });

  it('allow only simple ballot names', () => {
    expect(gatingContextSchema.safeParse({ ballot: 'proposal-support:abc123' }).success).toBe(true);
    expect(gatingContextSchema.safeParse({ ballot: 'Poll 1' }).success).toBe(false);
    expect(gatingContextSchema.safeParse({ ballot: 'a\nb' }).success).toBe(false);
  });
});

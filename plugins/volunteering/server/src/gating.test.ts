import { describe, expect, it } from 'vitest';
import { confirmedAccountRule } from './gating';

describe('the fallback gate (identity plugin absent)', () => {
  it('asks anonymous and blocked callers to log in', () => {
    expect(confirmedAccountRule(null)).toMatchObject({ allowed: false, step: 'log-in' });
    expect(confirmedAccountRule({ id: 1, confirmed: true, blocked: true })).toMatchObject({
      allowed: false,
      step: 'log-in',
    });
  });

  it('asks an unconfirmed account to confirm its e-mail address', () => {
    expect(confirmedAccountRule({ id: 1, confirmed: false })).toMatchObject({ allowed: false, step: 'confirm-email' });
    expect(confirmedAccountRule({ id: 1 })).toMatchObject({ allowed: false, step: 'confirm-email' });
  });

  it('lets a confirmed account take part', () => {
    expect(confirmedAccountRule({ id: 1, confirmed: true, blocked: false })).toEqual({ allowed: true });
  });
});

import { describe, expect, it } from 'vitest';
import { accessTokenExpiry, needsRefresh, sealSession, unsealSession, type Session } from './session';

const secret = 'een-geheim-van-minstens-tweeëndertig-tekens';
const session: Session = {
  accessToken: 'header.payload.signature',
  accessExpiresAt: 1_700_000_600_000,
  refreshToken: 'refresh-token',
  user: { id: 7, username: 'an', email: 'an@example.be', confirmed: true, verified: false },
};

describe('sealed session cookie', () => {
  it('opens to the same session with the same secret', () => {
    expect(unsealSession(sealSession(session, secret), secret)).toEqual(session);
  });

  it('does not show the tokens or the e-mail address in the cookie value', () => {
    const sealed = sealSession(session, secret);
    for (const secretPart of ['refresh-token', 'an@example.be', 'header.payload'])
      expect(sealed).not.toContain(secretPart);
    expect(Buffer.from(sealed.slice(3), 'base64url').toString('latin1')).not.toContain('refresh-token');
  });

  it('seals the same session differently each time (fresh IV)', () => {
    expect(sealSession(session, secret)).not.toBe(sealSession(session, secret));
  });

  it('opens to nothing when any character was changed', () => {
    const sealed = sealSession(session, secret);
    for (const position of [3, 10, Math.floor(sealed.length / 2), sealed.length - 2]) {
      const original = sealed[position];
      const tampered = `${sealed.slice(0, position)}${original === 'A' ? 'B' : 'A'}${sealed.slice(position + 1)}`;
      expect(unsealSession(tampered, secret)).toBeNull();
    }
  });

  it('opens to nothing with another secret, cut short, or garbage', () => {
    const sealed = sealSession(session, secret);
    expect(unsealSession(sealed, `${secret}-ander`)).toBeNull();
    expect(unsealSession(sealed.slice(0, 20), secret)).toBeNull();
    expect(unsealSession('v1.', secret)).toBeNull();
    expect(unsealSession('niet-verzegeld', secret)).toBeNull();
    expect(unsealSession(undefined, secret)).toBeNull();
  });
});

describe('access token expiry', () => {
  const jwt = (payload: object) => `x.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.y`;

  it('reads exp from the token in milliseconds', () => {
    expect(accessTokenExpiry(jwt({ id: 1, exp: 1_700_000_600 }))).toBe(1_700_000_600_000);
  });

  it('is null for tokens without a readable exp', () => {
    expect(accessTokenExpiry(jwt({ id: 1 }))).toBeNull();
    expect(accessTokenExpiry('geen-jwt')).toBeNull();
    expect(accessTokenExpiry('x.!!!.y')).toBeNull();
  });

  it('asks for a refresh within the last minute, not before', () => {
    expect(needsRefresh(session, session.accessExpiresAt - 61_000)).toBe(false);
    expect(needsRefresh(session, session.accessExpiresAt - 59_000)).toBe(true);
    expect(needsRefresh(session, session.accessExpiresAt + 1)).toBe(true);
  });
});

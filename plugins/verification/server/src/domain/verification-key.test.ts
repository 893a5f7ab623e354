import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verificationKeyFor, voterKeyFor } from './verification-key';

const secret = 'a-test-secret-that-is-at-least-32-characters';

describe('verificationKeyFor', () => {
  it('is HMAC-SHA256(secret, "be-nrn:v1:" + number) in hex', () => {
    const expected = crypto.createHmac('sha256', secret).update('be-nrn:v1:93051822361').digest('hex');
    expect(verificationKeyFor(secret, '93051822361')).toBe(expected);
  });

  it('depends on the secret, so a database copy alone cannot be brute-forced', () => {
    expect(verificationKeyFor(secret, '93051822361')).not.toBe(verificationKeyFor(`${secret}x`, '93051822361'));
    const unkeyed = crypto.createHash('sha256').update('be-nrn:v1:93051822361').digest('hex');
    expect(verificationKeyFor(secret, '93051822361')).not.toBe(unkeyed);
  });

  it('never contains the number itself', () => {
    expect(verificationKeyFor(secret, '93051822361')).not.toContain('93051822361');
  });

  it('refuses anything but eleven digits, so formatting cannot create a second key for one person', () => {
    expect(() => verificationKeyFor(secret, '93.05.18-223.61')).toThrow();
  });
});

describe('voterKeyFor', () => {
  const key = verificationKeyFor(secret, '93051822361');

  it('is stable per person and ballot, different across ballots and people', () => {
    expect(voterKeyFor(secret, key, 'poll:1')).toBe(voterKeyFor(secret, key, 'poll:1'));
    expect(voterKeyFor(secret, key, 'poll:1')).not.toBe(voterKeyFor(secret, key, 'poll:2'));
    const other = verificationKeyFor(secret, '03012522495');
    expect(voterKeyFor(secret, key, 'poll:1')).not.toBe(voterKeyFor(secret, other, 'poll:1'));
  });

  it('cannot be computed from the verification key alone', () => {
    const withoutSecret = crypto.createHmac('sha256', key).update('ballot:v1:poll:1').digest('hex');
    expect(voterKeyFor(secret, key, 'poll:1')).not.toBe(withoutSecret);
    expect(voterKeyFor(secret, key, 'poll:1')).not.toBe(voterKeyFor(`${secret}x`, key, 'poll:1'));
  });

  it('refuses malformed input', () => {
    expect(() => voterKeyFor(secret, 'not-a-key', 'poll:1')).toThrow();
    expect(() => voterKeyFor(secret, key, '')).toThrow();
    expect(() => voterKeyFor(secret, key, 'a\nb')).toThrow();
  });
});

/**
 * Keys that let us recognise a person without keeping who they are.
 *
 * verificationKey = HMAC-SHA256(secret, "be-nrn:v1:" + number) — unique per person, unique across
 * active accounts. The secret lives in the environment, never in the database: an unkeyed hash of a
 * national number is brute-forced in seconds (a few tens of millions of candidates).
 *
 * voterKey = HMAC-SHA256(secret, "ballot:v1:" + ballot + "\n" + verificationKey) — one per person
 * and ballot. Keyed with the secret too, so that someone holding only a database copy cannot link a
 * vote to a verification record. It survives account deletion (it is stored with the vote, not with
 * the person), so a returning person derives the same key and cannot vote twice.
 */
import crypto from 'node:crypto';

export const MINIMUM_SECRET_LENGTH = 32;

function hmacHex(secret: string, message: string): string {
  return crypto.createHmac('sha256', secret).update(message, 'utf8').digest('hex');
}

/** `digits` must be the normalised eleven digits (see national-number.ts). */
export function verificationKeyFor(secret: string, digits: string): string {
  if (!/^\d{11}$/.test(digits)) throw new Error('verificationKeyFor expects eleven digits');
  return hmacHex(secret, `be-nrn:v1:${digits}`);
}

export function voterKeyFor(secret: string, verificationKey: string, ballot: string): string {
  if (!/^[0-9a-f]{64}$/.test(verificationKey)) throw new Error('voterKeyFor expects a verification key');
  if (ballot.length === 0 || ballot.includes('\n')) throw new Error('voterKeyFor expects a ballot name');
  return hmacHex(secret, `ballot:v1:${ballot}\n${verificationKey}`);
}

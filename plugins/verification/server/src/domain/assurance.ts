/**
 * Assurance levels as FAS reports them: `urn:be:fedict:iam:fas:Level500` (eID card),
 * `Level450` (itsme), `Level400` (TOTP/SMS), lower (password, unlinked accounts).
 * FAS puts the level in `acr` or in `amr`, so both places are read.
 */
import type { AssuranceMethod } from '../../../shared/contracts';

export const FAS_LEVEL_PREFIX = 'urn:be:fedict:iam:fas:Level';
export const KNOWN_LEVELS = [100, 200, 300, 400, 450, 500] as const;

/** Accepts the full URN, `Level450` or `450` (the last two for settings). */
export function parseAssuranceLevel(value: string): number | null {
  const match = /^(?:urn:be:fedict:iam:fas:)?(?:Level)?(\d{3})$/.exec(value.trim());
  if (!match?.[1]) return null;
  const level = Number(match[1]);
  return (KNOWN_LEVELS as readonly number[]).includes(level) ? level : null;
}

export function assuranceUrn(level: number): string {
  return `${FAS_LEVEL_PREFIX}${level}`;
}

function recognizedLevel(value: unknown): number | null {
  return typeof value === 'string' && value.startsWith(FAS_LEVEL_PREFIX) ? parseAssuranceLevel(value) : null;
}

/**
 * The level the provider vouches for. `acr` is the designated claim and wins when it holds a
 * recognised level; otherwise the highest recognised level among the `amr` values counts.
 */
export function assuranceFromClaims(claims: { acr?: unknown; amr?: unknown }): number | null {
  const fromAcr = recognizedLevel(claims.acr);
  if (fromAcr !== null) return fromAcr;
  const amr = Array.isArray(claims.amr) ? claims.amr : typeof claims.amr === 'string' ? [claims.amr] : [];
  const levels = amr.map(recognizedLevel).filter((level): level is number => level !== null);
  return levels.length > 0 ? Math.max(...levels) : null;
}

export function methodForLevel(level: number): AssuranceMethod {
  if (level >= 500) return 'eid-card';
  if (level >= 450) return 'itsme';
  if (level >= 400) return 'one-time-code';
  if (level >= 100) return 'password';
  return 'unknown';
}

/**
 * The plugin's settings, given by cms/config/plugins.ts (which reads them from the environment)
 * and validated here once, so a wrong or missing value stops Strapi with a message naming it.
 */
import { z } from 'zod';
import { VERIFICATION_CALLBACK_PATH } from '../../../shared/contracts';
import { parseAssuranceLevel } from '../domain/assurance';
import { MINIMUM_SECRET_LENGTH } from '../domain/verification-key';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

const assuranceLevel = z.union([z.number().int(), z.string()]).transform((value, ctx) => {
  const level = parseAssuranceLevel(String(value));
  if (level === null) {
    ctx.addIssue({
      code: 'custom',
      message: 'verwacht Level100–Level500, bv. Level450 of urn:be:fedict:iam:fas:Level450',
    });
    return z.NEVER;
  }
  return level;
});

const configSchema = z.object({
  /**
   * True in production: a missing secret then stops Strapi. Elsewhere e-ID verification is switched
   * off (with a warning) until the secrets are given, so a development start never fails on them.
   */
  required: z.boolean().default(true),
  hmacSecret: z
    .string()
    .min(MINIMUM_SECRET_LENGTH, `VERIFICATION_HMAC_SECRET moet minstens ${MINIMUM_SECRET_LENGTH} tekens lang zijn`)
    .optional(),
  /** The portal's public URL: the OIDC redirect URI and e-mail links point there. */
  portalUrl: z.url(),
  oidc: z.object({
    issuer: z.url({ error: 'OIDC_ISSUER moet een URL zijn' }),
    clientId: z.string({ error: 'OIDC_CLIENT_ID ontbreekt' }).min(1),
    clientSecret: z.string().min(16, 'OIDC_CLIENT_SECRET is te kort').optional(),
    /** Defaults to the portal URL + VERIFICATION_CALLBACK_PATH. */
    redirectUri: z.url().optional(),
    scope: z.string().min(1).default('openid profile egovnrn'),
  }),
  minimumAssuranceLevel: assuranceLevel.default(450),
  minimumAge: z.coerce.number().int().min(0).max(120).default(16),
  validityMonths: z.coerce.number().int().min(1).max(120).default(60),
  attemptTtlSeconds: z.coerce.number().int().min(30).max(3600).default(600),
  keepNames: z.boolean().default(false),
  emailFrom: z
    .object({ name: z.string().min(1), email: z.email() })
    .default({ name: 'Denkmee', email: 'no-reply@denkmee.local' }),
});

export interface VerificationSettings {
  /** False when the secrets are missing outside production: verification then answers "not configured". */
  enabled: boolean;
  /** What is missing when not enabled (names of environment variables). */
  missing: string[];
  hmacSecret: string;
  portalUrl: string;
  oidc: {
    issuer: string;
    clientId: string;
    clientSecret: string;
    redirectUri: string;
    scope: string;
    /** Plain HTTP is accepted only for an issuer on this machine (the local FAS stand-in). */
    allowInsecureHttp: boolean;
  };
  minimumAssuranceLevel: number;
  minimumAge: number;
  validityMonths: number;
  attemptTtlSeconds: number;
  keepNames: boolean;
  emailFrom: { name: string; email: string };
}

const problem = (lines: string[]) =>
  new Error(`Ongeldige instellingen voor de plugin verification:\n${lines.join('\n')}`);

export function parseSettings(raw: unknown): VerificationSettings {
  const parsed = configSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw problem(parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(config)'}: ${issue.message}`));
  }
  const config = parsed.data;
  const missing = [
    ...(config.hmacSecret ? [] : ['VERIFICATION_HMAC_SECRET']),
    ...(config.oidc.clientSecret ? [] : ['OIDC_CLIENT_SECRET']),
  ];
  if (missing.length > 0 && config.required) throw problem(missing.map((name) => `  - ${name} ontbreekt`));

  const issuer = new URL(config.oidc.issuer);
  const allowInsecureHttp = issuer.protocol === 'http:' && LOOPBACK_HOSTS.has(issuer.hostname);
  if (issuer.protocol !== 'https:' && !allowInsecureHttp) {
    throw problem(['  - OIDC_ISSUER moet https gebruiken (http alleen op 127.0.0.1/localhost)']);
  }
  return {
    enabled: missing.length === 0,
    missing,
    hmacSecret: config.hmacSecret ?? '',
    portalUrl: config.portalUrl,
    oidc: {
      issuer: config.oidc.issuer,
      clientId: config.oidc.clientId,
      clientSecret: config.oidc.clientSecret ?? '',
      redirectUri: config.oidc.redirectUri ?? new URL(VERIFICATION_CALLBACK_PATH, config.portalUrl).href,
      scope: config.oidc.scope,
      allowInsecureHttp,
    },
    minimumAssuranceLevel: config.minimumAssuranceLevel,
    minimumAge: config.minimumAge,
    validityMonths: config.validityMonths,
    attemptTtlSeconds: config.attemptTtlSeconds,
    keepNames: config.keepNames,
    emailFrom: config.emailFrom,
  };
}

export default {
  default: {},
  validator(config: unknown) {
    parseSettings(config);
  },
};

/**
 * The CMS's one reading of process.env, validated once at start-up.
 * A wrong value stops Strapi with a message that names the variable and what is expected,
 * instead of failing later in some unrelated place.
 */
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');
const secret = z.string().min(16, 'moet minstens 16 tekens lang zijn');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: port.default(1337),
    PUBLIC_URL: z.url().optional(),
    PORTAL_URL: z.url().default('http://127.0.0.1:3000'),
    IS_PROXIED: bool.default(false),
    COOKIE_SECURE: bool.optional(),

    APP_KEYS: z
      .string()
      .transform((value) =>
        value
          .split(',')
          .map((key) => key.trim())
          .filter(Boolean),
      )
      .pipe(z.array(secret).min(1)),
    API_TOKEN_SALT: secret,
    ADMIN_JWT_SECRET: secret,
    JWT_SECRET: secret,
    TRANSFER_TOKEN_SALT: secret,
    ENCRYPTION_KEY: secret,

    DATABASE_CLIENT: z.enum(['sqlite', 'postgres']).default('sqlite'),
    DATABASE_FILENAME: z.string().min(1).default('.tmp/data.db'),
    DATABASE_URL: z.string().optional(),
    DATABASE_HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_PORT: port.default(5432),
    DATABASE_NAME: z.string().min(1).default('denkmee'),
    DATABASE_USERNAME: z.string().min(1).default('postgres'),
    DATABASE_PASSWORD: z.string().default(''),
    DATABASE_SSL: bool.default(false),
    DATABASE_SCHEMA: z.string().min(1).default('public'),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).default(10),

    // Strapi's public folder (uploads land in its uploads/); outside the code tree in every real run.
    PUBLIC_DIR: z.string().min(1).default('./public'),

    SEED_DEMO_CONTENT: bool.default(false),
    // Admin log-in attempts per e-mail address and IP per 5 minutes (Strapi's default is 5). Test
    // runs, where many test files log in as the same admin, raise it; production keeps the default.
    ADMIN_LOGIN_RATE_LIMIT_MAX: z.coerce.number().int().min(1).default(5),
    DEV_ADMIN_EMAIL: z.email().default('admin@denkmee.local'),
    DEV_ADMIN_PASSWORD: z.string().min(8).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug']).default('info'),

    // Outgoing e-mail (account confirmation, password reset). Locally: the mail catcher (services/mail-catcher).
    SMTP_HOST: z.string().min(1).default('127.0.0.1'),
    SMTP_PORT: port.default(1025),
    /** true = TLS from the first byte (port 465); false = plain, upgraded with STARTTLS when offered. */
    SMTP_SECURE: bool.default(false),
    SMTP_USERNAME: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    SMTP_FROM: z.email().default('no-reply@denkmee.local'),
    SMTP_FROM_NAME: z.string().min(1).default('Denkmee'),
    SMTP_REPLY_TO: z.email().optional(),

    // e-ID verification (plugins/verification): the OpenID Connect provider (FAS, or the local stand-in).
    OIDC_ISSUER: z.url().default('http://127.0.0.1:4000'),
    OIDC_CLIENT_ID: z.string().min(1).default('denkmee-local'),
    OIDC_CLIENT_SECRET: z.string().min(16, 'moet minstens 16 tekens lang zijn').optional(),
    /** Defaults to PORTAL_URL + /account/verificatie/terug. */
    OIDC_REDIRECT_URI: z.url().optional(),
    OIDC_SCOPE: z.string().min(1).default('openid profile egovnrn'),
    /** Keys national numbers (never stored). Required in production; without it (and OIDC_CLIENT_SECRET) e-ID verification is off. */
    VERIFICATION_HMAC_SECRET: z.string().min(32, 'moet minstens 32 tekens lang zijn').optional(),
    VERIFICATION_MIN_ASSURANCE: z.string().min(1).default('Level450'),
    VERIFICATION_MIN_AGE: z.coerce.number().int().min(0).max(120).default(16),
    VERIFICATION_VALIDITY_MONTHS: z.coerce.number().int().min(1).max(120).default(60),
    VERIFICATION_ATTEMPT_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
    VERIFICATION_KEEP_NAMES: bool.default(false),
  })
  .refine((env) => env.NODE_ENV !== 'production' || env.DEV_ADMIN_PASSWORD === undefined, {
    message: 'DEV_ADMIN_PASSWORD mag niet gezet zijn in productie (NODE_ENV=production)',
    path: ['DEV_ADMIN_PASSWORD'],
  });

export type CmsEnv = z.infer<typeof schema>;

function readEnv(source: NodeJS.ProcessEnv): CmsEnv {
  // Empty strings in .env files mean "not set"; treat them so, so defaults apply.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(env)'}: ${issue.message}`);
    throw new Error(`Ongeldige configuratie voor het CMS:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

let cached: CmsEnv | undefined;

export function cmsEnv(): CmsEnv {
  cached ??= readEnv(process.env);
  return cached;
}

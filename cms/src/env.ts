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
      .transform((value) => value.split(',').map((key) => key.trim()).filter(Boolean))
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

    UPLOADS_DIR: z.string().optional(),

    SEED_DEMO_CONTENT: bool.default(false),
    DEV_ADMIN_EMAIL: z.email().default('admin@denkmee.local'),
    DEV_ADMIN_PASSWORD: z.string().min(8).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug']).default('info'),
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

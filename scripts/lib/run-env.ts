/**
 * The run command's configuration: ports, data folder and database, read once from the
 * environment and validated, so a wrong value stops with a message instead of a stack trace.
 */
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from './paths.ts';
import type { DatabaseSettings } from './services.ts';

const port = z.coerce.number().int().min(1).max(65535);

const schema = z.object({
  DENKMEE_DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.data')),
  HOST: z.string().min(1).default('127.0.0.1'),
  CMS_PORT: port.default(1337),
  PORTAL_PORT: port.default(3000),
  MEILI_PORT: port.default(7700),
  SMTP_PORT: port.default(1025),
  MAIL_WEB_PORT: port.default(1080),
  FAS_PORT: port.default(4000),
  PUBLIC_BASE_URL: z.url().optional(),
  DATABASE_CLIENT: z.enum(['sqlite', 'postgres']).default('sqlite'),
  DATABASE_HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_PORT: port.default(5432),
  DATABASE_NAME: z.string().min(1).default('denkmee'),
  DATABASE_USERNAME: z.string().min(1).default('postgres'),
  DATABASE_PASSWORD: z.string().default(''),
  SEED_DEMO_CONTENT: z.enum(['true', 'false']).default('true'),
});

export type RunEnv = z.infer<typeof schema> & { database: DatabaseSettings };

export function readRunEnv(source: NodeJS.ProcessEnv = process.env): RunEnv {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ongeldige configuratie:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const dataDir = path.resolve(env.DENKMEE_DATA_DIR);
  const database: DatabaseSettings =
    env.DATABASE_CLIENT === 'sqlite'
      ? { client: 'sqlite', filename: path.join(dataDir, 'cms.db') }
      : {
          client: 'postgres',
          host: env.DATABASE_HOST,
          port: env.DATABASE_PORT,
          name: env.DATABASE_NAME,
          user: env.DATABASE_USERNAME,
          password: env.DATABASE_PASSWORD,
        };
  return { ...env, DENKMEE_DATA_DIR: dataDir, database };
}

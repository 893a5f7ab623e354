/** The mail catcher's one reading of process.env, validated at start. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

const schema = z.object({
  MAIL_CATCHER_HOST: z.string().min(1).default('127.0.0.1'),
  MAIL_CATCHER_SMTP_PORT: port.default(1025),
  MAIL_CATCHER_HTTP_PORT: port.default(1080),
  /** Received mails are kept here as .eml and .json files (outside git: .data/ is ignored). */
  MAIL_CATCHER_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, '.data', 'mail')),
  /** Refuse mails above this size, in bytes. */
  MAIL_CATCHER_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(10 * 1024 * 1024),
});

export type MailCatcherConfig = z.infer<typeof schema>;

export function readConfig(source: NodeJS.ProcessEnv = process.env): MailCatcherConfig {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ongeldige configuratie voor de mailcatcher:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, MAIL_CATCHER_DIR: path.resolve(parsed.data.MAIL_CATCHER_DIR) };
}

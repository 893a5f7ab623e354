/**
 * Secrets for running on this machine: generated once, kept in the data folder (outside git),
 * reused on every start so sessions and uploads survive restarts. Production passes its own
 * secrets through the environment and never uses this file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface DevSecrets {
  APP_KEYS: string;
  API_TOKEN_SALT: string;
  ADMIN_JWT_SECRET: string;
  JWT_SECRET: string;
  TRANSFER_TOKEN_SALT: string;
  ENCRYPTION_KEY: string;
  DEV_ADMIN_PASSWORD: string;
}

const random = () => crypto.randomBytes(24).toString('base64url');

export function createSecrets(): DevSecrets {
  return {
    APP_KEYS: [random(), random()].join(','),
    API_TOKEN_SALT: random(),
    ADMIN_JWT_SECRET: random(),
    JWT_SECRET: random(),
    TRANSFER_TOKEN_SALT: random(),
    ENCRYPTION_KEY: random(),
    // Satisfies Strapi's admin password rule: upper, lower, digit, 8+ characters.
    DEV_ADMIN_PASSWORD: `Denkmee-${crypto.randomBytes(6).toString('hex')}A1`,
  };
}

export function loadOrCreateSecrets(dataDir: string): DevSecrets {
  const file = path.join(dataDir, 'secrets.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as DevSecrets;
  const secrets = createSecrets();
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** The portal's session-cookie key for local runs, kept beside the other local secrets. */
export function loadOrCreatePortalSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, 'portal-session-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

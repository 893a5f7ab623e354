/**
 * The identity side of a local run: the mail catcher (SMTP + inbox) and the FAS stand-in (OpenID
 * Connect provider with test personas), plus the environment Strapi needs to use them. Used by the
 * run command, the integration-test setup and the end-to-end setup alike.
 *
 *   const identity = await startIdentityServices({ host, portalUrl, dataDir, ports, logDir, secrets });
 *   startCms({ ..., extraEnv: { ...identity.cmsEnv } });
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { VERIFICATION_CALLBACK_PATH } from '../../plugins/verification/shared/contracts.ts';
import { binDir, servicesDir } from './paths.ts';
import { startProcess, waitForHttp, type ManagedProcess } from './processes.ts';

export interface IdentitySecrets {
  /** Keys national numbers into verification keys; changing it makes every verification unrecognisable. */
  VERIFICATION_HMAC_SECRET: string;
  /** Shared between Strapi (relying party) and the FAS stand-in (provider). */
  OIDC_CLIENT_SECRET: string;
}

export function createIdentitySecrets(): IdentitySecrets {
  return {
    VERIFICATION_HMAC_SECRET: crypto.randomBytes(32).toString('base64url'),
    OIDC_CLIENT_SECRET: crypto.randomBytes(32).toString('base64url'),
  };
}

/** Kept beside the other local secrets (outside git), reused on every start so verifications stay valid. */
export function loadOrCreateIdentitySecrets(dataDir: string): IdentitySecrets {
  const file = path.join(dataDir, 'identity-secrets.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as IdentitySecrets;
  const secrets = createIdentitySecrets();
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

const tsx = () => path.join(binDir, 'tsx');

export interface MailCatcher {
  process: ManagedProcess;
  smtpHost: string;
  smtpPort: number;
  /** The inbox (web view) and JSON API. */
  webUrl: string;
}

export async function startMailCatcher(options: {
  host: string;
  smtpPort: number;
  webPort: number;
  /** Where received mails are kept. */
  mailDir: string;
  logFile?: string;
}): Promise<MailCatcher> {
  const cwd = path.join(servicesDir, 'mail-catcher');
  const proc = startProcess({
    name: 'mailcatcher',
    command: tsx(),
    args: ['src/server.ts'],
    cwd,
    logFile: options.logFile,
    env: {
      MAIL_CATCHER_HOST: options.host,
      MAIL_CATCHER_SMTP_PORT: String(options.smtpPort),
      MAIL_CATCHER_HTTP_PORT: String(options.webPort),
      MAIL_CATCHER_DIR: options.mailDir,
    },
  });
  const webUrl = `http://${options.host}:${options.webPort}`;
  await waitForHttp(`${webUrl}/health`, proc, 30_000);
  return { process: proc, smtpHost: options.host, smtpPort: options.smtpPort, webUrl };
}

export interface FasStandin {
  process: ManagedProcess;
  issuer: string;
  clientId: string;
  redirectUris: string[];
}

export async function startFasStandin(options: {
  host: string;
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  logFile?: string;
}): Promise<FasStandin> {
  const issuer = `http://${options.host}:${options.port}`;
  const proc = startProcess({
    name: 'fas-standin',
    command: tsx(),
    args: ['src/server.ts'],
    cwd: path.join(servicesDir, 'fas-standin'),
    logFile: options.logFile,
    env: {
      FAS_ISSUER: issuer,
      FAS_HOST: options.host,
      FAS_PORT: String(options.port),
      FAS_CLIENT_ID: options.clientId,
      FAS_CLIENT_SECRET: options.clientSecret,
      FAS_REDIRECT_URIS: options.redirectUris.join(','),
    },
  });
  await waitForHttp(`${issuer}/.well-known/openid-configuration`, proc, 30_000);
  return { process: proc, issuer, clientId: options.clientId, redirectUris: options.redirectUris };
}

export interface IdentityServices {
  mailCatcher: MailCatcher;
  fas: FasStandin;
  /** The OIDC redirect URI: the portal's callback page. */
  redirectUri: string;
  /** Pass to startCms({ extraEnv }) so Strapi mails through the catcher and verifies against the stand-in. */
  cmsEnv: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export async function startIdentityServices(options: {
  host: string;
  /** The portal's public URL; the verification callback page lives there. */
  portalUrl: string;
  mailDir: string;
  secrets: IdentitySecrets;
  ports: { smtp: number; mailWeb: number; fas: number };
  /** Folder for mailcatcher.log and fas-standin.log; undefined = the terminal. */
  logDir?: string;
  clientId?: string;
}): Promise<IdentityServices> {
  const clientId = options.clientId ?? 'denkmee-local';
  const redirectUri = new URL(VERIFICATION_CALLBACK_PATH, options.portalUrl).href;
  const log = (name: string) => (options.logDir ? path.join(options.logDir, name) : undefined);

  const mailCatcher = await startMailCatcher({
    host: options.host,
    smtpPort: options.ports.smtp,
    webPort: options.ports.mailWeb,
    mailDir: options.mailDir,
    logFile: log('mailcatcher.log'),
  });
  let fas: FasStandin;
  try {
    fas = await startFasStandin({
      host: options.host,
      port: options.ports.fas,
      clientId,
      clientSecret: options.secrets.OIDC_CLIENT_SECRET,
      redirectUris: [redirectUri],
      logFile: log('fas-standin.log'),
    });
  } catch (error) {
    await mailCatcher.process.stop();
    throw error;
  }

  return {
    mailCatcher,
    fas,
    redirectUri,
    cmsEnv: {
      SMTP_HOST: mailCatcher.smtpHost,
      SMTP_PORT: String(mailCatcher.smtpPort),
      SMTP_SECURE: 'false',
      OIDC_ISSUER: fas.issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: options.secrets.OIDC_CLIENT_SECRET,
      OIDC_REDIRECT_URI: redirectUri,
      VERIFICATION_HMAC_SECRET: options.secrets.VERIFICATION_HMAC_SECRET,
    },
    async stop() {
      await Promise.all([fas.process.stop(), mailCatcher.process.stop()]);
    },
  };
}

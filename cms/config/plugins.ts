import { cmsEnv } from '../src/env';
import { localPluginConfig } from '../src/local-plugins';

export default () => {
  const env = cmsEnv();
  return {
    i18n: { enabled: true },
    'users-permissions': {
      config: {
        jwtManagement: 'refresh',
        sessions: {
          httpOnly: true,
          // Secure cookies need TLS; locally the portal talks plain HTTP on 127.0.0.1 (stack.md trap 2).
          cookie: { secure: env.COOKIE_SECURE ?? env.IS_PROXIED },
        },
      },
    },
    upload: {
      config: {
        sizeLimit: 20 * 1024 * 1024,
        security: {
          allowedTypes: [
            'image/*',
            'application/pdf',
            'text/plain',
            'text/csv',
            'application/vnd.openxmlformats-officedocument.*',
          ],
          deniedTypes: ['image/svg+xml', 'application/x-msdownload', 'application/x-sh', 'application/x-executable'],
        },
      },
    },
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host: env.SMTP_HOST,
          port: env.SMTP_PORT,
          secure: env.SMTP_SECURE,
          ...(env.SMTP_USERNAME ? { auth: { user: env.SMTP_USERNAME, pass: env.SMTP_PASSWORD } } : {}),
        },
        settings: {
          defaultFrom: `"${env.SMTP_FROM_NAME}" <${env.SMTP_FROM}>`,
          defaultReplyTo: env.SMTP_REPLY_TO ?? env.SMTP_FROM,
        },
      },
    },
    ...withLocalPluginSettings(localPluginConfig(), {
      // Validated by the plugin itself (plugins/verification/server/src/config); in production a missing secret stops start-up.
      verification: {
        required: env.NODE_ENV === 'production',
        hmacSecret: env.VERIFICATION_HMAC_SECRET,
        portalUrl: env.PORTAL_URL,
        oidc: {
          issuer: env.OIDC_ISSUER,
          clientId: env.OIDC_CLIENT_ID,
          clientSecret: env.OIDC_CLIENT_SECRET,
          redirectUri: env.OIDC_REDIRECT_URI,
          scope: env.OIDC_SCOPE,
        },
        minimumAssuranceLevel: env.VERIFICATION_MIN_ASSURANCE,
        minimumAge: env.VERIFICATION_MIN_AGE,
        validityMonths: env.VERIFICATION_VALIDITY_MONTHS,
        attemptTtlSeconds: env.VERIFICATION_ATTEMPT_TTL_SECONDS,
        keepNames: env.VERIFICATION_KEEP_NAMES,
        emailFrom: { name: env.SMTP_FROM_NAME, email: env.SMTP_FROM },
      },
    }),
  };
};

/** Adds each local plugin's `config` to its entry, for the plugins that are registered. */
function withLocalPluginSettings(
  plugins: Record<string, { enabled: true; resolve: string }>,
  settings: Record<string, Record<string, unknown>>,
): Record<string, { enabled: true; resolve: string; config?: Record<string, unknown> }> {
  return Object.fromEntries(
    Object.entries(plugins).map(([name, entry]) => [
      name,
      settings[name] ? { ...entry, config: settings[name] } : entry,
    ]),
  );
}

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
          allowedTypes: ['image/*', 'application/pdf', 'text/plain', 'text/csv', 'application/vnd.openxmlformats-officedocument.*'],
          deniedTypes: ['image/svg+xml', 'application/x-msdownload', 'application/x-sh', 'application/x-executable'],
        },
      },
    },
    ...localPluginConfig(),
  };
};

import { cmsEnv } from '../src/env';

export default () => {
  const env = cmsEnv();
  return {
    host: env.HOST,
    port: env.PORT,
    url: env.PUBLIC_URL ?? '',
    proxy: { koa: env.IS_PROXIED },
    app: { keys: env.APP_KEYS },
    dirs: { public: env.PUBLIC_DIR },
    webhooks: { populateRelations: false },
    logger: { updates: { enabled: false }, startup: { enabled: false } },
  };
};

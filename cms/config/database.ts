import path from 'node:path';
import { cmsEnv } from '../src/env';

export default () => {
  const env = cmsEnv();
  if (env.DATABASE_CLIENT === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: env.DATABASE_URL
          ? { connectionString: env.DATABASE_URL, ssl: env.DATABASE_SSL ? { rejectUnauthorized: true } : false }
          : {
              host: env.DATABASE_HOST,
              port: env.DATABASE_PORT,
              database: env.DATABASE_NAME,
              user: env.DATABASE_USERNAME,
              password: env.DATABASE_PASSWORD,
              ssl: env.DATABASE_SSL ? { rejectUnauthorized: true } : false,
              schema: env.DATABASE_SCHEMA,
            },
        pool: { min: 0, max: env.DATABASE_POOL_MAX },
        acquireConnectionTimeout: 60_000,
      },
    };
  }
  // Relative filenames are resolved from the cms folder, absolute ones (the run command's data folder) kept.
  const filename = path.isAbsolute(env.DATABASE_FILENAME)
    ? env.DATABASE_FILENAME
    : path.join(__dirname, '..', '..', env.DATABASE_FILENAME);
  return {
    connection: {
      client: 'sqlite',
      connection: { filename },
      useNullAsDefault: true,
      acquireConnectionTimeout: 60_000,
    },
  };
};

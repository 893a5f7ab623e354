/**
 * A fresh PostgreSQL database per test run on the local server (TEST_POSTGRES_* or the defaults of
 * this machine: 127.0.0.1:5432, user postgres), dropped afterwards.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import type { DatabaseSettings } from '../../scripts/lib/services.ts';

export interface ThrowawayDatabase {
  settings: Extract<DatabaseSettings, { client: 'postgres' }>;
  drop(): Promise<void>;
}

function adminConfig() {
  return {
    host: process.env.TEST_POSTGRES_HOST ?? '127.0.0.1',
    port: Number(process.env.TEST_POSTGRES_PORT ?? 5432),
    user: process.env.TEST_POSTGRES_USER ?? 'postgres',
    password: process.env.TEST_POSTGRES_PASSWORD ?? '',
    database: 'postgres',
  };
}

export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ ...adminConfig(), connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function createThrowawayPostgres(): Promise<ThrowawayDatabase> {
  const config = adminConfig();
  const name = `denkmee_test_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`;
  const admin = new pg.Client(config);
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  return {
    settings: {
      client: 'postgres',
      host: config.host,
      port: config.port,
      name,
      user: config.user,
      password: config.password,
    },
    async drop() {
      const client = new pg.Client(config);
      await client.connect();
      await client.query(`drop database if exists "${name}" with (force)`);
      await client.end();
    },
  };
}

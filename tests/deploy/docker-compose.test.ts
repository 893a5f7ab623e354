/**
 * docker-compose.yml cannot be run on the development machines (no Docker engine), so its promises
 * are checked here: the four production services with health checks and named volumes, secrets only
 * from the environment, start-up order, and — through the apps' own validated env modules — that
 * every variable the CMS and the portal require reaches them.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { parsePortalEnv } from '../../portal/src/lib/server/env.ts';
import {
  interpolate,
  MissingVariableError,
  parseCompose,
  parseDockerfile,
  parseEnvFile,
  readRepoFile,
  repoRoot,
  serviceEnvironment,
  stageEnv,
  variableReferences,
  type ComposeFile,
  type ComposeService,
} from './deploy-files.ts';

const composeText = readRepoFile('docker-compose.yml');
const exampleText = readRepoFile('config/env/production.env.example');
const compose: ComposeFile = parseCompose(composeText);
const example = parseEnvFile(exampleText);

function service(name: string): ComposeService {
  const found = compose.services[name];
  if (!found) throw new Error(`service ${name} ontbreekt in docker-compose.yml`);
  return found;
}

const requiredVariables = new Set(
  variableReferences(composeText)
    .filter((ref) => ref.required)
    .map((ref) => ref.name),
);

/** The example file with every required value filled in, as a deployer would; optional ones stay empty. */
function filledInDeployment(): Record<string, string> {
  const deployment: Record<string, string> = {};
  const random = () => crypto.randomBytes(24).toString('base64url');
  for (const [name, value] of example) {
    if (value !== '' || !requiredVariables.has(name)) deployment[name] = value;
    else if (name === 'PORTAL_PUBLIC_URL') deployment[name] = 'https://participatie.example.be';
    else if (name.endsWith('_URL') || name.endsWith('_ISSUER'))
      deployment[name] = `https://${name.toLowerCase().replaceAll('_', '-')}.example.be`;
    else if (name === 'SMTP_FROM') deployment[name] = 'participatie@example.be';
    else if (name === 'SMTP_HOST') deployment[name] = 'smtp.example.be';
    else if (name === 'APP_KEYS') deployment[name] = `${random()},${random()}`;
    else deployment[name] = random();
  }
  return deployment;
}

/** What the container's process sees: the image's ENV, overridden by compose's environment. */
function containerEnv(
  dockerfile: string,
  serviceName: string,
  deployment: Record<string, string>,
): Record<string, string> {
  const stages = parseDockerfile(readRepoFile(dockerfile));
  const runtime = stages.at(-1);
  if (!runtime) throw new Error(`${dockerfile} heeft geen stage`);
  return { ...stageEnv(runtime), ...serviceEnvironment(service(serviceName), deployment) };
}

describe('docker-compose.yml: services', () => {
  it('runs exactly PostgreSQL, Meilisearch, the CMS and the portal (no development stand-ins)', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['cms', 'meilisearch', 'portal', 'postgres']);
    for (const [name, definition] of Object.entries(compose.services)) {
      expect(definition.profiles ?? [], name).toEqual([]);
      expect(definition.build?.dockerfile ?? '', name).not.toMatch(/^services\//);
    }
  });

  it('uses the Meilisearch server version the search plugin is tested with, and a pinned PostgreSQL', () => {
    expect(service('meilisearch').image).toBe('getmeili/meilisearch:v1.21');
    expect(service('postgres').image).toMatch(/^postgres:\d+(-alpine)?$/);
  });

  it('builds the CMS and the portal from their Dockerfiles with the repository root as context', () => {
    expect(service('cms').build).toEqual({ context: '.', dockerfile: 'cms/Dockerfile' });
    expect(service('portal').build).toEqual({ context: '.', dockerfile: 'portal/Dockerfile' });
  });

  it('gives every service a health check that is not disabled', () => {
    for (const [name, definition] of Object.entries(compose.services)) {
      expect(definition.healthcheck, name).toBeDefined();
      expect(definition.healthcheck?.disable ?? false, name).toBe(false);
      const test = [definition.healthcheck?.test ?? []].flat();
      expect(['CMD', 'CMD-SHELL'], name).toContain(test[0]);
      expect(test.length, name).toBeGreaterThan(1);
    }
  });

  it('checks the health endpoints the apps serve, on the ports their images listen on', () => {
    const cmsCheck = [service('cms').healthcheck?.test ?? []].flat().join(' ');
    const portalCheck = [service('portal').healthcheck?.test ?? []].flat().join(' ');
    expect(cmsCheck).toContain('http://127.0.0.1:1337/_health');
    expect(portalCheck).toContain('http://127.0.0.1:3000/healthz');
    expect(containerEnv('cms/Dockerfile', 'cms', filledInDeployment()).PORT).toBe('1337');
    expect(containerEnv('portal/Dockerfile', 'portal', filledInDeployment()).PORT).toBe('3000');
    expect([service('meilisearch').healthcheck?.test ?? []].flat().join(' ')).toContain('http://127.0.0.1:7700/health');
    expect([service('postgres').healthcheck?.test ?? []].flat().join(' ')).toContain('pg_isready');
  });

  it('keeps data in named volumes: database, search index and uploads survive new containers', () => {
    const mounts: Record<string, string> = {
      postgres: '/var/lib/postgresql/data',
      meilisearch: '/meili_data',
      cms: '/app/cms/public/uploads',
    };
    for (const [name, target] of Object.entries(mounts)) {
      const volume = service(name)
        .volumes.map((entry) => entry.split(':'))
        .find(([, mountedAt]) => mountedAt === target);
      expect(volume, `${name} ${target}`).toBeDefined();
      const [source = ''] = volume ?? [];
      expect(source, `${name}: een benoemd volume, geen map van de host`).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(Object.keys(compose.volumes)).toContain(source);
    }
  });

  it('starts each service only after what it needs is healthy', () => {
    expect(service('cms').depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      meilisearch: { condition: 'service_healthy' },
    });
    expect(service('portal').depends_on.cms).toEqual({ condition: 'service_healthy' });
    expect(service('portal').depends_on.meilisearch).toEqual({ condition: 'service_healthy' });
  });

  it('publishes only the CMS and the portal, by default on 127.0.0.1 for the reverse proxy', () => {
    expect(service('postgres').ports).toEqual([]);
    expect(service('meilisearch').ports).toEqual([]);
    const defaults = filledInDeployment();
    expect(service('cms').ports.map((port) => interpolate(port, defaults))).toEqual(['127.0.0.1:1337:1337']);
    expect(service('portal').ports.map((port) => interpolate(port, defaults))).toEqual(['127.0.0.1:3000:3000']);
  });

  it('keeps the databases on an internal network', () => {
    expect(compose.networks.backend?.internal).toBe(true);
    expect(service('postgres').networks).toEqual(['backend']);
    expect(service('meilisearch').networks).toEqual(['backend']);
  });

  it('runs the apps with an init process, so a stop signal reaches Node', () => {
    expect(service('cms').init).toBe(true);
    expect(service('portal').init).toBe(true);
  });
});

describe('docker-compose.yml: configuration and secrets', () => {
  const secretName = /PASSWORD|SECRET|SALT|KEYS?$|TOKEN/;

  it('has no literal secret: every one comes from the environment, required unless optional by nature', () => {
    const secrets = Object.entries(compose.services).flatMap(([name, definition]) =>
      Object.entries(definition.environment)
        .filter(([key]) => secretName.test(key))
        .map(([key, value]) => ({ where: `${name}.${key}`, value })),
    );
    expect(secrets.length).toBeGreaterThanOrEqual(10);
    for (const { where, value } of secrets) {
      // Exactly one reference and nothing around it: no literal part, no default secret.
      expect(value, where).toMatch(/^\$\{[A-Z_][A-Z0-9_]*(:\?[^}]+|:-)\}$/);
    }
    const optional = secrets.filter(({ value }) => value.endsWith(':-}')).map(({ where }) => where);
    // A relay may accept the server without a login; published content needs no token.
    expect(optional).toEqual(['cms.SMTP_PASSWORD', 'portal.CMS_API_TOKEN']);
  });

  it('stops with a message naming each required variable when it is empty', () => {
    const required = [...requiredVariables];
    expect(required).toEqual(
      expect.arrayContaining([
        'POSTGRES_PASSWORD',
        'MEILI_MASTER_KEY',
        'MEILI_SEARCH_KEY',
        'APP_KEYS',
        'JWT_SECRET',
        'SMTP_HOST',
        'OIDC_CLIENT_SECRET',
        'VERIFICATION_HMAC_SECRET',
      ]),
    );
    for (const name of required) {
      const deployment = { ...filledInDeployment(), [name]: '' };
      const failures = Object.values(compose.services).flatMap((definition) => {
        try {
          serviceEnvironment(definition, deployment);
          return [];
        } catch (error) {
          return error instanceof MissingVariableError ? [error.message] : [];
        }
      });
      expect(failures.length, name).toBeGreaterThan(0);
      for (const message of failures) expect(message).toMatch(new RegExp(`^${name}: .*${name}`));
    }
  });

  it('documents every variable it reads in config/env/production.env.example, and nothing stale', () => {
    const referenced = new Set(variableReferences(composeText).map((ref) => ref.name));
    expect([...referenced].sort()).toEqual([...example.keys()].sort());
  });

  it('leaves every required value empty in the example, so no secret is ever committed', () => {
    for (const ref of variableReferences(composeText).filter((entry) => entry.required)) {
      expect(example.get(ref.name), ref.name).toBe('');
    }
    for (const [name, value] of example) {
      if (secretName.test(name)) expect(value, name).toBe('');
    }
  });

  it('defaults match between the example and the compose fallbacks', () => {
    for (const ref of variableReferences(composeText)) {
      if (ref.fallback !== undefined) expect(example.get(ref.name), ref.name).toBe(ref.fallback);
    }
  });

  it('runs the CMS on PostgreSQL behind a TLS proxy, without demo content by default', () => {
    const env = containerEnv('cms/Dockerfile', 'cms', filledInDeployment());
    expect(env.DATABASE_CLIENT).toBe('postgres');
    expect(env.DATABASE_HOST).toBe('postgres');
    expect(env.IS_PROXIED).toBe('true');
    expect(env.NODE_ENV).toBe('production');
    expect(env.SEED_DEMO_CONTENT).toBe('false');
    expect(env).not.toHaveProperty('DEV_ADMIN_PASSWORD');
  });

  it('connects each app to its neighbours by service name and internal port', () => {
    const deployment = filledInDeployment();
    const cms = containerEnv('cms/Dockerfile', 'cms', deployment);
    const portal = containerEnv('portal/Dockerfile', 'portal', deployment);
    expect(portal.CMS_URL).toBe('http://cms:1337');
    expect(portal.MEILI_URL).toBe('http://meilisearch:7700');
    expect(cms.MEILI_URL).toBe('http://meilisearch:7700');
    expect(cms.DATABASE_PASSWORD).toBe(deployment.POSTGRES_PASSWORD);
    expect(cms.DATABASE_NAME).toBe(interpolate(service('postgres').environment.POSTGRES_DB ?? '', deployment));
    expect(cms.MEILI_MASTER_KEY).toBe(
      interpolate(service('meilisearch').environment.MEILI_MASTER_KEY ?? '', deployment),
    );
    expect(portal).not.toHaveProperty('MEILI_MASTER_KEY');
    expect(portal.ORIGIN).toBe(deployment.PORTAL_PUBLIC_URL);
    expect(cms.PORTAL_URL).toBe(deployment.PORTAL_PUBLIC_URL);
  });
});

describe('docker-compose.yml: the apps accept the environment it gives them', () => {
  /**
   * cms/src/env.ts reads process.env once and caches it: each call gets a fresh copy of the module
   * and exactly the container's environment, nothing from the shell running the tests.
   */
  async function readCmsEnv(env: Record<string, string>): Promise<unknown> {
    const saved = process.env;
    process.env = { ...env };
    try {
      vi.resetModules();
      const module = await import('../../cms/src/env.ts');
      return module.cmsEnv();
    } finally {
      process.env = saved;
    }
  }

  it('satisfies the CMS env schema (cms/src/env.ts) in production mode', async () => {
    const deployment = filledInDeployment();
    await expect(readCmsEnv(containerEnv('cms/Dockerfile', 'cms', deployment))).resolves.toMatchObject({
      NODE_ENV: 'production',
      DATABASE_CLIENT: 'postgres',
      IS_PROXIED: true,
      PORT: 1337,
      HOST: '0.0.0.0',
      // Production must not fall back to the development defaults (mail catcher, FAS stand-in).
      SMTP_HOST: deployment.SMTP_HOST,
      SMTP_FROM: deployment.SMTP_FROM,
      OIDC_ISSUER: deployment.OIDC_ISSUER,
      OIDC_CLIENT_SECRET: deployment.OIDC_CLIENT_SECRET,
      VERIFICATION_HMAC_SECRET: deployment.VERIFICATION_HMAC_SECRET,
    });
  });

  it('would be refused by the CMS without the secrets compose passes (the check above is not vacuous)', async () => {
    const env = containerEnv('cms/Dockerfile', 'cms', filledInDeployment());
    delete env.APP_KEYS;
    await expect(readCmsEnv(env)).rejects.toThrow(/APP_KEYS/);
  });

  it('satisfies the portal env schema (portal/src/lib/server/env.ts)', () => {
    const deployment = filledInDeployment();
    const env = containerEnv('portal/Dockerfile', 'portal', deployment);
    // In the image the portal runs from /app/portal, /app holding what the repository root holds.
    const parsed = parsePortalEnv(env, path.join(repoRoot, 'portal'));
    expect(parsed.CMS_URL).toBe('http://cms:1337');
    expect(parsed.PUBLIC_BASE_URL).toBe(deployment.PORTAL_PUBLIC_URL);
    expect(parsed.CMS_API_TOKEN).toBeUndefined();
    expect(parsed.MEILI_URL).toBe('http://meilisearch:7700');
    expect(parsed.MEILI_SEARCH_KEY).toBe(deployment.MEILI_SEARCH_KEY);
    expect(parsed.cityConfigFile).toBe(path.join(repoRoot, 'config', 'city.lokeren.json'));
  });
});

describe('docker-compose.proxy.yml (optional Caddy in front)', () => {
  const proxyText = readRepoFile('docker-compose.proxy.yml');
  const proxy = parseYaml(proxyText) as {
    services: Record<
      string,
      {
        image?: string;
        ports?: string[];
        healthcheck?: { test: string[] };
        depends_on?: Record<string, { condition: string }>;
      }
    >;
    configs: Record<string, { content: string }>;
  };

  it('adds only the proxy, with a health check, publishing HTTP and HTTPS', () => {
    expect(Object.keys(proxy.services)).toEqual(['proxy']);
    expect(proxy.services.proxy?.image).toMatch(/^caddy:2/);
    expect(proxy.services.proxy?.healthcheck?.test[0]).toBe('CMD');
    expect(proxy.services.proxy?.ports).toEqual(expect.arrayContaining(['80:80', '443:443']));
    expect(proxy.services.proxy?.depends_on).toEqual({
      cms: { condition: 'service_healthy' },
      portal: { condition: 'service_healthy' },
    });
  });

  it('proxies each public address to the service and port docker-compose.yml runs it on', () => {
    const deployment = filledInDeployment();
    const caddyfile = interpolate(proxy.configs.caddyfile?.content ?? '', deployment);
    expect(caddyfile).toContain(
      `${deployment.PORTAL_PUBLIC_URL} {\n  encode zstd gzip\n  reverse_proxy portal:3000\n}`,
    );
    expect(caddyfile).toContain(`${deployment.CMS_PUBLIC_URL} {\n  encode zstd gzip\n  reverse_proxy cms:1337\n}`);
    expect(service('portal').ports.map((port) => port.split(':').at(-1))).toEqual(['3000']);
    expect(service('cms').ports.map((port) => port.split(':').at(-1))).toEqual(['1337']);
  });

  it('reads only variables the env example documents', () => {
    for (const ref of variableReferences(proxyText)) expect([...example.keys()], ref.name).toContain(ref.name);
  });
});

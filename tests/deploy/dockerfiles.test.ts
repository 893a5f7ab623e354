/**
 * The production images cannot be built on the development machines (no Docker engine): their
 * rules are checked on the Dockerfiles themselves. Node 20 everywhere, a non-root runtime with a
 * health check, local plugins built before `strapi build` (stack.md trap 1), dependencies from the
 * lockfile, and a runtime stage that copies built output rather than the build stage's whole tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDockerfile, readRepoFile, repoRoot, stageEnv, type Instruction, type Stage } from './deploy-files.ts';

const images = {
  cms: { dockerfile: 'cms/Dockerfile', health: '/_health', port: '1337' },
  portal: { dockerfile: 'portal/Dockerfile', health: '/healthz', port: '3000' },
} as const;

function stagesOf(dockerfile: string): Stage[] {
  return parseDockerfile(readRepoFile(dockerfile));
}

function runtimeStage(dockerfile: string): Stage {
  const last = stagesOf(dockerfile).at(-1);
  if (!last) throw new Error(`${dockerfile} heeft geen stage`);
  return last;
}

function stageNamed(dockerfile: string, name: string): Stage {
  const found = stagesOf(dockerfile).find((stage) => stage.name === name);
  if (!found) throw new Error(`${dockerfile} heeft geen stage ${name}`);
  return found;
}

const runs = (stage: Stage): Instruction[] => stage.instructions.filter((entry) => entry.keyword === 'RUN');

describe.each(Object.entries(images))('%s image', (_name, image) => {
  it('exists beside the app it builds', () => {
    expect(fs.existsSync(path.join(repoRoot, image.dockerfile))).toBe(true);
  });

  it('starts every stage from Node 20 (or from an earlier stage of its own)', () => {
    const stages = stagesOf(image.dockerfile);
    expect(stages.length).toBeGreaterThanOrEqual(3);
    const names = new Set<string>();
    for (const stage of stages) {
      if (!names.has(stage.from)) expect(stage.from).toMatch(/^node:20(\.\d+)*(-[a-z0-9.-]+)?$/);
      if (stage.name) names.add(stage.name);
    }
  });

  it('installs dependencies from the lockfile only (npm ci, never npm install)', () => {
    const commands = stagesOf(image.dockerfile)
      .flatMap(runs)
      .map((entry) => entry.args);
    expect(commands.some((command) => /\bnpm ci\b/.test(command))).toBe(true);
    for (const command of commands) expect(command).not.toMatch(/\bnpm (install|i|add)\b/);
  });

  it('copies every workspace manifest before npm ci, as the lockfile names them all', () => {
    const workspaces = (JSON.parse(readRepoFile('package.json')) as { workspaces: string[] }).workspaces;
    const manifests = runs(stageNamed(image.dockerfile, 'manifests'))
      .map((entry) => entry.args)
      .join(' ');
    for (const workspace of workspaces) expect(manifests).toContain(`${workspace}/package.json`);
    expect(manifests).toContain('package-lock.json');
  });

  it('runs in production mode as an unprivileged user', () => {
    const runtime = runtimeStage(image.dockerfile);
    expect(stageEnv(runtime).NODE_ENV).toBe('production');
    const users = runtime.instructions.filter((entry) => entry.keyword === 'USER').map((entry) => entry.args);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
    const keywords = runtime.instructions.map((entry) => entry.keyword);
    expect(keywords.lastIndexOf('USER')).toBeLessThan(keywords.lastIndexOf('CMD'));
    // Nothing after USER may need root.
    expect(keywords.slice(keywords.lastIndexOf('USER')).filter((keyword) => keyword === 'RUN')).toEqual([]);
  });

  it('declares a health check on the app’s own health endpoint and port', () => {
    const runtime = runtimeStage(image.dockerfile);
    const healthchecks = runtime.instructions.filter((entry) => entry.keyword === 'HEALTHCHECK');
    expect(healthchecks).toHaveLength(1);
    expect(healthchecks[0]?.args).toContain(image.health);
    expect(healthchecks[0]?.args).toMatch(/\bCMD\b/);
    expect(stageEnv(runtime).PORT).toBe(image.port);
    expect(runtime.instructions.find((entry) => entry.keyword === 'EXPOSE')?.args).toBe(image.port);
  });

  it('copies only built output and production dependencies into the runtime image', () => {
    const runtime = runtimeStage(image.dockerfile);
    const copies = runtime.instructions.filter((entry) => entry.keyword === 'COPY' || entry.keyword === 'ADD');
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      expect(copy.keyword).toBe('COPY');
      // From an earlier stage, never straight from the build context (sources, tests, tooling).
      expect(copy.args).toMatch(/^--from=[a-z-]+ /);
      // The build stage's whole tree holds devDependencies and sources; only named outputs leave it.
      expect(copy.args).not.toMatch(/^--from=build (\/app)?\/? /);
    }
    const fromDependencies = copies.filter((copy) => copy.args.startsWith('--from=production-dependencies '));
    expect(fromDependencies).toHaveLength(1);
    const dependencyInstall = runs(stageNamed(image.dockerfile, 'production-dependencies'))
      .map((entry) => entry.args)
      .join(' ');
    expect(dependencyInstall).toMatch(/npm ci .*--omit=dev/);
  });
});

describe('cms image', () => {
  const build = stageNamed('cms/Dockerfile', 'build');
  const commands = runs(build).map((entry) => entry.args);

  it('builds the local plugins before `strapi build` (stack.md trap 1)', () => {
    const pluginBuild = commands.findIndex((command) => /npm run build --workspace plugins\b/.test(command));
    const strapiBuild = commands.findIndex((command) => /npm run build --workspace cms\b|strapi build/.test(command));
    expect(pluginBuild).toBeGreaterThanOrEqual(0);
    expect(strapiBuild).toBeGreaterThan(pluginBuild);
  });

  it('builds every plugin the way scripts/lib/build.ts does, through its own build script', () => {
    const pluginsDir = path.join(repoRoot, 'plugins');
    const plugins = fs
      .readdirSync(pluginsDir)
      .filter((name) => fs.existsSync(path.join(pluginsDir, name, 'package.json')));
    expect(plugins.length).toBeGreaterThan(0);
    for (const plugin of plugins) {
      const manifest = JSON.parse(readRepoFile(`plugins/${plugin}/package.json`)) as {
        scripts?: Record<string, string>;
      };
      expect(manifest.scripts?.build, plugin).toBe('tsc -p tsconfig.build.json');
    }
  });

  it('builds Strapi in production mode with placeholders, never with real secrets', () => {
    const strapiBuild = commands.find((command) => /npm run build --workspace cms\b/.test(command)) ?? '';
    expect(strapiBuild).toContain('NODE_ENV=production');
    for (const name of [
      'APP_KEYS',
      'API_TOKEN_SALT',
      'ADMIN_JWT_SECRET',
      'JWT_SECRET',
      'TRANSFER_TOKEN_SALT',
      'ENCRYPTION_KEY',
    ]) {
      expect(strapiBuild).toContain(`${name}=$placeholder`);
    }
    expect(strapiBuild).toContain('placeholder=build-time-placeholder-not-a-secret');
    const everything = readRepoFile('cms/Dockerfile');
    expect(everything).not.toMatch(/^\s*(ARG|ENV)\s+\S*(SECRET|SALT|KEYS?|PASSWORD|TOKEN)\b/m);
  });

  it('ships what `strapi start` needs: compiled dist, tsconfig.json, public, migrations, seed assets and each plugin’s dist', () => {
    const release = commands.find((command) => command.includes('/release')) ?? '';
    for (const needed of [
      'cms/dist',
      'cms/public',
      'cms/database',
      'cms/seed',
      'cms/package.json',
      'cms/tsconfig.json',
    ]) {
      expect(release).toContain(needed);
    }
    expect(release).toMatch(/for manifest in plugins\/\*\/package\.json; do .*"\$plugin\/dist"/);
    expect(release).not.toMatch(/cms\/src\b|cms\/config\b/);
  });

  it('starts Strapi from the CMS folder with a writable uploads folder', () => {
    const runtime = runtimeStage('cms/Dockerfile');
    const workdirs = runtime.instructions.filter((entry) => entry.keyword === 'WORKDIR').map((entry) => entry.args);
    expect(workdirs.at(-1)).toBe('/app/cms');
    expect(
      runs(runtime)
        .map((entry) => entry.args)
        .join(' '),
    ).toMatch(/chown node:node cms\/public\/uploads/);
    expect(runtime.instructions.find((entry) => entry.keyword === 'CMD')?.args).toMatch(/strapi", "start"/);
  });
});

describe('portal image', () => {
  it('builds with the portal’s own vite and runs the adapter-node output', () => {
    const build = runs(stageNamed('portal/Dockerfile', 'build')).map((entry) => entry.args);
    expect(build.some((command) => /npm run build --workspace portal\b/.test(command))).toBe(true);
    const runtime = runtimeStage('portal/Dockerfile');
    expect(runtime.instructions.find((entry) => entry.keyword === 'CMD')?.args).toBe('["node", "build/index.js"]');
    expect(runtime.instructions.filter((entry) => entry.keyword === 'WORKDIR').at(-1)?.args).toBe('/app/portal');
  });

  it('ships the city configuration the portal reads at start', () => {
    const copies = runtimeStage('portal/Dockerfile')
      .instructions.filter((entry) => entry.keyword === 'COPY')
      .map((entry) => entry.args);
    expect(copies).toContain('--from=build /app/config/city.*.json ./config/');
    expect(copies).toContain('--from=build /app/config/branding ./config/branding');
    expect(fs.readdirSync(path.join(repoRoot, 'config')).some((file) => /^city\..+\.json$/.test(file))).toBe(true);
  });
});

describe('.dockerignore', () => {
  const ignored = readRepoFile('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

  it('keeps installed modules, build output, local data and secrets out of the build context', () => {
    for (const pattern of [
      '**/node_modules',
      '**/dist',
      'portal/build',
      '.data',
      '.env',
      '.env.*',
      'config/env',
      '.git',
    ]) {
      expect(ignored).toContain(pattern);
    }
  });

  it('keeps the sources the images build from', () => {
    for (const needed of ['cms', 'portal', 'plugins', 'config', 'package.json', 'package-lock.json']) {
      expect(ignored).not.toContain(needed);
    }
  });
});

/**
 * Builds what is missing or out of date, in the order Strapi needs: local plugins first (a plugin
 * without dist/ would be skipped and its tables dropped — stack.md trap 1), then the CMS (TypeScript
 * and admin panel), then the portal. Freshness is judged by comparing the newest source file with a
 * stamp written after a successful build, so a second `npm start` starts in seconds.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { binDir, cmsDir, pluginsDir, portalDir, repoRoot } from './paths.ts';

interface Target {
  name: string;
  cwd: string;
  sources: string[];
  stamp: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

const SKIP = new Set(['node_modules', 'dist', 'build', '.svelte-kit', '.strapi', '.tmp', '.cache', 'tests', 'types']);

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

function isFresh(target: Target): boolean {
  if (!fs.existsSync(target.stamp)) return false;
  const built = fs.statSync(target.stamp).mtimeMs;
  return target.sources.every((source) => newestMtime(source) <= built);
}

export function localPluginFolders(): string[] {
  if (!fs.existsSync(pluginsDir)) return [];
  return fs
    .readdirSync(pluginsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(pluginsDir, entry.name, 'package.json')))
    .map((entry) => path.join(pluginsDir, entry.name));
}

// `strapi build` loads the configuration, which insists on real secrets; none of them ends up in
// the build output, so placeholders that cannot be mistaken for secrets are enough here.
const placeholder = 'build-time-placeholder-not-a-secret';
const buildSecrets = {
  APP_KEYS: placeholder,
  API_TOKEN_SALT: placeholder,
  ADMIN_JWT_SECRET: placeholder,
  JWT_SECRET: placeholder,
  TRANSFER_TOKEN_SALT: placeholder,
  ENCRYPTION_KEY: placeholder,
};

function targets(): Target[] {
  const plugins = localPluginFolders().map<Target>((folder) => ({
    name: `plugin ${path.basename(folder)}`,
    cwd: folder,
    sources: [path.join(folder, 'server'), path.join(folder, 'shared'), path.join(folder, 'package.json')],
    stamp: path.join(folder, 'dist', '.built'),
    command: path.join(binDir, 'tsc'),
    args: ['-p', 'tsconfig.build.json'],
  }));
  const pluginSources = localPluginFolders().map((folder) => path.join(folder, 'dist'));
  return [
    ...plugins,
    {
      name: 'cms',
      cwd: cmsDir,
      sources: [
        path.join(cmsDir, 'src'),
        path.join(cmsDir, 'config'),
        path.join(cmsDir, 'package.json'),
        ...pluginSources.map((dist) => path.join(path.dirname(dist), 'admin')),
      ],
      stamp: path.join(cmsDir, 'dist', '.built'),
      command: path.join(binDir, 'strapi'),
      args: ['build'],
      env: { ...buildSecrets, NODE_ENV: 'production' },
    },
    {
      name: 'portal',
      cwd: portalDir,
      sources: [
        path.join(portalDir, 'src'),
        path.join(portalDir, 'static'),
        path.join(portalDir, 'vite.config.ts'),
        path.join(portalDir, 'svelte.config.js'),
        ...localPluginFolders().map((f) => path.join(f, 'shared')),
      ],
      stamp: path.join(portalDir, 'build', '.built'),
      // Strapi hoists its own vite 5 to the root; the portal's vite 8 sits in portal/node_modules.
      command: path.join(portalDir, 'node_modules', '.bin', 'vite'),
      args: ['build'],
      env: { NODE_ENV: 'production' },
    },
  ];
}

export interface BuildOptions {
  force?: boolean;
  /** Integration tests need the CMS only; the portal build is skipped for them. */
  withPortal?: boolean;
  log?: (line: string) => void;
}

// Two commands building at once (a test run while `npm start` builds) would corrupt cms/dist;
// a lock folder makes the second one wait for the first.
const lockDir = path.join(repoRoot, 'node_modules', '.denkmee-build.lock');

function withBuildLock(work: () => void): void {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
      break;
    } catch {
      const holder = Number(fs.readFileSync(path.join(lockDir, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
      if (holder && !processAlive(holder)) {
        fs.rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Bouwslot ${lockDir} blijft bezet (proces ${holder}).`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    work();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function ensureBuilt(options: BuildOptions = {}): void {
  withBuildLock(() => buildStale(options));
}

function buildStale(options: BuildOptions): void {
  const log = options.log ?? ((line: string) => console.log(line));
  const wanted = targets().filter((target) => options.withPortal !== false || target.name !== 'portal');
  for (const target of wanted) {
    if (!options.force && isFresh(target)) continue;
    log(`• bouwen: ${target.name} …`);
    const started = Date.now();
    const result = spawnSync(target.command, target.args, {
      cwd: target.cwd,
      env: { ...process.env, ...target.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) {
      const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
      throw new Error(`Bouwen van ${target.name} mislukte (code ${result.status}):\n${output}`);
    }
    fs.mkdirSync(path.dirname(target.stamp), { recursive: true });
    fs.writeFileSync(target.stamp, new Date().toISOString());
    log(`  klaar in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
}

export { repoRoot };

/**
 * Readers for the deployment files, for the configuration checks in this folder: compose's variable
 * interpolation, an env file, and a Dockerfile split into stages. There is no Docker engine on the
 * development machines, so these checks stand in for `docker compose config` and a real build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { repoRoot } from '../../scripts/lib/paths.ts';

export { repoRoot };

export function readRepoFile(relative: string): string {
  return fs.readFileSync(path.join(repoRoot, relative), 'utf8');
}

// ------------------------------------------------------------------ docker-compose.yml

const healthcheckSchema = z.object({
  test: z.union([z.string(), z.array(z.string())]),
  interval: z.string().optional(),
  timeout: z.string().optional(),
  retries: z.number().optional(),
  start_period: z.string().optional(),
  disable: z.boolean().optional(),
});

const serviceSchema = z.object({
  image: z.string().optional(),
  build: z.object({ context: z.string(), dockerfile: z.string() }).optional(),
  environment: z.record(z.string(), z.string()).default({}),
  volumes: z.array(z.string()).default([]),
  ports: z.array(z.string()).default([]),
  networks: z.array(z.string()).default([]),
  depends_on: z.record(z.string(), z.object({ condition: z.string() })).default({}),
  healthcheck: healthcheckSchema.optional(),
  init: z.boolean().optional(),
  profiles: z.array(z.string()).optional(),
});
export type ComposeService = z.infer<typeof serviceSchema>;

// Strict where it matters to these checks (environment values must be strings: compose would
// accept numbers, but a quoted value is what the reader of the file sees the app get).
const composeSchema = z.object({
  name: z.string(),
  services: z.record(z.string(), serviceSchema),
  volumes: z.record(z.string(), z.unknown()).default({}),
  networks: z.record(z.string(), z.object({ internal: z.boolean().optional() }).nullable()).default({}),
});
export type ComposeFile = z.infer<typeof composeSchema>;

export function parseCompose(text: string): ComposeFile {
  return composeSchema.parse(parseYaml(text));
}

/** A `${NAME…}` reference in a compose value. */
export interface VariableReference {
  name: string;
  /** `:?` / `?`: compose stops with `message` when the variable is unset (`:?` also when empty). */
  required: boolean;
  /** `:-` / `-`: the value used when the variable is unset (`:-` also when empty). */
  fallback?: string;
  message?: string;
}

const reference = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?+])([^}]*))?\}/g;

export function variableReferences(text: string): VariableReference[] {
  const found: VariableReference[] = [];
  for (const match of text.replaceAll('$$', '').matchAll(reference)) {
    const [, name, , operator, argument] = match;
    if (name === undefined) continue;
    if (operator === '?') found.push({ name, required: true, message: argument });
    else if (operator === '-') found.push({ name, required: false, fallback: argument });
    else found.push({ name, required: false });
  }
  return found;
}

export class MissingVariableError extends Error {}

/**
 * Compose's interpolation of one value (the forms docker-compose.yml uses: `${VAR}`, `${VAR:-x}`,
 * `${VAR-x}`, `${VAR:?msg}`, `${VAR?msg}`, `${VAR:+x}`, and `$$` for a literal dollar sign).
 */
export function interpolate(value: string, env: Readonly<Record<string, string | undefined>>): string {
  const parts = value.split('$$');
  return parts
    .map((part) =>
      part.replace(
        reference,
        (_whole, name: string, colon: string | undefined, operator: string | undefined, argument = '') => {
          const current = env[name];
          const missing = current === undefined || (colon === ':' && current === '');
          if (operator === '?') {
            if (missing) throw new MissingVariableError(`${name}: ${argument}`);
            return current ?? '';
          }
          if (operator === '-') return missing ? argument : (current ?? '');
          if (operator === '+') return missing ? '' : argument;
          return current ?? '';
        },
      ),
    )
    .join('$');
}

/** The environment a service's container gets from compose, given the deployment's variables. */
export function serviceEnvironment(
  service: ComposeService,
  deployment: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(service.environment).map(([key, value]) => [key, interpolate(value, deployment)]),
  );
}

// ------------------------------------------------------------------ env files

/** KEY=VALUE lines of an env file; comments and blank lines skipped, values taken literally. */
export function parseEnvFile(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!match?.[1]) throw new Error(`Geen KEY=VALUE-regel: ${raw}`);
    entries.set(match[1], match[2] ?? '');
  }
  return entries;
}

// ------------------------------------------------------------------ Dockerfiles

export interface Instruction {
  keyword: string;
  /** Everything after the keyword, continuation lines joined. */
  args: string;
}

export interface Stage {
  /** The image or earlier stage this stage starts from. */
  from: string;
  name?: string;
  instructions: Instruction[];
}

export function parseDockerfile(text: string): Stage[] {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (pending === '' && (line.trim() === '' || line.trimStart().startsWith('#'))) continue;
    if (pending !== '' && line.trimStart().startsWith('#')) continue; // comment inside a continued instruction
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      continue;
    }
    logical.push(pending + line);
    pending = '';
  }
  const stages: Stage[] = [];
  for (const line of logical) {
    const match = /^\s*([A-Za-z]+)\s+([\s\S]*)$/.exec(line);
    if (!match?.[1] || match[2] === undefined) throw new Error(`Onleesbare Dockerfile-regel: ${line}`);
    const keyword = match[1].toUpperCase();
    const args = match[2].replace(/\s+/g, ' ').trim();
    if (keyword === 'FROM') {
      const from = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!from?.[1]) throw new Error(`Onleesbare FROM: ${line}`);
      stages.push({ from: from[1], name: from[2], instructions: [] });
      continue;
    }
    const current = stages.at(-1);
    if (!current) {
      if (keyword === 'ARG') continue;
      throw new Error(`Instructie voor de eerste FROM: ${line}`);
    }
    current.instructions.push({ keyword, args });
  }
  return stages;
}

/** The variables a stage's ENV instructions set (`ENV A=1 B=2` form). */
export function stageEnv(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const instruction of stage.instructions.filter((entry) => entry.keyword === 'ENV')) {
    for (const match of instruction.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)) {
      if (match[1]) env[match[1]] = (match[2] ?? '').replace(/^"|"$/g, '');
    }
  }
  return env;
}

/**
 * What `npm run bench` measures and against what, from its arguments and BENCH_* variables,
 * validated so a wrong value stops it with a message. Targets are loopback addresses only: the
 * benchmark generates load, and must never be pointed at somebody else's server.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

const loopbackUrl = z
  .url()
  .refine((value) => loopbackHosts.has(new URL(value).hostname), 'moet een adres op 127.0.0.1 (of localhost) zijn')
  .refine((value) => new URL(value).protocol === 'http:', 'moet met http:// beginnen')
  .transform((value) => value.replace(/\/+$/, ''));

export const SUITES = ['portal', 'cms'] as const;
export type Suite = (typeof SUITES)[number];

const schema = z.object({
  database: z.enum(['sqlite', 'postgres']),
  durationSeconds: z.coerce.number().int().min(1).max(60),
  warmupSeconds: z.coerce.number().int().min(0).max(30),
  connections: z.coerce.number().int().min(1).max(100),
  suites: z.array(z.enum(SUITES)).min(1),
  /** An already running portal / Strapi to measure instead of starting one. */
  portalUrl: loopbackUrl.optional(),
  cmsUrl: loopbackUrl.optional(),
});

export type BenchOptions = z.infer<typeof schema>;

export const USAGE = `npm run bench -- [opties]
  --db sqlite|postgres   database van de Strapi die de bench start (standaard sqlite; postgres maakt een
                         nieuwe database op TEST_POSTGRES_HOST/PORT/USER, standaard 127.0.0.1:5432)
  --duration <s>         meetduur per adres (standaard 10)
  --warmup <s>           opwarmen per adres, niet gemeten (standaard 3)
  --connections <n>      gelijktijdige verbindingen (standaard 10)
  --only portal|cms      alleen die reeks
Omgeving: BENCH_PORTAL_URL / BENCH_CMS_URL meten een draaiend portaal / Strapi op 127.0.0.1 in plaats van er een te starten.`;

export function readBenchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      db: { type: 'string', default: 'sqlite' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      connections: { type: 'string', default: '10' },
      only: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  });
  const parsed = schema.safeParse({
    database: values.db,
    durationSeconds: values.duration,
    warmupSeconds: values.warmup,
    connections: values.connections,
    suites: values.only ? values.only.split(',').map((suite) => suite.trim()) : [...SUITES],
    portalUrl: env.BENCH_PORTAL_URL || undefined,
    cmsUrl: env.BENCH_CMS_URL || undefined,
  });
  if (!parsed.success) {
    const names: Record<string, string> = {
      database: '--db',
      durationSeconds: '--duration',
      warmupSeconds: '--warmup',
      connections: '--connections',
      suites: '--only',
      portalUrl: 'BENCH_PORTAL_URL',
      cmsUrl: 'BENCH_CMS_URL',
    };
    const lines = parsed.error.issues.map(
      (issue) => `  - ${names[String(issue.path[0])] ?? issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Ongeldige bench-opties:\n${lines.join('\n')}\n\n${USAGE}`);
  }
  return parsed.data;
}

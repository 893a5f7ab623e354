/** The FAS stand-in's one reading of process.env, validated at start. */
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);

const schema = z.object({
  /** The issuer URL relying parties are configured with; the stand-in listens on its port. */
  FAS_ISSUER: z.url().default('http://127.0.0.1:4000'),
  FAS_HOST: z.string().min(1).default('127.0.0.1'),
  FAS_PORT: port.optional(),
  FAS_CLIENT_ID: z.string().min(1).default('denkmee-local'),
  FAS_CLIENT_SECRET: z.string().min(32, 'moet minstens 32 tekens lang zijn'),
  /** Comma-separated redirect URIs of the relying party (the portal's callback page). */
  FAS_REDIRECT_URIS: z
    .string()
    .min(1)
    .transform((value) =>
      value
        .split(',')
        .map((uri) => uri.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url()).min(1)),
});

export interface FasStandinConfig {
  issuer: string;
  host: string;
  port: number;
  client: { clientId: string; clientSecret: string; redirectUris: string[] };
}

export function readConfig(source: NodeJS.ProcessEnv = process.env): FasStandinConfig {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ongeldige configuratie voor de FAS-testaanbieder:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const issuer = env.FAS_ISSUER.replace(/\/+$/, '');
  const issuerUrl = new URL(issuer);
  const port = env.FAS_PORT ?? Number(issuerUrl.port || (issuerUrl.protocol === 'https:' ? 443 : 80));
  return {
    issuer,
    host: env.FAS_HOST,
    port,
    client: { clientId: env.FAS_CLIENT_ID, clientSecret: env.FAS_CLIENT_SECRET, redirectUris: env.FAS_REDIRECT_URIS },
  };
}

/**
 * The proposal settings, read from the environment once at start-up and validated, so a wrong
 * value stops Strapi with a message naming the variable:
 *
 *   PROPOSALS_SUPPORT_THRESHOLD     supports needed for the council agenda (default 100)
 *   PROPOSALS_SUPPORT_PERIOD        how long a proposal collects support, ISO 8601 (default P90D;
 *                                   PT10M and the like serve tests and demonstrations)
 *   PROPOSALS_AGENDA_LEAD_DAYS      a proposal goes onto the first council meeting at least this many
 *                                   days away, so the council has time to prepare (default 14)
 *   PROPOSALS_EXPIRY_CHECK_SECONDS  how often the scheduled job looks for proposals past their
 *                                   support period (default 60, at most 3600)
 *   PORTAL_URL                      where e-mail links point
 */
import { z } from 'zod';

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Days, hours, minutes and seconds of an ISO 8601 duration, in milliseconds; null when not one. */
export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text.trim().toUpperCase());
  if (!match || text.trim().toUpperCase().endsWith('T') || match.slice(1).every((part) => part === undefined))
    return null;
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
  ];
  return (((days * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000;
}

const integer = (name: string, min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `${name} moet een geheel getal zijn` })
    .int(`${name} moet een geheel getal zijn`)
    .min(min, `${name} moet minstens ${min} zijn`)
    .max(max, `${name} mag hoogstens ${max} zijn`)
    .default(fallback);

const schema = z.object({
  PROPOSALS_SUPPORT_THRESHOLD: integer('PROPOSALS_SUPPORT_THRESHOLD', 1, 1_000_000, 100),
  PROPOSALS_SUPPORT_PERIOD: z
    .string()
    .default('P90D')
    .transform((value, ctx) => {
      const ms = parseDuration(value);
      if (ms === null || ms < 1_000 || ms > 3 * 365 * 86_400_000) {
        ctx.addIssue({
          code: 'custom',
          message: 'PROPOSALS_SUPPORT_PERIOD moet een ISO 8601-duur zijn tussen 1 seconde en 3 jaar, bv. P90D',
        });
        return z.NEVER;
      }
      return ms;
    }),
  PROPOSALS_AGENDA_LEAD_DAYS: integer('PROPOSALS_AGENDA_LEAD_DAYS', 0, 365, 14),
  PROPOSALS_EXPIRY_CHECK_SECONDS: integer('PROPOSALS_EXPIRY_CHECK_SECONDS', 1, 3_600, 60),
  PORTAL_URL: z.url('PORTAL_URL moet een URL zijn').default('http://127.0.0.1:3000'),
});

export interface ProposalSettings {
  supportThreshold: number;
  supportPeriodMs: number;
  agendaLeadDays: number;
  expiryCheckSeconds: number;
  portalUrl: string;
}

export function readProposalSettings(source: NodeJS.ProcessEnv): ProposalSettings {
  // Empty strings mean "not set", as in the other env modules.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Ongeldige instellingen voor burgervoorstellen (plugin proposals):\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  return {
    supportThreshold: env.PROPOSALS_SUPPORT_THRESHOLD,
    supportPeriodMs: env.PROPOSALS_SUPPORT_PERIOD,
    agendaLeadDays: env.PROPOSALS_AGENDA_LEAD_DAYS,
    expiryCheckSeconds: env.PROPOSALS_EXPIRY_CHECK_SECONDS,
    portalUrl: env.PORTAL_URL.replace(/\/+$/, ''),
  };
}

/**
 * The cron rule for the expiry check: every N seconds below a minute, every round(N / 60) minutes
 * above (at second 0). Croner reads six fields, seconds first.
 */
export function expiryCronRule(seconds: number): string {
  if (seconds < 60) return `*/${seconds} * * * * *`;
  const minutes = Math.min(60, Math.max(1, Math.round(seconds / 60)));
  return minutes === 60 ? '0 0 * * * *' : `0 */${minutes} * * * *`;
}

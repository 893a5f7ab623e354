/**
 * Plugin settings. `portalUrl` is where the links in notification e-mails point; it defaults to
 * the CMS's own PORTAL_URL setting. `expiryRule` is the cron rule of the job that marks requests
 * past their end date as expired (every hour at minute 5 by default).
 */
import { z } from 'zod';

const settingsSchema = z.object({
  portalUrl: z.url({ protocol: /^https?$/ }),
  expiryRule: z.string().min(9),
});
export type VolunteeringSettings = z.infer<typeof settingsSchema>;

export default {
  default: ({ env }: { env: (name: string, fallback: string) => string }): VolunteeringSettings => ({
    portalUrl: env('PORTAL_URL', 'http://127.0.0.1:3000'),
    expiryRule: '0 5 * * * *',
  }),
  validator(config: unknown) {
    const result = settingsSchema.safeParse(config);
    if (!result.success) {
      const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
      throw new Error(`Ongeldige instellingen voor de plugin volunteering:\n${lines.join('\n')}`);
    }
  },
};

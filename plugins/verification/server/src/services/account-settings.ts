/**
 * Accounts are Strapi's users-permissions accounts; this plugin sets them up the way Denkmee needs
 * them, on every start, so no one has to click through the admin panel:
 * - registration open, one account per e-mail address, e-mail confirmation required;
 * - confirmation redirects to the portal, the password-reset link points to the portal;
 * - the e-mail templates in Dutch (only while they are Strapi's defaults or ours: an edit made
 *   in the admin panel is kept);
 * - the password rule of shared/contracts.ts for register, reset and change.
 */
import type { Core } from '@strapi/strapi';
import {
  EMAIL_CONFIRMED_PATH,
  PASSWORD_RESET_PATH,
  passwordProblemMessages,
  passwordProblems,
} from '../../../shared/contracts';
import { getService } from './get-service';

interface EmailTemplate {
  display?: string;
  icon?: string;
  options: { from: { name: string; email: string }; response_email: string; object: string; message: string };
}
type EmailTemplates = Record<'email_confirmation' | 'reset_password', EmailTemplate>;

const STRAPI_DEFAULT_SENDER = 'no-reply@strapi.io';
const MANAGED_TEMPLATES_KEY = 'managed-email-templates';

// Lodash templates: <%= %> does not escape, so only Strapi's own values (URL, CODE, TOKEN) are used,
// never user-chosen fields such as the user name.
function templates(from: { name: string; email: string }): EmailTemplates {
  return {
    email_confirmation: {
      display: 'Email.template.email_confirmation',
      icon: 'check-square',
      options: {
        from,
        response_email: '',
        object: 'Bevestig je e-mailadres voor Denkmee',
        message: `<p>Welkom bij Denkmee!</p>
<p>Bevestig je e-mailadres met deze link:</p>
<p><a href="<%= URL %>?confirmation=<%= CODE %>"><%= URL %>?confirmation=<%= CODE %></a></p>
<p>Daarna kan je je aanmelden. Heb je geen account aangemaakt? Dan mag je deze e-mail negeren.</p>`,
      },
    },
    reset_password: {
      display: 'Email.template.reset_password',
      icon: 'sync',
      options: {
        from,
        response_email: '',
        object: 'Kies een nieuw wachtwoord voor Denkmee',
        message: `<p>Iemand vroeg een nieuw wachtwoord aan voor je Denkmee-account.</p>
<p>Kies een nieuw wachtwoord met deze link:</p>
<p><a href="<%= URL %>?code=<%= TOKEN %>"><%= URL %>?code=<%= TOKEN %></a></p>
<p>Was jij dit niet? Dan mag je deze e-mail negeren: je wachtwoord blijft hetzelfde.</p>`,
      },
    },
  };
}

export function validatePassword(password: string): boolean {
  const [problem] = passwordProblems(password);
  // users-permissions shows the thrown message to the user.
  if (problem) throw new Error(passwordProblemMessages[problem].nl);
  return true;
}

export const createAccountSettingsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Called from register(): users-permissions reads validationRules at request time. */
  installPasswordRule(): void {
    const current = (strapi.config.get('plugin::users-permissions.validationRules') ?? {}) as Record<string, unknown>;
    strapi.config.set('plugin::users-permissions.validationRules', { ...current, validatePassword });
  },

  async configureUsersPermissions(): Promise<void> {
    const settings = getService(strapi, 'settings').get();
    const portal = (path: string) => new URL(path, settings.portalUrl).href;
    const store = strapi.store({ type: 'plugin', name: 'users-permissions' });

    const advanced = ((await store.get({ key: 'advanced' })) ?? {}) as Record<string, unknown>;
    await store.set({
      key: 'advanced',
      value: {
        ...advanced,
        unique_email: true,
        allow_register: true,
        email_confirmation: true,
        email_confirmation_redirection: portal(EMAIL_CONFIRMED_PATH),
        email_reset_password: portal(PASSWORD_RESET_PATH),
        default_role: 'authenticated',
      },
    });

    const ours = templates(settings.emailFrom);
    const ownStore = strapi.store({ type: 'plugin', name: 'verification' });
    const lastWritten = (await ownStore.get({ key: MANAGED_TEMPLATES_KEY })) as EmailTemplates | null;
    const current = ((await store.get({ key: 'email' })) ?? {}) as Partial<EmailTemplates>;
    const next: Partial<EmailTemplates> = { ...current };
    for (const name of ['email_confirmation', 'reset_password'] as const) {
      const existing = current[name];
      const untouched =
        !existing ||
        existing.options.from.email === STRAPI_DEFAULT_SENDER ||
        JSON.stringify(existing) === JSON.stringify(lastWritten?.[name]);
      if (untouched) next[name] = ours[name];
      else strapi.log.info(`verification: e-mailsjabloon ${name} is in het beheer aangepast en blijft zo`);
    }
    await store.set({ key: 'email', value: next });
    await ownStore.set({ key: MANAGED_TEMPLATES_KEY, value: ours });
  },
});

export type AccountSettingsService = ReturnType<typeof createAccountSettingsService>;

import type { Locale } from '$lib/i18n/locales';
import type { Site } from '$lib/site';

declare global {
  namespace App {
    interface Error {
      message: string;
      /** `cms-unavailable` when Strapi could not be reached; the error page explains it. */
      code?: string;
    }
    interface Locals {
      /** The language of this request: from the path prefix, else the city's default. */
      locale: Locale;
      /** The path names a language this city does not offer: pages answer 404. */
      localeDisabled: boolean;
      /** The logged-in person ("who am I"), or null; set by the session hook for every request. */
      user: import('$lib/server/session').SessionUser | null;
      /** Strapi's tokens for this person; server-only, never sent to the browser. */
      session: import('$lib/server/session').Session | null;
    }
    interface PageData {
      site: Site;
      /** This page's path (without language prefix) in each language, when it differs per language. */
      alternates?: Partial<Record<Locale, string>>;
      /** The logged-in person as the header shows them; null for visitors. */
      account?: { username: string } | null;
    }
  }
}

export {};

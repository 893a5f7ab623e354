/** What every page knows about the running site; built by the root layout from the city configuration. */
import type { Locale } from './i18n/locales';

export interface Site {
  locale: Locale;
  defaultLocale: Locale;
  locales: Locale[];
  baseUrl: string;
  cityName: string;
  platformName: string;
  tagline: string;
  description: string;
  logoUrl: string;
  socialImageUrl: string;
  colours: { primary: string; accent: string; text: string; background: string };
  contact: {
    organisation: string;
    address: string;
    email: string;
    phone?: string | undefined;
    website?: string | undefined;
  };
  social: Array<{ network: string; url: string }>;
  footerPages: Array<{ title: string; path: string; lang?: string | undefined }>;
}

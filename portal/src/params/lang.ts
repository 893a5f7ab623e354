import type { ParamMatcher } from '@sveltejs/kit';
import { isSupportedLocale } from '$lib/i18n/locales';

/**
 * A language prefix the portal has translations for. Whether the city enabled it is checked on the
 * server (hooks.server.ts), because the configuration is not available in the browser.
 */
export const match = ((param: string) => isSupportedLocale(param)) satisfies ParamMatcher;

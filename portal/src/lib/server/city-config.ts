/**
 * The city's branding and contact details, read from a JSON file (default config/city.lokeren.json)
 * and validated once at start-up. Another city runs the same code with another file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AA_NON_TEXT, AA_TEXT, contrastRatio } from '../branding/contrast';
import { supportedLocales, type Locale } from '../i18n/locales';

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'moet een kleur zijn als #rrggbb');
const locale = z.enum(supportedLocales);
/** A text per UI language; the default language must be present (checked below). */
const localizedText = z.partialRecord(locale, z.string().min(1).max(300));
/** A file inside the configuration's branding folder, never a path that climbs out of it. */
const brandingFile = z
  .string()
  .regex(
    /^branding\/[A-Za-z0-9._-]+\.(svg|png|jpg|jpeg|webp|ico)$/,
    'moet een bestand in branding/ zijn (svg, png, jpg, webp of ico)',
  );

export const cityConfigSchema = z
  .object({
    cityName: z.string().min(1).max(80),
    platformName: z.string().min(1).max(80),
    tagline: localizedText,
    description: localizedText,
    logo: brandingFile,
    /** Shared on social media when a page has no image of its own; 1200×630 works everywhere. */
    socialImage: brandingFile,
    colours: z.object({
      primary: hexColour,
      accent: hexColour,
      text: hexColour,
      background: hexColour.default('#ffffff'),
    }),
    contact: z.object({
      organisation: z.string().min(1),
      address: z.string().min(1),
      email: z.email(),
      phone: z.string().min(1).optional(),
      website: z.url().optional(),
    }),
    social: z
      .array(
        z.object({ network: z.enum(['facebook', 'instagram', 'x', 'linkedin', 'youtube', 'mastodon']), url: z.url() }),
      )
      .default([]),
    defaultLocale: locale,
    locales: z.array(locale).min(1),
  })
  .superRefine((config, context) => {
    if (!config.locales.includes(config.defaultLocale)) {
      context.addIssue({
        code: 'custom',
        path: ['locales'],
        message: `moet de standaardtaal "${config.defaultLocale}" bevatten`,
      });
    }
    for (const field of ['tagline', 'description'] as const) {
      if (!config[field][config.defaultLocale]) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `mist een tekst in de standaardtaal "${config.defaultLocale}"`,
        });
      }
    }
    const { primary, accent, text, background } = config.colours;
    const checks: Array<[string, string, string, number]> = [
      ['text', text, background, AA_TEXT],
      ['primary', primary, background, AA_TEXT], // links and headings in the primary colour
      ['primary', primary, '#ffffff', AA_TEXT], // white text on primary buttons and the header bar
      ['accent', accent, background, AA_NON_TEXT], // focus rings and the current-phase marker
    ];
    for (const [name, foreground, against, minimum] of checks) {
      const ratio = contrastRatio(foreground, against);
      if (ratio < minimum) {
        context.addIssue({
          code: 'custom',
          path: ['colours', name],
          message: `contrast ${ratio.toFixed(2)}:1 tegen ${against} is te laag (WCAG AA vraagt ${minimum}:1)`,
        });
      }
    }
  });

export type CityConfig = z.infer<typeof cityConfigSchema> & {
  /** Absolute folder of the configuration file; branding paths are relative to it. */
  configDir: string;
};

export function parseCityConfig(raw: unknown, configDir: string): CityConfig {
  const parsed = cityConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || '(bestand)'}: ${issue.message}`);
    throw new Error(`Ongeldige stadsconfiguratie:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, configDir };
}

export function readCityConfigFile(file: string): CityConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new Error(
      `Stadsconfiguratie ${file} kon niet gelezen worden: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }
  const config = parseCityConfig(raw, path.dirname(file));
  for (const asset of [config.logo, config.socialImage]) {
    if (!fs.existsSync(path.join(config.configDir, asset))) {
      throw new Error(`Ongeldige stadsconfiguratie: bestand ${asset} bestaat niet naast ${file}`);
    }
  }
  return config;
}

export function localizedConfigText(config: CityConfig, field: 'tagline' | 'description', locale: Locale): string {
  return config[field][locale] ?? config[field][config.defaultLocale] ?? config.platformName;
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCityConfig, readCityConfigFile } from './city-config';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

const valid = {
  cityName: 'Voorbeeldstad',
  platformName: 'Denkmee Voorbeeldstad',
  tagline: { nl: 'Het participatieplatform' },
  description: { nl: 'Denk mee over je stad.' },
  logo: 'branding/logo.svg',
  socialImage: 'branding/social.png',
  colours: { primary: '#0f5a78', accent: '#b5471b', text: '#1d2327' },
  contact: { organisation: 'Stad Voorbeeldstad', address: 'Markt 1', email: 'info@voorbeeldstad.be' },
  defaultLocale: 'nl',
  locales: ['nl', 'fr'],
};

describe('the city configuration', () => {
  it('accepts Lokeren’s own file, with its branding files present', () => {
    const config = readCityConfigFile(path.join(repoRoot, 'config/city.lokeren.json'));
    expect(config.platformName).toBe('Denkmee Lokeren');
    expect(config.locales).toEqual(['nl', 'fr', 'en']);
    expect(config.configDir).toBe(path.join(repoRoot, 'config'));
  });

  it('fills in defaults', () => {
    const config = parseCityConfig(valid, '/etc/denkmee');
    expect(config.colours.background).toBe('#ffffff');
    expect(config.social).toEqual([]);
  });

  it('refuses colours that fail WCAG AA contrast, naming the colour', () => {
    const pale = { ...valid, colours: { ...valid.colours, primary: '#7fb2c8', accent: '#f3e1a0' } };
    expect(() => parseCityConfig(pale, '/etc')).toThrow(/colours\.primary: contrast .* te laag/);
    expect(() => parseCityConfig(pale, '/etc')).toThrow(/colours\.accent: contrast .* \(WCAG AA vraagt 3:1\)/);
  });

  it('refuses a default language that is not offered or has no texts', () => {
    expect(() => parseCityConfig({ ...valid, defaultLocale: 'en' }, '/etc')).toThrow(
      /locales: moet de standaardtaal "en" bevatten/,
    );
    expect(() => parseCityConfig({ ...valid, defaultLocale: 'fr' }, '/etc')).toThrow(
      /tagline: mist een tekst in de standaardtaal "fr"/,
    );
  });

  it('keeps branding paths inside the branding folder', () => {
    expect(() => parseCityConfig({ ...valid, logo: 'branding/../../etc/passwd' }, '/etc')).toThrow(/logo/);
    expect(() => parseCityConfig({ ...valid, logo: '/etc/logo.svg' }, '/etc')).toThrow(/logo/);
  });

  it('reports a missing branding file', () => {
    expect(() => readCityConfigFile(path.join(repoRoot, 'config/bestaat-niet.json'))).toThrow(
      /kon niet gelezen worden/,
    );
  });
});

/**
 * The Strapi admin panel: Dutch and French next to English (Strapi's fallback, always present).
 * Each staff member picks the language in their profile; Strapi opens in English the first time.
 */
export default {
  config: {
    locales: ['nl', 'fr'],
  },
  bootstrap() {},
};

import type { Core } from '@strapi/strapi';

export default function register({ strapi }: { strapi: Core.Strapi }): void {
  // Votes are worthless without identity: fail at start-up rather than at the first vote.
  if (!strapi.plugin('verification')) {
    throw new Error(
      'De plugin votes heeft de plugin verification nodig (identiteit en stemsleutels); die is niet geladen.',
    );
  }
}

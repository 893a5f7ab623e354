import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => {
  if (locals.localeDisabled) error(404, { message: 'Pagina niet gevonden.' });
};

import { error, redirect } from '@sveltejs/kit';
import { accountTexts } from '$lib/components/account/texts';
import { exportPersonalData } from '$lib/server/auth';
import { ACCOUNT_PATHS, ensureAccountsConfigured, pathFor } from '$lib/server/auth-pages';
import type { RequestHandler } from './$types';

/** "Download my data": the server's JSON as a file. A GET that changes nothing; other sites cannot read it. */
export const GET: RequestHandler = async ({ locals }) => {
  ensureAccountsConfigured(locals);
  if (!locals.session) redirect(303, pathFor(ACCOUNT_PATHS.logIn, locals.locale));
  const data = await exportPersonalData(locals.session.accessToken);
  if ('kind' in data) error(503, { message: accountTexts(locals.locale)('serviceUnavailable') });
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="denkmee-mijn-gegevens-${data.exportedAt.slice(0, 10)}.json"`,
      'cache-control': 'private, no-store',
    },
  });
};

import type { RequestHandler } from './$types';

/** Liveness for the run script and load balancers: the portal process answers. Deliberately independent of Strapi. */
export const GET: RequestHandler = () =>
  new Response('ok', { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

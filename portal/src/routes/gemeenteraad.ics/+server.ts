import { meetingsCalendar } from '$lib/server/proposals';
import type { RequestHandler } from './$types';

/** The council's iCalendar feed, from Strapi (which is not public), for calendar apps to subscribe to. */
export const GET: RequestHandler = async () => {
  const calendar = await meetingsCalendar();
  if (calendar === null) {
    return new Response('De kalender van de gemeenteraad is even niet beschikbaar.', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '300' },
    });
  }
  return new Response(calendar, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="gemeenteraad.ics"',
      'cache-control': 'public, max-age=300',
    },
  });
};

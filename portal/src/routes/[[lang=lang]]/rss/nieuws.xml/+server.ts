import { feedResponse } from '$lib/server/feeds';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => feedResponse('nieuws', 'rss', event);

/** The news and decision feeds (RSS 2.0 and Atom 1.0), per language, from the latest published items. */
import type { RequestEvent } from '@sveltejs/kit';
import { intlLocale, localizePath, translator } from '$lib/i18n';
import { cityConfig } from './city';
import { listDecisions } from './content/decisions';
import { listNews } from './content/news';
import { portalEnv } from './env';
import { renderAtom, renderRss, type Feed } from './xml';

const FEED_SIZE = 30;

async function buildFeed(kind: 'nieuws' | 'beslissingen', format: 'rss' | 'atom', event: RequestEvent): Promise<Feed> {
  const { locale } = event.locals;
  const config = cityConfig();
  const baseUrl = portalEnv().PUBLIC_BASE_URL;
  const t = translator(locale);
  const url = (path: string) => `${baseUrl}${localizePath(path, locale, config.defaultLocale)}`;
  const common = {
    language: intlLocale[locale],
    selfUrl: url(`/${format}/${kind}.xml`),
    pageUrl: url(`/${kind}`),
    author: config.contact.organisation,
  };
  if (kind === 'nieuws') {
    const news = await listNews(locale, {}, 1, FEED_SIZE);
    return {
      ...common,
      title: `${config.platformName} – ${t('feedNewsTitle')}`,
      description: t('newsIntro'),
      entries: news.items.map((item) => ({
        url: url(`/nieuws/${item.slug}`),
        title: item.title,
        summary: item.summary,
        published: item.date,
        updated: item.updatedAt,
        categories: [],
      })),
    };
  }
  const decisions = await listDecisions(locale, {}, 1, FEED_SIZE);
  return {
    ...common,
    title: `${config.platformName} – ${t('feedDecisionsTitle')}`,
    description: t('decisionsIntro'),
    entries: decisions.items.map((item) => ({
      url: url(`/beslissingen/${item.slug}`),
      title: item.title,
      summary: item.summary,
      published: item.decisionDate,
      updated: item.updatedAt,
      categories: [t(`body_${item.decidingBody}`), ...(item.department ? [item.department.name] : [])],
    })),
  };
}

export async function feedResponse(
  kind: 'nieuws' | 'beslissingen',
  format: 'rss' | 'atom',
  event: RequestEvent,
): Promise<Response> {
  if (event.locals.localeDisabled) return new Response('Niet gevonden', { status: 404 });
  const feed = await buildFeed(kind, format, event);
  return new Response(format === 'rss' ? renderRss(feed) : renderAtom(feed), {
    headers: {
      'content-type': format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8',
      'cache-control': 'public, max-age=300',
    },
  });
}

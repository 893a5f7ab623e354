import { describe, expect, it } from 'vitest';
import { isAnonymousRead, isShareableResponse, PageCache } from './page-cache';

const page = (text: string) => ({
  status: 200,
  headers: [['content-type', 'text/html']] as Array<[string, string]>,
  body: new TextEncoder().encode(text),
});

describe('PageCache', () => {
  it('serves a page until its TTL has passed', () => {
    let now = 0;
    const cache = new PageCache({ ttlMs: 1000, maxEntries: 10, maxBytes: 1000, now: () => now });
    cache.set('/', page('home'));
    now = 999;
    expect(new TextDecoder().decode(cache.get('/')?.body)).toBe('home');
    now = 1000;
    expect(cache.get('/')).toBeUndefined();
  });

  it('keeps at most maxEntries pages and no page above maxBytes', () => {
    const cache = new PageCache({ ttlMs: 1000, maxEntries: 2, maxBytes: 5 });
    cache.set('/a', page('a'));
    cache.set('/b', page('b'));
    cache.set('/c', page('c'));
    cache.set('/big', page('123456'));
    expect(cache.get('/a')).toBeUndefined();
    expect(cache.get('/b')).toBeDefined();
    expect(cache.get('/c')).toBeDefined();
    expect(cache.get('/big')).toBeUndefined();
  });

  it('stores nothing when the TTL is 0', () => {
    const cache = new PageCache({ ttlMs: 0, maxEntries: 2, maxBytes: 100 });
    cache.set('/', page('home'));
    expect(cache.get('/')).toBeUndefined();
  });
});

describe('what may be shared', () => {
  it('only anonymous reads', () => {
    expect(isAnonymousRead(new Request('http://x/'))).toBe(true);
    expect(isAnonymousRead(new Request('http://x/', { headers: { cookie: 'session=abc' } }))).toBe(false);
    expect(isAnonymousRead(new Request('http://x/', { headers: { authorization: 'Bearer x' } }))).toBe(false);
    expect(isAnonymousRead(new Request('http://x/', { method: 'POST' }))).toBe(false);
  });

  it('only public 200 answers that set no cookie', () => {
    const publicPage = { 'cache-control': 'public, max-age=60', 'content-type': 'text/html; charset=utf-8' };
    expect(isShareableResponse(new Response('ok', { headers: publicPage }))).toBe(true);
    expect(isShareableResponse(new Response('ok', { status: 404, headers: publicPage }))).toBe(false);
    expect(isShareableResponse(new Response('ok', { headers: { 'cache-control': 'private, no-store' } }))).toBe(false);
    expect(isShareableResponse(new Response('ok', { headers: { ...publicPage, 'set-cookie': 'a=b' } }))).toBe(false);
    expect(isShareableResponse(new Response('ok'))).toBe(false);
    const pdf = { 'cache-control': 'public, max-age=86400', 'content-type': 'application/pdf' };
    expect(isShareableResponse(new Response('%PDF', { headers: pdf }))).toBe(false);
    const feed = { 'cache-control': 'public, max-age=300', 'content-type': 'application/rss+xml; charset=utf-8' };
    expect(isShareableResponse(new Response('<rss/>', { headers: feed }))).toBe(true);
  });
});

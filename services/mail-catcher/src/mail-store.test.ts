import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLinks, isMailId, MailStore, newMailId } from './mail-store.ts';
import { escapeHtml } from './web.ts';

describe('extractLinks', () => {
  it('finds links in href attributes, then in the text, decoded, once each', () => {
    const html = '<p><a href="http://a.test/x?c=1&amp;d=2">hier</a> en http://b.test/y.</p>';
    const text = 'Zie http://a.test/x?c=1&d=2 of (https://c.test/z).';
    expect(extractLinks(text, html)).toEqual(['http://a.test/x?c=1&d=2', 'https://c.test/z', 'http://b.test/y']);
  });

  it('ignores anything that is not http(s)', () => {
    expect(extractLinks('', '<a href="mailto:x@y.test">m</a><a href="javascript:alert(1)">j</a>')).toEqual([]);
  });
});

describe('mail ids', () => {
  it('sort by arrival and refuse anything that could escape the folder', () => {
    const earlier = newMailId(new Date('2026-01-01T00:00:00Z'));
    const later = newMailId(new Date('2026-01-02T00:00:00Z'));
    expect([later, earlier].sort()).toEqual([earlier, later]);
    expect(isMailId(earlier)).toBe(true);
    expect(isMailId('../secrets')).toBe(false);
  });
});

describe('MailStore', () => {
  it('keeps the raw message and its summary, lists newest first, filters on recipients and clears', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mailstore-'));
    try {
      const store = new MailStore(dir);
      await store.init();
      const common = { envelopeFrom: 'a@x.test', from: 'a@x.test', subject: 's', text: 't', html: null, links: [] };
      const first = await store.save(Buffer.from('raw 1'), {
        ...common,
        receivedAt: '2026-01-01T00:00:00.000Z',
        envelopeTo: ['an@x.test'],
        to: 'an@x.test',
      });
      await store.save(Buffer.from('raw 2'), {
        ...common,
        receivedAt: '2026-01-02T00:00:00.000Z',
        envelopeTo: ['bo@x.test'],
        to: 'bo@x.test',
      });
      expect((await store.list()).map((mail) => mail.to)).toEqual(['bo@x.test', 'an@x.test']);
      expect((await store.list({ to: 'AN@x.test' })).map((mail) => mail.id)).toEqual([first.id]);
      expect((await store.raw(first.id))?.toString()).toBe('raw 1');
      expect(await store.get('../../etc/passwd')).toBeNull();
      expect(await store.clear()).toBe(2);
      expect(await store.list()).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('escapeHtml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});

/**
 * Received mails on disk: `<id>.eml` (the raw message) and `<id>.json` (what the web view and the
 * API show). Ids sort by arrival, so a directory listing is the inbox in order.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export const storedMailSchema = z.object({
  id: z.string().regex(/^\d{13}-[0-9a-f]{8}$/),
  receivedAt: z.iso.datetime(),
  /** Envelope sender and recipients: who the mail was really sent to (including Bcc). */
  envelopeFrom: z.string(),
  envelopeTo: z.array(z.string()),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string().nullable(),
  links: z.array(z.string()),
});
export type StoredMail = z.infer<typeof storedMailSchema>;
export type MailSummary = Pick<StoredMail, 'id' | 'receivedAt' | 'from' | 'to' | 'envelopeTo' | 'subject'>;

const ID_PATTERN = /^\d{13}-[0-9a-f]{8}$/;

export function isMailId(value: string): boolean {
  return ID_PATTERN.test(value);
}

export function newMailId(now: Date = new Date()): string {
  return `${String(now.getTime()).padStart(13, '0')}-${crypto.randomBytes(4).toString('hex')}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

function decodeEntities(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_whole, name: string) => ENTITIES[name] ?? _whole);
}

/** Every http(s) link in the mail, from href attributes and from plain text, in order, once. */
export function extractLinks(text: string, html: string | null): string[] {
  const found: string[] = [];
  if (html) {
    for (const match of html.matchAll(/href\s*=\s*["']([^"']+)["']/gi)) found.push(decodeEntities(match[1] ?? ''));
  }
  for (const source of [text, html ?? '']) {
    for (const match of source.matchAll(/https?:\/\/[^\s<>"']+/g)) found.push(decodeEntities(match[0]));
  }
  const links = found
    .map((link) => link.trim().replace(/[).,;:!?]+$/, ''))
    .filter((link) => /^https?:\/\//i.test(link) && URL.canParse(link));
  return [...new Set(links)];
}

export class MailStore {
  constructor(private readonly dir: string) {}

  async init(): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true });
  }

  async save(raw: Buffer, mail: Omit<StoredMail, 'id'>): Promise<StoredMail> {
    const stored: StoredMail = { id: newMailId(new Date(mail.receivedAt)), ...mail };
    await fs.writeFile(path.join(this.dir, `${stored.id}.eml`), raw);
    // Written last and renamed into place, so a reader never sees half a message.
    const temporary = path.join(this.dir, `.${stored.id}.json.tmp`);
    await fs.writeFile(temporary, JSON.stringify(stored, null, 2));
    await fs.rename(temporary, path.join(this.dir, `${stored.id}.json`));
    return stored;
  }

  async get(id: string): Promise<StoredMail | null> {
    if (!isMailId(id)) return null;
    try {
      return storedMailSchema.parse(JSON.parse(await fs.readFile(path.join(this.dir, `${id}.json`), 'utf8')));
    } catch {
      return null;
    }
  }

  async raw(id: string): Promise<Buffer | null> {
    if (!isMailId(id)) return null;
    return fs.readFile(path.join(this.dir, `${id}.eml`)).catch(() => null);
  }

  /** Newest first; `to` matches an envelope recipient or the To header, case-insensitively. */
  async list(filter: { to?: string } = {}): Promise<MailSummary[]> {
    const ids = (await fs.readdir(this.dir))
      .filter((name) => name.endsWith('.json') && isMailId(name.slice(0, -5)))
      .map((name) => name.slice(0, -5))
      .sort()
      .reverse();
    const wanted = filter.to?.trim().toLowerCase();
    const summaries: MailSummary[] = [];
    for (const id of ids) {
      const mail = await this.get(id);
      if (!mail) continue;
      if (
        wanted &&
        !mail.envelopeTo.some((to) => to.toLowerCase() === wanted) &&
        !mail.to.toLowerCase().includes(wanted)
      ) {
        continue;
      }
      const { text: _text, html: _html, links: _links, envelopeFrom: _from, ...summary } = mail;
      summaries.push(summary);
    }
    return summaries;
  }

  async clear(): Promise<number> {
    const names = (await fs.readdir(this.dir)).filter((name) => /\.(json|eml)$/.test(name));
    await Promise.all(names.map((name) => fs.rm(path.join(this.dir, name), { force: true })));
    return names.filter((name) => name.endsWith('.json')).length;
  }
}

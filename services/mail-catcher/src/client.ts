/**
 * Reading the mail catcher from tests (integration and end-to-end): mail arrives asynchronously,
 * so `waitForMail` polls the JSON API until a matching message is there.
 */
import { storedMailSchema, type StoredMail } from './mail-store.ts';
import { z } from 'zod';

const summariesSchema = z.object({
  data: z.array(storedMailSchema.pick({ id: true, subject: true, receivedAt: true })),
});
const mailSchema = z.object({ data: storedMailSchema });

export interface MailQuery {
  to: string;
  subject?: RegExp;
  /** Only mails received after this instant (defaults to any time). */
  since?: Date;
  timeoutMs?: number;
}

export async function getMail(baseUrl: string, id: string): Promise<StoredMail> {
  const response = await fetch(new URL(`/api/messages/${encodeURIComponent(id)}`, baseUrl));
  if (!response.ok) throw new Error(`mailcatcher: bericht ${id} niet gevonden (${response.status})`);
  return mailSchema.parse(await response.json()).data;
}

export async function waitForMail(baseUrl: string, query: MailQuery): Promise<StoredMail> {
  const deadline = Date.now() + (query.timeoutMs ?? 15_000);
  const url = new URL('/api/messages', baseUrl);
  url.searchParams.set('to', query.to);
  while (Date.now() < deadline) {
    const response = await fetch(url);
    if (response.ok) {
      const { data } = summariesSchema.parse(await response.json());
      const match = data.find(
        (mail) =>
          (!query.subject || query.subject.test(mail.subject)) &&
          (!query.since || new Date(mail.receivedAt).getTime() >= query.since.getTime()),
      );
      if (match) return getMail(baseUrl, match.id);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`mailcatcher: geen mail voor ${query.to}${query.subject ? ` met onderwerp ${query.subject}` : ''}`);
}

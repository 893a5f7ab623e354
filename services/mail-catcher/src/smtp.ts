/**
 * A real SMTP server that accepts every message for every recipient and keeps it in the store.
 * Plain SMTP on the loopback interface: no TLS, and any credentials are accepted so that an SMTP
 * configuration with or without a user name works unchanged against it.
 */
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { extractLinks, type MailStore } from './mail-store.ts';

function addressText(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  return (Array.isArray(value) ? value : [value]).map((entry) => entry.text).join(', ');
}

export function createSmtpServer(store: MailStore, maxBytes: number): SMTPServer {
  return new SMTPServer({
    name: 'denkmee-mailcatcher',
    banner: 'Denkmee mailcatcher (test): niets wordt echt verstuurd',
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    size: maxBytes,
    logger: false,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'anoniem' });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', callback);
      stream.on('end', () => {
        if ((stream as { sizeExceeded?: boolean }).sizeExceeded) {
          callback(Object.assign(new Error('Bericht te groot'), { responseCode: 552 }));
          return;
        }
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => {
            const text = parsed.text ?? '';
            const html = typeof parsed.html === 'string' ? parsed.html : null;
            return store.save(raw, {
              receivedAt: new Date().toISOString(),
              envelopeFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              envelopeTo: session.envelope.rcptTo.map((recipient) => recipient.address),
              from: addressText(parsed.from),
              to: addressText(parsed.to),
              subject: parsed.subject ?? '',
              text,
              html,
              links: extractLinks(text, html),
            });
          })
          .then((stored) => {
            // The subject and recipients are test data, but keep the log free of them anyway.
            console.log(`bericht ontvangen (${stored.id})`);
            callback();
          })
          .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
      });
    },
  });
}

/**
 * The mail catcher's web side: a small Dutch inbox for people (list and message, with the links
 * in a mail clickable) and a JSON API for tests.
 *
 *   GET    /                     inbox
 *   GET    /berichten/:id        one message
 *   GET    /berichten/:id.eml    the raw message
 *   POST   /wissen               empty the inbox (form on the inbox page)
 *   GET    /api/messages?to=     summaries, newest first
 *   GET    /api/messages/:id     one message with text, html and links
 *   DELETE /api/messages         empty the inbox
 *   GET    /health
 */
import http from 'node:http';
import type { MailStore, MailSummary, StoredMail } from './mail-store.ts';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const dateFormat = new Intl.DateTimeFormat('nl-BE', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Europe/Brussels',
});

// Mail HTML is untrusted: it is shown in a sandboxed frame without scripts, links open in a new tab.
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const STYLE = `
  body { font: 1.05rem/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #1a1a1a; }
  .banner { background: #fff3cd; border: 2px solid #8a6d00; padding: .5rem 1rem; border-radius: .25rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid #ccc; vertical-align: top; }
  a { color: #0b4f9c; } a:focus, button:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
  button { font: inherit; padding: .3rem .8rem; }
  iframe { width: 100%; min-height: 24rem; border: 1px solid #ccc; }
  pre { white-space: pre-wrap; word-break: break-word; background: #f5f5f5; padding: .75rem; }
  dt { font-weight: bold; } dd { margin: 0 0 .5rem 0; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .links li { margin: .3rem 0; word-break: break-all; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Denkmee mailcatcher</title>
<style>${STYLE}</style>
</head>
<body>
<p class="banner" role="note"><strong>Testpostvak.</strong> Deze mails zijn niet echt verstuurd: de lokale Denkmee vangt ze hier op.</p>
<main>
${body}
</main>
</body>
</html>`;
}

function inboxPage(mails: MailSummary[]): string {
  const rows = mails
    .map(
      (mail) => `<tr>
<td>${escapeHtml(dateFormat.format(new Date(mail.receivedAt)))}</td>
<td>${escapeHtml(mail.to || mail.envelopeTo.join(', '))}</td>
<td><a href="/berichten/${mail.id}">${escapeHtml(mail.subject || '(geen onderwerp)')}</a></td>
</tr>`,
    )
    .join('\n');
  const table =
    mails.length === 0
      ? '<p>Er zijn nog geen mails ontvangen.</p>'
      : `<table>
<caption class="visually-hidden">Ontvangen mails, nieuwste eerst</caption>
<thead><tr><th scope="col">Ontvangen</th><th scope="col">Aan</th><th scope="col">Onderwerp</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<form method="post" action="/wissen"><p><button type="submit">Alle mails verwijderen</button></p></form>`;
  return page('Postvak', `<h1>Ontvangen mails (${mails.length})</h1>\n${table}`);
}

function messagePage(mail: StoredMail): string {
  const links =
    mail.links.length === 0
      ? '<p>Deze mail bevat geen links.</p>'
      : `<ul class="links">${mail.links
          .map((link) => `<li><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></li>`)
          .join('')}</ul>`;
  const body = mail.html
    ? `<iframe title="Inhoud van de mail" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${escapeHtml(
        `<base target="_blank">${mail.html}`,
      )}"></iframe>`
    : `<pre>${escapeHtml(mail.text)}</pre>`;
  return page(
    mail.subject || 'Mail',
    `<p><a href="/">← Terug naar alle mails</a></p>
<h1>${escapeHtml(mail.subject || '(geen onderwerp)')}</h1>
<dl>
<dt>Van</dt><dd>${escapeHtml(mail.from)}</dd>
<dt>Aan</dt><dd>${escapeHtml(mail.to || mail.envelopeTo.join(', '))}</dd>
<dt>Ontvangen</dt><dd>${escapeHtml(dateFormat.format(new Date(mail.receivedAt)))}</dd>
</dl>
<h2>Links in deze mail</h2>
${links}
<h2>Inhoud</h2>
${body}
<p><a href="/berichten/${mail.id}.eml">Originele mail downloaden (.eml)</a></p>`,
  );
}

function send(response: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...SECURITY_HEADERS });
  response.end(body);
}

function sendJson(response: http.ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function notFound(response: http.ServerResponse, api: boolean): void {
  if (api) sendJson(response, 404, { error: 'niet gevonden' });
  else
    send(
      response,
      404,
      'text/html; charset=utf-8',
      page('Niet gevonden', '<h1>Niet gevonden</h1><p><a href="/">Naar alle mails</a></p>'),
    );
}

export function createWebServer(store: MailStore): http.Server {
  return http.createServer((request, response) => {
    handle(store, request, response).catch((error: unknown) => {
      console.error('fout in de webweergave:', error instanceof Error ? error.message : error);
      if (!response.headersSent) sendJson(response, 500, { error: 'interne fout' });
      else response.end();
    });
  });
}

async function handle(store: MailStore, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://mailcatcher.invalid');
  const method = request.method ?? 'GET';
  const route = url.pathname;

  if (route === '/health' && method === 'GET') return sendJson(response, 200, { status: 'ok' });

  if (route === '/api/messages' && method === 'GET') {
    const to = url.searchParams.get('to') ?? undefined;
    return sendJson(response, 200, { data: await store.list({ to }) });
  }
  if (route === '/api/messages' && method === 'DELETE') {
    return sendJson(response, 200, { data: { deleted: await store.clear() } });
  }
  const apiMessage = /^\/api\/messages\/([^/]+)$/.exec(route);
  if (apiMessage && method === 'GET') {
    const mail = await store.get(apiMessage[1] ?? '');
    return mail ? sendJson(response, 200, { data: mail }) : notFound(response, true);
  }

  if (route === '/' && method === 'GET')
    return send(response, 200, 'text/html; charset=utf-8', inboxPage(await store.list()));
  if (route === '/wissen' && method === 'POST') {
    await store.clear();
    response.writeHead(303, { location: '/' });
    return void response.end();
  }
  const rawMessage = /^\/berichten\/([^/]+)\.eml$/.exec(route);
  if (rawMessage && method === 'GET') {
    const raw = await store.raw(rawMessage[1] ?? '');
    return raw ? send(response, 200, 'message/rfc822', raw) : notFound(response, false);
  }
  const message = /^\/berichten\/([^/]+)$/.exec(route);
  if (message && method === 'GET') {
    const mail = await store.get(message[1] ?? '');
    return mail ? send(response, 200, 'text/html; charset=utf-8', messagePage(mail)) : notFound(response, false);
  }
  return notFound(response, route.startsWith('/api/'));
}

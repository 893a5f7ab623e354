/**
 * Local stand-in for the federal authentication service (FAS): `tsx src/server.ts`.
 * A real OpenID Connect provider (oidc-provider) with a persona picker instead of a card reader.
 * Relying parties treat it like any other issuer; only the environment differs from production.
 *
 *   GET  /                                  what this is, the personas
 *   GET  /.well-known/openid-configuration  discovery (and /authorize, /access_token, /userinfo,
 *                                           /connect/jwk_uri as at FAS)
 *   GET  /interaction/:uid                  the persona picker
 *   POST /interaction/:uid                  persona=<id> logs in as that persona; cancel=1 cancels;
 *                                           persona=eigen-rijksregisternummer&nationalNumber=<11 digits>
 *                                           logs in a generated persona with that number (generated-personas.ts)
 *   GET  /health
 */
import http from 'node:http';
import { readConfig } from './config.ts';
import { GENERATED_NUMBER_FIELD, GENERATED_PERSONA_ID, generatedPersona } from './generated-personas.ts';
import { findPersona, personas as makePersonas } from './personas.ts';
import { errorPage, homePage, pickerPage } from './picker.ts';
import { createProvider } from './provider.ts';

const SECURITY_HEADERS = {
  // No form-action: the picker's form ends in redirects to the relying party, which form-action would block.
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function sendHtml(response: http.ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...SECURITY_HEADERS });
  response.end(html);
}

async function readForm(request: http.IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 16 * 1024) throw new Error('formulier te groot');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

async function main(): Promise<void> {
  const config = readConfig();
  const personas = makePersonas();
  const provider = await createProvider(config, personas);
  const oidc = provider.callback();

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', config.issuer);
    const interaction = /^\/interaction\/([A-Za-z0-9_-]+)$/.exec(url.pathname);

    const handle = async () => {
      if (url.pathname === '/health') {
        response.writeHead(200, { 'content-type': 'application/json' });
        return void response.end('{"status":"ok"}');
      }
      if (url.pathname === '/' && request.method === 'GET')
        return sendHtml(response, 200, homePage(config.issuer, personas));
      if (!interaction) return oidc(request, response);

      const details = await provider.interactionDetails(request, response);
      if (details.uid !== interaction[1]) return sendHtml(response, 400, errorPage('interaction_mismatch'));

      if (request.method === 'GET') {
        const acr = typeof details.params.acr_values === 'string' ? details.params.acr_values : undefined;
        return sendHtml(response, 200, pickerPage(details.uid, personas, acr));
      }
      if (request.method !== 'POST') return sendHtml(response, 405, errorPage('method_not_allowed'));

      const form = await readForm(request);
      if (form.has('cancel')) {
        return provider.interactionFinished(
          request,
          response,
          { error: 'access_denied', error_description: 'De aanmelding werd geannuleerd.' },
          { mergeWithLastSubmission: false },
        );
      }
      const chosen = form.get('persona') ?? '';
      const persona =
        chosen === GENERATED_PERSONA_ID
          ? generatedPersona(form.get(GENERATED_NUMBER_FIELD) ?? '')
          : findPersona(personas, chosen);
      if (!persona) return sendHtml(response, 400, errorPage('unknown_persona', 'Onbekende testpersoon.'));
      console.log(`aanmelding als testpersoon ${persona.id}`);
      return provider.interactionFinished(
        request,
        response,
        {
          login: {
            accountId: persona.person.sub,
            remember: false,
            ...(persona.acr ? { acr: persona.acr } : {}),
            ...(persona.amr ? { amr: persona.amr } : {}),
          },
        },
        { mergeWithLastSubmission: false },
      );
    };

    handle().catch((error: unknown) => {
      const name = error instanceof Error ? error.name : 'Error';
      console.error(`fout bij ${request.method} ${url.pathname}: ${name}`);
      // SessionNotFound and friends: an expired or foreign interaction.
      if (!response.headersSent)
        sendHtml(response, 400, errorPage(name === 'SessionNotFound' ? 'session_not_found' : 'server_error'));
      else response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  console.log(
    `FAS-testaanbieder: issuer ${config.issuer}, luistert op ${config.host}:${config.port}, client ${config.client.clientId}`,
  );

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 2_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

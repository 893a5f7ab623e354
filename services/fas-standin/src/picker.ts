/**
 * The pages of the stand-in: instead of a card reader or itsme, a list of test people, one button
 * each. Clearly marked as a test provider; Dutch; works without JavaScript and with a keyboard.
 */
import { GENERATED_NUMBER_FIELD, GENERATED_PERSONA_ID } from './generated-personas.ts';
import type { Persona } from './personas.ts';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const STYLE = `
  body { font: 1.05rem/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 48rem; padding: 1rem; color: #1a1a1a; }
  .banner { background: #fff3cd; border: 2px solid #8a6d00; padding: .75rem 1rem; border-radius: .25rem; }
  ul.personas { list-style: none; padding: 0; }
  ul.personas li { margin: .6rem 0; }
  button { font: inherit; width: 100%; text-align: left; padding: .6rem .9rem; border: 2px solid #0b4f9c;
           background: #fff; color: #0b4f9c; border-radius: .25rem; cursor: pointer; }
  button:hover { background: #e8f0fa; }
  button:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
  button.cancel { border-color: #555; color: #1a1a1a; width: auto; }
  .expect { display: block; font-size: .9rem; color: #333; }
  code { background: #f2f2f2; padding: 0 .2rem; }
`;

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Testaanbieder, geen echte e-ID</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<p class="banner" role="note"><strong>Testaanbieder — geen echte e-ID.</strong>
Deze pagina speelt de federale aanmeldingsdienst (FAS) na voor ontwikkeling en tests.
Er wordt geen echte identiteit gecontroleerd.</p>
</header>
<main>
${body}
</main>
</body>
</html>`;
}

export function pickerPage(uid: string, personas: Persona[], requestedLevels: string | undefined): string {
  const buttons = personas
    .map(
      (persona) => `<li><button type="submit" name="persona" value="${escapeHtml(persona.id)}">
<span>${escapeHtml(persona.label)}</span>
<span class="expect">Verwacht: ${escapeHtml(persona.expectation)}</span>
</button></li>`,
    )
    .join('\n');
  const asked = requestedLevels
    ? `<p>De toepassing vraagt aanmeldniveau <code>${escapeHtml(requestedLevels)}</code>. De testaanbieder geeft het niveau van de gekozen testpersoon door; de toepassing moet zelf weigeren wat te laag is.</p>`
    : '';
  return page(
    'Kies een testpersoon',
    `<h1>Aanmelden als testpersoon</h1>
${asked}
<form method="post" action="/interaction/${escapeHtml(uid)}">
<fieldset>
<legend>Met wie wil je je aanmelden?</legend>
<ul class="personas">
${buttons}
</ul>
</fieldset>
<p><button class="cancel" type="submit" name="cancel" value="1">Annuleren en terug naar de toepassing</button></p>
</form>
<form method="post" action="/interaction/${escapeHtml(uid)}">
<h2>Of: een testpersoon met een zelfgekozen rijksregisternummer</h2>
<p>Voor tests met veel verschillende mensen. Aanmeldniveau Level500 (eID-kaart); de toepassing controleert het nummer.</p>
<p><label for="nationalNumber">Rijksregisternummer (11 cijfers)</label><br>
<input id="nationalNumber" name="${GENERATED_NUMBER_FIELD}" inputmode="numeric" autocomplete="off" required pattern="[0-9 .-]{11,15}"></p>
<p><button type="submit" name="persona" value="${GENERATED_PERSONA_ID}">Aanmelden met dit nummer</button></p>
</form>`,
  );
}

export function errorPage(error: string, description?: string): string {
  return page(
    'Aanmelden lukt niet',
    `<h1>Aanmelden lukt niet</h1>
<p>De testaanbieder kon deze aanvraag niet afhandelen.</p>
<p>Fout: <code>${escapeHtml(error)}</code>${description ? ` — ${escapeHtml(description)}` : ''}</p>
<p>Ga terug naar de toepassing en start de verificatie opnieuw.</p>`,
  );
}

export function homePage(issuer: string, personas: Persona[]): string {
  const items = personas
    .map((persona) => `<li><strong>${escapeHtml(persona.label)}</strong> — ${escapeHtml(persona.expectation)}</li>`)
    .join('\n');
  return page(
    'FAS-testaanbieder',
    `<h1>FAS-testaanbieder</h1>
<p>OpenID Connect-aanbieder voor lokaal gebruik. Issuer: <code>${escapeHtml(issuer)}</code>.
Instellingen: <a href="/.well-known/openid-configuration">/.well-known/openid-configuration</a>.</p>
<h2>Testpersonen</h2>
<ul>
${items}
</ul>`,
  );
}

import { describe, expect, it } from 'vitest';
import {
  draftInputOf,
  draftProblems,
  listFiltersFrom,
  listPath,
  refusalFrom,
  refusalMessage,
  stepMessage,
} from './proposals';

const refusal = (status: number, message: string, details: unknown) =>
  refusalFrom({ status, name: 'Error', message, details });

describe('refusals as messages', () => {
  it('names the unlock step in the visitor’s language, with the minimum age filled in', () => {
    expect(refusalMessage(refusal(403, 'x', { step: 'verify-eid' }), 'nl')).toMatch(/^Bevestig eerst wie je bent/);
    expect(refusalMessage(refusal(403, 'x', { step: 'too-young', minimumAge: 16 }), 'fr')).toContain('au moins 16 ans');
  });

  it('maps the vote engine’s reasons (closed, already voted) and the proposal’s reasons', () => {
    expect(refusalMessage(refusal(400, 'x', { reason: 'closed' }), 'nl')).toBe(
      'Deze stemming is afgelopen. Er kan niet meer gestemd of gesteund worden.',
    );
    expect(refusalMessage(refusal(409, 'x', { reason: 'already-voted' }), 'en')).toBe(
      'You have already voted here. Everyone votes once.',
    );
    expect(refusalMessage(refusal(400, 'x', { reason: 'not-editable' }), 'nl')).toMatch(/screening is begonnen/);
  });

  it('falls back to the server’s words for an unknown refusal, never to an empty message', () => {
    expect(refusalMessage(refusal(400, 'Iets onverwachts.', {}), 'nl')).toBe('Iets onverwachts.');
    expect(refusalMessage(refusal(400, '', undefined), 'nl')).toMatch(/Probeer het binnen enkele minuten opnieuw/);
  });

  it('keys the server’s field problems by field', () => {
    const fields = refusal(400, 'Controleer', {
      reason: 'incomplete',
      errors: [
        { path: ['title'], message: 'De titel moet minstens 10 tekens lang zijn (nu 4).' },
        { path: ['title'], message: 'tweede' },
        { path: ['body'], message: 'De uitleg …' },
      ],
    }).fieldErrors;
    expect(fields).toEqual({ title: 'De titel moet minstens 10 tekens lang zijn (nu 4).', body: 'De uitleg …' });
  });

  it('translates the viewer’s may-support step and the proposal states', () => {
    expect(stepMessage({ step: 'log-in', message: 'x' }, 'nl')).toBe('Meld je aan of maak een account om mee te doen.');
    expect(stepMessage({ step: 'closed', message: 'x' }, 'en')).toMatch(/has closed/);
    expect(stepMessage({ step: 'iets-nieuws', message: 'Zo staat het.' }, 'nl')).toBe('Zo staat het.');
  });
});

describe('overview filters', () => {
  it('reads the Dutch parameters and ignores unknown values', () => {
    const params = new URLSearchParams('fase=open-for-support&thema=mobiliteit&deelgemeente=onbekend&sorteer=steun');
    expect(listFiltersFrom(params, ['mobiliteit'], ['daknam'])).toEqual({
      stage: 'open-for-support',
      topic: 'mobiliteit',
      district: undefined,
      sort: 'support',
    });
    expect(listFiltersFrom(new URLSearchParams('fase=draft&sorteer=toString'), [], []).stage).toBeUndefined();
    expect(listFiltersFrom(new URLSearchParams('sorteer=toString'), [], []).sort).toBe('newest');
  });

  it('builds the API path with only what is set', () => {
    expect(listPath({ sort: 'closing-soon', page: 2, pageSize: 12, topic: 'groen' })).toBe(
      '/api/proposals?topic=groen&sort=closing-soon&page=2&pageSize=12',
    );
  });
});

describe('draft checks', () => {
  const complete = {
    title: 'Een fietsstraat in de Kerkstraat',
    summary: 'Maak van de Kerkstraat een fietsstraat, zodat kinderen veilig fietsen.',
    body: 'x'.repeat(120),
    topic: '',
    district: 'daknam',
    displayName: 'Ouders',
  };

  it('lets an unfinished draft be saved, but not submitted', () => {
    const short = { ...complete, title: 'Kort', body: 'Nog niet af' };
    expect(draftProblems(short, 'save', 'nl')).toEqual({});
    expect(draftProblems(short, 'submit', 'nl')).toEqual({
      title: 'De titel moet minstens 10 tekens lang zijn (nu 4).',
      body: 'De uitleg moet minstens 100 tekens lang zijn (nu 11).',
    });
    expect(draftProblems(complete, 'submit', 'nl')).toEqual({});
  });

  it('always needs a title and a display name, and no text over its maximum', () => {
    const problems = draftProblems(
      { ...complete, title: '  ', displayName: 'A', summary: 'y'.repeat(501) },
      'save',
      'en',
    );
    expect(problems.title).toBe('Give your proposal a title.');
    expect(problems.displayName).toMatch(/at least 2 characters/);
    expect(problems.summary).toBe('The summary may be at most 500 characters long (now 501).');
  });

  it('sends trimmed texts and only well-formed slugs', () => {
    expect(draftInputOf({ ...complete, title: '  Titel  ', topic: '<script>' })).toMatchObject({
      title: 'Titel',
      topic: null,
      district: 'daknam',
    });
  });
});

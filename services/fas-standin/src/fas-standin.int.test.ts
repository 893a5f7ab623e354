/**
 * The FAS stand-in as a real process (started by the integration setup), checked from the outside
 * with openid-client as the relying party: FAS-shaped discovery, the persona picker, PKCE enforced,
 * signed ID tokens with the assurance level in acr or amr, FAS claims in userinfo, single-use codes.
 */
import * as oidc from 'openid-client';
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { CookieJar, loginHeadless } from './headless.ts';
import { PERSONA_IDS } from './personas.ts';

const issuer = inject('fasIssuer');
const redirectUri = inject('verificationRedirectUri');
let config: oidc.Configuration;

beforeAll(async () => {
  config = await oidc.discovery(
    new URL(issuer),
    inject('oidcClientId'),
    undefined,
    oidc.ClientSecretBasic(inject('oidcClientSecret')),
    {
      execute: [oidc.allowInsecureRequests],
    },
  );
  oidc.enableNonRepudiationChecks(config);
});

async function authorizationRequest(extra: Record<string, string> = {}) {
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid profile egovnrn',
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    ...extra,
  });
  return { url, codeVerifier, state, nonce };
}

describe('FAS stand-in', () => {
  it('publishes FAS-shaped discovery metadata', async () => {
    const metadata = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(metadata).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/access_token`,
      userinfo_endpoint: `${issuer}/userinfo`,
      jwks_uri: `${issuer}/connect/jwk_uri`,
      response_types_supported: ['code'],
      code_challenge_methods_supported: ['S256'],
      authorization_response_iss_parameter_supported: true,
    });
    expect(metadata.scopes_supported).toEqual(['openid', 'profile', 'egovnrn']);
    expect(metadata.claims_supported).toEqual(
      expect.arrayContaining(['givenName', 'surname', 'prefLanguage', 'mail', 'egovNRN', 'fedid', 'acr', 'amr']),
    );
    expect(metadata.acr_values_supported).toEqual(
      [100, 200, 300, 400, 450, 500].map((level) => `urn:be:fedict:iam:fas:Level${level}`),
    );
    const jwks = (await (await fetch(`${issuer}/connect/jwk_uri`)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', use: 'sig', alg: 'RS256' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('shows a Dutch persona picker, clearly labelled as a test provider, with one button per persona', async () => {
    const { url } = await authorizationRequest();
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(303);
    const cookies = response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0])
      .join('; ');
    const picker = await fetch(new URL(response.headers.get('location') ?? '', issuer), {
      headers: { cookie: cookies },
    });
    const html = await picker.text();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('Testaanbieder — geen echte e-ID');
    expect(html).toContain('<legend>Met wie wil je je aanmelden?</legend>');
    for (const id of PERSONA_IDS) expect(html).toContain(`name="persona" value="${id}"`);
    expect(html).toContain('name="cancel"');
  });

  it('refuses an authorization request without PKCE', async () => {
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid',
      state: 's',
      nonce: 'n',
    });
    const response = await fetch(url, { redirect: 'manual' });
    const back = new URL(response.headers.get('location') ?? '');
    expect(back.searchParams.get('error')).toBe('invalid_request');
    expect(back.searchParams.get('error_description')).toMatch(/PKCE/);
  });

  it('refuses a redirect URI that is not registered for the client', async () => {
    const { url } = await authorizationRequest();
    url.searchParams.set('redirect_uri', 'https://aanvaller.example/terug');
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Testaanbieder — geen echte e-ID');
  });

  it('logs in an itsme-like persona: level in amr, FAS claims in userinfo, signed ID token, single-use code', async () => {
    const request = await authorizationRequest({ acr_values: 'urn:be:fedict:iam:fas:Level450' });
    const back = await loginHeadless(request.url.href, { persona: 'geboren-na-2000', redirectUri });
    expect(back.searchParams.get('iss')).toBe(issuer);

    const checks = {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
      expectedNonce: request.nonce,
    };
    const tokens = await oidc.authorizationCodeGrant(config, back, { ...checks, idTokenExpected: true });
    const claims = tokens.claims();
    expect(claims).toMatchObject({
      iss: issuer,
      aud: inject('oidcClientId'),
      nonce: request.nonce,
      amr: ['urn:be:fedict:iam:fas:Level450'],
    });
    expect(claims?.acr).toBeUndefined();

    const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, claims?.sub ?? '');
    expect(userinfo).toMatchObject({
      givenName: 'Lotte',
      surname: 'Claes',
      prefLanguage: 'nl',
      egovNRN: '03012522495',
    });
    expect(userinfo.fedid).toBe(claims?.sub);

    await expect(oidc.authorizationCodeGrant(config, back, checks)).rejects.toMatchObject({ error: 'invalid_grant' });
  });

  it('puts the level in acr for eID-card personas and leaves the number out for Level200 logins', async () => {
    const request = await authorizationRequest();
    const back = await loginHeadless(request.url.href, { persona: 'zonder-rijksregisternummer', redirectUri });
    const tokens = await oidc.authorizationCodeGrant(config, back, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
      expectedNonce: request.nonce,
    });
    expect(tokens.claims()?.acr).toBe('urn:be:fedict:iam:fas:Level200');
    const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, tokens.claims()?.sub ?? '');
    expect(userinfo).not.toHaveProperty('egovNRN');
  });

  it('asks for a persona again on every login (no silent single sign-on) and reports a cancel as access_denied', async () => {
    const browser = new CookieJar();
    const first = await authorizationRequest();
    await loginHeadless(first.url.href, { persona: 'geboren-voor-2000', redirectUri, jar: browser });
    const second = await authorizationRequest();
    // With single sign-on this would come straight back with a code for the first persona.
    const back = await loginHeadless(second.url.href, { persona: 'cancel', redirectUri, jar: browser });
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('state')).toBe(second.state);
  });
});

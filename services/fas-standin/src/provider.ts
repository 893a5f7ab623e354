/**
 * An oidc-provider configured like FAS: FAS endpoint paths, scopes `openid profile egovnrn`, the
 * FAS claims, assurance levels Level100–Level500 as ACR values, authorization code flow with PKCE
 * (S256) required, signed ID tokens. Who logs in is chosen on the persona picker (picker.ts).
 */
import crypto from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { interactionPolicy, type Account, type KoaContextWithOIDC } from 'oidc-provider';
import type { FasStandinConfig } from './config.ts';
import { findGeneratedBySub } from './generated-personas.ts';
import { FAS_LEVEL, type Persona } from './personas.ts';
import { errorPage } from './picker.ts';

export const FAS_SCOPES = ['openid', 'profile', 'egovnrn'] as const;
export const FAS_CLAIMS = {
  profile: ['givenName', 'surname', 'prefLanguage', 'mail', 'fedid'],
  egovnrn: ['egovNRN'],
} as const;

function accountFinder(personas: Persona[]) {
  return async (_ctx: KoaContextWithOIDC, sub: string): Promise<Account | undefined> => {
    const persona = personas.find((candidate) => candidate.person.sub === sub) ?? findGeneratedBySub(sub);
    if (!persona) return undefined;
    return {
      accountId: sub,
      claims: () => ({ ...persona.person }),
    };
  };
}

// A test provider must show the picker every time: single sign-on would silently reuse the persona
// of the previous login and make "try another persona" impossible.
function alwaysPickPersona() {
  const policy = interactionPolicy.base();
  const login = policy.get('login');
  if (!login) throw new Error('oidc-provider: login prompt missing');
  login.checks.add(
    new interactionPolicy.Check('persona_not_chosen', 'Kies een testpersoon', (ctx) =>
      ctx.oidc.result?.login ? interactionPolicy.Check.NO_NEED_TO_PROMPT : interactionPolicy.Check.REQUEST_PROMPT,
    ),
    0,
  );
  return policy;
}

// The relying party is first-party: consent is implied for the FAS scopes, as at FAS itself.
async function loadExistingGrant(ctx: KoaContextWithOIDC) {
  const { client, session, result, provider } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const existing = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  if (existing) {
    const found = await provider.Grant.find(existing);
    if (found) return found;
  }
  const grant = new provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope(FAS_SCOPES.join(' '));
  grant.addOIDCClaims([...FAS_CLAIMS.profile, ...FAS_CLAIMS.egovnrn]);
  await grant.save();
  return grant;
}

export async function createProvider(config: FasStandinConfig, personas: Persona[]): Promise<Provider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: crypto.randomUUID(), alg: 'RS256', use: 'sig' };

  const provider = new Provider(config.issuer, {
    clients: [
      {
        client_id: config.client.clientId,
        client_secret: config.client.clientSecret,
        redirect_uris: config.client.redirectUris,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_basic',
        id_token_signed_response_alg: 'RS256',
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [crypto.randomBytes(32).toString('base64url')] },
    routes: {
      authorization: '/authorize',
      token: '/access_token',
      userinfo: '/userinfo',
      jwks: '/connect/jwk_uri',
      end_session: '/logout',
    },
    responseTypes: ['code'],
    scopes: [...FAS_SCOPES],
    claims: {
      acr: null,
      amr: null,
      auth_time: null,
      iss: null,
      sid: null,
      // Under `openid`, so the ID token always says how the person logged in (not only when asked).
      openid: ['sub', 'acr', 'amr'],
      profile: [...FAS_CLAIMS.profile],
      egovnrn: [...FAS_CLAIMS.egovnrn],
    },
    acrValues: ([100, 200, 300, 400, 450, 500] as const).map(FAS_LEVEL),
    pkce: { required: () => true },
    features: {
      devInteractions: { enabled: false },
      userinfo: { enabled: true },
      rpInitiatedLogout: { enabled: false },
    },
    findAccount: accountFinder(personas),
    loadExistingGrant,
    interactions: {
      policy: alwaysPickPersona(),
      url: (_ctx: KoaContextWithOIDC, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
    },
    ttl: {
      AuthorizationCode: 60,
      AccessToken: 300,
      IdToken: 300,
      Interaction: 900,
      Session: 900,
      Grant: 900,
    },
    renderError: (ctx: KoaContextWithOIDC, out: { error?: string; error_description?: string }) => {
      ctx.type = 'html';
      ctx.body = errorPage(out.error ?? 'fout', out.error_description);
    },
  });
  return provider;
}

/**
 * The OpenID Connect relying party (openid-client 6): builds the authorization URL and checks the
 * provider's answer — state, PKCE, issuer, audience, expiry, nonce and the ID token signature —
 * then reads userinfo for the same subject. Any provider configured by environment is treated
 * the same; the local FAS stand-in is not special here.
 */
import type { Core } from '@strapi/strapi';
import * as oidc from 'openid-client';
import type { VerificationFailure } from '../../../shared/contracts';
import { assuranceUrn } from '../domain/assurance';
import type { ProviderClaims } from '../domain/verification-decision';
import { getService } from './get-service';

export class RelyingPartyError extends Error {
  constructor(
    readonly reason: VerificationFailure,
    cause?: unknown,
  ) {
    super(reason, { cause });
  }
}

export interface AuthorizationRequest {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface CallbackParameters {
  state: string;
  code?: string;
  iss?: string;
  error?: string;
  error_description?: string;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const oauthError = (error as { error?: unknown }).error;
  return [error.name, typeof code === 'string' ? code : '', typeof oauthError === 'string' ? oauthError : '']
    .filter(Boolean)
    .join(' ');
}

export const createRelyingPartyService = ({ strapi }: { strapi: Core.Strapi }) => {
  let configuration: Promise<oidc.Configuration> | undefined;

  async function discover(): Promise<oidc.Configuration> {
    const settings = getService(strapi, 'settings').get().oidc;
    const config = await oidc.discovery(
      new URL(settings.issuer),
      settings.clientId,
      undefined,
      oidc.ClientSecretBasic(settings.clientSecret),
      { execute: settings.allowInsecureHttp ? [oidc.allowInsecureRequests] : [], timeout: 10 },
    );
    // Check the ID token signature against the provider's keys too, not only TLS (defence in depth).
    oidc.enableNonRepudiationChecks(config);
    return config;
  }

  /** Discovery is cached; a failed discovery is retried on the next request. */
  function providerConfiguration(): Promise<oidc.Configuration> {
    configuration ??= discover().catch((error: unknown) => {
      configuration = undefined;
      strapi.log.warn(`verification: OIDC-discovery mislukt (${describe(error)})`);
      throw new RelyingPartyError('provider-unavailable', error);
    });
    return configuration;
  }

  return {
    newRequest(): AuthorizationRequest {
      return { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
    },

    async authorizationUrl(request: AuthorizationRequest): Promise<URL> {
      const settings = getService(strapi, 'settings').get();
      const config = await providerConfiguration();
      return oidc.buildAuthorizationUrl(config, {
        redirect_uri: settings.oidc.redirectUri,
        scope: settings.oidc.scope,
        state: request.state,
        nonce: request.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(request.codeVerifier),
        code_challenge_method: 'S256',
        acr_values: assuranceUrn(settings.minimumAssuranceLevel),
        ui_locales: 'nl',
      });
    },

    /** Exchanges the code and returns the claims we read: acr/amr from the ID token, the rest from userinfo. */
    async claimsFromCallback(parameters: CallbackParameters, request: AuthorizationRequest): Promise<ProviderClaims> {
      if (parameters.error !== undefined) {
        throw new RelyingPartyError(parameters.error === 'access_denied' ? 'cancelled' : 'provider-error');
      }
      const settings = getService(strapi, 'settings').get();
      const config = await providerConfiguration();
      const callbackUrl = new URL(settings.oidc.redirectUri);
      for (const [name, value] of Object.entries(parameters)) {
        if (value !== undefined) callbackUrl.searchParams.set(name, value);
      }
      try {
        const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: request.codeVerifier,
          expectedState: request.state,
          expectedNonce: request.nonce,
          idTokenExpected: true,
        });
        const idToken = tokens.claims();
        if (!idToken) throw new RelyingPartyError('response-invalid');
        const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idToken.sub);
        return {
          acr: idToken.acr,
          amr: idToken.amr,
          egovNRN: userinfo.egovNRN,
          givenName: userinfo.givenName,
          surname: userinfo.surname,
        };
      } catch (error) {
        if (error instanceof RelyingPartyError) throw error;
        // Only the error's kind is logged: tokens and claims never reach the log.
        strapi.log.warn(`verification: antwoord van de aanbieder geweigerd (${describe(error)})`);
        const unreachable = error instanceof TypeError && /fetch failed/i.test(error.message);
        throw new RelyingPartyError(unreachable ? 'provider-unavailable' : 'response-invalid', error);
      }
    },
  };
};

export type RelyingPartyService = ReturnType<typeof createRelyingPartyService>;

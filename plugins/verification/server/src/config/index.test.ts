import { describe, expect, it } from 'vitest';
import { parseSettings } from './index';

const base = {
  required: true,
  hmacSecret: 'x'.repeat(32),
  portalUrl: 'https://denkmee.lokeren.be',
  oidc: { issuer: 'https://idp.iamfas.belgium.be/fas/oauth2', clientId: 'lokeren', clientSecret: 's'.repeat(16) },
};

describe('parseSettings', () => {
  it('fills in the defaults of the design notes', () => {
    expect(parseSettings(base)).toMatchObject({
      enabled: true,
      minimumAssuranceLevel: 450,
      minimumAge: 16,
      validityMonths: 60,
      keepNames: false,
      oidc: {
        redirectUri: 'https://denkmee.lokeren.be/account/verificatie/terug',
        scope: 'openid profile egovnrn',
        allowInsecureHttp: false,
      },
    });
  });

  it('reads the minimum level as URN, short name or number', () => {
    expect(
      parseSettings({ ...base, minimumAssuranceLevel: 'urn:be:fedict:iam:fas:Level500' }).minimumAssuranceLevel,
    ).toBe(500);
    expect(parseSettings({ ...base, minimumAssuranceLevel: 'Level400' }).minimumAssuranceLevel).toBe(400);
    expect(() => parseSettings({ ...base, minimumAssuranceLevel: 'hoog' })).toThrow(/Level100–Level500/);
  });

  it('stops when a secret is missing and settings are required (production)', () => {
    expect(() => parseSettings({ ...base, hmacSecret: undefined })).toThrow(/VERIFICATION_HMAC_SECRET ontbreekt/);
    expect(() => parseSettings({ ...base, oidc: { ...base.oidc, clientSecret: undefined } })).toThrow(
      /OIDC_CLIENT_SECRET ontbreekt/,
    );
    expect(() => parseSettings({ ...base, hmacSecret: 'kort' })).toThrow(/minstens 32 tekens/);
  });

  it('switches verification off instead when not required (development)', () => {
    const settings = parseSettings({ ...base, required: false, hmacSecret: undefined });
    expect(settings).toMatchObject({ enabled: false, missing: ['VERIFICATION_HMAC_SECRET'] });
  });

  it('accepts plain HTTP only for an issuer on this machine', () => {
    const local = parseSettings({ ...base, oidc: { ...base.oidc, issuer: 'http://127.0.0.1:4000' } });
    expect(local.oidc.allowInsecureHttp).toBe(true);
    expect(() => parseSettings({ ...base, oidc: { ...base.oidc, issuer: 'http://idp.example.be' } })).toThrow(/https/);
  });
});

import { describe, expect, it } from 'vitest';
import { assuranceFromClaims, assuranceUrn, methodForLevel, parseAssuranceLevel } from './assurance';

describe('parseAssuranceLevel', () => {
  it('reads the URN, the short name and the bare number', () => {
    expect(parseAssuranceLevel('urn:be:fedict:iam:fas:Level450')).toBe(450);
    expect(parseAssuranceLevel('Level500')).toBe(500);
    expect(parseAssuranceLevel('400')).toBe(400);
  });

  it('refuses unknown levels and other URNs', () => {
    expect(parseAssuranceLevel('urn:be:fedict:iam:fas:Level999')).toBeNull();
    expect(parseAssuranceLevel('urn:other:Level450')).toBeNull();
    expect(parseAssuranceLevel('high')).toBeNull();
  });

  it('round-trips with assuranceUrn', () => {
    expect(parseAssuranceLevel(assuranceUrn(450))).toBe(450);
  });
});

describe('assuranceFromClaims', () => {
  it('reads the level from acr', () => {
    expect(assuranceFromClaims({ acr: 'urn:be:fedict:iam:fas:Level500' })).toBe(500);
  });

  it('reads the level from amr when acr is absent, taking the highest listed level', () => {
    expect(assuranceFromClaims({ amr: ['urn:be:fedict:iam:fas:Level450'] })).toBe(450);
    expect(
      assuranceFromClaims({ amr: ['pwd', 'urn:be:fedict:iam:fas:Level200', 'urn:be:fedict:iam:fas:Level450'] }),
    ).toBe(450);
    expect(assuranceFromClaims({ amr: 'urn:be:fedict:iam:fas:Level400' })).toBe(400);
  });

  it('lets a recognised acr win over amr', () => {
    expect(
      assuranceFromClaims({ acr: 'urn:be:fedict:iam:fas:Level200', amr: ['urn:be:fedict:iam:fas:Level500'] }),
    ).toBe(200);
  });

  it('falls back to amr when acr is not a FAS level', () => {
    expect(assuranceFromClaims({ acr: 'something-else', amr: ['urn:be:fedict:iam:fas:Level450'] })).toBe(450);
  });

  it('returns null when no level is recognised', () => {
    expect(assuranceFromClaims({})).toBeNull();
    expect(assuranceFromClaims({ acr: 42, amr: [{}] })).toBeNull();
    expect(assuranceFromClaims({ acr: '450' })).toBeNull();
  });
});

describe('methodForLevel', () => {
  it('names the FAS methods', () => {
    expect(methodForLevel(500)).toBe('eid-card');
    expect(methodForLevel(450)).toBe('itsme');
    expect(methodForLevel(400)).toBe('one-time-code');
    expect(methodForLevel(200)).toBe('password');
    expect(methodForLevel(0)).toBe('unknown');
  });
});

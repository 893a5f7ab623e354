import { describe, expect, it } from 'vitest';
import { findGeneratedBySub, generatedPersona } from './generated-personas.ts';

describe('generated personas', () => {
  it('carry the given number at Level500, behind a subject that does not show it', () => {
    const persona = generatedPersona('93.05.18-223.61');
    expect(persona?.person.egovNRN).toBe('93051822361');
    expect(persona?.acr).toBe('urn:be:fedict:iam:fas:Level500');
    expect(persona?.person.sub).not.toContain('93051822361');
    expect(findGeneratedBySub(persona?.person.sub ?? '')).toBe(persona);
  });

  it('are the same person for the same number and different people for different numbers', () => {
    expect(generatedPersona('03012522495')?.person.sub).toBe(generatedPersona('03012522495')?.person.sub);
    expect(generatedPersona('03012522495')?.person.sub).not.toBe(generatedPersona('93051822361')?.person.sub);
  });

  it('refuse anything that is not eleven digits', () => {
    expect(generatedPersona('1234')).toBeUndefined();
    expect(generatedPersona('9305182236x')).toBeUndefined();
    expect(findGeneratedBySub('fas-gen-unknown')).toBeUndefined();
  });
});

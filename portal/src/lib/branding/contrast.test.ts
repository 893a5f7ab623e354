import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColour } from './contrast';

describe('contrastRatio', () => {
  it('is 21 for black on white and symmetric', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 5);
  });

  it('matches the WCAG reference value for #767676 on white (just AA)', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('treats an unreadable colour as no contrast at all', () => {
    expect(contrastRatio('blue', '#ffffff')).toBe(1);
    expect(parseHexColour('#12345')).toBeUndefined();
  });
});

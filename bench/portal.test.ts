import { describe, expect, it } from 'vitest';
import { firstProjectPath } from './portal.ts';

describe('firstProjectPath', () => {
  it('follows the first link to a project page, not the list itself or a filtered list', () => {
    const html = `
      <a href="/projecten">Projecten</a>
      <a href="/projecten?thema=mobiliteit">Mobiliteit</a>
      <a href="/projecten/heraanleg-kerkstraat">Heraanleg Kerkstraat</a>
      <a href="/projecten/nieuwe-bibliotheek">Nieuwe bibliotheek</a>`;
    expect(firstProjectPath(html)).toBe('/projecten/heraanleg-kerkstraat');
  });

  it('finds nothing on a page without project links', () => {
    expect(firstProjectPath('<main><p>Geen projecten gevonden.</p></main>')).toBeUndefined();
  });
});

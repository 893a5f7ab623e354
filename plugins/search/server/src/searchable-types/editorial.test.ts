import { describe, expect, it } from 'vitest';
import { searchDocumentSchema } from '../../../shared/search-contract';
import { toSearchDocument, type SearchableType } from '../domain/search-document';
import { decisionType, newsArticleType, pageType, projectType } from './editorial';

/** What the indexer does with one published version: allow-list, build, clean. */
function index<Entry>(type: SearchableType<Entry>, version: Record<string, unknown>) {
  const fields = type.toDocument(type.entry.parse(version));
  return toSearchDocument(
    { type: type.type, documentId: 'doc1', locale: 'nl', updatedAt: '2025-03-01T10:00:00.000Z' },
    fields,
  );
}

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/** Fields Strapi returns that must never reach the index. */
const privateFields = {
  id: 12,
  createdBy: { id: 1, firstname: 'Ann', email: 'ann.editor@lokeren.be' },
  updatedBy: { id: 1, email: 'ann.editor@lokeren.be' },
  internalNote: 'bel de aannemer',
};

const project = {
  ...privateFields,
  documentId: 'doc1',
  locale: 'nl',
  title: 'Heraanleg Kerkstraat',
  slug: 'heraanleg-kerkstraat',
  summary: 'De Kerkstraat krijgt nieuwe riolering en een fietspad.',
  plainLanguageSummary: 'We maken de straat opnieuw.',
  body: [paragraph('Vragen? Mail werken.kerkstraat@example.com.')],
  progress: 'active',
  updatedAt: '2025-03-01T10:00:00.000Z',
  department: { name: 'Mobiliteit en Openbaar Domein', email: 'mobiliteit@lokeren.be', phone: '09 340 94 00' },
  topics: [{ name: 'Mobiliteit' }, { name: 'Openbaar domein' }],
  districts: [{ name: 'Lokeren' }],
  location: { label: 'Kerkstraat, 9160 Lokeren', latitude: 51.1, longitude: 3.99 },
  phases: [
    { title: 'Uitvoering', startDate: '2025-04-01', description: 'Nutsmaatschappijen' },
    { title: 'Ontwerp', startDate: '2024-01-15', description: null },
  ],
};

describe('project', () => {
  const document = index(projectType, project);

  it('becomes a search document with its public fields and facets', () => {
    expect(document).toMatchObject({
      id: 'project-doc1',
      type: 'project',
      locale: 'nl',
      title: 'Heraanleg Kerkstraat',
      path: '/projecten/heraanleg-kerkstraat',
      topics: ['Mobiliteit', 'Openbaar domein'],
      districts: ['Lokeren'],
      department: 'Mobiliteit en Openbaar Domein',
      status: 'active',
      activity: 2,
      date: '2024-01-15',
      year: 2024,
    });
    expect(document.body).toContain('Kerkstraat, 9160 Lokeren');
    expect(document.body).toContain('We maken de straat opnieuw.');
    expect(document.body).toContain('Uitvoering');
    expect(() => searchDocumentSchema.strict().parse(document)).not.toThrow();
  });

  it('carries no e-mail address, editor or internal field', () => {
    const serialized = JSON.stringify(document);
    expect(serialized).not.toMatch(/@|ann\.editor|Ann|aannemer|09 340|latitude|51\.1/);
  });

  it('ranks finished projects below running ones', () => {
    expect(index(projectType, { ...project, progress: 'completed' })).toMatchObject({
      status: 'completed',
      activity: 0,
    });
    expect(index(projectType, { ...project, progress: 'planned' })).toMatchObject({ status: 'planned', activity: 1 });
  });
});

describe('news article', () => {
  it('is dated by its own date and linked under /nieuws', () => {
    const document = index(newsArticleType, {
      ...privateFields,
      documentId: 'doc1',
      title: 'Infoavond over de bibliotheek',
      slug: 'infoavond-bibliotheek',
      date: '2025-02-10',
      summary: 'Kom langs.',
      body: [paragraph('In de raadzaal.')],
      department: { name: 'Cultuur', email: 'cultuur@lokeren.be' },
      topics: [],
    });
    expect(document).toMatchObject({
      type: 'news',
      path: '/nieuws/infoavond-bibliotheek',
      date: '2025-02-10',
      year: 2025,
      status: null,
      body: 'In de raadzaal.',
    });
    expect(document.recency).toBe(Date.parse('2025-02-10') / 1000);
    expect(JSON.stringify(document)).not.toContain('@');
  });
});

describe('decision', () => {
  it('makes its reference and deciding body searchable', () => {
    const document = index(decisionType, {
      ...privateFields,
      documentId: 'doc1',
      title: 'Goedkeuring ontwerp stadsmuseum',
      slug: 'ontwerp-stadsmuseum',
      reference: 'GR-2025-014',
      decidingBody: 'college',
      decisionDate: '2025-01-20',
      summary: 'Het college keurt het ontwerp goed.',
      body: null,
      department: null,
      topics: [{ name: 'Cultuur' }],
    });
    expect(document.body).toBe('GR-2025-014\ncollege van burgemeester en schepenen');
    expect(document).toMatchObject({ type: 'decision', year: 2025, department: null, topics: ['Cultuur'] });
  });
});

describe('page', () => {
  it('has no date and falls back to its last change for recency', () => {
    const document = index(pageType, {
      ...privateFields,
      documentId: 'doc1',
      title: 'Privacy',
      slug: 'privacy',
      summary: null,
      body: [],
    });
    expect(document).toMatchObject({ type: 'page', path: '/privacy', date: null, year: null, summary: '', body: '' });
    expect(document.recency).toBe(Date.parse('2025-03-01T10:00:00.000Z') / 1000);
  });
});

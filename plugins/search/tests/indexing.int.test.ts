/**
 * Publishing in Strapi reaches the portal's search within seconds, and only what is public does:
 * real Strapi, real Meilisearch, content written through the admin API like an editor would.
 */
import { describe, expect, inject, it } from 'vitest';
import {
  allIndexedDocuments,
  editor,
  eventually,
  indexingSettled,
  publishedProject,
  search,
  uniqueWord,
} from './support';

const PROJECT = 'api::project.project';
const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

async function hitsFor(word: string): Promise<string[]> {
  const { hits } = await search(word, { matchingStrategy: 'all' });
  return hits.map((hit) => hit.documentId);
}

describe('indexing on publish, update, unpublish and delete', () => {
  it('makes a published project findable within seconds, in every language, and keeps it in step', async () => {
    const word = uniqueWord();
    const documentId = await publishedProject({
      title: `Nieuw buurtpark ${word}`,
      body: paragraph('Met een speelweide en bomen.'),
    });

    await eventually(async () => expect(await hitsFor(word)).toEqual([documentId]));
    // No French or English translation: those languages find the Dutch text.
    for (const locale of ['fr', 'en'] as const) {
      await eventually(async () => {
        const { hits } = await search(word, {}, locale);
        expect(hits.map((hit) => hit.path)).toEqual([expect.stringMatching(/^\/projecten\/slug/)]);
      });
    }

    const renamed = uniqueWord();
    await editor.update(PROJECT, documentId, { title: `Nieuw stadspark ${renamed}` });
    await editor.publish(PROJECT, documentId);
    await eventually(async () => {
      expect(await hitsFor(renamed)).toEqual([documentId]);
      expect(await hitsFor(word)).toEqual([]);
    });

    await editor.unpublish(PROJECT, documentId);
    await eventually(async () => expect(await hitsFor(renamed)).toEqual([]));

    await editor.publish(PROJECT, documentId);
    await eventually(async () => expect(await hitsFor(renamed)).toEqual([documentId]));

    await editor.remove(PROJECT, documentId);
    await eventually(async () => expect(await hitsFor(renamed)).toEqual([]));
    await eventually(async () => {
      const leftovers = (await allIndexedDocuments()).filter((document) => document.documentId === documentId);
      expect(leftovers).toEqual([]);
    });
  });

  it('never indexes a draft, nor the draft changes of a published item', async () => {
    const draftWord = uniqueWord();
    await editor.create(PROJECT, {
      title: `Ontwerp ${draftWord}`,
      slug: uniqueWord('slug'),
      summary: 'Nog niet klaar.',
      progress: 'planned',
      policyStage: 'beleidsvoorbereiding',
    });

    const publishedWord = uniqueWord();
    const changedWord = uniqueWord();
    const documentId = await publishedProject({ title: `Zitbanken ${publishedWord}` });
    await eventually(async () => expect(await hitsFor(publishedWord)).toEqual([documentId]));
    await editor.update(PROJECT, documentId, {
      title: `Zitbanken ${changedWord}`,
      summary: `Nog te publiceren ${changedWord}`,
    });

    // Give the write every chance to be (wrongly) indexed before looking.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await indexingSettled();
    expect(await hitsFor(draftWord)).toEqual([]);
    expect(await hitsFor(changedWord)).toEqual([]);
    expect(await hitsFor(publishedWord)).toEqual([documentId]);
    const serialized = JSON.stringify(await allIndexedDocuments());
    expect(serialized).not.toContain(draftWord);
    expect(serialized).not.toContain(changedWord);
  });

  it('never indexes an e-mail address, whether in a public text, a department or an editor field', async () => {
    const word = uniqueWord();
    const department = await editor.findOne('api::department.department', 'name', 'Mobiliteit');
    expect(department, 'de demo-inhoud heeft een dienst Mobiliteit').toBeDefined();
    const departmentId = String(department?.documentId);
    const departmentEmail = `${uniqueWord('dienst')}@lokeren.example`;
    await editor.update('api::department.department', departmentId, { email: departmentEmail });

    const documentId = await publishedProject({
      title: `Trage wegen ${word}`,
      summary: `Meld knelpunten aan ${uniqueWord('inwoner')}@example.com of bel ons.`,
      body: paragraph(
        `Projectleider: ${uniqueWord('leider')} (at) lokeren (dot) be, of via mail naar jan.${word}@example.org.`,
      ),
      department: { connect: [{ documentId: departmentId }] },
    });
    const hit = await eventually(async () => {
      const { hits } = await search(word, { matchingStrategy: 'all' });
      expect(hits).toHaveLength(1);
      return hits[0];
    });
    expect(hit).toMatchObject({ documentId, department: 'Mobiliteit' });
    expect(hit?.summary).toContain('Meld knelpunten aan');

    const adminEmail = inject('adminEmail');
    const emailPattern = /[\p{L}\p{N}._%+-]+\s*(@|\(at\))\s*[\p{L}\p{N}-]+/u;
    for (const document of await allIndexedDocuments()) {
      const serialized = JSON.stringify(document);
      expect(serialized, `${document.id} bevat een e-mailadres`).not.toMatch(emailPattern);
      expect(serialized).not.toContain(departmentEmail);
      expect(serialized).not.toContain(adminEmail);
    }
  });

  it('follows a renamed topic into the documents that show it', async () => {
    const topic = await editor.findOne('api::topic.topic', 'name', 'Erfgoed');
    expect(topic, 'de demo-inhoud heeft een thema Erfgoed').toBeDefined();
    const topicId = String(topic?.documentId);
    const renamed = `Erfgoed ${uniqueWord('en')}`;
    const { hits: before } = await search('', { filter: ['topics = "Erfgoed"'], limit: 100 });
    expect(before.length).toBeGreaterThan(0);

    await editor.update('api::topic.topic', topicId, { name: renamed });
    try {
      await eventually(async () => {
        const { hits } = await search('', { filter: [`topics = "${renamed}"`], limit: 100 });
        expect(hits.map((hit) => hit.id).sort()).toEqual(before.map((hit) => hit.id).sort());
      });
    } finally {
      await editor.update('api::topic.topic', topicId, { name: 'Erfgoed' });
    }
    await eventually(async () => {
      const { hits } = await search('', { filter: ['topics = "Erfgoed"'], limit: 100 });
      expect(hits).toHaveLength(before.length);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { blocksToText } from './blocks-to-text';

const text = (value: string) => ({ type: 'text', text: value });

describe('blocksToText', () => {
  it('reads paragraphs, headings, quotes and nested lists as lines of plain text', () => {
    const blocks = [
      { type: 'heading', level: 2, children: [text('Heraanleg '), { ...text('Kerkstraat'), bold: true }] },
      { type: 'paragraph', children: [text('De werken starten in maart.')] },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('Fase 1: riolering')] },
          {
            type: 'list',
            format: 'ordered',
            children: [{ type: 'list-item', children: [text('Fase 1b: nutsleidingen')] }],
          },
        ],
      },
      { type: 'quote', children: [text('Eindelijk een veilige straat.')] },
    ];
    expect(blocksToText(blocks)).toBe(
      'Heraanleg Kerkstraat\nDe werken starten in maart.\nFase 1: riolering\nFase 1b: nutsleidingen\nEindelijk een veilige straat.',
    );
  });

  it('keeps the visible text of a link but never its target', () => {
    const blocks = [
      {
        type: 'paragraph',
        children: [
          text('Mail '),
          { type: 'link', url: 'mailto:jan.peeters@example.com', children: [text('de projectleider')] },
          text('.'),
        ],
      },
    ];
    expect(blocksToText(blocks)).toBe('Mail de projectleider.');
  });

  it('skips images, empty paragraphs and block types it does not know', () => {
    const blocks = [
      { type: 'image', image: { url: '/uploads/plan.png', alternativeText: 'Plan' }, children: [text('')] },
      { type: 'paragraph', children: [text('   ')] },
      { type: 'video-embed', url: 'https://example.org' },
      { type: 'paragraph', children: [text('Blijft staan')] },
    ];
    expect(blocksToText(blocks)).toBe('Blijft staan');
  });

  it.each([null, undefined, 'platte tekst', 42, { type: 'paragraph' }])('gives an empty string for %j', (value) => {
    expect(blocksToText(value)).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { richText } from './blocks';

describe('richText', () => {
  it('turns lines into headings, paragraphs with bold text and grouped lists', () => {
    expect(
      richText(['## Planning', 'De werken starten **in maart**.', '- fase 1', '- fase 2', '1. eerst', '### Contact']),
    ).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Planning' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'De werken starten ' },
          { type: 'text', text: 'in maart', bold: true },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'fase 1' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'fase 2' }] },
        ],
      },
      {
        type: 'list',
        format: 'ordered',
        children: [{ type: 'list-item', children: [{ type: 'text', text: 'eerst' }] }],
      },
      { type: 'heading', level: 3, children: [{ type: 'text', text: 'Contact' }] },
    ]);
  });
});

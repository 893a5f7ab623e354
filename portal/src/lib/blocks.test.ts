import { describe, expect, it } from 'vitest';
import { normalizeBlocks, safeHref } from './blocks';

const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text: value, ...marks });

describe('normalizeBlocks', () => {
  it('keeps paragraphs, marks and safe links', () => {
    const [paragraph] = normalizeBlocks([
      {
        type: 'paragraph',
        children: [
          text('Zie '),
          { type: 'link', url: 'https://www.lokeren.be/museum', children: [text('de website', { bold: true })] },
        ],
      },
    ]);
    expect(paragraph).toEqual({
      kind: 'paragraph',
      children: [
        { kind: 'text', text: 'Zie ', bold: false, italic: false, underline: false, strikethrough: false, code: false },
        {
          kind: 'link',
          href: 'https://www.lokeren.be/museum',
          children: [
            {
              kind: 'text',
              text: 'de website',
              bold: true,
              italic: false,
              underline: false,
              strikethrough: false,
              code: false,
            },
          ],
        },
      ],
    });
  });

  it('turns a javascript: link into its plain words', () => {
    const [paragraph] = normalizeBlocks([
      { type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [text('klik')] }] },
    ]);
    expect(paragraph).toMatchObject({ kind: 'paragraph', children: [{ kind: 'text', text: 'klik' }] });
  });

  it('keeps markup-looking text as text (escaping is the renderer’s job) and drops unknown nodes', () => {
    const blocks = normalizeBlocks([
      { type: 'paragraph', children: [text('<script>alert(1)</script>')] },
      { type: 'html', value: '<b>raw</b>' },
      'nonsense',
      null,
    ]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ children: [{ text: '<script>alert(1)</script>' }] });
  });

  it('starts headings at level 2 and caps them at 6', () => {
    const blocks = normalizeBlocks([
      { type: 'heading', level: 1, children: [text('Titel')] },
      { type: 'heading', level: 3, children: [text('Sub')] },
      { type: 'heading', level: 9, children: [text('Diep')] },
    ]);
    expect(blocks.map((node) => (node.kind === 'heading' ? node.level : 0))).toEqual([2, 3, 6]);
  });

  it('moves a nested list into the item before it', () => {
    const [list] = normalizeBlocks([
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [text('Een')] },
          { type: 'list', format: 'ordered', children: [{ type: 'list-item', children: [text('Een.a')] }] },
          { type: 'list-item', children: [text('Twee')] },
        ],
      },
    ]);
    expect(list).toMatchObject({
      kind: 'list',
      ordered: false,
      items: [{ nested: [{ ordered: true, items: [{ children: [{ text: 'Een.a' }] }] }] }, { nested: [] }],
    });
  });

  it('keeps only images stored in the CMS', () => {
    const blocks = normalizeBlocks([
      {
        type: 'image',
        image: { url: '/uploads/plan_1.png', alternativeText: 'Plan', width: 800, height: 600 },
        children: [],
      },
      { type: 'image', image: { url: 'javascript:alert(1)' }, children: [] },
      { type: 'image', image: { url: '/uploads/../../etc/passwd' }, children: [] },
    ]);
    expect(blocks).toEqual([{ kind: 'image', src: '/uploads/plan_1.png', alt: 'Plan', width: 800, height: 600 }]);
  });

  it('drops empty paragraphs', () => {
    expect(normalizeBlocks([{ type: 'paragraph', children: [text('  ')] }])).toEqual([]);
    expect(normalizeBlocks(null)).toEqual([]);
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=c', 'https://example.org/a?b=c'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:denkmee@lokeren.be', 'mailto:denkmee@lokeren.be'],
    ['/projecten/stadsmuseum', '/projecten/stadsmuseum'],
  ])('allows %s', (input, expected) => expect(safeHref(input)).toBe(expected));

  it.each([
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'data:text/html,<b>',
    '//evil.example',
    '/\\evil.example',
    'vbscript:x',
    42,
  ])('refuses %s', (input) => expect(safeHref(input)).toBeUndefined());
});

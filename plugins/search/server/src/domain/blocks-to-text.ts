/**
 * Strapi's rich text ("blocks") as plain text for the index: the words a resident could search for,
 * without the JSON around them. Link targets are dropped (only the visible link text counts: a
 * `mailto:` target must not smuggle an address into the index), and so are images.
 */
import { z } from 'zod';

type InlineNode = { type: 'text'; text: string } | { type: 'link'; children: InlineNode[] };

const inlineNode: z.ZodType<InlineNode> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('text'), text: z.string() }),
    z.object({ type: z.literal('link'), children: z.array(inlineNode) }),
  ]),
);

type BlockNode =
  | { type: 'paragraph' | 'heading' | 'quote' | 'code'; children: InlineNode[] }
  | { type: 'list'; children: BlockNode[] }
  | { type: 'list-item'; children: (InlineNode | BlockNode)[] }
  | { type: 'image' }
  | { type: 'unknown' };

const blockNode: z.ZodType<BlockNode> = z.lazy(() =>
  z.union([
    z.object({ type: z.enum(['paragraph', 'heading', 'quote', 'code']), children: z.array(inlineNode) }),
    z.object({ type: z.literal('list'), children: z.array(blockNode) }),
    z.object({ type: z.literal('list-item'), children: z.array(z.union([inlineNode, blockNode])) }),
    z.object({ type: z.literal('image') }).transform(() => ({ type: 'image' as const })),
    // A block type added by a future Strapi version: skipped rather than failing the whole entry.
    z.object({ type: z.string() }).transform(() => ({ type: 'unknown' as const })),
  ]),
);

function inlineText(node: InlineNode | BlockNode): string {
  if (node.type === 'text') return node.text;
  if ('children' in node) return node.children.map(inlineText).join('');
  return '';
}

function blockLines(node: BlockNode): string[] {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
    case 'code':
      return [node.children.map(inlineText).join('')];
    case 'list':
      return node.children.flatMap(blockLines);
    case 'list-item':
      return node.children.flatMap((child) => (child.type === 'list' ? blockLines(child) : [inlineText(child)]));
    default:
      return [];
  }
}

/** Plain text of a blocks value, one line per block; anything that is not blocks gives ''. */
export function blocksToText(value: unknown): string {
  const parsed = z.array(blockNode).safeParse(value);
  if (!parsed.success) return '';
  return parsed.data
    .flatMap(blockLines)
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}

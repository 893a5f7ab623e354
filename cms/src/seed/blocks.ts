/**
 * Rich text for the seed, written as lines and turned into Strapi's blocks JSON:
 *   '## Titel'      → heading (level 2; '### ' for level 3)
 *   '- punt'        → list item (consecutive items form one bulleted list)
 *   '1. punt'       → list item of a numbered list
 *   anything else   → paragraph; **vet** marks bold text
 */

type TextNode = { type: 'text'; text: string; bold?: true };
type ListItemNode = { type: 'list-item'; children: TextNode[] };
export type Block =
  | { type: 'paragraph'; children: TextNode[] }
  | { type: 'heading'; level: 2 | 3; children: TextNode[] }
  | { type: 'list'; format: 'unordered' | 'ordered'; children: ListItemNode[] };

function inline(text: string): TextNode[] {
  const nodes = text
    .split(/(\*\*[^*]+\*\*)/)
    .filter((part) => part !== '')
    .map<TextNode>((part) =>
      part.startsWith('**') && part.endsWith('**')
        ? { type: 'text', text: part.slice(2, -2), bold: true }
        : { type: 'text', text: part },
    );
  return nodes.length > 0 ? nodes : [{ type: 'text', text: '' }];
}

export function richText(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const heading = /^(#{2,3}) (.*)$/.exec(line);
    const bullet = /^- (.*)$/.exec(line);
    const numbered = /^\d+\. (.*)$/.exec(line);
    if (heading) {
      blocks.push({ type: 'heading', level: heading[1] === '##' ? 2 : 3, children: inline(heading[2] ?? '') });
    } else if (bullet || numbered) {
      const format = bullet ? 'unordered' : 'ordered';
      const item: ListItemNode = { type: 'list-item', children: inline((bullet ?? numbered)?.[1] ?? '') };
      const previous = blocks.at(-1);
      if (previous?.type === 'list' && previous.format === format) previous.children.push(item);
      else blocks.push({ type: 'list', format, children: [item] });
    } else {
      blocks.push({ type: 'paragraph', children: inline(line) });
    }
  }
  return blocks;
}

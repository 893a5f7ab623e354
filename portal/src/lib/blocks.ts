/**
 * Strapi "blocks" rich text turned into a small tree the portal can render without any raw HTML:
 * only known node types survive, text is kept as text (Svelte escapes it), links keep only
 * http(s), mailto and same-site paths, images only CMS uploads. Headings start at level 2 because
 * the page title is the only h1.
 */
import { mediaPath } from './media';

export interface TextNode {
  kind: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strikethrough: boolean;
  code: boolean;
}
export interface LinkNode {
  kind: 'link';
  href: string;
  children: TextNode[];
}
export type InlineNode = TextNode | LinkNode;

export interface ListItem {
  children: InlineNode[];
  nested: ListBlock[];
}
export interface ListBlock {
  kind: 'list';
  ordered: boolean;
  items: ListItem[];
}
export type Block =
  | { kind: 'paragraph'; children: InlineNode[] }
  | { kind: 'heading'; level: 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
  | { kind: 'quote'; children: InlineNode[] }
  | { kind: 'code'; text: string }
  | { kind: 'image'; src: string; alt: string; width?: number; height?: number }
  | ListBlock;

type Raw = Record<string, unknown>;

const isRecord = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const childrenOf = (node: Raw): unknown[] => (Array.isArray(node.children) ? node.children : []);

export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (/^\/(?![/\\])/.test(trimmed)) return trimmed;
  try {
    const parsed = new URL(trimmed);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function textNode(node: Raw): TextNode {
  return {
    kind: 'text',
    text: typeof node.text === 'string' ? node.text : '',
    bold: node.bold === true,
    italic: node.italic === true,
    underline: node.underline === true,
    strikethrough: node.strikethrough === true,
    code: node.code === true,
  };
}

function inlineNodes(children: unknown[]): InlineNode[] {
  const result: InlineNode[] = [];
  for (const child of children) {
    if (!isRecord(child)) continue;
    if (child.type === 'text') {
      result.push(textNode(child));
    } else if (child.type === 'link') {
      const texts = childrenOf(child).filter(isRecord).map(textNode);
      const href = safeHref(child.url);
      if (href) result.push({ kind: 'link', href, children: texts });
      else result.push(...texts); // an unsafe link keeps its words, loses its target
    }
  }
  return result;
}

function plainText(children: unknown[]): string {
  return inlineNodes(children)
    .map((node) => (node.kind === 'text' ? node.text : node.children.map((text) => text.text).join('')))
    .join('');
}

function listBlock(node: Raw): ListBlock {
  const items: ListItem[] = [];
  for (const child of childrenOf(node)) {
    if (!isRecord(child)) continue;
    if (child.type === 'list-item') {
      items.push({ children: inlineNodes(childrenOf(child)), nested: [] });
    } else if (child.type === 'list') {
      // Strapi puts a sub-list beside the items; HTML wants it inside the item before it.
      const previous = items.at(-1) ?? items[items.push({ children: [], nested: [] }) - 1];
      previous?.nested.push(listBlock(child));
    }
  }
  return { kind: 'list', ordered: node.format === 'ordered', items };
}

function block(node: unknown): Block | undefined {
  if (!isRecord(node)) return undefined;
  switch (node.type) {
    case 'paragraph': {
      const children = inlineNodes(childrenOf(node));
      return children.some((child) => child.kind === 'link' || child.text.trim() !== '')
        ? { kind: 'paragraph', children }
        : undefined;
    }
    case 'heading': {
      const level = typeof node.level === 'number' ? Math.min(6, Math.max(2, Math.round(node.level))) : 2;
      return { kind: 'heading', level: level as 2 | 3 | 4 | 5 | 6, children: inlineNodes(childrenOf(node)) };
    }
    case 'quote':
      return { kind: 'quote', children: inlineNodes(childrenOf(node)) };
    case 'code':
      return { kind: 'code', text: plainText(childrenOf(node)) };
    case 'list':
      return listBlock(node);
    case 'image': {
      const image = isRecord(node.image) ? node.image : undefined;
      const src = mediaPath(typeof image?.url === 'string' ? image.url : undefined);
      if (!image || !src) return undefined;
      return {
        kind: 'image',
        src,
        alt: typeof image.alternativeText === 'string' ? image.alternativeText : '',
        width: typeof image.width === 'number' ? image.width : undefined,
        height: typeof image.height === 'number' ? image.height : undefined,
      };
    }
    default:
      return undefined;
  }
}

export function normalizeBlocks(raw: unknown): Block[] {
  if (!Array.isArray(raw)) return [];
  return raw.map(block).filter((node): node is Block => node !== undefined);
}

// The unified side of conversion: rehype-parse → rehype-sanitize → our fix-ups (absolute links,
// labels in cells, notes) → our serializer (hast-to-markdown); remark-parse + remark-gfm read the
// pipe tables. Processors are built once; the document's link base travels in the file data.
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { PhrasingContent, Root as MdastRoot, Table } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { hastToMarkdown } from './hast-to-markdown.js';
import { absoluteUrl, type LinkBase } from './links.js';
import { rowsFromMdast, type TableRow } from './tables.js';

const schema: SanitizeSchema = {
  ...defaultSchema,
  // Dropped with their content, not just unwrapped.
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'textarea', 'select'],
  attributes: { ...defaultSchema.attributes, div: [...(defaultSchema.attributes?.['div'] ?? []), ['className', 'alert']] },
};

type FileData = { data: Record<string, unknown> };

const htmlParser = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeSanitize, schema)
  .use(() => (tree: HastRoot, file: FileData) => fixUp(tree, file.data['linkBase'] as LinkBase))
  .freeze();

const markdownProcessor = unified().use(remarkParse).use(remarkGfm).freeze();

/** HTML (with some markdown text in it) → clean markdown and its tables. */
export function htmlToMarkdown(html: string, base: LinkBase): { markdown: string; tables: TableRow[][] } {
  const file = { value: html, data: { linkBase: base } };
  const hast = htmlParser.runSync(htmlParser.parse(file), file) as HastRoot;
  return hastToMarkdown(hast);
}

/** The pipe tables of a markdown text, as rows; a cell's markdown is its source text. */
export function markdownTables(markdown: string): TableRow[][] {
  const source = (children: PhrasingContent[]): string => {
    const start = children[0]?.position?.start.offset;
    const end = children[children.length - 1]?.position?.end.offset;
    return start === undefined || end === undefined ? '' : markdown.slice(start, end).trim();
  };
  return mdastTables(markdownProcessor.parse(markdown), source);
}

function mdastTables(tree: MdastRoot, cellMarkdown: (children: PhrasingContent[]) => string): TableRow[][] {
  const found: TableRow[][] = [];
  const walk = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'table') found.push(rowsFromMdast(node as Table, cellMarkdown));
    else for (const child of (node.children ?? []) as { type: string; children?: unknown[] }[]) walk(child);
  };
  walk(tree);
  return found;
}

function fixUp(tree: HastRoot, base: LinkBase): void {
  const visit = (node: HastRoot | Element, inCell: boolean): void => {
    node.children = node.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return child.type === 'doctype' ? [] : [child as ElementContent];
      const props = child.properties;
      for (const key of ['href', 'src'] as const) {
        if (typeof props[key] !== 'string') continue;
        const url = absoluteUrl(props[key], base);
        if (url === undefined) delete props[key];
        else props[key] = url;
      }
      const cell = inCell || child.tagName === 'td' || child.tagName === 'th';
      visit(child, cell);
      // A link that lost its address (script, empty) is just its text.
      if (child.tagName === 'a' && props['href'] === undefined) return child.children;
      // `<dl><dt><b>STATUS_X</b></dt></dl>` in a table cell is a label, not a list.
      if (cell && (child.tagName === 'dl' || child.tagName === 'dd')) return child.children;
      if (cell && child.tagName === 'dt') return [...child.children, { type: 'text', value: ' ' }];
      // A table inside a cell cannot be a markdown table: its cells become words of the outer cell.
      if (inCell && child.tagName === 'table') return cellsOf(child).flatMap((c) => [{ type: 'text', value: ' ' }, ...c.children]);
      if (!cell && child.tagName === 'div' && Array.isArray(props['className']) && props['className'].includes('alert')) {
        return [{ ...child, tagName: 'blockquote', properties: {} }];
      }
      return [child];
    });
  };
  visit(tree, false);
}

function cellsOf(table: Element): Element[] {
  return table.children.flatMap((child) => {
    if (child.type !== 'element') return [];
    return child.tagName === 'td' || child.tagName === 'th' ? [child] : cellsOf(child);
  });
}

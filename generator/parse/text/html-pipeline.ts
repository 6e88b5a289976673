// The unified side of conversion: rehype-parse → rehype-sanitize → link fix-ups, then either our
// serializer (hast-to-markdown) or, for trees it does not support, rehype-remark → remark-gfm →
// remark-stringify. Processors are built once; the document's link base travels in the file data.
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { PhrasingContent, Root as MdastRoot, Table } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { hastToMarkdown, supports } from './hast-to-markdown.js';
import { absoluteUrl, type LinkBase } from './links.js';
import { rowsFromMdast, type TableRow } from './tables.js';

const schema: SanitizeSchema = {
  ...defaultSchema,
  // Dropped with their content, not just unwrapped.
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'textarea', 'select'],
  attributes: { ...defaultSchema.attributes, div: [...(defaultSchema.attributes?.['div'] ?? []), ['className', 'alert']] },
};

const stringifyOptions = { bullet: '-', emphasis: '*', strong: '*', fences: true, listItemIndent: 'one', rule: '-' } as const;

type FileData = { data: Record<string, unknown> };

const htmlParser = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeSanitize, schema)
  .use(() => (tree: HastRoot, file: FileData) => fixUp(tree, file.data['linkBase'] as LinkBase))
  .freeze();

const hastToRemark = unified().use(rehypeRemark).use(remarkGfm).use(remarkStringify, stringifyOptions).freeze();

const markdownProcessor = unified().use(remarkParse).use(remarkGfm).freeze();

/** HTML (with some markdown text in it) → clean markdown and its tables. */
export function htmlToMarkdown(html: string, base: LinkBase): { markdown: string; tables: TableRow[][] } {
  const file = { value: html, data: { linkBase: base } };
  const hast = htmlParser.runSync(htmlParser.parse(file), file) as HastRoot;
  if (supports(hast)) return hastToMarkdown(hast);
  const mdast = hastToRemark.runSync(hast) as MdastRoot;
  return { markdown: String(hastToRemark.stringify(mdast)).trim(), tables: mdastTables(mdast) };
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

function mdastTables(tree: MdastRoot, cellMarkdown: (children: PhrasingContent[]) => string = phrasingToMarkdown): TableRow[][] {
  const found: TableRow[][] = [];
  const walk = (node: { type: string; children?: unknown[] }): void => {
    if (node.type === 'table') found.push(rowsFromMdast(node as Table, cellMarkdown));
    else for (const child of (node.children ?? []) as { type: string; children?: unknown[] }[]) walk(child);
  };
  walk(tree);
  return found;
}

function phrasingToMarkdown(children: PhrasingContent[]): string {
  const root: MdastRoot = { type: 'root', children: [{ type: 'paragraph', children }] };
  return String(hastToRemark.stringify(root)).trim().replace(/\n/g, ' ');
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
      if (!cell && child.tagName === 'div' && Array.isArray(props['className']) && props['className'].includes('alert')) {
        return [{ ...child, tagName: 'blockquote', properties: {} }];
      }
      return [child];
    });
  };
  visit(tree, false);
}

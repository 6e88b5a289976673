// Sanitised hast → markdown for the HTML the documents use (paragraphs, emphasis, links, lists,
// tables, notes, preformatted code). Hand-written because it is the hot path: rehype-remark
// (hast-util-to-mdast clones every tree) + remark-stringify measured ~5x slower on the corpus.
// Text is emitted as markdown source: documents mix markdown into their HTML.
import type { Element, ElementContent, Root } from 'hast';
import type { TableRow } from './tables.js';
import { wrapInline } from './inline-wrap.js';
import { escapeDestination } from './links.js';

const BLOCK = new Set(['p', 'div', 'section', 'article', 'center', 'blockquote', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'pre', 'dl', 'dt', 'dd', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'caption', 'details', 'summary', 'figure', 'figcaption']);

export interface Serialised {
  markdown: string;
  tables: TableRow[][];
}

export function hastToMarkdown(tree: Root): Serialised {
  const tables: TableRow[][] = [];
  const markdown = blocks(tree.children, tables).join('\n\n');
  return { markdown, tables };
}

const isBlock = (node: ElementContent): boolean => node.type === 'element' && BLOCK.has(node.tagName);

function blocks(nodes: readonly ElementContent[] | Root['children'], tables: TableRow[][]): string[] {
  const out: string[] = [];
  let run: ElementContent[] = [];
  const flush = (): void => {
    const text = inline(run, false).trim();
    if (text !== '') out.push(text);
    run = [];
  };
  for (const node of nodes as ElementContent[]) {
    if (node.type === 'comment') continue;
    if (!isBlock(node)) {
      run.push(node);
      continue;
    }
    flush();
    out.push(...block(node as Element, tables));
  }
  flush();
  return out.filter((b) => b !== '');
}

function block(el: Element, tables: TableRow[][]): string[] {
  const tag = el.tagName;
  switch (tag) {
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': {
      const text = inline(el.children, true).trim();
      return text ? [`${'#'.repeat(Number(tag[1]))} ${text}`] : [];
    }
    case 'blockquote':
      return quote(blocks(el.children, tables));
    case 'ul':
    case 'ol':
      return [list(el, tables)];
    case 'pre': {
      const code = textContent(el).replace(/^\n/, '').trimEnd();
      const fence = code.includes('```') ? '~~~' : '```';
      return [`${fence}\n${code}\n${fence}`];
    }
    case 'table': {
      const rows = tableRows(el);
      if (rows.length === 0) return [];
      tables.push(rows);
      return [pipeTable(rows)];
    }
    case 'hr':
      return ['---'];
    default:
      return blocks(el.children, tables);
  }
}

const quote = (parts: string[]): string[] => (parts.length === 0 ? [] : [parts.join('\n\n').split('\n').map((l) => (l === '' ? '>' : `> ${l}`)).join('\n')]);

function list(el: Element, tables: TableRow[][]): string {
  const ordered = el.tagName === 'ol';
  let n = 0;
  const items: string[] = [];
  for (const child of el.children) {
    if (child.type !== 'element' || child.tagName !== 'li') {
      const text = child.type === 'element' ? blocks([child], tables).join('\n\n') : inline([child], false).trim();
      if (text !== '' && items.length > 0) items[items.length - 1] += ` ${text}`;
      continue;
    }
    const marker = ordered ? `${++n}. ` : '- ';
    const body = blocks(child.children, tables).join('\n\n') || '';
    const indent = ' '.repeat(marker.length);
    items.push(marker + body.split('\n').map((l, i) => (i === 0 || l === '' ? l : indent + l)).join('\n'));
  }
  const loose = items.some((i) => i.includes('\n\n'));
  return items.join(loose ? '\n\n' : '\n');
}

function tableRows(table: Element): TableRow[] {
  const rows: TableRow[] = [];
  const walk = (el: Element): void => {
    for (const child of el.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') {
        const cells = child.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th'));
        rows.push({
          line: child.position?.start.line ?? table.position?.start.line ?? 1,
          cells: cells.map((c) => ({ markdown: cellMarkdown(c), text: textContent(c).replace(/\s+/g, ' ').trim() })),
        });
      } else if (child.tagName !== 'table') walk(child);
    }
  };
  walk(table);
  return rows.filter((r) => r.cells.length > 0);
}

/** A cell's content on one line: its blocks joined by spaces, `<dt>` labels kept apart. */
function cellMarkdown(cell: Element): string {
  return blocks(cell.children, [])
    .map((b) => b.replace(/\\\n/g, ' ').replace(/\n+/g, ' '))
    .join(' ')
    .replace(/\|/g, '\\|')
    .replace(/\\\\\|/g, '\\|')
    .trim();
}

function pipeTable(rows: TableRow[]): string {
  const width = Math.max(...rows.map((r) => r.cells.length));
  const line = (cells: string[]): string => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head, ...body] = rows;
  return [line(head!.cells.map((c) => c.markdown)), line(Array.from({ length: width }, () => '---')), ...body.map((r) => line(r.cells.map((c) => c.markdown)))].join('\n');
}

function inline(nodes: readonly ElementContent[], oneLine: boolean): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += escapeText(node.value.replace(/[\s\u00a0]+/g, ' '));
    else if (node.type === 'element') out += element(node, oneLine);
  }
  return out.replace(/ {2,}/g, ' ').replace(/ ?\\\n ?/g, '\\\n');
}

function element(el: Element, oneLine: boolean): string {
  const inner = (): string => inline(el.children, oneLine);
  switch (el.tagName) {
    case 'b': case 'strong':
      return wrapInline('**', inner());
    case 'i': case 'em':
      return wrapInline('*', inner());
    case 'code': case 'kbd': case 'samp': case 'tt': {
      const code = textContent(el).replace(/\s+/g, ' ').trim();
      if (code === '') return '';
      const ticks = code.includes('`') ? '``' : '`';
      return `${ticks}${code}${ticks}`;
    }
    case 'a': {
      const text = inner();
      const href = el.properties['href'];
      return typeof href === 'string' && text.trim() !== '' ? wrapLink(text, href) : text;
    }
    case 'img': {
      const src = el.properties['src'];
      const alt = typeof el.properties['alt'] === 'string' ? el.properties['alt'] : '';
      return typeof src === 'string' ? `![${alt.replace(/[[\]]/g, '\\$&')}](${escapeDestination(src)})` : alt;
    }
    case 'br':
      return oneLine ? ' ' : '\\\n';
    default:
      // Block content met inside inline content (a list inside a cell) reads as text.
      return BLOCK.has(el.tagName) ? ` ${inner()} ` : inner();
  }
}

function wrapLink(text: string, href: string): string {
  const lead = text.slice(0, text.length - text.trimStart().length);
  const trail = text.slice(text.trimEnd().length);
  return `${lead}[${text.trim().replace(/(^|[^\\])([[\]])/g, '$1\\$2')}](${escapeDestination(href)})${trail}`;
}

/** `<` that would open a tag and `&` that would start an entity stay literal. */
const escapeText = (text: string): string => text.replace(/<(?=[A-Za-z/!?])/g, '&lt;').replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;');

function textContent(node: Element | Root): string {
  let out = '';
  for (const child of node.children) {
    if (child.type === 'text') out += child.value;
    else if (child.type === 'element') out += child.tagName === 'br' ? '\n' : textContent(child);
  }
  return out;
}

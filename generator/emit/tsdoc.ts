// TSDoc text: escaping of document text and attaching comments to nodes. Document text is
// markdown and stays markdown; only what would end the comment or start a tag is escaped.
import type { ts } from 'ts-morph';
import { joinLines, trimBlanksEnd } from '../parse/text/lines.js';
import { tsApi } from './typescript.js';

/**
 * Document text made safe inside a `/** ... *\/` comment: `*\/` cannot close it, `@word` cannot
 * start a tag (`\@`), line separators become newlines and trailing spaces go.
 */
export function escapeDoc(text: string): string {
  // Entries are documented twice (header module and DLL interface): escape long texts once.
  if (text.length < 120) return escapeText(text);
  let escaped = escapedCache.get(text);
  if (escaped === undefined) escapedCache.set(text, (escaped = escapeText(text)));
  return escaped;
}

const escapedCache = new Map<string, string>();

// Anything escapeText would change; most texts have none of it and are only trimmed.
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\r\u2028\u2029\u0085\u0000-\u0008\u000B-\u001F\u007F@]|\*\/|[ \t]$|[ \t]\n/;

function escapeText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text.trim();
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    // Control characters other than tab and newline have no place in a comment.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/\*\//g, '*\\/')
    .replace(/@(?=[A-Za-z{])/g, '\\@')
    .split('\n').map(trimBlanksEnd).join('\n')
    .trim();
}

/** One table cell: a single line, pipes escaped. */
export function tableCell(text: string): string {
  return joinLines(escapeDoc(text)).replace(/\|/g, '\\|');
}

/** Text of an inline `{@link url | text}`: no braces or pipes that would end it early. */
export function linkText(text: string): string {
  return escapeDoc(text).replace(/[{}|\n]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** An absolute URL usable inside `{@link ...}`, or undefined when it is not one. */
export function linkUrl(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\/[^\s]+$/.test(url.trim())) return undefined;
  return url.trim().replace(/[{}|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/\*\//g, '*%2F');
}

export const urlLink = (url: string, text?: string): string => (text ? `{@link ${url} | ${linkText(text)}}` : `{@link ${url}}`);

/** Inline code: backticks inside are dropped rather than breaking the span. */
export const code = (text: string): string => `\`${escapeDoc(text).replace(/`/g, '')}\``;

// Doc bodies wait here until print.ts puts them in place of their markers: the printer then
// only moves a short marker, which keeps printing megabytes of documentation fast.
const pending = new Map<number, string[]>();
let nextDoc = 0;

/** The marker comment text of doc `n`, as the printer writes it: `/*@doc:n*\/`. */
export const DOC_MARKER = /^([ \t]*)\/\*@doc:(\d+)\*\/$/gm;

/** The lines of doc `n` (without `/**`), removed from the waiting list. */
export function takeDoc(n: number): string[] | undefined {
  const lines = pending.get(n);
  pending.delete(n);
  return lines;
}

/** Forget docs of nodes that were built but never printed, and the escaped texts of the run. */
export function dropPendingDocs(): void {
  pending.clear();
  escapedCache.clear();
}

/**
 * Attach a doc comment built from blocks (already escaped; blocks are separated by a blank
 * line, a block may span lines). Nothing is attached when every block is empty.
 */
export function withDoc<T extends ts.Node>(node: T, blocks: readonly (string | undefined)[]): T {
  const body = blocks.filter((b): b is string => b !== undefined && b.trim() !== '').join('\n\n');
  if (body === '') return node;
  const n = nextDoc++;
  pending.set(n, body.split('\n'));
  return tsApi.addSyntheticLeadingComment(node, tsApi.SyntaxKind.MultiLineCommentTrivia, `@doc:${n}`, true);
}

/** A doc comment at an indentation: one line when short, else `/**`, ` * ` lines and ` *\/`. */
export function formatDoc(lines: readonly string[], indent: string): string {
  if (lines.length === 1 && lines[0]!.length <= 100) return `${indent}/** ${lines[0]} */`;
  const body = lines.map((l) => (l === '' ? `${indent} *` : `${indent} * ${l}`)).join('\n');
  return `${indent}/**\n${body}\n${indent} */`;
}

/** A block tag with its content: `@param Handle - text`, `@returns text`. */
export const tag = (name: string, content: string): string =>
  (content === '' ? `@${name}` : content.startsWith('\n') ? `@${name}${content}` : `@${name} ${content}`);

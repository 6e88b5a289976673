// Plain-text reference page (a published page saved as text) → ParsedDocument.
import { Problems } from '../../model/problems.js';
import type { DocText, ParsedDocument } from '../../model/schema.js';
import type { SourceFile } from '../../read/source-file.js';
import { parsePrototype } from '../c/prototype.js';
import type { ParseResult } from '../parse-result.js';
import { newDocument } from '../text/document.js';
import { firstNonBlank, isBlank, normalizeText } from '../text/lines.js';
import { requirementsFrom } from '../text/requirements.js';
import { cutBlocks, type Blocks } from './blocks.js';
import { parseTitle } from './layout.js';
import { readRequirements, type Line } from './requirements-block.js';

export function readPlaintext(file: SourceFile): ParseResult {
  const problems = new Problems();
  const lines = normalizeText(file.text).split('\n');
  const titleIndex = firstNonBlank(lines);
  const title = titleIndex < lines.length ? parseTitle(lines[titleIndex]!) : undefined;
  if (!title) {
    problems.fatal({ file: file.path, line: Math.min(titleIndex + 1, lines.length) }, 'plaintext/no-title', 'the page does not start with a title naming the API', '`Name function (header.h)` or `Name routine`');
    return { documents: [], problems: problems.list };
  }
  const doc = newDocument(file.path, 'plaintext-reference', title.kind, title.name);
  doc.title = lines[titleIndex]!.trim();
  const blocks = cutBlocks(lines, titleIndex + 1, title.name, file.path, problems);
  const text = (key: keyof Blocks['text']): DocText | undefined => docText(blocks.text[key] ?? [], file.path);

  const description = text('description');
  if (description) doc.description = description;
  const returns = text('returns');
  if (returns) doc.returns = returns;
  const remarks = text('remarks');
  if (remarks) doc.remarks = remarks;
  const examples = text('examples');
  if (examples) doc.extraSections.push({ heading: 'Examples', text: examples });

  if (blocks.prototype && blocks.prototype.length > 0) {
    const place = { file: file.path, line: blocks.prototype[0]!.line };
    const raw = blocks.prototype.map((l) => l.text).join('\n');
    doc.syntax = { markdown: raw, place };
    const parsed = parsePrototype(raw, place);
    if (parsed.prototype) doc.prototype = parsed.prototype;
    problems.merge(parsed.problems);
  }
  for (const p of blocks.params) {
    const place = { file: file.path, line: p.header.line };
    if (doc.parameters.some((q) => q.name === p.name)) {
      problems.add(place, 'param/duplicate', `parameter ${p.name} is documented twice; the first is kept`, { expected: 'each parameter once' });
      continue;
    }
    const description = docText(p.lines, file.path) ?? { markdown: '', place };
    doc.parameters.push({ name: p.name, optional: p.annotation.optional, description, ...(p.annotation.direction ? { direction: p.annotation.direction } : {}) });
  }
  doc.returnCodes = blocks.codes.map((c) => ({ name: c.name, meaning: { markdown: c.meaning, place: { file: file.path, line: c.line } } }));

  const req = readRequirements(blocks.text.requirements ?? [], file.path, problems);
  const values: Record<string, string> = { title: doc.title, ...req.values };
  const valueLines: Record<string, number> = { title: titleIndex + 1, ...req.lines };
  doc.frontMatter = values;
  doc.frontMatterLines = valueLines;
  const built = requirementsFrom(values, valueLines);
  doc.requirements = built.requirements;
  doc.requirementLines = built.requirementLines;
  if (req.unknown.length > 0) doc.extraSections.push({ heading: 'Requirements', text: docText(req.unknown, file.path)! });
  const header = title.header ?? headerOf(built.requirements.header);
  if (header) doc.header = header;
  else problems.add({ file: file.path, line: titleIndex + 1 }, 'document/no-header', `the page of ${title.name} names no header`, { expected: '`(header.h)` in the title or a `Header` requirement' });

  doc.seeAlso = (blocks.text['see-also'] ?? []).filter((l) => !isBlank(l.text)).map((l) => ({ text: l.text.trim(), place: { file: file.path, line: l.line } }));
  return { documents: [doc], problems: problems.list };
}

const headerOf = (text: string | undefined): string | undefined => (text ? /(?<![A-Za-z0-9_])([A-Za-z0-9_]+)\.h\b/i.exec(text)?.[1]?.toLowerCase() : undefined);

/** Paragraphs of plain text as markdown: lines trimmed, blank runs collapsed, code rows as a table. */
function docText(lines: readonly Line[], file: string): DocText | undefined {
  const first = lines.findIndex((l) => !isBlank(l.text));
  if (first === -1) return undefined;
  const paragraphs: string[] = [];
  let current: string[] = [];
  let table = false;
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join('\n'));
    current = [];
  };
  for (const l of lines.slice(first)) {
    if (isBlank(l.text) || (l.row !== undefined) !== table) flush();
    table = l.row !== undefined;
    if (isBlank(l.text)) continue;
    if (!l.row) current.push(l.text.replace(/\u00a0/g, ' ').trim());
    else {
      current.push(`| ${cell(l.row.name)} | ${cell(l.row.meaning)} |`);
      if (current.length === 1) current.push('| --- | --- |');
    }
  }
  flush();
  return { markdown: paragraphs.join('\n\n'), place: { file, line: lines[first]!.line } };
}

const cell = (s: string): string => s.replace(/\|/g, '\\|');

// The `## -section` readers of a page, by section key.
import type { ParsedDocument } from '../../model/schema.js';
import { parsePrototype } from '../c/prototype.js';
import { fenceCloses, fenceOpen } from '../text/fences.js';
import { firstNonBlank } from '../text/lines.js';
import { convertLines, type ConvertContext } from '../text/to-markdown.js';
import { readEnumFields, readStructFields } from './fields.js';
import { readParameters } from './parameters.js';
import { returnCodesFrom } from './return-codes.js';
import { sectionKey, type Block } from './sections.js';
import { readSeeAlso } from './see-also.js';

type Extra = { heading: string; lines: string[]; firstLine: number };

/** Sections kept as extra sections without a warning: they are expected, the model has no field for them. */
const KEPT = new Set(['ioctlparameters', 'callback', 'prototype']);

export function readSections(doc: ParsedDocument, blocks: readonly Block[], ctx: ConvertContext): void {
  const seen = new Map<string, number>();
  const keep = (extra: Extra): void => {
    const converted = convertLines(extra.lines, extra.firstLine, ctx);
    // An empty section is placed at its heading: the line after it may be past the end of the file.
    const line = converted.markdown === '' ? Math.max(1, extra.firstLine - 1) : converted.line;
    doc.extraSections.push({ heading: extra.heading, text: { markdown: converted.markdown, place: { file: ctx.file, line } } });
  };
  for (const block of blocks) {
    const key = sectionKey(block.heading.text);
    const place = { file: ctx.file, line: block.heading.line };
    if (key !== '' && seen.has(key)) {
      ctx.problems.add(place, 'section/duplicate', `\`${block.heading.text}\` appears again (first on line ${seen.get(key)}); kept as an extra section`, { expected: 'each section once' });
      keep({ heading: block.heading.text, lines: block.lines, firstLine: block.firstLine });
      continue;
    }
    if (key !== '') seen.set(key, block.heading.line);
    const prose = () => {
      const converted = convertLines(block.lines, block.firstLine, ctx);
      return converted.markdown === '' ? undefined : { markdown: converted.markdown, place: { file: ctx.file, line: converted.line } };
    };
    switch (key) {
      case 'description': {
        const d = prose();
        if (d) doc.description = d;
        break;
      }
      case 'remarks': {
        const r = prose();
        if (r) doc.remarks = r;
        break;
      }
      case 'returns': {
        const converted = convertLines(block.lines, block.firstLine, ctx, { tables: true });
        if (converted.markdown !== '') doc.returns = { markdown: converted.markdown, place: { file: ctx.file, line: converted.line } };
        doc.returnCodes = returnCodesFrom(converted.tables, ctx.file);
        break;
      }
      case 'parameters': {
        const result = readParameters(block, ctx);
        doc.parameters = result.parameters;
        result.extra.forEach(keep);
        break;
      }
      case 'struct-fields': {
        const result = readStructFields(block, ctx);
        doc.fields = result.fields;
        result.extra.forEach(keep);
        break;
      }
      case 'enum-fields': {
        const result = readEnumFields(block, ctx);
        doc.enumValues = result.values;
        result.extra.forEach(keep);
        break;
      }
      case 'see-also':
        doc.seeAlso = readSeeAlso(block, ctx);
        break;
      case 'syntax':
        readSyntax(doc, block, ctx);
        break;
      default:
        if (!KEPT.has(key)) {
          ctx.problems.add(place, 'section/unknown', `\`${block.heading.text}\` is not a section this reader knows; kept as an extra section`, {
            expected: 'one of -description, -parameters, -returns, -remarks, -see-also, -struct-fields, -enum-fields, -syntax',
          });
        }
        keep({ heading: block.heading.text, lines: block.lines, firstLine: block.firstLine });
    }
  }
}

/** `## -syntax`: the C in its code block(s), kept raw; for functions, also read as a prototype. */
function readSyntax(doc: ParsedDocument, block: Block, ctx: ConvertContext): void {
  const code: string[] = [];
  let line = 0;
  let fence: string | undefined;
  block.lines.forEach((l, i) => {
    if (fence === undefined) {
      fence = fenceOpen(l);
      if (fence !== undefined && line === 0) line = block.firstLine + i + 1;
    } else if (fenceCloses(l, fence)) fence = undefined;
    else code.push(l);
  });
  if (line === 0) {
    const first = firstNonBlank(block.lines);
    if (first >= block.lines.length) return;
    line = block.firstLine + first;
    code.push(...block.lines.slice(first));
  }
  const raw = code.join('\n').trim();
  if (raw === '') return;
  doc.syntax = { markdown: raw, place: { file: ctx.file, line } };
  if (doc.kind === 'function' || doc.kind === 'callback') {
    const result = parsePrototype(raw, { file: ctx.file, line });
    if (result.prototype) doc.prototype = result.prototype;
    ctx.problems.merge(result.problems);
  }
}

// `## -parameters`: one `### -param NAME [in, optional]` per parameter. The direction may also
// open the first line of the text (`[in] Pointer to …`) or be missing.
import type { DocParam } from '../../model/schema.js';
import { leadingAnnotation, parseAnnotation, type Annotation } from '../text/annotations.js';
import { firstNonBlank } from '../text/lines.js';
import { convertLines, type ConvertContext } from '../text/to-markdown.js';
import { splitAt, type Block } from './sections.js';
import { namedBlocks, type Named } from './subsections.js';

const SAL_WORDS = new Set(['OPTIONAL', 'IN', 'OUT', 'INOUT']);

export interface ParamsResult {
  parameters: DocParam[];
  /** Text not under any `### -param`, and duplicated parameters: kept, not lost. */
  extra: { heading: string; lines: string[]; firstLine: number }[];
}

/**
 * Some pages list the remaining parameters as `#### - NAME [in]` headings inside the text of one
 * `### -param` (CreateTransaction): each is a parameter of its own.
 */
function withNestedParams(named: readonly Named[]): Named[] {
  return named.flatMap((entry) => {
    if (!entry.block.lines.some((l) => /^ {0,3}#### +- +\S/.test(l))) return [entry];
    const { preamble, blocks } = splitAt(entry.block.lines, entry.block.firstLine, 4);
    const nested: Named[] = [];
    for (const block of blocks) {
      const m = /^- +(\S.*)$/.exec(block.heading.text);
      if (m) nested.push({ rest: m[1]!.trim(), block });
      else (nested.at(-1)?.block ?? preamble).lines.push(block.heading.raw, ...block.lines);
    }
    return [{ rest: entry.rest, block: { ...entry.block, lines: preamble.lines } }, ...nested];
  });
}

export function readParameters(section: Block, ctx: ConvertContext): ParamsResult {
  const split = namedBlocks(section, '-param');
  const loose = split.loose;
  const named = withNestedParams(split.named);
  const parameters: DocParam[] = [];
  const extra: ParamsResult['extra'] = [];
  if (firstNonBlank(loose.lines) < loose.lines.length) {
    ctx.problems.add({ file: ctx.file, line: loose.firstLine + firstNonBlank(loose.lines) }, 'param/loose-text', 'text before the first `### -param` kept as an extra section', {
      expected: '`### -param NAME [in]` headings',
    });
    extra.push({ heading: '-parameters', lines: loose.lines, firstLine: loose.firstLine });
  }
  for (const { rest, block } of named) {
    const place = { file: ctx.file, line: block.heading.line };
    const m = /^([^\s[]+)\s*(?:\[([^\]]*)\]?)?/.exec(rest);
    const name = m?.[1];
    if (!name) {
      ctx.problems.add(place, 'param/no-name', 'a `### -param` heading without a name; its text is kept as an extra section', { expected: '`### -param NAME`' });
      extra.push({ heading: block.heading.text, lines: block.lines, firstLine: block.firstLine });
      continue;
    }
    let annotation: Annotation = parseAnnotation(m?.[2] ?? '');
    const lines = [...block.lines];
    const first = firstNonBlank(lines);
    const lead = first < lines.length ? leadingAnnotation(lines[first]!) : undefined;
    if (lead && !annotation.direction) {
      annotation = { ...lead.annotation, optional: lead.annotation.optional || annotation.optional };
      lines[first] = lead.rest;
    }
    if (annotation.unknown.length > 0) {
      ctx.problems.add(place, 'param/unknown-annotation', `\`${annotation.unknown.join(', ')}\` in the annotation of ${name} is not a direction`, {
        expected: 'in, out, in/out, optional',
      });
    }
    if (SAL_WORDS.has(name)) {
      // `### -param OPTIONAL`: the page split `Type Name OPTIONAL` wrongly and lost the name.
      ctx.problems.add(place, 'param/sal-keyword-name', `\`${name}\` is a SAL keyword, not a parameter name: this parameter's name is missing from the page`, {
        expected: '`### -param NAME [in, optional]`',
      });
      annotation = { ...annotation, optional: annotation.optional || name === 'OPTIONAL' };
    } else if (!annotation.direction) {
      ctx.problems.add(place, 'param/no-direction', `parameter ${name} states no direction`, { expected: '`[in]`, `[out]` or `[in, out]` after the name' });
    }
    if (parameters.some((p) => p.name === name)) {
      ctx.problems.add(place, 'param/duplicate', `parameter ${name} is documented twice; the first is kept, this one is an extra section`, { expected: 'each parameter once' });
      extra.push({ heading: block.heading.text, lines: block.lines, firstLine: block.firstLine });
      continue;
    }
    const text = convertLines(lines, block.firstLine, ctx);
    const param: DocParam = { name, optional: annotation.optional, description: { markdown: text.markdown, place: { file: ctx.file, line: text.markdown ? text.line : block.heading.line } } };
    if (annotation.direction) param.direction = annotation.direction;
    parameters.push(param);
  }
  return { parameters, extra };
}

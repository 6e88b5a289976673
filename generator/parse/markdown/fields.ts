// `## -struct-fields` and `## -enum-fields`: `### -field NAME` blocks. Struct members may be
// nested (`DUMMYUNIONNAME.Flags`, or an empty `### -field DUMMYUNIONNAME` with `#### Flags`);
// enum members may state their value (`Name:0x02`, `Name = 2`).
import type { DocEnumValue, DocField } from '../../model/schema.js';
import { firstNonBlank } from '../text/lines.js';
import { convertLines, type ConvertContext } from '../text/to-markdown.js';
import { splitAt, type Block } from './sections.js';
import { namedBlocks } from './subsections.js';

type Extra = { heading: string; lines: string[]; firstLine: number };

/** `FileName[1]` → `FileName`; `Flags : 1` → `Flags`; dotted paths kept. */
const memberName = (rest: string): string => rest.replace(/\s*\[[^\]]*\]\s*$/, '').replace(/\s*:\s*\d+\s*$/, '').trim();

function looseText(section: Block, loose: Block, ctx: ConvertContext, extra: Extra[]): void {
  const first = firstNonBlank(loose.lines);
  if (first >= loose.lines.length) return;
  ctx.problems.add({ file: ctx.file, line: loose.firstLine + first }, 'field/loose-text', `text before the first \`### -field\` of ${section.heading.text} kept as an extra section`, {
    expected: '`### -field NAME` headings',
  });
  extra.push({ heading: section.heading.text, lines: loose.lines, firstLine: loose.firstLine });
}

export function readStructFields(section: Block, ctx: ConvertContext): { fields: DocField[]; extra: Extra[] } {
  const { loose, named } = namedBlocks(section, '-field');
  const fields: DocField[] = [];
  const extra: Extra[] = [];
  looseText(section, loose, ctx, extra);
  const add = (name: string, block: Block, lines: readonly string[], firstLine: number): void => {
    if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)*$/.test(name)) {
      ctx.problems.add({ file: ctx.file, line: block.heading.line }, 'field/odd-name', `\`${name}\` is not a member name or a dotted path`, { expected: 'NAME or UNION.NAME' });
    }
    if (fields.some((f) => f.name === name)) {
      ctx.problems.add({ file: ctx.file, line: block.heading.line }, 'field/duplicate', `member ${name} is documented twice; the first is kept`, { expected: 'each member once' });
      extra.push({ heading: block.heading.text, lines: [...lines], firstLine });
      return;
    }
    const text = convertLines(lines, firstLine, ctx);
    fields.push({ name, description: { markdown: text.markdown, place: { file: ctx.file, line: text.markdown ? text.line : block.heading.line } } });
  };
  for (const { rest, block } of named) {
    const name = memberName(rest);
    const inner = splitAt(block.lines, block.firstLine, 4);
    // An empty container with `#### Member` headings: the members of an anonymous union/struct.
    if (inner.blocks.length > 0 && firstNonBlank(inner.preamble.lines) >= inner.preamble.lines.length) {
      add(name, block, [], block.firstLine);
      for (const sub of inner.blocks) add(`${name}.${memberName(sub.heading.text)}`, sub, sub.lines, sub.firstLine);
    } else add(name, block, block.lines, block.firstLine);
  }
  return { fields, extra };
}

const VALUE = /^(.*?)\s*[:=]\s*(-?\s*(?:0x[0-9a-f]+|\d+))[ul]*\s*$/i;

export function readEnumFields(section: Block, ctx: ConvertContext): { values: DocEnumValue[]; extra: Extra[] } {
  const { loose, named } = namedBlocks(section, '-field');
  const values: DocEnumValue[] = [];
  const extra: Extra[] = [];
  looseText(section, loose, ctx, extra);
  for (const { rest, block } of named) {
    const m = VALUE.exec(rest);
    const name = (m ? m[1]! : rest.replace(/\s*[:=].*$/, '')).trim();
    const place = { file: ctx.file, line: block.heading.line };
    if (!m && /[:=]/.test(rest)) {
      ctx.problems.add(place, 'enum/value-not-numeric', `the value of ${name} (\`${rest}\`) is not a number; left out`, { expected: 'NAME:0x1 or NAME = 1' });
    }
    if (values.some((v) => v.name === name)) {
      ctx.problems.add(place, 'enum/duplicate', `enumerator ${name} is documented twice; the first is kept`, { expected: 'each enumerator once' });
      extra.push({ heading: block.heading.text, lines: block.lines, firstLine: block.firstLine });
      continue;
    }
    const text = convertLines(block.lines, block.firstLine, ctx);
    const value: DocEnumValue = { name, description: { markdown: text.markdown, place: { file: ctx.file, line: text.markdown ? text.line : block.heading.line } } };
    if (m) value.value = integer(m[2]!);
    values.push(value);
  }
  return { values, extra };
}

function integer(literal: string): number {
  const text = literal.replace(/\s+/g, '');
  const negative = text.startsWith('-');
  const digits = negative ? text.slice(1) : text;
  const value = /^0x/i.test(digits) ? parseInt(digits.slice(2), 16) : parseInt(digits, 10);
  return negative ? -value : value;
}

// A plain-text page cut into its blocks. Headings name most blocks; the rest is recognised by
// shape: the C prototype after the description, `[in] Name` parameter headers, the
// `Return code Meaning` rows, and remarks that follow the return value after a wider gap.
import type { Problems } from '../../model/problems.js';
import type { Annotation } from '../text/annotations.js';
import { escapeRegExp, isBlank } from '../text/lines.js';
import { headingOf, isNoise, paramHeader, type BlockKey } from './layout.js';
import type { Line } from './requirements-block.js';

export interface ParamBlock {
  name: string;
  header: Line;
  annotation: Annotation;
  lines: Line[];
}

export interface Blocks {
  text: Partial<Record<BlockKey, Line[]>>;
  headings: Partial<Record<BlockKey, number>>;
  prototype?: Line[];
  params: ParamBlock[];
  codes: { name: string; meaning: string; line: number }[];
}

const CODE_ROW = /^\s*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|TRUE|FALSE)\s+(\S.*)$/;

export function cutBlocks(lines: readonly string[], start: number, name: string, file: string, problems: Problems): Blocks {
  const out: Blocks = { text: {}, headings: {}, params: [], codes: [] };
  const explicitRemarks = lines.some((l) => headingOf(l) === 'remarks');
  const call = new RegExp(`(^|[\\s*])${escapeRegExp(name)}\\s*\\(`);
  let block: BlockKey = 'description';
  let param: ParamBlock | undefined;
  let inRows = false;
  let blankRun = 0;
  const push = (key: BlockKey, l: Line): void => {
    (out.text[key] ??= []).push(l);
  };
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]!;
    const l: Line = { text, line: i + 1 };
    if (isBlank(text)) {
      blankRun++;
      inRows = false;
      if (param) param.lines.push(l);
      else push(block, l);
      continue;
    }
    const gap = blankRun;
    blankRun = 0;
    if (isNoise(text)) continue;
    const heading = headingOf(text);
    if (heading) {
      block = heading;
      param = undefined;
      out.headings[heading] ??= l.line;
      continue;
    }
    if (!out.prototype && (block === 'description' || block === 'syntax') && call.test(text)) {
      i = readPrototype(lines, i, out);
      block = 'parameters';
      continue;
    }
    const header = block === 'description' || block === 'parameters' || block === 'syntax' ? paramHeader(text) : undefined;
    if (header) {
      block = 'parameters';
      param = { name: header.name, header: l, annotation: header.annotation, lines: [] };
      out.params.push(param);
      continue;
    }
    if (block === 'returns' && /^\s*return (code|value)\s+(meaning|description)\s*$/i.test(text)) {
      inRows = true;
      push(block, { ...l, row: { name: 'Return code', meaning: 'Meaning' } });
      continue;
    }
    const row = inRows ? CODE_ROW.exec(text) : null;
    if (row) {
      const code = { name: row[1]!, meaning: row[2]!.trim() };
      out.codes.push({ ...code, line: l.line });
      push(block, { ...l, row: code });
      continue;
    }
    if (block === 'returns' && !explicitRemarks && gap >= 2 && (out.text.returns ?? []).some((r) => !isBlank(r.text))) {
      // The page lost its Remarks heading; the wider gap after the return value is where it stood.
      problems.add({ file, line: l.line }, 'plaintext/implicit-remarks', 'text after the return value, two blank lines down, is taken as the remarks', {
        expected: 'a `Remarks` heading',
      });
      block = 'remarks';
    }
    if (param) param.lines.push(l);
    else push(block, l);
  }
  return out;
}

/** Lines of a prototype from `start`: to the closing `)` (and `;`), or to a blank line when it is cut short. Returns the last line read. */
function readPrototype(lines: readonly string[], start: number, out: Blocks): number {
  const proto: Line[] = [];
  let depth = 0;
  let last = start;
  for (let i = start; i < lines.length; i++) {
    const text = lines[i]!;
    if (isBlank(text) || (i > start && headingOf(text))) break;
    proto.push({ text, line: i + 1 });
    last = i;
    for (const ch of text) depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (depth <= 0 && /\)\s*;?$/.test(text.trimEnd())) break;
  }
  out.prototype = proto;
  return last;
}


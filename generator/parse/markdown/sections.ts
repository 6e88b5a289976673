// The body of a page as headings and the lines under them. Headings inside code fences are text.
import { closersAfter, fenceCloses, fenceOpen } from '../text/fences.js';
import { plainText } from '../text/plain-text.js';

export interface Heading {
  level: number;
  /** Heading text with tags and emphasis removed. */
  text: string;
  /** The heading line as written. */
  raw: string;
  /** 1-based file line of the heading. */
  line: number;
}

export interface Block {
  heading: Heading;
  /** Lines under the heading, up to the next heading of the same or a higher level. */
  lines: string[];
  /** 1-based file line of `lines[0]`. */
  firstLine: number;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*))?$/;

/** Splits `lines` at headings of exactly `level` (deeper ones stay in the body); text before the first is the preamble. */
export function splitAt(lines: readonly string[], firstLine: number, level: number): { preamble: Block; blocks: Block[] } {
  const blocks: Block[] = [];
  let current: Block = { heading: { level: 0, text: '', raw: '', line: firstLine }, lines: [], firstLine };
  const preamble = current;
  const closable = closersAfter(lines);
  let fence: string | undefined;
  lines.forEach((line, i) => {
    if (fence !== undefined) {
      if (fenceCloses(line, fence)) fence = undefined;
    } else {
      const open = fenceOpen(line);
      // A fence never closed is text here: it must not swallow the sections after it.
      if (open !== undefined && closable(i, open)) fence = open;
    }
    if (fence === undefined) {
      const m = HEADING.exec(line);
      if (m && m[1]!.length === level) {
        current = { heading: { level, text: plainText(closingHashes((m[2] ?? '').trimEnd())), raw: line, line: firstLine + i }, lines: [], firstLine: firstLine + i + 1 };
        blocks.push(current);
        return;
      }
    }
    current.lines.push(line);
  });
  return { preamble, blocks };
}

/** `## Title ##` → `Title` (the optional closing sequence of an ATX heading). */
function closingHashes(text: string): string {
  // A loop, not `/#+$/`: that pattern retries from every `#` of a long run (quadratic).
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 35) end--;
  const stripped = text.slice(0, end);
  return stripped === text || /[ \t]$/.test(stripped) || stripped === '' ? stripped.trimEnd() : text;
}

/** The first level-1 heading of the body, if any (the page title). */
export function findTitle(lines: readonly string[], firstLine: number): Heading | undefined {
  for (let i = 0; i < lines.length; i++) {
    const m = HEADING.exec(lines[i]!);
    if (m && m[1]!.length === 1) return { level: 1, text: plainText(closingHashes((m[2] ?? '').trimEnd())), raw: lines[i]!, line: firstLine + i };
    if (m && m[1]!.length === 2) return undefined;
  }
  return undefined;
}

/** A section key: `## -returns` → `returns`; known plain headings (`Return values`) map to the same keys. */
export function sectionKey(heading: string): string {
  const text = heading.trim().toLowerCase();
  if (text.startsWith('-')) return text.slice(1).trim().split(/\s+/)[0] ?? '';
  return ALIASES[text.replace(/\s+/g, ' ')] ?? '';
}

const ALIASES: Record<string, string> = {
  'return value': 'returns',
  'return values': 'returns',
  returns: 'returns',
  remarks: 'remarks',
  'see also': 'see-also',
  parameters: 'parameters',
  syntax: 'syntax',
  description: 'description',
};

// What the lines of a plain-text reference page are: title, known headings, parameter
// headers, footer noise. Recognised by shape, the same for every page.
import type { EntryKind } from '../../model/schema.js';
import { parseAnnotation, type Annotation } from '../text/annotations.js';

export type BlockKey = 'description' | 'syntax' | 'parameters' | 'returns' | 'remarks' | 'requirements' | 'see-also' | 'examples';

const HEADINGS: Record<string, BlockKey> = {
  syntax: 'syntax',
  parameters: 'parameters',
  'return value': 'returns',
  'return values': 'returns',
  remarks: 'remarks',
  requirements: 'requirements',
  requirement: 'requirements',
  'requirement value': 'requirements',
  'see also': 'see-also',
  examples: 'examples',
  example: 'examples',
};

export function headingOf(line: string): BlockKey | undefined {
  return HEADINGS[line.trim().replace(/\s+/g, ' ').toLowerCase()];
}

const NOISE = [/^send comments about this topic to microsoft\.?$/i, /^show:$/i, /^©\s*\d{4}\s+microsoft/i, /^(?:feedback|was this page helpful\?.*)$/i];

/** Footer lines of the published page, not documentation. */
export const isNoise = (line: string): boolean => NOISE.some((re) => re.test(line.trim()));

export interface Title {
  name: string;
  kind: EntryKind;
  header?: string;
}

const TITLE = /^\s*([A-Za-z_]\w*)\s+(function|routine|macro|structure|struct|union|enumeration|enum|callback function|callback routine|callback|ioctl|control code)(?:\s*\(\s*([\w/.]+?)\.h\s*\))?\s*$/i;
const TITLE_KIND: Record<string, EntryKind> = {
  function: 'function',
  routine: 'function',
  macro: 'macro',
  structure: 'struct',
  struct: 'struct',
  union: 'struct',
  enumeration: 'enum',
  enum: 'enum',
  'callback function': 'callback',
  'callback routine': 'callback',
  callback: 'callback',
  ioctl: 'ioctl',
  'control code': 'ioctl',
};

/** `NtClose function (ntifs.h)`, `ZwClose routine`. */
export function parseTitle(line: string): Title | undefined {
  const m = TITLE.exec(line);
  if (!m) return undefined;
  const kind = TITLE_KIND[m[2]!.toLowerCase().replace(/\s+/g, ' ')] ?? 'function';
  const header = m[3]?.split('/').pop()?.toLowerCase();
  return header ? { name: m[1]!, kind, header } : { name: m[1]!, kind };
}

const LEAD = /^\s*\[([^\]\n]{1,40})\]\s+([A-Za-z_]\w*)\s*$/;
const TRAIL = /^\s*([A-Za-z_]\w*)\s+\[([^\]\n]{1,40})\]\s*$/;

/** `[in] Handle` or `Handle [in]` on a line of its own. */
export function paramHeader(line: string): { name: string; annotation: Annotation } | undefined {
  const lead = LEAD.exec(line);
  const trail = lead ? undefined : TRAIL.exec(line);
  const inner = lead?.[1] ?? trail?.[2];
  const name = lead?.[2] ?? trail?.[1];
  if (inner === undefined || name === undefined) return undefined;
  const annotation = parseAnnotation(inner);
  return annotation.direction || annotation.optional ? { name, annotation } : undefined;
}

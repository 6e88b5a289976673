// The Requirements block of a plain-text page, in either layout:
//   `Header ntifs.h (include Wdm.h, Ntddk.h, Ntifs.h)`  (key and value on one line), or
//   `Header` then `Wdm.h (include Wdm.h, Ntddk.h, or Ntifs.h)` on the next non-blank line.
// Values are stored under the front-matter keys the Markdown pages use, so both formats
// share one requirements builder.
import type { Problems } from '../../model/problems.js';

const KEYS: [label: string, key: string][] = [
  ['minimum supported client', 'req.target-min-winverclnt'],
  ['minimum supported server', 'req.target-min-winversvr'],
  ['target platform', 'req.target-type'],
  ['version', 'req.version'],
  ['header', 'req.header'],
  ['include', 'req.include-header'],
  ['library', 'req.lib'],
  ['dll', 'req.dll'],
  ['irql', 'req.irql'],
  ['ddi compliance rules', 'req.ddi-compliance'],
];

export interface Line {
  text: string;
  line: number;
  /** A row of a `Return code Meaning` table laid out as lines. */
  row?: { name: string; meaning: string };
}

export interface RequirementValues {
  values: Record<string, string>;
  lines: Record<string, number>;
  /** Lines that were neither a known key nor a value. */
  unknown: Line[];
}

function keyAt(text: string): { key: string; rest: string } | undefined {
  const lower = text.trim().toLowerCase();
  for (const [label, key] of KEYS) {
    if (lower === label) return { key, rest: '' };
    if (lower.startsWith(`${label} `) || lower.startsWith(`${label}\t`)) return { key, rest: text.trim().slice(label.length).trim() };
  }
  return undefined;
}

export function readRequirements(lines: readonly Line[], file: string, problems: Problems): RequirementValues {
  const out: RequirementValues = { values: {}, lines: {}, unknown: [] };
  const set = (key: string, value: string, line: number): void => {
    if (key === 'req.header') {
      // `Wdm.h (include Wdm.h, Ntddk.h, or Ntifs.h)`
      const m = /^(\S+?\.h)\b\s*(?:\((?:include\s+)?([^)]*)\)?)?/i.exec(value);
      if (m?.[2]) set('req.include-header', m[2], line);
      value = m?.[1] ?? value;
    }
    if (key in out.values) {
      problems.add({ file, line }, 'requirements/duplicate-key', `${key.replace(/^req\./, '')} is given twice; the first value is kept`, { expected: 'each requirement once' });
      return;
    }
    out.values[key] = value;
    out.lines[key] = line;
  };
  let pending: (Line & { key: string }) | undefined;
  for (const l of lines) {
    if (l.text.trim() === '') continue;
    const found = keyAt(l.text);
    if (found) {
      if (pending) problems.add({ file, line: pending.line }, 'requirements/no-value', `${pending.text.trim()} has no value`, { expected: `a value after ${pending.text.trim()}` });
      pending = undefined;
      if (found.rest === '') pending = { ...l, key: found.key };
      else set(found.key, found.rest, l.line);
      continue;
    }
    if (pending) {
      set(pending.key, l.text.trim(), l.line);
      pending = undefined;
      continue;
    }
    out.unknown.push(l);
  }
  if (pending) problems.add({ file, line: pending.line }, 'requirements/no-value', `${pending.text.trim()} has no value`, { expected: `a value after ${pending.text.trim()}` });
  if (out.unknown.length > 0) {
    problems.add({ file, line: out.unknown[0]!.line }, 'requirements/unknown-line', `\`${out.unknown[0]!.text.trim()}\` is not a known requirement; kept as an extra section`, {
      expected: KEYS.map(([label]) => label).join(', '),
    });
  }
  return out;
}

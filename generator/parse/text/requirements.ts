// Requirements from front-matter style keys (`req.dll`, `req.irql`, …): both readers store what
// they found under these keys, so one function turns them into DocRequirements with their lines.
import type { DocRequirements } from '../../model/schema.js';

type Key = keyof DocRequirements;

/** Front-matter key → requirement; list-valued requirements are split on commas outside parentheses. */
export const REQUIREMENT_KEYS: Readonly<Record<string, Key>> = {
  'req.header': 'header',
  'req.include-header': 'includeHeaders',
  'req.lib': 'library',
  'req.dll': 'dll',
  'req.target-min-winverclnt': 'minClient',
  'req.target-min-winversvr': 'minServer',
  'req.irql': 'irql',
  'req.ddi-compliance': 'ddiCompliance',
  'req.target-type': 'targetType',
  'req.version': 'version',
};

const LISTS = new Set<Key>(['includeHeaders', 'ddiCompliance']);

export function requirementsFrom(
  values: Readonly<Record<string, unknown>>,
  lines: Readonly<Record<string, number>>,
): { requirements: DocRequirements; requirementLines: Record<string, number> } {
  const requirements: DocRequirements = {};
  const requirementLines: Record<string, number> = {};
  for (const [fmKey, key] of Object.entries(REQUIREMENT_KEYS)) {
    const value = values[fmKey];
    // `\|` is the table escape of the docs' front matter; no-break spaces are layout, not content.
    const raw = Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : '';
    const text = raw.replace(/\\\|/g, '|').replace(/[\s\u00a0]+/g, ' ').trim();
    if (text === '') continue;
    if (LISTS.has(key)) {
      const items = splitList(text);
      if (items.length === 0) continue;
      (requirements as Record<string, unknown>)[key] = items;
    } else (requirements as Record<string, unknown>)[key] = text;
    const line = lines[fmKey];
    if (line !== undefined) requirementLines[key] = line;
  }
  return { requirements, requirementLines };
}

/** `A, B(storport), or C` → `['A', 'B(storport)', 'C']`. */
export function splitList(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  return items.map((s) => s.trim().replace(/^(?:or|and)\s+/i, '').trim()).filter((s) => s !== '');
}

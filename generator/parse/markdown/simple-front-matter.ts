// Fast path for front matter in the plain shape nearly every page uses: `key: value`,
// `key:` followed by `- item` lines, quoted strings without escapes, `["a", "b"]`. For that
// subset the result equals what the `yaml` package gives (a test compares them on the whole
// corpus); any other line returns undefined and the caller uses `yaml`. Reading 1,200 front
// matters with `yaml` costs ~0.5 s, most of the parse stage's budget; this costs ~20 ms.
import { trimBlanksEnd } from '../text/lines.js';
import type { FrontMatterValue } from './front-matter.js';

const KEY = /^([A-Za-z_][\w.-]*):(?:[ ]+(.*))?$/;
const ITEM = /^([ ]*)-[ ]+(.*)$/;
/** A plain scalar YAML reads as itself: no indicator first, no `: `, ` #`, tab, or trailing `:`. */
const PLAIN = /^[^\s\-?:,[\]{}#&*!|>'"%@`](?:(?![:][ ]|[ ]#|\t)[^])*$/;
const DOUBLE = /^"([^"\\]*)"$/;
const SINGLE = /^'([^']*)'$/;
const FLOW = /^\[[ ]*(?:"[^"\\]*"[ ]*(?:,[ ]*"[^"\\]*"[ ]*)*)?\]$/;

function scalar(raw: string): string | undefined {
  if (PLAIN.test(raw)) return raw.endsWith(':') ? undefined : raw;
  return DOUBLE.exec(raw)?.[1] ?? SINGLE.exec(raw)?.[1];
}

export function readSimpleFrontMatter(lines: readonly string[], firstLine: number): { values: Record<string, FrontMatterValue>; lines: Record<string, number> } | undefined {
  const values: Record<string, FrontMatterValue> = {};
  const keyLines: Record<string, number> = {};
  let listKey: string | undefined;
  let listIndent: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    const key = KEY.exec(line);
    if (key) {
      const name = key[1]!;
      if (name in values) return undefined;
      const raw = trimBlanksEnd(key[2] ?? '');
      keyLines[name] = firstLine + i;
      listKey = undefined;
      if (raw === '') {
        values[name] = '';
        listKey = name;
        listIndent = undefined;
      } else if (FLOW.test(raw)) values[name] = [...raw.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
      else {
        const value = scalar(raw);
        if (value === undefined) return undefined;
        values[name] = value;
      }
      continue;
    }
    const item = ITEM.exec(line);
    if (!item || listKey === undefined) return undefined;
    const indent = item[1]!.length;
    if (listIndent !== undefined && indent !== listIndent) return undefined;
    listIndent = indent;
    const value = scalar(trimBlanksEnd(item[2]!));
    if (value === undefined) return undefined;
    const current = values[listKey];
    if (Array.isArray(current)) current.push(value);
    else values[listKey] = [value];
  }
  return { values, lines: keyLines };
}

// The return codes a page shows: those the model lists, plus status codes the return-value text
// names in prose ("it returns STATUS_INVALID_HANDLE if Handle is not a valid handle"), each with the
// sentence that names it. Tables in the text that repeat the listed codes are dropped: the page's
// own table shows them with values and links.
import type { Entry, StatusCode } from '../../generator/model/schema.js';

export interface ShownCode {
  name: string;
  value: number | undefined;
  /** Markdown: the documented meaning, or the sentence of the text that names the code. */
  meaning: string;
  from: 'table' | 'text';
}

const isTableLine = (line: string): boolean => /^\s*\|/.test(line);

/** The text as plain sentences, without tables, links and emphasis (underscores belong to code names). */
function sentences(markdown: string): string[] {
  const prose = markdown.split('\n').filter((l) => !isTableLine(l)).join(' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*`]+/g, '').replace(/\s+/g, ' ');
  return prose.split(/(?<=[.!?])\s+(?=[A-Z])/).map((s) => s.trim()).filter((s) => s.length > 0);
}

export function returnCodes(entry: Entry, statusByName: ReadonlyMap<string, StatusCode>): ShownCode[] {
  const ret = entry.return;
  if (ret === undefined) return [];
  const shown: ShownCode[] = ret.codes.map((c) => ({ name: c.name, value: c.value ?? statusByName.get(c.name)?.value, meaning: c.meaning, from: 'table' }));
  const listed = new Set(shown.map((c) => c.name));
  const text = sentences(ret.description);
  for (const sentence of text) {
    for (const [name] of sentence.matchAll(/\b[A-Z][A-Z0-9_]{2,}\b/g)) {
      const code = statusByName.get(name);
      if (code === undefined || listed.has(name)) continue;
      listed.add(name);
      shown.push({ name, value: code.value, meaning: sentence, from: 'text' });
    }
  }
  return shown;
}

const cellName = (row: string): string => (row.split('|')[1] ?? '').replace(/[*`\\]/g, '').trim();

/** The return-value text without GFM tables whose rows all name codes of `listed`. */
export function withoutCodeTables(markdown: string, listed: ReadonlySet<string>): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!isTableLine(lines[i]!)) {
      out.push(lines[i++]!);
      continue;
    }
    const start = i;
    while (i < lines.length && isTableLine(lines[i]!)) i++;
    const rows = lines.slice(start + 2, i);
    const repeats = rows.length > 0 && rows.every((r) => listed.has(cellName(r)));
    if (!repeats) out.push(...lines.slice(start, i));
  }
  return out.join('\n');
}

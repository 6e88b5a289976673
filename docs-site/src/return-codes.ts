// The return codes a page shows: those the model lists (the generator also collects codes the
// return text names in prose), with values from the status table. Tables in the return text that
// only repeat the listed codes are dropped: the page's own table shows them with values and links.
import type { Entry, StatusCode } from '../../generator/model/schema.js';

export interface ShownCode {
  name: string;
  value: number | undefined;
  /** Markdown: the meaning the document gives. */
  meaning: string;
}

const isTableLine = (line: string): boolean => /^\s*\|/.test(line);

export function returnCodes(entry: Entry, statusByName: ReadonlyMap<string, StatusCode>): ShownCode[] {
  return (entry.return?.codes ?? []).map((c) => ({ name: c.name, value: c.value ?? statusByName.get(c.name)?.value, meaning: c.meaning }));
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

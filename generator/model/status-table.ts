// The status-code table (seeds/status-codes.json), produced from the mingw-w64 headers
// by scripts/extract-status-table.ts.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { StatusCode, type Problem } from './schema.js';

const StatusTableFile = z.object({ source: z.string(), codes: z.array(StatusCode) });
export type StatusTable = z.infer<typeof StatusTableFile>;

export async function readStatusTable(file: string): Promise<{ table?: StatusTable; problems: Problem[] }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { problems: [{ place: { file, line: 1 }, rule: 'status-table/unreadable', fatal: true, message: String((error as Error).message) }] };
  }
  try {
    const parsed = StatusTableFile.safeParse(JSON.parse(text));
    if (parsed.success) return { table: parsed.data, problems: [] };
    const issue = parsed.error.issues[0];
    return { problems: [{ place: { file, line: 1 }, rule: 'status-table/invalid', fatal: true,
      message: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`, expected: '{ source, codes: [{ name, value, kind, header }] }' }] };
  } catch (error) {
    return { problems: [{ place: { file, line: 1 }, rule: 'status-table/not-json', fatal: true, message: (error as Error).message, expected: 'JSON' }] };
  }
}

/** Name → code; for a name defined twice the first (table order) wins. */
export function statusByName(codes: readonly StatusCode[]): Map<string, StatusCode> {
  const map = new Map<string, StatusCode>();
  for (const code of codes) if (!map.has(code.name)) map.set(code.name, code);
  return map;
}

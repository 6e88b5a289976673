// Builds seeds/status-codes.json from the public mingw-w64 headers: every NTSTATUS code of
// ntstatus.h (STATUS_*, DBG_*, RPC_NT_*, EPT_NT_*) and every Win32 error code of winerror.h (ERROR_*, WSA*,
// NO_ERROR; not the HRESULTs). Usage: npx tsx scripts/extract-status-table.ts [--include DIR] [--out FILE]
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { formatProblem } from '../generator/model/problems.js';
import { StatusCode, type Problem } from '../generator/model/schema.js';

import { DEFAULT_INCLUDE, PACKAGE, packageVersion, readMingwHeader } from './mingw-headers.js';

export { DEFAULT_INCLUDE };

export interface StatusTableOutput {
  source: string;
  codes: StatusCode[];
}

interface Source {
  header: string;
  kind: StatusCode['kind'];
  accept: (name: string, value: number, type: string | undefined) => boolean;
}

const NTSTATUS: Source = {
  header: 'ntstatus.h', kind: 'ntstatus',
  // STATUS_*, DBG_* and the RPC_NT_* / EPT_NT_* codes: everything ntstatus.h casts to NTSTATUS.
  accept: (_name, _value, type) => type === 'NTSTATUS',
};
const WIN32: Source = {
  header: 'winerror.h', kind: 'win32',
  // Win32 codes are small numbers; winerror.h also holds HRESULTs (E_*, *_E_*) and facility values.
  accept: (name, value, type) => (/^(?:ERROR_|WSA)/.test(name) || name === 'NO_ERROR') &&
    name !== 'WSABASEERR' && type !== 'HRESULT' && value >= 0 && value < 0x10000,
};
/** Where STATUS_SUCCESS may live when ntstatus.h lacks it. */
const SUCCESS_FALLBACKS = ['ntdef.h', 'winternl.h'];

function constantsOf(include: string, header: string, problems: Problem[]) {
  const result = readMingwHeader(include, header);
  problems.push(...result.problems);
  return result.documents.flatMap((d) => d.constants);
}

function codesFrom(include: string, source: Source, problems: Problem[]): StatusCode[] {
  const codes: StatusCode[] = [];
  for (const c of constantsOf(include, source.header, problems)) {
    if (!source.accept(c.name, c.value, c.type)) continue;
    const value = c.value < 0 ? c.value + 2 ** 32 : c.value; // NTSTATUS is kept unsigned
    codes.push(StatusCode.parse({ name: c.name, value, kind: source.kind, header: source.header }));
  }
  return codes;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The table as the headers under `include` give it; throws when a header is missing. */
export function extractStatusTable(include = DEFAULT_INCLUDE): { table: StatusTableOutput; problems: Problem[] } {
  const problems: Problem[] = [];
  const codes = [...codesFrom(include, NTSTATUS, problems), ...codesFrom(include, WIN32, problems)];
  if (!codes.some((c) => c.name === 'STATUS_SUCCESS')) {
    for (const header of SUCCESS_FALLBACKS) {
      if (!existsSync(path.join(include, header))) continue;
      const found = constantsOf(include, header, problems).find((c) => c.name === 'STATUS_SUCCESS');
      if (found) { codes.push({ name: 'STATUS_SUCCESS', value: found.value, kind: 'ntstatus', header }); break; }
    }
  }
  codes.sort((a, b) => byText(a.kind, b.kind) || a.value - b.value || byText(a.name, b.name));
  return { table: { source: `${PACKAGE} ${packageVersion()}`, codes }, problems };
}

/** One code per line: small diffs when the headers change. */
export function formatStatusTable(table: StatusTableOutput): string {
  const lines = table.codes.map((c) => `    ${JSON.stringify(c)}`);
  return `{\n  "source": ${JSON.stringify(table.source)},\n  "codes": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

function main(argv: string[]): number {
  const program = new Command('extract-status-table')
    .option('--include <dir>', 'mingw-w64 include folder', DEFAULT_INCLUDE)
    .option('--out <file>', 'output file', 'seeds/status-codes.json')
    .parse(argv);
  const opts = program.opts<{ include: string; out: string }>();
  const { table, problems } = extractStatusTable(opts.include);
  for (const p of problems) console.error(formatProblem(p));
  const tmp = `${opts.out}.${process.pid}.tmp`;
  writeFileSync(tmp, formatStatusTable(table));
  renameSync(tmp, opts.out); // atomic: a failed run leaves the previous table
  const count = (kind: string): number => table.codes.filter((c) => c.kind === kind).length;
  console.log(`${opts.out}: ${count('ntstatus')} NTSTATUS and ${count('win32')} Win32 codes from ${table.source}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main(process.argv);
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}

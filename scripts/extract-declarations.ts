// Builds seeds/declarations/*.h: the C declarations of every function the seed documents describe,
// taken from the public mingw-w64 headers and printed again in one normalised form (a signature is a
// fact; the headers are public domain). The default build reads them as its C declaration source.
// Functions mingw-w64 does not declare (fltkernel.h) come from the signatures their documents show.
// Usage: npx tsx scripts/extract-declarations.ts [--include DIR] [--out DIR] [--check]
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { parseSources } from '../generator/parse/parse-sources.js';
import { readSources } from '../generator/read/read-sources.js';
import type { CPrototype, ParsedDocument } from '../generator/model/schema.js';

import { DEFAULT_INCLUDE, PACKAGE, packageVersion, readMingwHeader } from './mingw-headers.js';

export const DECLARATIONS_DIR = 'seeds/declarations';

/** Where the documented functions are declared in mingw-w64, in the order searched. */
const MINGW_HEADERS = [
  'winternl.h', 'handleapi.h', 'synchapi.h', 'processthreadsapi.h', 'errhandlingapi.h', 'winreg.h',
  'fileapi.h', 'memoryapi.h', 'winbase.h', 'ktmw32.h', 'winsock2.h', 'ddk/ntifs.h', 'ddk/wdm.h',
];

/** Signatures mingw-w64 lacks, as the Filter Manager documents on learn.microsoft.com print them. */
const NOT_IN_MINGW: Record<string, { header: string; source: string; text: string }> = {
  FltCreateFile: {
    header: 'fltkernel.h', source: 'https://learn.microsoft.com/windows-hardware/drivers/ddi/fltkernel/nf-fltkernel-fltcreatefile',
    text: 'NTSTATUS FLTAPI FltCreateFile(_In_ PFLT_FILTER Filter, _In_opt_ PFLT_INSTANCE Instance, _Out_ PHANDLE FileHandle, ' +
      '_In_ ACCESS_MASK DesiredAccess, _In_ POBJECT_ATTRIBUTES ObjectAttributes, _Out_ PIO_STATUS_BLOCK IoStatusBlock, ' +
      '_In_opt_ PLARGE_INTEGER AllocationSize, _In_ ULONG FileAttributes, _In_ ULONG ShareAccess, _In_ ULONG CreateDisposition, ' +
      '_In_ ULONG CreateOptions, _In_opt_ PVOID EaBuffer, _In_ ULONG EaLength, _In_ ULONG Flags);',
  },
  FltCreateFileEx: {
    header: 'fltkernel.h', source: 'https://learn.microsoft.com/windows-hardware/drivers/ddi/fltkernel/nf-fltkernel-fltcreatefileex',
    text: 'NTSTATUS FLTAPI FltCreateFileEx(_In_ PFLT_FILTER Filter, _In_opt_ PFLT_INSTANCE Instance, _Out_ PHANDLE FileHandle, ' +
      '_Out_opt_ PFILE_OBJECT *FileObject, _In_ ACCESS_MASK DesiredAccess, _In_ POBJECT_ATTRIBUTES ObjectAttributes, ' +
      '_Out_ PIO_STATUS_BLOCK IoStatusBlock, _In_opt_ PLARGE_INTEGER AllocationSize, _In_ ULONG FileAttributes, ' +
      '_In_ ULONG ShareAccess, _In_ ULONG CreateDisposition, _In_ ULONG CreateOptions, _In_opt_ PVOID EaBuffer, ' +
      '_In_ ULONG EaLength, _In_ ULONG Flags);',
  },
};

/** The names of the functions the documentation sources (not the declarations) describe. */
async function documentedFunctions(seeds: string): Promise<string[]> {
  const read = await readSources([seeds]);
  const docs = read.files.filter((f) => !/\.h$/i.test(f.path));
  const parsed = parseSources(docs);
  const names = parsed.documents.filter((d) => (d.kind === 'function' || d.kind === 'macro') && !d.skip).map((d) => d.name);
  return [...new Set(names)].sort();
}

function printPrototype(p: CPrototype, name = p.name): string {
  const params = p.params.length === 0 ? 'void'
    : p.params.map((q) => [...q.annotations, q.type, q.name].filter(Boolean).join(' ').replace(/\* /g, '*')).join(', ');
  return `${[p.returnType, p.callingConvention, name].filter(Boolean).join(' ')}(${params});`;
}

interface Found { header: string; line: number; prototype: CPrototype; alias?: string }

function findInMingw(include: string, wanted: ReadonlySet<string>): Map<string, Found> {
  const found = new Map<string, Found>();
  for (const header of MINGW_HEADERS) {
    const docs: ParsedDocument[] = readMingwHeader(include, header).documents;
    for (const doc of docs) {
      if (doc.kind !== 'function' || !doc.prototype) continue;
      for (const name of [doc.name, ...doc.aliases]) {
        if (!wanted.has(name) || found.has(name)) continue;
        const alias = name === doc.name ? undefined : name;
        found.set(name, { header, line: doc.prototype.place.line, prototype: doc.prototype, ...(alias ? { alias } : {}) });
      }
    }
  }
  return found;
}

/** File name → text of every declarations file, deterministic. */
export async function extractDeclarations(include = DEFAULT_INCLUDE, seeds = 'seeds'): Promise<Map<string, string>> {
  const names = await documentedFunctions(seeds);
  const found = findInMingw(include, new Set(names));
  const version = packageVersion();
  const byFile = new Map<string, string[]>();
  /** Files holding at least one declaration read from mingw-w64 (the others hold documented ones only). */
  const fromMingw = new Set<string>();
  const add = (header: string, lines: string[], mingw: boolean): void => {
    const file = path.basename(header);
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file)!.push(...lines);
    if (mingw) fromMingw.add(file);
  };
  const missing: string[] = [];
  for (const name of names) {
    const hit = found.get(name);
    if (hit) {
      const lines = [`// ${hit.header}:${hit.line}`, printPrototype(hit.prototype)];
      if (hit.alias) lines.push(`#define ${hit.alias} ${hit.prototype.name}`);
      add(hit.header, [...lines, ''], true);
      continue;
    }
    const fact = NOT_IN_MINGW[name];
    if (fact) add(fact.header, [`// not in mingw-w64; as documented at ${fact.source}`, fact.text, ''], false);
    else missing.push(name);
  }
  // FltClose: neither mingw-w64 nor a document prints its prototype; the build infers it from prose.
  if (missing.length) console.error(`[winhandle] no declaration for ${missing.join(', ')}: the build infers their types from prose`);
  const out = new Map<string, string>();
  for (const [file, lines] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const origin = fromMingw.has(file)
      ? `the public-domain mingw-w64 headers (${PACKAGE} ${version})`
      : 'the signatures printed in the documents named below (mingw-w64 does not declare them)';
    out.set(file, [
      `// C declarations of the functions the seed documents describe, from ${origin}.`,
      '// Generated by scripts/extract-declarations.ts; do not edit. Each comment names where the declaration was found.',
      '',
      ...lines,
    ].join('\n'));
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const program = new Command('extract-declarations')
    .option('--include <dir>', 'mingw-w64 include folder', DEFAULT_INCLUDE)
    .option('--out <dir>', 'output folder', DECLARATIONS_DIR)
    .option('--check', 'exit 1 when the committed files differ')
    .parse(argv);
  const opts = program.opts<{ include: string; out: string; check?: boolean }>();
  const files = await extractDeclarations(opts.include);
  const existing = existsSync(opts.out) ? readdirSync(opts.out).filter((f) => f.endsWith('.h')) : [];
  const stale = [...new Set([...files.keys(), ...existing])].filter((f) => {
    const file = path.join(opts.out, f);
    return !existsSync(file) || readFileSync(file, 'utf8') !== files.get(f);
  });
  if (opts.check) {
    if (stale.length) console.error(`[winhandle] stale declarations: ${stale.join(', ')}; run npx tsx scripts/extract-declarations.ts`);
    return stale.length ? 1 : 0;
  }
  mkdirSync(opts.out, { recursive: true });
  for (const [file, text] of files) {
    const target = path.join(opts.out, file);
    writeFileSync(`${target}.${process.pid}.tmp`, text);
    renameSync(`${target}.${process.pid}.tmp`, target); // atomic per file
  }
  console.log(`${opts.out}: ${files.size} files, ${[...files.values()].reduce((n, t) => n + t.split(';').length - 1, 0)} declarations`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv).then((code) => { process.exitCode = code; }, (error: Error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
}

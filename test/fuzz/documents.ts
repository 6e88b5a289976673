// The real documents the fuzzer mutates: the seeds and their companions, a sample of the
// published corpus, and sections of the mingw-w64 C headers. Each is grouped by the reader
// the generator picks for it (by structure, as parseSource does), and kept as bytes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { recognise, type Reader } from '../../generator/parse/parse-source.js';
import { decodeText } from '../../generator/read/decode-text.js';

export interface SeedDocument {
  reader: Reader;
  /** The path handed to the readers; problems must name it. */
  path: string;
  /** Where the bytes come from (a file, or a file and a line range). */
  origin: string;
  bytes: Buffer;
}

export const CORPUS = path.resolve('..', 'shared', 'corpus');
const MINGW = '/usr/share/mingw-w64/include';
/** Corpus pages taken: enough variety (every kind of page) while loading fast. */
const CORPUS_SAMPLE = 60;
/** Lines per section of a big header: whole declarations mostly, cut conditionals sometimes. */
const SECTION_LINES = 300;

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : []))
    .sort();
}

function seedDocument(file: string, bytes: Buffer, origin = file): SeedDocument | undefined {
  const reader = recognise(file, decodeText(bytes).text);
  return reader ? { reader, path: file, origin, bytes } : undefined;
}

/** `ddk/ntifs.h` cut at blank lines into sections of about SECTION_LINES lines, plus the whole file. */
function headerSections(file: string): SeedDocument[] {
  if (!existsSync(file)) return [];
  const bytes = readFileSync(file);
  const lines = bytes.toString('latin1').split('\n');
  const name = path.basename(file, '.h');
  const out: SeedDocument[] = [];
  let start = 0;
  while (start < lines.length) {
    let end = Math.min(start + SECTION_LINES, lines.length);
    while (end < lines.length && lines[end]!.trim() !== '') end++;
    const part = Buffer.from(lines.slice(start, end).join('\n'), 'latin1');
    out.push({ reader: 'c-header', path: `mingw-w64/${name}.${start + 1}-${end}.h`, origin: `${file}:${start + 1}-${end}`, bytes: part });
    start = end;
  }
  out.push({ reader: 'c-header', path: `mingw-w64/${name}.h`, origin: file, bytes });
  return out;
}

let cache: SeedDocument[] | undefined;

/** Every seed document, in a stable order (the fuzzer's case numbers depend on it). */
export function seedDocuments(): SeedDocument[] {
  if (cache) return cache;
  const repo = [...walk('seeds').filter((f) => /\.(txt|md)$/.test(f))].map((f) => f.split(path.sep).join('/'));
  const corpus = walk(CORPUS);
  const step = Math.max(1, Math.ceil(corpus.length / CORPUS_SAMPLE));
  const sample = corpus.filter((_, i) => i % step === 0);
  const docs = [
    ...repo.map((f) => seedDocument(f, readFileSync(f))),
    ...sample.map((f) => seedDocument(`corpus/${path.relative(CORPUS, f).split(path.sep).join('/')}`, readFileSync(f), f)),
    ...headerSections(`${MINGW}/ddk/ntifs.h`),
    ...[`${MINGW}/winternl.h`, `${MINGW}/handleapi.h`].filter((f) => existsSync(f) && statSync(f).isFile())
      .map((f) => seedDocument(`mingw-w64/${path.basename(f)}`, readFileSync(f), f)),
  ];
  cache = docs.filter((d): d is SeedDocument => d !== undefined);
  return cache;
}

export const documentsFor = (reader: Reader): SeedDocument[] => seedDocuments().filter((d) => d.reader === reader);

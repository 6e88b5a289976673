// What the corpus documents, read independently of the generator's readers: the UID of each page
// (kind, header, name), its typedef names, and the names listed under its `-parameters`,
// `-struct-fields` and `-enum-fields` sections. The corpus test holds the output to this list.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

export const REPO = path.resolve(import.meta.dirname, '../..');
/** Where CI and the developers' machines have the corpus: next to the repository. */
export const CORPUS = path.resolve(REPO, '..', 'shared', 'corpus');

/** UID prefixes of Microsoft Docs reference pages. `NA` is a header's index page. */
export const UID_KINDS = { NF: 'function', NS: 'struct', NE: 'enum', NC: 'callback', NI: 'ioctl' } as const;
export type DocKind = (typeof UID_KINDS)[keyof typeof UID_KINDS];

export interface CorpusDocument {
  /** Path relative to the corpus folder. */
  file: string;
  kind: DocKind;
  header: string;
  name: string;
  /** Typedef names of the page (`req.typenames`, `api_name`). */
  names: string[];
  /** First words of `## -description`, markup removed. */
  summary: string;
  params: string[];
  /** Dotted paths (`DUMMYUNIONNAME.ReplaceIfExists`), array extents removed. */
  fields: string[];
  enumValues: { name: string; value?: number }[];
}

export function requireCorpus(): void {
  if (!existsSync(CORPUS)) {
    throw new Error(`[winhandle] the documentation corpus is missing: expected it at ${CORPUS} (../shared/corpus next to the repository, where CI has it). ` +
      'Put the MicrosoftDocs sdk-api and windows-driver-docs-ddi trees there; this test never skips.');
  }
}

export function corpusFiles(root = CORPUS): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .sort();
}

/** Every reference page of the corpus (index pages are not reference pages). */
export function readCorpus(root = CORPUS): { documents: CorpusDocument[]; indexPages: string[] } {
  const documents: CorpusDocument[] = [];
  const indexPages: string[] = [];
  for (const file of corpusFiles(root)) {
    const text = readFileSync(path.join(root, file), 'utf8').replace(/\r\n?/g, '\n');
    const doc = readDocument(file, text);
    if (doc) documents.push(doc);
    else indexPages.push(file);
  }
  return { documents, indexPages };
}

function readDocument(file: string, text: string): CorpusDocument | undefined {
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!fm) throw new Error(`${file}: no front matter`);
  const front = (YAML.parse(fm[1]!) ?? {}) as Record<string, unknown>;
  const uid = /^(\w+):([^.]+)\.(.+)$/.exec(String(front['UID'] ?? ''));
  if (!uid) return undefined;
  const kind = UID_KINDS[uid[1] as keyof typeof UID_KINDS];
  if (!kind) throw new Error(`${file}: unknown UID kind ${uid[1]}`);
  const listed = [...String(front['req.typenames'] ?? '').split(','), ...asList(front['api_name'])]
    .map((n) => n.replace(/^\s*\*?\s*/, '').trim()).filter((n) => /^\w+$/.test(n));
  const sections = sectionsOf(text.slice(fm[0].length));
  const headings = (section: string, level: string): string[] =>
    (sections.get(section) ?? []).filter((l) => l.startsWith(`${level} `)).map((l) => l.slice(level.length + 1).trim());
  return {
    file, kind, header: uid[2]!.toLowerCase(), name: uid[3]!,
    names: [...new Set(listed)],
    summary: plainWords(sections.get('-description') ?? []).slice(0, 8).join(' '),
    params: headings('-parameters', '### -param').map((h) => h.split(/\s+/)[0]!),
    fields: headings('-struct-fields', '### -field').map((h) => h.split(/\s+/)[0]!.replace(/\[[^\]]*\]/g, '')),
    enumValues: headings('-enum-fields', '### -field').map((h) => enumValue(h.split(/\s+/)[0]!)),
  };
}

const asList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []);

/** `## -name` sections → their lines, code fences left out (a `#` line in C is not a heading). */
function sectionsOf(body: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current: string[] | undefined;
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^## (-[\w-]+)/.exec(line);
    if (heading) sections.set(heading[1]!, (current = []));
    else if (/^## /.test(line)) current = undefined;
    else current?.push(line);
  }
  return sections;
}

function enumValue(text: string): { name: string; value?: number } {
  const [name, raw] = text.split(':');
  if (raw === undefined || raw.trim() === '') return { name: name! };
  const value = Number(raw.trim());
  if (!Number.isFinite(value)) throw new Error(`enum value ${text} is not a number`);
  return { name: name!, value };
}

/** Words of the first paragraph of a section, without HTML or markdown markup. */
export function plainWords(lines: readonly string[]): string[] {
  const paragraph: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (paragraph.length > 0) break;
      continue;
    }
    paragraph.push(line);
  }
  return words(paragraph.join(' ').replace(/<[^>]*>/g, ' '));
}

/**
 * Letters and digits only, link targets and URLs left out, so that markup, escaping and the
 * links made absolute do not matter when texts are compared.
 */
export const words = (text: string): string[] =>
  text.replace(/\]\((?:[^()]|\([^()]*\))*\)/g, ' ').replace(/\bhttps?:\/\/\S+/g, ' ').split(/[^A-Za-z0-9]+/).filter((w) => w !== '');

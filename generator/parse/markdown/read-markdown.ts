// Microsoft Docs markdown page → ParsedDocument: front matter, identity, then each
// `## -section` by its reader. Unknown sections are kept in extraSections with a warning.
import { Problems } from '../../model/problems.js';
import type { DocText, ParsedDocument } from '../../model/schema.js';
import type { SourceFile } from '../../read/source-file.js';
import { isWdkHeader } from '../../model/doc-urls.js';
import type { ParseResult } from '../parse-result.js';
import { newDocument } from '../text/document.js';
import { firstNonBlank, normalizeText } from '../text/lines.js';
import { linkBase, type LinkBase } from '../text/links.js';
import { requirementsFrom } from '../text/requirements.js';
import { convertLines, type ConvertContext } from '../text/to-markdown.js';
import { readFrontMatter } from './front-matter.js';
import { identify, type Identity } from './identity.js';
import { readSections } from './read-sections.js';
import { findTitle, splitAt } from './sections.js';

export function readMarkdown(file: SourceFile): ParseResult {
  const problems = new Problems();
  const lines = normalizeText(file.text).split('\n');
  const fm = readFrontMatter(lines, file.path, problems);
  if (!fm.present) {
    problems.add({ file: file.path, line: 1 }, 'front-matter/missing', 'the page has no YAML front matter; identity taken from its title', {
      expected: 'a `---` line opening the front matter',
    });
  }
  const bodyLines = lines.slice(fm.bodyStart);
  const bodyFirstLine = fm.bodyStart + 1;
  const title = findTitle(bodyLines, bodyFirstLine);
  const identity = identify(fm, title?.text, file.path);
  if (!identity) {
    problems.fatal({ file: file.path, line: 1 }, 'document/no-name', 'the page names no API', 'a `UID:` or `api_name:` front-matter key, or a `# Name function` title');
    return { documents: [], problems: problems.list };
  }
  const doc = documentFor(file.path, identity, fm.values, fm.lines);
  if (identity.skip) return { documents: [doc], problems: problems.list };
  if (identity.kindGuessed) {
    problems.add({ file: file.path, line: fm.lines['UID'] ?? title?.line ?? 1 }, 'document/unknown-kind', `cannot tell what kind of API ${identity.name} is; taken as a function`, {
      expected: 'a UID such as `NF:header.Name` or a title ending in function, structure, enumeration, …',
    });
  }
  if (!identity.header) {
    problems.add({ file: file.path, line: fm.lines['req.header'] ?? 1 }, 'document/no-header', `the page of ${identity.name} names no header`, {
      expected: '`req.header: name.h`',
    });
  }

  const ctx: ConvertContext = { file: file.path, base: baseFor(file.path, identity), problems };
  const { preamble, blocks } = splitAt(bodyLines, bodyFirstLine, 2);
  const loose = preamble.lines.map((l, i) => (title && preamble.firstLine + i === title.line ? '' : l));
  readSections(doc, blocks, ctx);
  if (firstNonBlank(loose) < loose.length) {
    // Some pages put the description under the title and leave `## -description` empty.
    const converted = text(convertLines(loose, preamble.firstLine, ctx), file.path);
    const asDescription = !doc.description;
    problems.add({ file: file.path, line: converted.place.line }, 'section/loose-text', `text before the first \`##\` section ${asDescription ? 'taken as the description' : 'kept as an extra section'}`, {
      expected: 'text under `## -description`',
    });
    if (asDescription) doc.description = converted;
    else doc.extraSections.unshift({ heading: '', text: converted });
  }
  if (!doc.description && typeof fm.values['description'] === 'string' && fm.values['description'] !== '') {
    doc.description = { markdown: fm.values['description'], place: { file: file.path, line: fm.lines['description'] ?? 1 } };
  }
  return { documents: [doc], problems: problems.list };
}

export const text = (converted: { markdown: string; line: number }, file: string): DocText => ({ markdown: converted.markdown, place: { file, line: converted.line } });

function documentFor(file: string, id: Identity, values: Record<string, string | string[]>, lines: Record<string, number>): ParsedDocument {
  const doc = newDocument(file, 'ms-docs-markdown', id.kind, id.name);
  if (id.skip) doc.skip = id.skip;
  if (id.uid) doc.uid = id.uid;
  if (id.header) doc.header = id.header;
  if (id.title) doc.title = id.title;
  doc.aliases = id.aliases;
  doc.frontMatter = values;
  doc.frontMatterLines = lines;
  const req = requirementsFrom(values, lines);
  doc.requirements = req.requirements;
  doc.requirementLines = req.requirementLines;
  const locations = values['api_location'];
  doc.apiLocations = (Array.isArray(locations) ? locations : locations ? [locations] : []).filter((l) => l !== '');
  return doc;
}

/** Driver (WDK) pages resolve against the DDI reference, the others against the Win32 API reference. */
function baseFor(path: string, id: Identity): LinkBase {
  const wdk = /(^|\/)(wdk|wdk-ddi-src)(\/|$)/.test(path) || (!/(^|\/)(sdk-api|sdk-api-src)(\/|$)/.test(path) && id.header !== undefined && isWdkHeader(id.header));
  return linkBase(wdk ? 'wdk' : 'sdk', id.header, id.page);
}

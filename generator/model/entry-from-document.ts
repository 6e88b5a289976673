// One parsed document → one draft entry. Types are left for the resolve stage; here every
// field only records what the document says and where it says it.
import { dllImages } from './dll-images.js';
import { docUrl, isWdkHeader } from './doc-urls.js';
import type { DocText, Entry, ParsedDocument, Place, Provenance, Via } from './schema.js';

export interface DraftEntry {
  entry: Entry;
  doc: ParsedDocument;
}

const at = (place: Place, via: Via, sentence?: string): Provenance =>
  sentence === undefined ? { file: place.file, line: place.line, via } : { file: place.file, line: place.line, via, sentence };

function headerOf(doc: ParsedDocument): string | undefined {
  if (doc.header) return doc.header;
  const fromReq = doc.requirements.header;
  return fromReq ? fromReq.toLowerCase().replace(/\.h$/, '') : undefined;
}

function lineOf(doc: ParsedDocument, key: string, fallback = 1): Place {
  return { file: doc.file, line: doc.requirementLines[key] ?? doc.frontMatterLines[key] ?? fallback };
}

export function entryFromDocument(doc: ParsedDocument): DraftEntry | undefined {
  const header = headerOf(doc);
  if (!header || doc.skip) return undefined;
  const provenance: Record<string, Provenance> = {};
  const text = (t: DocText | undefined, field: string): string => {
    if (!t || t.markdown.trim() === '') return '';
    provenance[field] = at(t.place, 'section');
    return t.markdown.trim();
  };
  const docPlace: Place = { file: doc.file, line: 1 };
  provenance['name'] = at(lineOf(doc, 'api_name'), doc.format === 'c-header' ? 'c-declaration' : 'front-matter');

  const images = dllImages(doc.requirements.dll);
  const fromLib = images.length > 0 ? images : dllImages(doc.requirements.library);
  const fromLocations = fromLib.length > 0 ? fromLib : dllImages(doc.apiLocations.find((l) => /\.(dll|sys|exe)$/i.test(l)));
  const primary = doc.kind === 'function' ? fromLocations[0] : undefined;
  if (primary) provenance['dllInterface'] = at(lineOf(doc, 'dll'), 'requirements');

  const mode: 'user' | 'kernel' = primary ? primary.mode : isWdkHeader(header) ? 'kernel' : 'user';
  const req = doc.requirements;
  for (const key of Object.keys(req)) provenance[`requirements.${key}`] = at(lineOf(doc, key), 'requirements');

  const entry: Entry = {
    id: `${header}.${doc.name}`,
    header,
    name: doc.name,
    aliases: [...doc.aliases].filter((a) => a !== doc.name),
    kind: doc.kind,
    mode,
    description: text(doc.description, 'description'),
    parameters: doc.parameters.map((p) => {
      provenance[`parameters.${p.name}`] = at(p.description.place, 'section');
      return {
        name: p.name,
        direction: p.direction ?? 'in',
        optional: p.optional,
        type: { c: 'unknown', source: 'unresolved' as const },
        description: p.description.markdown.trim(),
      };
    }),
    fields: doc.fields.map((f) => {
      provenance[`fields.${f.name}`] = at(f.description.place, 'section');
      const path = f.name.split('.');
      return { name: path[path.length - 1] ?? f.name, path, type: { c: 'unknown', source: 'unresolved' as const }, description: f.description.markdown.trim() };
    }),
    members: doc.enumValues.map((v) => {
      provenance[`members.${v.name}`] = at(v.description.place, 'section');
      return v.value === undefined
        ? { name: v.name, description: v.description.markdown.trim() }
        : { name: v.name, value: v.value, description: v.description.markdown.trim() };
    }),
    remarks: text(doc.remarks, 'remarks'),
    requirements: {
      header: req.header ?? `${header}.h`,
      includeHeaders: req.includeHeaders ?? [],
      ddiCompliance: req.ddiCompliance ?? [],
      ...(req.library ? { library: req.library } : {}),
      ...(req.dll ? { dll: req.dll } : {}),
      ...(req.minClient ? { minClient: req.minClient } : {}),
      ...(req.minServer ? { minServer: req.minServer } : {}),
      ...(req.irql ? { irql: req.irql } : {}),
      ...(req.targetType ? { targetType: req.targetType } : {}),
    },
    noImportLibrary: false,
    seeAlso: doc.seeAlso.map((l) => (l.url ? { text: l.text, url: l.url } : { text: l.text })),
    sources: [doc.file],
    docUrl: docUrl(header, doc.kind, doc.name),
    provenance,
  };
  if (primary) entry.dllInterface = primary.iface;
  if (doc.prototype?.callingConvention) entry.callingConvention = doc.prototype.callingConvention;
  if (doc.kind === 'function' || doc.kind === 'callback') {
    const codes = doc.returnCodes.map((c) => {
      provenance[`return.codes.${c.name}`] = at(c.meaning.place, 'section');
      return { name: c.name, meaning: c.meaning.markdown.trim() };
    });
    entry.return = { type: { c: 'unknown', source: 'unresolved' }, description: text(doc.returns, 'return.description'), codes };
  }
  if (!provenance['description']) provenance['description'] = at(docPlace, 'section');
  return { entry, doc };
}

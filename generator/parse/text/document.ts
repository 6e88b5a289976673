// A ParsedDocument with every collection empty, for readers to fill.
import type { DocumentFormat, EntryKind, ParsedDocument, Place } from '../../model/schema.js';

export function newDocument(file: string, format: DocumentFormat, kind: EntryKind, name: string): ParsedDocument {
  return {
    file,
    format,
    kind,
    name,
    aliases: [],
    frontMatter: {},
    frontMatterLines: {},
    parameters: [],
    returnCodes: [],
    seeAlso: [],
    fields: [],
    enumValues: [],
    requirements: {},
    requirementLines: {},
    apiLocations: [],
    extraSections: [],
    constants: [],
  };
}

export const placeOf = (file: string, line: number): Place => ({ file, line: Math.max(1, line) });

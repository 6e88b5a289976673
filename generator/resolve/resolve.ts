// The resolve stage: everything that needs the whole model at once.
import { isCHeaderPath } from '../parse/c/c-header.js';
import type { DraftModel } from '../model/build-model.js';
import { statusByName } from '../model/status-table.js';
import type { ApiModel, Entry, StatusCode } from '../model/schema.js';
import { inferOptionalParameters } from './infer-optional.js';
import { declaredTypes } from './declared-types.js';
import { resolveFields } from './resolve-fields.js';
import { resolveLinks } from './resolve-links.js';
import { attachStatusValues, collectProseReturnCodes, deriveUserModeNames, dllSurfaces } from './resolve-surfaces.js';
import { resolveTypes, type TypeStats } from './resolve-types.js';
import { shareAcrossHeaders } from './share-across-headers.js';

export interface ResolvedModel {
  model: ApiModel;
  typeStats: TypeStats;
}

export function resolveModel(draft: DraftModel, statusCodes: readonly StatusCode[]): ResolvedModel {
  const byId = (a: Entry, b: Entry): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const documented: Entry[] = [...draft.entries, ...deriveUserModeNames(draft.entries)].sort(byId);
  const typeStats = resolveTypes(documented, draft.documents, draft.declarations, draft.conflicts, draft.problems);
  const entries = [...documented, ...declaredTypes(documented, draft.declarations)].sort(byId);
  resolveFields(entries, draft.declarations, draft.problems);
  inferOptionalParameters(entries);
  resolveLinks(entries);
  for (const entry of entries) collectProseReturnCodes(entry);
  shareAcrossHeaders(entries, draft.conflicts);
  const table = statusByName(statusCodes);
  for (const entry of entries) attachStatusValues(entry, table);
  const formats = new Map(draft.documents.map((d) => [d.file, d.format]));
  // C declarations are facts from headers (public domain for mingw-w64), not documentation text.
  const sources = [...new Set(entries.flatMap((e) => e.sources))].sort().map((file) => (isCHeaderPath(file)
    ? { file, format: 'c-header' as const }
    : { file, format: formats.get(file) ?? 'ms-docs-markdown', license: 'CC-BY-4.0' }));
  return { model: { version: 1, sources, entries, dlls: dllSurfaces(entries) }, typeStats };
}

// The resolve stage: everything that needs the whole model at once.
import type { DraftModel } from '../model/build-model.js';
import { statusByName } from '../model/status-table.js';
import type { ApiModel, Entry, StatusCode } from '../model/schema.js';
import { inferOptionalParameters } from './infer-optional.js';
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
  const entries: Entry[] = [...draft.entries, ...deriveUserModeNames(draft.entries)].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const typeStats = resolveTypes(entries, draft.documents, draft.declarations, draft.conflicts, draft.problems);
  resolveFields(entries, draft.declarations, draft.problems);
  inferOptionalParameters(entries);
  resolveLinks(entries);
  for (const entry of entries) collectProseReturnCodes(entry);
  shareAcrossHeaders(entries, draft.conflicts);
  const table = statusByName(statusCodes);
  for (const entry of entries) attachStatusValues(entry, table);
  const formats = new Map(draft.documents.map((d) => [d.file, d.format]));
  const sources = [...new Set(entries.flatMap((e) => e.sources))].sort().map((file) => (
    { file, format: formats.get(file) ?? 'ms-docs-markdown', license: 'CC-BY-4.0' }));
  return { model: { version: 1, sources, entries, dlls: dllSurfaces(entries) }, typeStats };
}

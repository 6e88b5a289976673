// The search index the client script loads: functions, status codes (with their values) and rules,
// as compact rows with root-relative page paths.
import { entryPath, rulePath } from './paths.js';
import type { SiteData } from './site-data.js';
import { codeUrl } from './status-groups.js';

export interface SearchIndex {
  /** [name, header, path, kind, mocked 0|1] */
  functions: [string, string, string, string, 0 | 1][];
  /** [name, unsigned value, path, 'ntstatus' | 'win32'] */
  codes: [string, number, string, string][];
  /** [id, title, path] */
  rules: [string, string, string][];
}

export function searchIndex(data: SiteData): SearchIndex {
  const documented = new Set(data.documentedBy.keys());
  return {
    functions: data.entries.map((e) => [e.name, e.header, entryPath(e.id), e.kind, data.mockedByName.has(e.name) ? 1 : 0]),
    codes: data.statusCodes.map((c) => [c.name, c.value >>> 0, codeUrl(c, documented), c.kind]),
    rules: data.rules.map((r) => [r.id, r.title, rulePath(r.id)]),
  };
}

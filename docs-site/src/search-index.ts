// The search index the client script loads: functions, status codes (with their values) and rules,
// as compact rows with root-relative page paths.
import { entryPath, mockOnlyPath, rulePath } from './paths.js';
import type { SiteData } from './site-data.js';
import { codeUrl } from './status-groups.js';

export interface SearchIndex {
  /** [name, where (`winternl.h`, `kernel32, mock only`), path, kind, mocked 0|1] */
  functions: [string, string, string, string, 0 | 1][];
  /** [name, unsigned value, path, 'ntstatus' | 'win32'] */
  codes: [string, number, string, string][];
  /** [id, title, path] */
  rules: [string, string, string][];
}

export function searchIndex(data: SiteData): SearchIndex {
  const documented = new Set(data.documentedBy.keys());
  return {
    functions: [
      ...data.entries.map((e): SearchIndex['functions'][number] => [e.name, `${e.header}.h`, entryPath(e.id), e.kind, data.mockedByName.has(e.name) ? 1 : 0]),
      ...data.mockOnly.map((m): SearchIndex['functions'][number] => [m.name, `${m.dll}, mock only`, mockOnlyPath(m.dll, m.name), 'function', 1]),
    ],
    codes: data.statusCodes.map((c) => [c.name, c.value >>> 0, codeUrl(c, documented), c.kind]),
    rules: data.rules.map((r) => [r.id, r.title, rulePath(r.id)]),
  };
}

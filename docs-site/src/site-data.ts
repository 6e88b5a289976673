// Indexes over the inputs that the pages share: entries by id and name, status codes by name,
// which entries document each code, which rules cover each API, what the mock implements.
import { docUrl, pageOfUrl } from '../../generator/model/doc-urls.js';
import type { Entry, StatusCode } from '../../generator/model/schema.js';
import type { Rule } from '../../mocks/index.js';
import type { MockedFunction, SiteInputs } from './load-inputs.js';
import { returnCodes } from './return-codes.js';

export interface Documented {
  entry: Entry;
  meaning: string;
}

export interface SiteData extends SiteInputs {
  entries: readonly Entry[];
  byId: ReadonlyMap<string, Entry>;
  byName: ReadonlyMap<string, readonly Entry[]>;
  statusByName: ReadonlyMap<string, StatusCode>;
  /** Code name → the entries whose return codes list it, with the meaning each gives. */
  documentedBy: ReadonlyMap<string, readonly Documented[]>;
  rulesByApi: ReadonlyMap<string, readonly Rule[]>;
  mockedByName: ReadonlyMap<string, readonly MockedFunction[]>;
  /** Mocked functions no entry of the model names: they get a page of their own. */
  mockOnly: readonly MockedFunction[];
  /** Pages of the typedoc reference by `header.Name` or `Name` (empty until typedoc ran). */
  apiUrls: ReadonlyMap<string, string>;
}

function group<T, K>(items: Iterable<T>, keys: (item: T) => Iterable<K>): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

export function siteData(inputs: SiteInputs): SiteData {
  const entries = [...inputs.model.entries].sort((a, b) => a.name.localeCompare(b.name) || a.header.localeCompare(b.header));
  const statusByName = new Map<string, StatusCode>();
  for (const code of inputs.statusCodes) if (!statusByName.has(code.name)) statusByName.set(code.name, code);
  const byName = group(entries, (e) => [e.name]);
  const documented = entries.flatMap((entry) => returnCodes(entry, statusByName).map((c) => ({ name: c.name, entry, meaning: c.meaning })));
  const documentedBy = new Map<string, Documented[]>();
  for (const [name, list] of group(documented, (d) => [d.name])) documentedBy.set(name, list.map(({ entry, meaning }) => ({ entry, meaning })));
  return {
    ...inputs,
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    byName,
    statusByName,
    documentedBy,
    rulesByApi: group(inputs.rules, (r) => r.apis),
    mockedByName: group(inputs.mocked, (m) => [m.name]),
    apiUrls: new Map(),
    mockOnly: inputs.mocked.filter((m) => !byName.has(m.name)).sort((a, b) => a.name.localeCompare(b.name) || a.dll.localeCompare(b.dll)),
  };
}

/** The mocked function an entry's "Try it" calls: the one of its DLL interface, else any. */
export function mockFor(data: SiteData, entry: Entry): MockedFunction | undefined {
  const candidates = data.mockedByName.get(entry.name) ?? [];
  const iface = entry.dllInterface?.toLowerCase();
  return candidates.find((m) => m.dll === iface) ?? (entry.kind === 'function' ? candidates[0] : undefined);
}

const normalisePath = (p: string): string => p.replace(/\\/g, '/').replace(/^\.\//, '');

/** The published page of a source document (a path in the repository), through the entries built from it. */
export function sourcePage(data: SiteData, document: string): { url?: string; entry?: Entry } {
  const wanted = normalisePath(document);
  for (const entry of data.entries) {
    if (entry.sources.some((s) => { const n = normalisePath(s); return n === wanted || n.endsWith(`/${wanted}`) || wanted.endsWith(`/${n}`); })) {
      return { entry, ...(entry.docUrl ? { url: entry.docUrl } : {}) };
    }
  }
  // A Microsoft Docs file name (`nf-handleapi-duplicatehandle.md`) names its published page.
  const page = pageOfUrl(wanted);
  return page ? { url: docUrl(page.header, 'function', page.name) } : {};
}

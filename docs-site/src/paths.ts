// Where each page lives in the site, and relative links between pages (the site works under any
// base path). Every page path is relative to the site root and uses '/' separators.

/** A file-name-safe form of a name from a document (names are untrusted). */
export function slug(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^\.+/, '_');
  return cleaned.length > 0 ? cleaned.slice(0, 120) : '_';
}

export const PATHS = {
  home: 'index.html',
  search: 'search.html',
  functions: 'functions/index.html',
  statusIndex: 'status/index.html',
  rules: 'rules/index.html',
  api: 'api/index.html',
  css: 'assets/site.css',
  favicon: 'assets/favicon.svg',
  searchScript: 'assets/search.js',
  tryItScript: 'assets/try-it.js',
  searchIndex: 'search-index.json',
  worker: 'mockServiceWorker.js',
} as const;

export const entryPath = (id: string): string => `functions/${slug(id)}.html`;
export const mockOnlyPath = (dll: string, name: string): string => `functions/mock.${slug(dll)}.${slug(name)}.html`;
export const statusPath = (name: string): string => `status/${slug(name)}.html`;
export const statusGroupPath = (group: string): string => `status/${slug(group)}.html`;
export const rulePath = (id: string): string => `rules/index.html#${slug(id)}`;

/** The relative URL from page `from` to `to` (both root-relative), keeping any #fragment. */
export function rel(from: string, to: string): string {
  const [target = '', fragment] = to.split('#');
  const fromDirs = from.split('/').slice(0, -1);
  const toParts = target.split('/');
  let common = 0;
  while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
  const up = fromDirs.slice(common).map(() => '..');
  const path = [...up, ...toParts.slice(common)].join('/');
  return fragment === undefined ? path : `${path}#${fragment}`;
}

/** `../` repeated to reach the root from a page. */
export const rootOf = (page: string): string => '../'.repeat(page.split('/').length - 1);

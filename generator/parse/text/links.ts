// Links of a document made absolute on learn.microsoft.com, the way the published pages resolve them.

export const LEARN = 'https://learn.microsoft.com';

/** Where a document is published: relative links resolve against its folder. */
export interface LinkBase {
  /** Folder URL ending in `/`, e.g. `https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/`. */
  folder: string;
  /** The page itself, for `#anchor` links. */
  page?: string;
}

export function linkBase(site: 'wdk' | 'sdk', header: string | undefined, page?: string): LinkBase {
  const root = site === 'wdk' ? `${LEARN}/windows-hardware/drivers/ddi/` : `${LEARN}/windows/win32/api/`;
  const folder = header ? `${root}${header}/` : root;
  return page ? { folder, page: folder + page } : { folder };
}

const UNSAFE = /^\s*(?:javascript|vbscript|data|file):/i;
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** An absolute, safe URL for `href`, or undefined when there is none (empty, script, unparsable). */
export function absoluteUrl(href: string, base: LinkBase): string | undefined {
  const raw = href.trim().replace(/^<|>$/g, '');
  if (raw === '' || UNSAFE.test(raw.replace(/[\u0000-\u001f\s]/g, ''))) return undefined;
  if (SCHEME.test(raw)) return raw.replace(/^https?:\/\/docs\.microsoft\.com(?=[/:?#]|$)/i, LEARN);
  if (raw.startsWith('//')) return absoluteUrl(`https:${raw}`, base);
  if (raw.startsWith('#')) return (base.page ?? base.folder) + raw;
  if (raw.startsWith('/')) return LEARN + raw.replace(/^\/windows\/desktop(?=[/?#]|$)/i, '/windows/win32');
  let url: URL;
  try {
    url = new URL(raw, base.folder);
  } catch {
    return undefined;
  }
  // Published pages drop the source extension; a folder's index.md is the folder page.
  url.pathname = url.pathname.replace(/\/index\.md$/i, '/').replace(/\.md$/i, '');
  return url.href;
}

// `[text](dest "title")`, `![alt](dest)`; nested brackets one level deep, destinations with balanced parens.
// Repetitions are bounded so a megabyte line of brackets stays linear; so are the blanks around an
// empty destination, which two unbounded `\s*` would try every way to split.
const INLINE_LINK =
  /(!?)\[((?:[^[\]\\\n]|\\.|\[[^[\]\n]{0,200}\]){0,500})\]\(\s{0,200}(<[^>\n]{0,2000}>|(?:[^\s()\\]|\\.|\([^\s()]{0,200}\)){0,2000})((?:\s{1,200}(?:"[^"\n]{0,500}"|'[^'\n]{0,500}'|\([^)\n]{0,500}\)))?)\s{0,200}\)/g;
const REFERENCE_DEF = /^( {0,3}\[[^\]\n]+\]:[ \t]*)(<[^>\n]*>|\S+)/gm;

/** Rewrites the destinations of markdown links; a link to a script becomes its text. */
export function rewriteMarkdownLinks(markdown: string, base: LinkBase): string {
  if (!markdown.includes('](') && !markdown.includes(']:')) return markdown;
  return markdown
    .replace(INLINE_LINK, (_whole, bang: string, text: string, dest: string, title: string) => {
      const url = absoluteUrl(dest, base);
      if (url === undefined) return text;
      return `${bang}[${text}](${escapeDestination(url)}${title})`;
    })
    .replace(REFERENCE_DEF, (whole, lead: string, dest: string) => {
      const url = absoluteUrl(dest, base);
      return url === undefined ? whole : lead + escapeDestination(url);
    });
}

/** A URL as a markdown link destination: bare when markdown reads it back unchanged, else in `<…>`. */
export function escapeDestination(url: string): string {
  let depth = 0;
  for (const ch of url) {
    depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
    if (depth < 0) break;
  }
  return depth !== 0 || /[\s<>]/.test(url) ? `<${url.replace(/[<>\s]/g, encodeURIComponent)}>` : url;
}

// `[text](page.md" …`: a destination the author never closed (no `)` before the line ends).
const UNCLOSED_LINK = /\]\(([^\s()"'<>[\]]{1,2000})(?=["'\s]|$)(?![^\n)]{0,2000}\))/gm;

/** Closes link destinations left open; returns the offsets where a `)` was added. */
export function closeOpenLinks(markdown: string): { markdown: string; at: number[] } {
  if (!markdown.includes('](')) return { markdown, at: [] };
  const at: number[] = [];
  const fixed = markdown.replace(UNCLOSED_LINK, (whole, dest: string, offset: number) => {
    at.push(offset);
    return `](${dest})`;
  });
  return { markdown: fixed, at };
}

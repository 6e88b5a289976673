// HTML built by string templates where every interpolation is escaped unless it is already Html
// (our own markup, or sanitized document HTML). URLs from documents pass safeUrl first.

export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Markup we produced or sanitized ourselves. */
export const trusted = (markup: string): Html => new Html(markup);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function piece(value: unknown): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(piece).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<a href="${url}">${text}</a>\``, escaping everything not Html. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += piece(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** An absolute http(s) URL from a document, or undefined for anything else (javascript:, data:, ...). */
export function safeUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** A link out of the site: opens without giving the target a handle on this page. */
export function externalLink(url: string | undefined, text: string): Html {
  const safe = safeUrl(url);
  return safe === undefined ? html`${text}` : html`<a class="external" href="${safe}" rel="noopener noreferrer">${text}</a>`;
}

// The plain text a rule's quote is compared against: HTML tags and markdown emphasis removed,
// links reduced to their text, entities decoded, whitespace collapsed. The mock's tests and the
// generator's quote check both use this one function.

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

export function normaliseForQuote(text: string): string {
  return text
    .replace(/<[^>\n]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/(^|[^\\])\*([^*\s][^*]*?)\*/g, '$1$2')
    .replace(/(^|[^\w\\])_([^_\s][^_]*?)_(?![\w])/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when the quote, normalised, occurs in the document's normalised text. */
export function quoteOccursIn(quote: string, documentText: string): boolean {
  return normaliseForQuote(documentText).includes(normaliseForQuote(quote));
}

// Text of small pieces (headings, link texts, table names): tags and emphasis removed.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** `<b>Foo</b> **bar**` → `Foo bar`: for names and labels, not for prose. */
export function plainText(text: string): string {
  return decodeEntities(
    stripComments(text)
      .replace(/<\/?[a-zA-Z][^<>]{0,2000}>/g, '')
      .replace(/\*\*|__|`/g, '')
      .replace(/(^|\s)\*(\S[^*]*?)\*(?=\s|$|[.,;:])/g, '$1$2'),
  )
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** `<!-- … -->` removed; an unclosed comment runs to the end. */
function stripComments(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('<!--'); open !== -1; open = text.indexOf('<!--', from)) {
    out += text.slice(from, open);
    const close = text.indexOf('-->', open + 4);
    if (close === -1) return out;
    from = close + 3;
  }
  return out + text.slice(from);
}

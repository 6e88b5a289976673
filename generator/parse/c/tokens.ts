// A small C tokenizer: identifiers, numbers, strings and punctuation with their line.
// Comments vanish; preprocessor lines are handed back apart so the header reader can
// read `#define` constants while the declaration reader never sees them.

export type TokenKind = 'id' | 'num' | 'str' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  line: number;
  /** Offset of the token in the text. */
  pos: number;
}

export interface Directive {
  /** The directive with continuations joined and comments removed: `define X 1`. */
  text: string;
  line: number;
}

export interface Tokens {
  tokens: Token[];
  directives: Directive[];
  /** Line of an unterminated block comment, if the text ends inside one. */
  openComment?: number;
}

const isIdStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
const isIdPart = (c: number): boolean => isIdStart(c) || (c >= 48 && c <= 57);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const NL = 10;
/** Documents copied from web pages carry no-break spaces and BOMs between words. */
const isUnicodeSpace = (c: number): boolean => c === 0xa0 || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f;

/**
 * Tokenizes `text`; `firstLine` is the line number of its first character.
 * With `directives: false`, `#` is an ordinary punctuation token (prototypes in prose).
 */
export function tokenize(text: string, firstLine = 1, opts: { directives?: boolean } = {}): Tokens {
  const withDirectives = opts.directives ?? true;
  const tokens: Token[] = [];
  const directives: Directive[] = [];
  let openComment: number | undefined;
  let line = firstLine;
  let lineStart = true; // only whitespace since the last newline
  const n = text.length;
  let i = 0;

  // Skips a block comment starting at i (`/*`); returns the index after it.
  const skipBlock = (from: number): number => {
    const end = text.indexOf('*/', from + 2);
    const stop = end < 0 ? n : end + 2;
    if (end < 0) openComment = line;
    for (let k = from; k < stop; k++) if (text.charCodeAt(k) === NL) line++;
    return stop;
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === NL) { line++; i++; lineStart = true; continue; }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || isUnicodeSpace(c)) { i++; continue; }
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) { i = skipBlock(i); continue; }
    if (c === 92 /* \ */ && text.charCodeAt(i + 1) === NL) { i += 2; line++; continue; }
    if (c === 92 && text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === NL) { i += 3; line++; continue; }
    if (c === 35 /* # */ && lineStart && withDirectives) {
      const start = line;
      let out = '';
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === NL) break;
        if (d === 92 && (text.charCodeAt(i + 1) === NL || (text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === NL))) {
          i += text.charCodeAt(i + 1) === NL ? 2 : 3;
          line++;
          out += ' ';
          continue;
        }
        if (d === 47 && text.charCodeAt(i + 1) === 42) { i = skipBlock(i); out += ' '; continue; }
        if (d === 47 && text.charCodeAt(i + 1) === 47) {
          const end = text.indexOf('\n', i);
          i = end < 0 ? n : end;
          break;
        }
        out += text[i];
        i++;
      }
      directives.push({ text: out.trim(), line: start });
      continue;
    }
    lineStart = false;
    if (isIdStart(c)) {
      let j = i + 1;
      while (j < n && isIdPart(text.charCodeAt(j))) j++;
      // L"..." / L'x' wide literals
      if (j === i + 1 && c === 76 && (text[j] === '"' || text[j] === "'")) { i = readQuoted(j, i); continue; }
      tokens.push({ kind: 'id', text: text.slice(i, j), line, pos: i });
      i = j;
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isIdPart(d) || d === 46) j++;
        else if ((d === 43 || d === 45) && /[eEpP]/.test(text[j - 1] ?? '') && !/^0[xX]/.test(text.slice(i, j))) j++;
        else break;
      }
      tokens.push({ kind: 'num', text: text.slice(i, j), line, pos: i });
      i = j;
      continue;
    }
    if (c === 34 || c === 39) { i = readQuoted(i, i); continue; }
    if (c === 46 && text.startsWith('...', i)) { tokens.push({ kind: 'punct', text: '...', line, pos: i }); i += 3; continue; }
    if ((c === 45 && text.charCodeAt(i + 1) === 62) || (c === 58 && text.charCodeAt(i + 1) === 58)) {
      tokens.push({ kind: 'punct', text: text.slice(i, i + 2), line, pos: i });
      i += 2;
      continue;
    }
    tokens.push({ kind: 'punct', text: text[i]!, line, pos: i });
    i++;
  }
  return openComment === undefined ? { tokens, directives } : { tokens, directives, openComment };

  // A string or character literal; an unterminated one stops at the end of the line.
  function readQuoted(quoteAt: number, start: number): number {
    const q = text.charCodeAt(quoteAt);
    let j = quoteAt + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 92) { j += 2; continue; }
      if (d === q) { j++; break; }
      if (d === NL) break;
      j++;
    }
    tokens.push({ kind: 'str', text: text.slice(start, j), line, pos: start });
    return j;
  }
}

/** Index of the token closing the group opened at `open` (`(`, `[` or `{`), or -1. */
export function matching(tokens: readonly Token[], open: number, end = tokens.length): number {
  let depth = 0;
  for (let k = open; k < end; k++) {
    const t = tokens[k]!.text;
    if (tokens[k]!.kind !== 'punct') continue;
    if (t === '(' || t === '[' || t === '{') depth++;
    else if (t === ')' || t === ']' || t === '}') {
      depth--;
      if (depth === 0) return k;
    }
  }
  return -1;
}

// Bytes → text. UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded; invalid UTF-8
// is decoded with U+FFFD and reported with the line of the first bad byte, never thrown.
import { isUtf8 } from 'node:buffer';

export interface DecodedText {
  text: string;
  /** Set when the bytes were not valid UTF-8: 1-based line and column of the first bad byte. */
  invalid?: { line: number; column: number; count: number };
}

const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes) };
  const text = utf8.decode(bytes);
  if (isUtf8(bytes)) return { text };
  return { text, invalid: locateInvalid(bytes) };
}

/** Walks the bytes once (only for files already known to be invalid) to find the first bad sequence. */
function locateInvalid(bytes: Uint8Array): { line: number; column: number; count: number } {
  let line = 1;
  let column = 1;
  let first: { line: number; column: number } | undefined;
  let count = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need >= 0 && i + need < bytes.length;
    for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (!ok) {
      count++;
      first ??= { line, column };
      i++;
      column++;
      continue;
    }
    if (b === 0x0a) {
      line++;
      column = 1;
    } else column++;
    i += need + 1;
  }
  return { ...(first ?? { line, column }), count };
}

// Line handling shared by the readers: one newline convention, 1-based line numbers.

/** Drops a BOM and turns CRLF / CR into LF, so line numbers match what editors show. */
export function normalizeText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes('\r') ? noBom.replace(/\r\n?/g, '\n') : noBom;
}

export const isBlank = (line: string): boolean => !/[^\s\u00a0]/.test(line);

/** Maps offsets of a text to 1-based lines (binary search over line starts). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** Index of the first non-blank line at or after `from`, or `lines.length`. */
export function firstNonBlank(lines: readonly string[], from = 0): number {
  let i = from;
  while (i < lines.length && isBlank(lines[i]!)) i++;
  return i;
}

/** Trailing spaces and tabs removed (a loop: `/[ \t]+$/` is quadratic on long runs). */
export function trimBlanksEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * Each run of blanks holding a line break becomes one space. Runs are matched whole: blanks, a
 * break, blanks as one pattern would retry from every blank of a long run without a break.
 */
export function joinLines(text: string): string {
  return text.replace(/\s+/g, (blanks) => (blanks.includes('\n') ? ' ' : blanks));
}

/** `text` as a literal inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Pipe tables the table parser (micromark + remark-gfm) is not given: no page comes near these
// limits, and past them its cost grows with the square of the input or its recursion exhausts
// the stack. Such a table stays text; a problem says why its rows were not read.

/** Eight times the longest return section with a pipe table in the corpus (2 KB); the parser takes ~7 µs a character. */
export const MAX_TABLE_CHARS = 16_384;
/** Twenty times what a return-code table of the corpus has (99): each one makes the parser look back over the others. */
export const MAX_TABLE_MARKS = 2_000;
/** Quotes and lists around a table: far more than any page, far fewer than exhaust the stack (the tree is walked recursively). */
export const MAX_TABLE_DEPTH = 100;

export interface Refusal {
  rule: string;
  message: string;
  expected: string;
}

/** Why the markdown `text` is not parsed for tables, or undefined when it can be. */
export function tableRefusal(text: string): Refusal | undefined {
  const marks = countMarks(text);
  if (text.length > MAX_TABLE_CHARS || marks > MAX_TABLE_MARKS) {
    return {
      rule: 'table/too-large',
      message: `${text.length} characters and ${marks} \`*_~]\` in one pipe table; its rows are not read as return codes`,
      expected: `a table of at most ${MAX_TABLE_CHARS} characters and ${MAX_TABLE_MARKS} \`*_~]\``,
    };
  }
  const depth = containerDepth(text);
  if (depth > MAX_TABLE_DEPTH) {
    return {
      rule: 'table/too-deep',
      message: `quotes or lists nested ${depth} deep around a pipe table; its rows are not read as return codes`,
      expected: `at most ${MAX_TABLE_DEPTH} nested quotes or lists`,
    };
  }
  return undefined;
}

/** `*`, `_`, `~` and `]`: the characters micromark resolves by looking back over earlier ones. */
function countMarks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126 || c === 93) n++;
  }
  return n;
}

/** Quote and list markers opening a line (`> > - x` is three deep), the deepest line's count. */
function containerDepth(text: string): number {
  let max = 0;
  let depth = 0;
  let start = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      depth = 0;
      start = true;
    } else if (!start || c === ' ' || c === '\t') continue;
    else if (c === '>') depth++;
    else if ((c === '-' || c === '*' || c === '+') && (text[i + 1] === ' ' || text[i + 1] === '\t')) depth++;
    else start = false;
    if (depth > max) max = depth;
  }
  return max;
}

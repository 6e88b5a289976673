// One spelling for a C type written with arbitrary spacing: `PVOID*`, `PVOID *` and
// `PVOID  *` all become `PVOID *`; `char**` becomes `char **`; WINBOOL (mingw) becomes BOOL.

const RENAMES: Record<string, string> = { WINBOOL: 'BOOL', PWINBOOL: 'PBOOL', LPWINBOOL: 'LPBOOL' };

/** Joins type tokens with the project's spacing. */
export function typeText(words: readonly string[]): string {
  let out = '';
  let prev = '';
  for (const raw of words) {
    const word = RENAMES[raw] ?? raw;
    if (out === '') out = word;
    else if (word === '*') out += prev === '*' || prev === '(' ? '*' : ' *';
    else if (word === ')' || word === ']' || word === '[') out += word;
    else if (word === ',') out += ', ';
    else if (word === '(') out += prev === ')' || prev === '(' || prev === '[' ? '(' : ' (';
    else if (prev === '(' || prev === '[' || prev === ',') out += word;
    else out += ` ${word}`;
    prev = word;
  }
  return out;
}

const OPERATOR = /^[=!<>&|+\-*/%^~]$/;

/** Arguments of an annotation call as written, compacted: `_In_reads_bytes_(Length)`. */
export function callText(name: string, args: readonly string[]): string {
  let out = '';
  let prev = '';
  for (const word of args) {
    if (word === ',') out += ', ';
    else if (OPERATOR.test(prev) && OPERATOR.test(word)) out += word;
    else if (out === '' || prev === '(' || prev === ',' || word === ')' || word === '(' || prev === '.' || word === '.' || prev === '->' || word === '->') out += word;
    else out += ` ${word}`;
    prev = word;
  }
  return `${name}(${out})`;
}

// The golden format and the scenario annotations: round trip, the documents-win substitution,
// and errors that name the file and line.
import { describe, expect, it } from 'vitest';
import { expectedSteps, formatGolden, GoldenFormatError, parseGolden, parseOutput, readAnnotations, type Golden } from './golden-format.js';

const SOURCE = `#include "step.h"
/* documents-win: ntclose-dup: status=0xc0000235 — NtClose's document: "The kernel ensures that the handle
 * cannot be closed" */
/* violation: closehandle-key: closehandle-registry-key */
int main(void) { return 0; }
`;

const golden: Golden = {
  wine: 'wine-8.0 (Debian 8.0~repack-4)', scenario: 'demo',
  steps: parseOutput('step ntclose-dup status=0x00000000\r\nstep closehandle-key result=1\r\n', 'demo.exe output'),
  ...readAnnotations(SOURCE, 'demo.c'),
};

describe('annotations', () => {
  it('reads documents-win (over several comment lines) and violation comments', () => {
    expect(readAnnotations(SOURCE, 'demo.c')).toEqual({
      documentsWin: [{ label: 'ntclose-dup', expected: 'status=0xc0000235', why: 'NtClose\'s document: "The kernel ensures that the handle cannot be closed"' }],
      violations: [{ label: 'closehandle-key', rule: 'closehandle-registry-key' }],
    });
  });

  it('names the line of an annotation it cannot read', () => {
    expect(() => readAnnotations('int x;\n/* documents-win: no-dash: result=1 */\n', 'bad.c'))
      .toThrow('[winhandle] bad.c:2: an annotation could not be read — expected "/* documents-win: <label>: <fields> — <why> */"');
    expect(() => readAnnotations('/* violation: Bad_Label: rule */', 'bad.c')).toThrow(/bad\.c:1: bad step label "Bad_Label"/);
  });
});

describe('goldens', () => {
  it('round-trips through its text, header first', () => {
    const text = formatGolden(golden);
    expect(text.split('\n')[0]).toBe('# wine wine-8.0 (Debian 8.0~repack-4)');
    expect(text).toContain('# documents-win ntclose-dup: status=0xc0000235 — NtClose');
    expect(parseGolden(text, 'demo.txt')).toEqual(golden);
  });

  it('expects the documents\' fields where they win, Wine\'s elsewhere', () => {
    expect(expectedSteps(golden).map((s) => `${s.label} ${s.fields}${s.documentsWin ? ' (documents)' : ''}`))
      .toEqual(['ntclose-dup status=0xc0000235 (documents)', 'closehandle-key result=1']);
  });

  it('names file and line of what it cannot read', () => {
    expect(() => parseGolden('step a result=1\n', 'g.txt')).toThrow('[winhandle] g.txt:1: missing the Wine version header — expected "# wine <wine --version>"');
    const broken = formatGolden(golden).replace('step closehandle-key result=1', 'stpe closehandle-key result=1');
    expect(() => parseGolden(broken, 'g.txt')).toThrow(GoldenFormatError);
    expect(() => parseGolden(broken, 'g.txt')).toThrow(/g\.txt:4: not a step line: "stpe closehandle-key result=1"/);
    expect(() => parseOutput('step ok value=1\nwine: crashed\n', 'x.exe output')).toThrow(/x\.exe output:2: not a step line/);
  });
});

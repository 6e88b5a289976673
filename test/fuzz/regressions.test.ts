// What fuzzing found in the readers (found-inputs.ts): each input now gives documents or problems
// that pass the fuzzing property, and the specific problem that says what was done with it.
import { describe, expect, it } from 'vitest';
import { parseCHeader } from '../../generator/parse/c/c-header.js';
import { parseSource } from '../../generator/parse/parse-source.js';
import { readPlaintext } from '../../generator/parse/plaintext/read-plaintext.js';
import { FOUND, page } from './found-inputs.js';
import { checkResult, lineCount } from './property.js';

describe('inputs fuzzing found', () => {
  for (const found of FOUND) {
    it(found.what, () => {
      const path = found.path ?? 'fuzz.md';
      const result = parseSource({ path, text: found.text });
      checkResult(result, path, lineCount(found.text), path.endsWith('.h') ? 'c-header' : 'markdown');
      if (found.rule) expect(result.problems.map((p) => p.rule)).toContain(found.rule);
      if (!path.endsWith('.h')) expect(result.documents.map((d) => d.name)).toEqual(['FuzzMe']);
    });
  }

  it('keeps what it can of odd front matter: the keys around a broken line, every item of a long list', () => {
    const deep = parseSource({ path: 'fuzz.md', text: page(`deep: ${': '.repeat(30_000)}x\nreq.dll: Fuzz.dll\n`, '') });
    expect(deep.documents[0]?.requirements.dll).toBe('Fuzz.dll');
    const list = parseSource({ path: 'fuzz.md', text: page(`api_location:\n${'  - fuzz.dll\n'.repeat(100_000)}`, '') });
    expect(list.documents[0]?.apiLocations).toHaveLength(100_000);
    const loop = parseSource({ path: 'fuzz.md', text: page('loop: &loop [*loop]\nref: *loop\n', '') });
    expect(loop.documents[0]?.frontMatter['ref']).toBe('*loop');
  });

  it('reads every link of a see-also section of 150,000 links (each address is resolved once)', () => {
    const result = parseSource({ path: 'fuzz.md', text: page('', `## -see-also\n\n${'[a](b.md) '.repeat(150_000)}`) });
    const links = result.documents[0]!.seeAlso;
    expect(links).toHaveLength(150_000);
    expect(new Set(links.map((l) => `${l.text} ${l.url}`))).toEqual(new Set(['a https://learn.microsoft.com/windows/win32/api/fuzz/b']));
  });

  it('places an empty last section at its heading, and a page of blank lines at its last line', () => {
    const text = '---\nUID: NF:fuzz.FuzzMe\nreq.header: fuzz.h\n---\n\n## -description\n\nHello.\n\n## -extra';
    expect(parseSource({ path: 'fuzz.md', text }).documents[0]?.extraSections[0]?.text.place.line).toBe(10);
    const blank = readPlaintext({ path: 'fuzz.txt', text: '\n\n' });
    expect(blank.problems).toMatchObject([{ rule: 'plaintext/no-title', place: { line: 3 }, fatal: true }]);
  });

  it('still reads the declarations a header has, with no warning about them', () => {
    const result = parseCHeader({ path: 'fuzz.h', text: '#ifdef __cplusplus\nextern "C" {\n#endif\nint F(void);\n#ifdef __cplusplus\n}\n#endif\n' });
    expect(result.documents.map((d) => d.name)).toEqual(['F']);
    expect(result.problems).toEqual([]);
  });
});

// Inputs fuzzing found in the readers, each as the smallest input that showed the problem.
// Before the fix each one threw, hung for minutes (quadratic or exponential work) or named a
// line past the end of the file.

export const MB = 1_048_576;
export const page = (frontMatter: string, body: string): string => `---\nUID: NF:fuzz.FuzzMe\nreq.header: fuzz.h\n${frontMatter}---\n\n${body}\n`;
const section = (name: string, text: string): string => page('', `## -description\n\nHello.\n\n## -${name}\n\n${text}`);

export interface Found {
  what: string;
  text: string;
  path?: string;
  /** Rule of the problem that says what the reader did, if it says something. */
  rule?: string;
}

export const FOUND: Found[] = [
  { what: 'a first front-matter line of 32,768 `: ` (the YAML parser exhausted the stack)', text: `---\n${': '.repeat(32_768)}\nUID: NF:fuzz.FuzzMe\nreq.header: fuzz.h\n---\n\nHello.\n`, rule: 'front-matter/too-large' },
  { what: '30,000 front-matter keys (the YAML unique-key check is quadratic)', text: page(Array.from({ length: 30_000 }, (_, i) => `k${i}: &a${i} v\n`).join(''), ''), rule: 'front-matter/too-large' },
  { what: '400 nested complex keys (YAML turns them into text exponentially)', text: page(`${'? '.repeat(400)}x\n`, ''), rule: 'front-matter/too-deep' },
  { what: 'an alias of a list holding itself (its value is circular)', text: page('loop: &loop [*loop]\nref: *loop\n', ''), rule: 'front-matter/nested-value' },
  { what: 'a front-matter list of 100,000 items (each item copied the list)', text: page(`list:\n${'  - item\n'.repeat(100_000)}`, '') },
  { what: 'a megabyte `req.header` word (the header-name pattern retried from every letter)', text: `---\nUID: NF:fuzz.FuzzMe\nreq.header: ${'a'.repeat(MB)}\n---\n\nHello.\n` },
  { what: 'a page ending with a heading that has no text (placed past the last line)', text: '---\nUID: NF:fuzz.FuzzMe\nreq.header: fuzz.h\n---\n\n## -description\n\nHello.\n\n##', rule: 'section/unknown' },
  { what: 'a megabyte of text inside an HTML table (the HTML parser takes seconds)', text: section('remarks', `<table><tr><td>a</td>${'x '.repeat(MB / 2)}</tr></table>`), rule: 'html/too-large' },
  { what: 'a pipe-table row of a megabyte of cells', text: section('returns', `| Code | Meaning |\n| --- | --- |\n| STATUS_X | y ${'|'.repeat(MB)}`), rule: 'table/too-large' },
  { what: 'a pipe table with 20,000 `]` (the footnote lookup is quadratic)', text: section('returns', `| Code | Meaning |\n| --- | --- |\n| a |${']'.repeat(20_000)}`), rule: 'table/too-large' },
  { what: 'a pipe table after 12,000 nested quotes (the markdown tree walk exhausted the stack)', text: section('returns', `| Code | Meaning |\n| --- | --- |\n| a | b |\n${'>'.repeat(12_000)}x`), rule: 'table/too-deep' },
  { what: 'a pipe table with emphasis nested 10,000 deep (emphasis resolution is quadratic)', text: section('returns', `| Code | Meaning |\n| --- | --- |\n| a | ${'*_'.repeat(10_000)}x${'_*'.repeat(10_000)} |`), rule: 'table/too-large' },
  { what: '10,000 nested inline `<a href>` (each closing tag rewrote all the text inside it)', text: section('remarks', `${'<a href="x.md">'.repeat(10_000)}x${'</a>'.repeat(10_000)}`), rule: 'html/too-large' },
  { what: 'a link opened before a megabyte of blanks (two `\\s*` split the run every way)', text: section('remarks', `[x](${' '.repeat(MB)}`) },
  { what: 'a see-also link opened before a megabyte of blanks', text: section('see-also', `[x](${' '.repeat(MB)}`) },
  { what: '`href=` before a megabyte of blanks (the unsafe-link check)', text: section('remarks', `<a href=${' '.repeat(MB)}x>y</a>`) },
  { what: 'an inline element holding a megabyte of blanks without a line break', text: section('remarks', `<i>x${' '.repeat(MB)}y</i> z`) },
  { what: 'a heading of a megabyte of `#` (closing hashes matched from every `#`)', text: section('remarks', `## ${'#'.repeat(MB)})`) },
  { what: 'a see-also line of a megabyte of commas (separators trimmed from every comma)', text: section('see-also', `a${','.repeat(MB)})`) },
  { what: '`#if defined` followed by a megabyte of blanks', path: 'fuzz.h', text: `#if defined${' '.repeat(MB)}X\nint F(void);\n#endif\n` },
  { what: 'a declaration of a million tokens (each member and type copied them: seconds)', path: 'fuzz.h', text: `typedef struct _S { int ${'*'.repeat(MB)} x; } S;\nint F(void);\n`, rule: 'c-header/too-long' },
  { what: 'a header that declares nothing (no document and no word about it)', path: 'fuzz.h', text: '#ifdef __cplusplus\n}\n#endif\n', rule: 'c-header/no-declarations' },
];

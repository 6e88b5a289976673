// Section text → clean markdown: the fast paths and the unified pipeline give the same kind of
// output, links come out absolute, scripts and handlers never survive.
import { describe, expect, it } from 'vitest';
import { formatProblem, Problems } from '../../generator/model/problems.js';
import { linkBase } from '../../generator/parse/text/links.js';
import { convertLines, type Converted } from '../../generator/parse/text/to-markdown.js';

function convert(text: string, tables = false): Converted & { problems: string[] } {
  const problems = new Problems();
  const converted = convertLines(text.split('\n'), 10, { file: 'page.md', base: linkBase('wdk', 'ntifs', 'nf-ntifs-ntclose'), problems }, { tables });
  return { ...converted, problems: problems.list.map(formatProblem) };
}

describe('convertLines', () => {
  it('leaves plain markdown alone but for links and stray indentation', () => {
    expect(convert('\n\nSee [ZwClose](nf-ntifs-zwclose.md).  \n      Continued.\n\n- item\n  - nested').markdown).toBe(
      'See [ZwClose](https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/nf-ntifs-zwclose).\nContinued.\n\n- item\n  - nested',
    );
    expect(convert('\n\nSee it.').line).toBe(12);
  });

  it('converts inline HTML to emphasis, code and links', () => {
    expect(convert('The <b>NtClose</b> routine, <i>Handle</i>, <code>NULL</code>, <a href="/windows/desktop/x">X</a>&nbsp;and <b> Note</b>.<br>Next').markdown).toBe(
      'The **NtClose** routine, *Handle*, `NULL`, [X](https://learn.microsoft.com/windows/win32/x) and **Note**.\\\nNext',
    );
  });

  it('turns HTML tables into pipe tables and hands back their rows', () => {
    const html = '<table>\n<tr><th>Return code</th><th>Description</th></tr>\n<tr>\n<td width="40%">\n<dl>\n<dt><b>STATUS_SUCCESS</b></dt>\n</dl>\n</td>\n<td>It | worked, see <a href="nf-ntifs-zwclose.md">ZwClose</a>.</td>\n</tr>\n</table>';
    const result = convert(html, true);
    expect(result.markdown).toBe(
      '| Return code | Description |\n| --- | --- |\n| **STATUS_SUCCESS** | It \\| worked, see [ZwClose](https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/nf-ntifs-zwclose). |',
    );
    expect(result.tables).toHaveLength(1);
    expect(result.tables[0]!.chunkLine).toBe(10);
    expect(result.tables[0]!.rows.map((r) => [r.line, r.cells.map((c) => c.text)])).toEqual([
      [2, ['Return code', 'Description']],
      [3, ['STATUS_SUCCESS', 'It | worked, see ZwClose.']],
    ]);
  });

  it('reads pipe tables as rows, cells keeping their markdown with links made absolute', () => {
    const result = convert('| Code | Meaning |\n|---|---|\n| **STATUS_X** | See [Y](nf-ntifs-y.md). |', true);
    expect(result.tables[0]!.rows[1]!.cells).toEqual([
      { markdown: '**STATUS_X**', text: 'STATUS_X' },
      { markdown: 'See [Y](https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/nf-ntifs-y).', text: 'See Y.' },
    ]);
  });

  it('converts lists, notes and preformatted code', () => {
    const html = '<ul>\n<li>One <b>bold</b></li>\n<li>Two</li>\n</ul>\n<div class="alert"><b>Note</b>  Careful.</div>\n<pre>int x;\nint y;</pre>';
    expect(convert(html).markdown).toBe('- One **bold**\n- Two\n\n> **Note** Careful.\n\n```\nint x;\nint y;\n```');
  });

  it('keeps markdown written inside HTML blocks as markdown', () => {
    expect(convert('<div>\n\n**bold** and [link](nf-ntifs-a.md)\n\n</div>').markdown).toBe('**bold** and [link](https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/nf-ntifs-a)');
  });

  it('flattens a table inside a table cell into the words of the cell', () => {
    const result = convert('<table><tr><th>A</th></tr><tr><td>x <table><tr><td>inner</td><td><b>cell</b></td></tr></table></td></tr></table>', true);
    expect(result.markdown).toBe('| A |\n| --- |\n| x inner **cell** |');
    expect(result.tables[0]!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([['A'], ['x inner cell']]);
  });

  it('removes scripts, handlers and script links, and says where', () => {
    const result = convert('Text <b>bold</b>\n\n<p onclick="x()">Para <script>alert(1)</script><a href="javascript:alert(2)">link</a> [md](javascript:alert(3))</p>');
    expect(result.markdown).toBe('Text **bold**\n\nPara link md');
    expect(result.problems).toEqual([
      'page.md:12: warning html/unsafe-removed: removed active content (onclick=…) (expected documentation HTML without scripts, event handlers or embedded frames)',
    ]);
  });

  it('closes what the text leaves open, with a warning each', () => {
    expect(convert('```c\nint x;').problems).toEqual(['page.md:10: warning markdown/unclosed-fence: code block is never closed; closed at the end of the section (expected a closing ``` line)']);
    expect(convert('```c\nint x;').markdown).toBe('```c\nint x;\n```');
    expect(convert('<ul>\n<li>a\n\n<li>b').problems).toEqual(['page.md:10: warning html/unclosed-tag: HTML element is never closed; closed at the end of the section (expected </ul>)']);
    expect(convert('<ul>\n<li>a\n\n<li>b').markdown).toBe('- a\n- b');
  });
});

// Front matter: the plain-shape fast path must agree with `yaml` exactly; broken YAML is read
// line by line with every valid key kept.
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem, Problems } from '../../generator/model/problems.js';
import { readFrontMatter } from '../../generator/parse/markdown/front-matter.js';
import { readSimpleFrontMatter } from '../../generator/parse/markdown/simple-front-matter.js';
import { normalizeText } from '../../generator/parse/text/lines.js';
import { readSources } from '../../generator/read/read-sources.js';

/** What `yaml` (failsafe schema) makes of a front matter, as strings and string lists. */
function viaYaml(lines: readonly string[]): Record<string, unknown> {
  const data = YAML.parse(lines.join('\n'), { schema: 'failsafe' }) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(data).map(([k, v]) => [k, v === null ? '' : Array.isArray(v) ? v.map((x) => String(x ?? '').trim()) : String(v).trim()]),
  );
}

const frontMatterLines = (text: string): string[] => {
  const lines = normalizeText(text).split('\n');
  const end = lines.indexOf('---', 1);
  return lines.slice(1, end);
};

describe('the fast path', () => {
  it('agrees with yaml on every front matter of the corpus it accepts, and accepts nearly all', async () => {
    const { files } = await readSources([path.resolve('..', 'shared', 'corpus'), 'seeds']);
    let accepted = 0;
    const disagreements: string[] = [];
    for (const file of files) {
      const lines = frontMatterLines(file.text);
      const fast = readSimpleFrontMatter(lines, 2);
      if (!fast) continue;
      accepted++;
      if (!isDeepStrictEqual(fast.values, viaYaml(lines))) disagreements.push(file.path);
    }
    expect(disagreements).toEqual([]);
    expect(accepted / files.length).toBeGreaterThan(0.95);
  });

  it.each([
    ['a: b: c'],
    ['a: value # comment'],
    ['a: "escaped \\" quote"'],
    ['a: &anchor x'],
    ['a: *alias'],
    ['a: [plain, items]'],
    ['a: |\n  block'],
    ['a:\n -\ttab'],
    ['a:\n - x\n  - y'],
    ['a: x\na: y'],
    ['  a: x'],
    ['a: x:'],
    ['- x'],
  ])('hands %j to yaml', (source) => {
    expect(readSimpleFrontMatter(source.split('\n'), 2)).toBeUndefined();
  });

  it('reads plain, quoted and list values with their lines', () => {
    const source = ['UID: NF:ntifs.NtClose', "title: 'NtClose function'", 'keywords: ["a", "b c"]', 'api_name:', ' - NtClose', ' - "ZwClose"', 'req.dll: '];
    expect(readSimpleFrontMatter(source, 2)).toEqual({
      values: { UID: 'NF:ntifs.NtClose', title: 'NtClose function', keywords: ['a', 'b c'], api_name: ['NtClose', 'ZwClose'], 'req.dll': '' },
      lines: { UID: 2, title: 3, keywords: 4, api_name: 5, 'req.dll': 8 },
    });
    expect(viaYaml(source)).toEqual({ UID: 'NF:ntifs.NtClose', title: 'NtClose function', keywords: ['a', 'b c'], api_name: ['NtClose', 'ZwClose'], 'req.dll': '' });
  });
});

describe('readFrontMatter', () => {
  const read = (text: string): { values: Record<string, unknown>; problems: string[]; bodyStart: number } => {
    const problems = new Problems();
    const fm = readFrontMatter(text.split('\n'), 'page.md', problems);
    return { values: fm.values, problems: problems.list.map(formatProblem), bodyStart: fm.bodyStart };
  };

  it('uses yaml for valid YAML outside the plain shape', () => {
    expect(read('---\ntitle: >\n  folded\n  text\nlist: [a, b]\n---\nbody')).toEqual({ values: { title: 'folded text', list: ['a', 'b'] }, problems: [], bodyStart: 6 });
  });

  it('reads broken YAML line by line and names the lines it ignored', () => {
    expect(read('---\nUID: NF:x.Y\ntitle: "open\nreq.dll: A.dll\n: \n- z\n---\n')).toEqual({
      values: { UID: 'NF:x.Y', title: 'open', 'req.dll': 'A.dll' },
      problems: [
        'page.md:3: warning front-matter/unterminated-quote: the value of `title` opens a quote it never closes; read without it (expected a closing ")',
        'page.md:5: warning front-matter/ignored-lines: lines 5–6 are not `key: value` pairs; ignored (expected `key: value` or `- item` under a key)',
      ],
      bodyStart: 7,
    });
  });

  it('reports a YAML error the line reader cannot explain', () => {
    const result = read('---\nkey: value\nlist:\n  - a\n - b\n---\n');
    expect(result.values).toMatchObject({ key: 'value' });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^page\.md:\d+: warning front-matter\/invalid-yaml: /);
  });

  it('stops an unterminated front matter at the first heading', () => {
    expect(read('---\nUID: NF:x.Y\n\n# Y function\n\n## -description\n')).toMatchObject({
      values: { UID: 'NF:x.Y' },
      problems: ['page.md:1: warning front-matter/unterminated: the front matter is never closed; read up to the first heading (expected a `---` line closing the front matter)'],
      bodyStart: 3,
    });
  });

  it('refuses to expand alias bombs', () => {
    const bomb = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`), 'UID: NF:x.Y', '---'];
    const result = read(bomb.join('\n'));
    expect(result.values['UID']).toBe('NF:x.Y');
    expect(result.problems[0]).toMatch(/front-matter\/aliases: Excessive alias count/);
  });
});

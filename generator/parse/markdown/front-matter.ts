// YAML front matter of a Microsoft Docs page, read with the `yaml` package (failsafe schema:
// every scalar stays a string). When the YAML is broken, the lines are read one by one so
// every valid `key: value` survives and each broken line is named in a warning.
import YAML, { isMap, isPair, isScalar, isSeq, LineCounter } from 'yaml';
import type { Problems } from '../../model/problems.js';
import { isBlank } from '../text/lines.js';
import { readSimpleFrontMatter } from './simple-front-matter.js';

export type FrontMatterValue = string | string[];

export interface FrontMatter {
  present: boolean;
  values: Record<string, FrontMatterValue>;
  /** 1-based file line of each key. */
  lines: Record<string, number>;
  /** 0-based index of the first line after the front matter. */
  bodyStart: number;
}

const OPEN = /^---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;
/** A body line that cannot be front matter: where an unterminated front matter is taken to end. */
const BODY = /^(?:#{1,6}[ \t]|<)/;
/** Enough for any real page, far below what an alias bomb expands to. */
const MAX_ALIASES = 50;
/**
 * Four times the largest front matter of the corpus (3.6 KB). Beyond it `yaml` gets slow (an error
 * object per stray character) or exhausts the stack (30,000 nested `: `); line by line does not.
 */
const MAX_YAML_CHARS = 16_384;
/** Real front matter nests two levels (key, list); `yaml` turns deeper complex keys into text exponentially. */
const MAX_YAML_DEPTH = 16;

export function hasFrontMatter(lines: readonly string[]): boolean {
  return lines.length > 0 && OPEN.test(lines[0]!);
}

export function readFrontMatter(lines: readonly string[], file: string, problems: Problems): FrontMatter {
  if (!hasFrontMatter(lines)) return { present: false, values: {}, lines: {}, bodyStart: 0 };
  let end = 1;
  while (end < lines.length && !CLOSE.test(lines[end]!)) end++;
  let bodyStart = end + 1;
  if (end >= lines.length) {
    end = 1;
    while (end < lines.length && !BODY.test(lines[end]!)) end++;
    bodyStart = end;
    problems.add({ file, line: 1 }, 'front-matter/unterminated', 'the front matter is never closed; read up to the first heading', {
      expected: 'a `---` line closing the front matter',
    });
  }
  const yamlLines = lines.slice(1, end);
  const parsed = readSimpleFrontMatter(yamlLines, 2) ?? parseYaml(yamlLines.join('\n'), file, problems) ?? parseLeniently(yamlLines, file, problems);
  return { present: true, ...parsed, bodyStart };
}

type Parsed = Pick<FrontMatter, 'values' | 'lines'>;

function parseYaml(source: string, file: string, problems: Problems): Parsed | undefined {
  const byLines = (rule: string, message: string, expected: string): undefined => {
    problems.add({ file, line: 2 }, rule, `${message}; read line by line`, { expected });
    return undefined;
  };
  if (source.length > MAX_YAML_CHARS) return byLines('front-matter/too-large', `the front matter holds ${source.length} characters`, `front matter under ${MAX_YAML_CHARS} characters`);
  const lineCounter = new LineCounter();
  // Keys are checked for uniqueness below: the package's own check is quadratic in their number.
  const doc = YAML.parseDocument(source, { schema: 'failsafe', lineCounter, uniqueKeys: false, prettyErrors: false });
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line + 1;
  const shape = yamlShape(doc.contents);
  const firstError = doc.errors[0] ?? (shape.duplicate === undefined ? undefined : { message: 'Map keys must be unique', pos: [shape.duplicate] });
  if (firstError) {
    // Only reported when the line-by-line reading finds nothing more specific to say.
    const count = problems.list.length;
    const lenient = parseLeniently(source.split('\n'), file, problems);
    if (problems.list.length === count) {
      problems.add({ file, line: lineOf(firstError.pos[0]) }, 'front-matter/invalid-yaml', `${firstError.message.split('\n')[0]}; read line by line`, {
        expected: 'YAML `key: value` pairs',
      });
    }
    return lenient;
  }
  if (shape.depth > MAX_YAML_DEPTH) return byLines('front-matter/too-deep', `the front matter nests ${shape.depth} levels deep`, `at most ${MAX_YAML_DEPTH} levels`);
  if (doc.contents === null || source.trim() === '') return { values: {}, lines: {} };
  if (!isMap(doc.contents)) {
    problems.add({ file, line: 2 }, 'front-matter/not-a-map', 'the front matter is not a list of `key: value` pairs; read line by line', {
      expected: 'YAML `key: value` pairs',
    });
    return undefined;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    problems.add({ file, line: 2 }, 'front-matter/aliases', `${(error as Error).message}; read line by line without aliases`, {
      expected: 'front matter without recursive aliases',
    });
    return undefined;
  }
  const values: Record<string, FrontMatterValue> = {};
  const lines: Record<string, number> = {};
  const record = data as Record<string, unknown>;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value ?? '') : '';
    const line = lineOf(rangeStart(pair.key) ?? rangeStart(pair.value) ?? 0);
    if (!/^[A-Za-z_][\w.-]*$/.test(key)) {
      problems.add({ file, line }, 'front-matter/invalid-key', `\`${key || '(empty)'}\` is not a front-matter key; ignored`, { expected: 'a key such as `req.dll:`' });
      continue;
    }
    const value = toValue(record[key]);
    if (value === undefined) {
      problems.add({ file, line }, 'front-matter/nested-value', `\`${key}\` holds a nested map; kept as text`, { expected: 'a string or a list of strings' });
      values[key] = nestedText(record[key], pair.value);
    } else values[key] = value;
    lines[key] = line;
  }
  return { values, lines };
}

/** Nesting depth of a YAML tree and the offset of the first key repeated in one map (walked without recursion). */
function yamlShape(root: unknown): { depth: number; duplicate?: number } {
  let depth = 0;
  let duplicate: number | undefined;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, level] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      depth = Math.max(depth, level);
      const keys = new Set<unknown>();
      for (const item of node.items as unknown[]) {
        if (isPair(item)) {
          if (isScalar(item.key)) {
            if (keys.has(item.key.value)) duplicate ??= rangeStart(item.key);
            keys.add(item.key.value);
          }
          stack.push([item.key, level + 1], [item.value, level + 1]);
        } else stack.push([item, level + 1]);
      }
    }
  }
  return duplicate === undefined ? { depth } : { depth, duplicate };
}

/** A nested value as JSON, or as its YAML source when aliases make it circular. */
function nestedText(value: unknown, node: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(node);
  }
}

const rangeStart = (node: unknown): number | undefined => (node as { range?: [number] } | null)?.range?.[0];

function toValue(value: unknown): FrontMatterValue | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object')) return value.map((v) => String(v ?? '').trim());
  return typeof value === 'object' ? undefined : String(value);
}

const KEY_LINE = /^([ \t]*)([A-Za-z_][\w.-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const ITEM_LINE = /^[ \t]*-(?:[ \t]+(.*))?$/;

/** One `key: value` per line, `- item` lines under a key with no value; anything else is reported. */
function parseLeniently(yamlLines: readonly string[], file: string, problems: Problems): Parsed {
  const values: Record<string, FrontMatterValue> = {};
  const lines: Record<string, number> = {};
  let listKey: string | undefined;
  let bad: number[] = [];
  const flush = (): void => {
    if (bad.length === 0) return;
    const span = bad.length === 1 ? `line ${bad[0]} is not a \`key: value\` pair` : `lines ${bad[0]}–${bad[bad.length - 1]} are not \`key: value\` pairs`;
    problems.add({ file, line: bad[0]! }, 'front-matter/ignored-lines', `${span}; ignored`, {
      expected: '`key: value` or `- item` under a key',
    });
    bad = [];
  };
  yamlLines.forEach((text, i) => {
    const line = i + 2;
    if (isBlank(text) || /^\s*#/.test(text)) return;
    const key = KEY_LINE.exec(text);
    if (key) {
      flush();
      const name = key[2]!;
      const raw = (key[3] ?? '').trim();
      if (key[1] !== '') {
        problems.add({ file, line }, 'front-matter/indented-key', `\`${name}\` is indented; read as a top-level key`, { expected: 'keys at the start of the line' });
      }
      listKey = raw === '' ? name : undefined;
      if (name in values) {
        problems.add({ file, line }, 'front-matter/duplicate-key', `\`${name}\` was already given on line ${lines[name]}; the first value is kept`, {
          expected: 'each key once',
        });
        listKey = undefined;
        return;
      }
      if (/^["']/.test(raw) && (raw.length < 2 || !raw.endsWith(raw[0]!))) {
        problems.add({ file, line }, 'front-matter/unterminated-quote', `the value of \`${name}\` opens a quote it never closes; read without it`, { expected: `a closing ${raw[0]}` });
        values[name] = raw.slice(1).trim();
      } else values[name] = /^\[.*\]$/.test(raw) ? splitFlow(raw.slice(1, -1)) : unquote(raw);
      lines[name] = line;
      return;
    }
    const item = ITEM_LINE.exec(text);
    if (item && listKey !== undefined && bad.length === 0) {
      const current = values[listKey];
      const list = Array.isArray(current) ? current : (values[listKey] = []);
      list.push(unquote((item[1] ?? '').trim()));
      return;
    }
    listKey = undefined;
    bad.push(line);
  });
  flush();
  return { values, lines };
}

function unquote(raw: string): string {
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) {
    try {
      return String(JSON.parse(raw));
    } catch {
      return raw.slice(1, -1);
    }
  }
  if (raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  return raw;
}

function splitFlow(inner: string): string[] {
  return (inner.match(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^,]+/g) ?? []).map((s) => unquote(s.trim())).filter((s) => s !== '');
}

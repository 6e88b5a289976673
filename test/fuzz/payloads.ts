// Hostile payloads built from small parameters, so a failing case is described (and replayed)
// by a few numbers: deep nesting, YAML alias bombs, megabyte lines. All text here is ASCII
// except where a fragment says otherwise; callers encode it to bytes.

export const NESTINGS = [
  'div', 'b', 'i', 'span', 'a', 'p', 'ul-li', 'table', 'blockquote', 'dl',
  'md-quote', 'md-list', 'md-emphasis', 'md-link', 'parens', 'braces', 'if-directives', 'brackets',
] as const;
export type Nesting = (typeof NESTINGS)[number];

/** Markdown lists indent one level per line: past this depth the text alone is megabytes. */
const MAX_LIST_DEPTH = 1_000;

const repeat = (s: string, n: number): string => s.repeat(Math.max(0, n));

const htmlTag: Partial<Record<Nesting, [string, string]>> = {
  div: ['<div>', '</div>'],
  b: ['<b>', '</b>'],
  i: ['<i>', '</i>'],
  span: ['<span class="x">', '</span>'],
  a: ['<a href="x.md">', '</a>'],
  p: ['<p>', '</p>'],
  'ul-li': ['<ul><li>', '</li></ul>'],
  table: ['<table><tr><td>', '</td></tr></table>'],
  blockquote: ['<blockquote>', '</blockquote>'],
  dl: ['<dl><dt><b>', '</b></dt></dl>'],
};

/** `depth` levels of one construct around a word; `closed` false leaves every level open. */
export function nested(kind: Nesting, depth: number, closed: boolean): string {
  const tag = htmlTag[kind];
  if (tag) return `${repeat(tag[0], depth)}x${closed ? repeat(tag[1], depth) : ''}`;
  switch (kind) {
    case 'md-quote':
      return `${repeat('> ', depth)}x`;
    case 'md-list': {
      const levels = Math.min(depth, MAX_LIST_DEPTH);
      return Array.from({ length: levels }, (_, i) => `${repeat('  ', i)}- x`).join('\n');
    }
    case 'md-emphasis':
      return `${repeat('*_', depth)}x${closed ? repeat('_*', depth) : ''}`;
    case 'md-link':
      return `${repeat('[', depth)}x${closed ? repeat('](y)', depth) : ''}`;
    case 'parens':
      return `NTSTATUS F${repeat('(', depth)}HANDLE h${closed ? repeat(')', depth) : ''};`;
    case 'braces':
      return `typedef struct _S ${repeat('{ struct ', depth)}{ int x; }${closed ? repeat(' s; }', depth) : ''} S;`;
    case 'if-directives':
      return `${repeat('#if 1\n', depth)}int x;${closed ? repeat('\n#endif', depth) : ''}`;
    default:
      return `${repeat('[', depth)}x${closed ? repeat(']', depth) : ''}`;
  }
}

export const YAML_BOMBS = ['laughs', 'recursive', 'merge', 'deep-flow', 'deep-block', 'complex-keys', 'many-keys', 'long-list', 'long-anchor', 'tags', 'documents'] as const;
export type YamlBomb = (typeof YAML_BOMBS)[number];

/** Front-matter lines that try to make a YAML reader expand, recurse or stall. `size` scales them. */
export function yamlBomb(kind: YamlBomb, size: number): string {
  switch (kind) {
    case 'laughs': {
      // The classic: level k holds nine aliases of level k-1, 9^levels strings in all.
      const levels = 1 + (size % 12);
      const lines = [`lol0: &lol0 [${Array(9).fill('"lol"').join(', ')}]`];
      for (let k = 1; k <= levels; k++) lines.push(`lol${k}: &lol${k} [${Array(9).fill(`*lol${k - 1}`).join(', ')}]`);
      return lines.join('\n');
    }
    case 'recursive':
      return 'loop: &loop [*loop]\nalso: &m { self: *m }\nUID: *loop';
    case 'merge':
      return `base: &b { a: 1, b: 2 }\n${Array.from({ length: 1 + (size % 2000) }, (_, i) => `m${i}: { <<: *b, c: ${i} }`).join('\n')}`;
    case 'deep-flow':
      return `deep: ${repeat('[', size)}x${repeat(']', size)}\nmap: ${repeat('{a: ', size)}x${repeat('}', size)}`;
    case 'deep-block': {
      const depth = Math.min(size, MAX_LIST_DEPTH);
      return Array.from({ length: depth }, (_, i) => `${repeat(' ', i)}k${i}:`).join('\n');
    }
    case 'complex-keys':
      return `${repeat('? ', Math.min(size, MAX_LIST_DEPTH))}x\nkey: ${repeat(': ', size)}x`;
    case 'many-keys':
      return Array.from({ length: size * 5 }, (_, i) => `key${i}: &a${i} value ${i}`).join('\n');
    case 'long-list':
      return `list:\n${repeat('  - item\n', size * 5)}flow: [${repeat('a, ', size * 5)}a]`;
    case 'long-anchor':
      return `a: &${repeat('x', size * 100)} v\nb: *${repeat('x', size * 100)}`;
    case 'tags':
      return '%YAML 1.2\n%TAG ! tag:x,2024:\nbin: !!binary AAAA\ncustom: !thing { a: 1 }\nset: !!set { a, b }\nts: !!timestamp 2001-12-14';
    case 'documents':
      return 'a: 1\n---\nb: 2\n...\nc: [\n---';
  }
}

/** Megabyte-line fragments: markup openers, C punctuation, entities, non-ASCII spaces. */
export const FRAGMENTS = [
  'x', 'x ', ' ', '\t', '<b>', '</b>', '<div>', '<', '[', '](', '[a](b) ', '| ', '|', '*', '_', '`', '&amp;', '&#',
  '<!--', '(', ')', '_In_ ', 'HANDLE ', ', ', '/*', '\\', '#', '-', ': ', '"', '\u00e9', '\u00a0', '\u200b',
  'STATUS_INVALID_HANDLE ', 'a. ', '    ', '<td>', '{', ';',
];

/** Invalid UTF-8 byte sequences (as latin1 text, one char per byte). */
export const BAD_UTF8 = [
  [0x80], [0xbf], [0xc0, 0x80], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0xfe, 0xff],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
].map((bytes) => String.fromCharCode(...bytes));

export { repeat };

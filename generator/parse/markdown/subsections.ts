// `### -param X` / `### -field X` blocks of a section. Other level-3 headings belong to the
// block before them (they are part of its prose); text before the first block is returned apart.
import { splitAt, type Block } from './sections.js';

const MAX_REST = 300;

export interface Named {
  /** What follows the marker in the heading: `Handle [in]`, `DUMMYUNIONNAME.Flags`. */
  rest: string;
  block: Block;
}

export function namedBlocks(section: Block, marker: '-param' | '-field', level = 3): { loose: Block; named: Named[] } {
  const { preamble, blocks } = splitAt(section.lines, section.firstLine, level);
  const named: Named[] = [];
  const pattern = new RegExp(`^${marker}\\b\\s*(.*)$`, 'i');
  for (const block of blocks) {
    const m = pattern.exec(block.heading.text);
    // Names and annotations are short; a longer heading is cut so later patterns stay cheap.
    if (m) named.push({ rest: m[1]!.slice(0, MAX_REST).trim(), block });
    else {
      const host = named[named.length - 1]?.block ?? preamble;
      host.lines.push(block.heading.raw, ...block.lines);
    }
  }
  return { loose: preamble, named };
}

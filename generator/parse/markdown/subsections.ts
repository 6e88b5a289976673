// `### -param X` / `### -field X` blocks of a section. Other level-3 headings belong to the
// block before them (they are part of its prose); text before the first block is returned apart.
import { splitAt, type Block } from './sections.js';

export interface Named {
  /** What follows the marker in the heading: `Handle [in]`, `DUMMYUNIONNAME.Flags`. */
  rest: string;
  block: Block;
}

export function namedBlocks(section: Block, marker: '-param' | '-field', level = 3): { loose: Block; named: Named[] } {
  const { preamble, blocks } = splitAt(section.lines, section.firstLine, level);
  const named: Named[] = [];
  for (const block of blocks) {
    const m = new RegExp(`^${marker}\\b\\s*(.*)$`, 'i').exec(block.heading.text);
    if (m) named.push({ rest: m[1]!.trim(), block });
    else {
      const host = named[named.length - 1]?.block ?? preamble;
      host.lines.push(block.heading.raw, ...block.lines);
    }
  }
  return { loose: preamble, named };
}

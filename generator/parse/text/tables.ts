// Tables as the readers use them: rows of cells, each cell as markdown and as plain text,
// with the file line of the row. Built from our HTML serializer or from mdast tables.
import type { PhrasingContent, Table } from 'mdast';

export interface TableRow {
  cells: { markdown: string; text: string }[];
  /** 1-based line within the chunk the table came from. */
  line: number;
}

export interface FoundTable {
  rows: TableRow[];
  /** File line of the chunk's first line. */
  chunkLine: number;
}

export function rowsFromMdast(table: Table, toMarkdown: (children: PhrasingContent[]) => string): TableRow[] {
  return table.children.map((row) => ({
    line: row.position?.start.line ?? 1,
    cells: row.children.map((cell) => ({ markdown: toMarkdown(cell.children), text: phrasingText(cell.children).trim() })),
  }));
}

function phrasingText(nodes: readonly PhrasingContent[]): string {
  return nodes.map((n) => ('value' in n ? n.value : 'children' in n ? phrasingText(n.children as PhrasingContent[]) : ' ')).join('');
}

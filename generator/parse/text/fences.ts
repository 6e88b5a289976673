// Code fences as CommonMark defines them: three or more backticks (whose info string holds no
// backtick, so ```x``` on a line is inline code) or tildes, closed by a longer-or-equal run.

export function fenceOpen(line: string): string | undefined {
  const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
  if (!m) return undefined;
  return m[1]![0] === '`' && m[2]!.includes('`') ? undefined : m[1]!;
}

export function fenceCloses(line: string, mark: string): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return m !== null && m[1]![0] === mark[0] && m[1]!.length >= mark.length;
}

/**
 * For each line, the longest closing fence of each kind at or after it, so an opening fence with
 * no closing line can be told apart in one pass (such a fence is read as text, not as code that
 * swallows the rest of the page).
 */
export function closersAfter(lines: readonly string[]): (index: number, mark: string) => boolean {
  const backticks = new Array<number>(lines.length + 1).fill(0);
  const tildes = new Array<number>(lines.length + 1).fill(0);
  for (let i = lines.length - 1; i >= 0; i--) {
    backticks[i] = backticks[i + 1]!;
    tildes[i] = tildes[i + 1]!;
    const m = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[i]!);
    if (!m) continue;
    const runs = m[1]![0] === '`' ? backticks : tildes;
    runs[i] = Math.max(runs[i]!, m[1]!.length);
  }
  return (index, mark) => (mark[0] === '`' ? backticks : tildes)[index + 1]! >= mark.length;
}

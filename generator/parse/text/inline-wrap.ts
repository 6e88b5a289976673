// Emphasis markers around inline content, with its outer whitespace kept outside the markers
// (`<b> Note</b>` → ` **Note**`, never `** Note**`, which markdown would not read as bold).

export function wrapInline(marker: string, inner: string): string {
  const core = inner.trim();
  if (core === '') return inner;
  const lead = inner.slice(0, inner.length - inner.trimStart().length);
  const trail = inner.slice(inner.trimEnd().length);
  // Markers touching the same character would merge into a different run (`**` + `*x*`).
  if (core.startsWith(marker[0]!) || core.endsWith(marker[0]!)) return lead + core + trail;
  return `${lead}${marker}${core}${marker}${trail}`;
}

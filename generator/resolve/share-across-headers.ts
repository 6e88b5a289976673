// One function documented under several headers (NtClose in winternl and in ntifs) is one
// symbol: its pages complete each other. Each entry keeps what its own page says (the more
// specific source for that header); what only another page says is added with that page's
// provenance; where the pages disagree, the report says so.
import { squash } from '../model/merge-entries.js';
import type { Conflict, Entry, Provenance } from '../model/schema.js';


function fallback(entry: Entry, field: string): Provenance {
  return entry.provenance[field] ?? { file: entry.sources[0] ?? '', line: 1, via: 'section' };
}

function completeFrom(entry: Entry, other: Entry, conflicts: Conflict[]): void {
  for (const p of entry.parameters) {
    const q = other.parameters.find((x) => x.name === p.name);
    if (!q || q.description === '') continue;
    const field = `parameters.${p.name}`;
    if (p.description === '') {
      p.description = q.description;
      entry.provenance[field] = { ...fallback(other, field), via: 'merge' };
    } else if (squash(p.description) !== squash(q.description)) {
      conflicts.push({
        entry: entry.id, field,
        chosen: { value: p.description, from: fallback(entry, field) },
        rejected: [{ value: q.description, from: fallback(other, field) }],
        reason: `this header's own page is more specific than ${other.id}`,
      });
    }
  }
  if (!entry.return || !other.return) return;
  for (const code of other.return.codes) {
    const field = `return.codes.${code.name}`;
    const mine = entry.return.codes.find((c) => c.name === code.name);
    if (!mine) {
      entry.return.codes.push({ ...code });
      entry.provenance[field] = { ...fallback(other, field), via: 'merge' };
    } else if (squash(mine.meaning) !== squash(code.meaning) && code.meaning !== '') {
      conflicts.push({
        entry: entry.id, field,
        chosen: { value: mine.meaning, from: fallback(entry, field) },
        rejected: [{ value: code.meaning, from: fallback(other, field) }],
        reason: `this header's own page is more specific than ${other.id}`,
      });
    }
  }
}

export function shareAcrossHeaders(entries: readonly Entry[], conflicts: Conflict[]): void {
  const byName = new Map<string, Entry[]>();
  for (const e of entries) {
    if (e.kind !== 'function') continue;
    const list = byName.get(e.name);
    if (list) list.push(e);
    else byName.set(e.name, [e]);
  }
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    // Snapshot first, so that what one page lends is only what it says itself.
    const own = new Map(group.map((e) => [e.id, structuredClone(e)]));
    for (const entry of group) {
      for (const other of group) if (other !== entry) completeFrom(entry, own.get(other.id)!, conflicts);
    }
  }
}

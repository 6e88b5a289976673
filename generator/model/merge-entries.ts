// Several documents may describe one (header, name): a seed and its corpus twin, or a
// plain-text page and its markdown page. They merge field by field; the more specific
// source wins and every disagreement is written to the report.
import type { DraftEntry } from './entry-from-document.js';
import type { Conflict, DocumentFormat, Entry, Provenance } from './schema.js';

/** Structured markdown pages are more specific than plain-text renderings of them. */
const FORMAT_RANK: Record<DocumentFormat, number> = { 'ms-docs-markdown': 2, 'plaintext-reference': 1, 'c-header': 0 };

/** Text compared for sameness: case, whitespace and emphasis marks do not count. */
export const squash = (s: string): string => s.replace(/[\s*_`]+/g, ' ').trim().toLowerCase();

interface Candidate<T> {
  value: T;
  from: Provenance;
  rank: number;
}

function pick<T>(entryId: string, field: string, candidates: Candidate<T>[], isEmpty: (v: T) => boolean,
  same: (a: T, b: T) => boolean, conflicts: Conflict[]): Candidate<T> | undefined {
  const present = candidates.filter((c) => !isEmpty(c.value));
  if (present.length === 0) return undefined;
  // Stable: rank first, then the fuller text, then document order.
  const sorted = [...present].sort((a, b) => b.rank - a.rank || JSON.stringify(b.value).length - JSON.stringify(a.value).length);
  const chosen = sorted[0]!;
  const rejected = sorted.slice(1).filter((c) => !same(c.value, chosen.value));
  if (rejected.length > 0) {
    conflicts.push({
      entry: entryId,
      field,
      chosen: { value: chosen.value, from: chosen.from },
      rejected: rejected.map((r) => ({ value: r.value, from: r.from })),
      reason: chosen.rank > rejected[0]!.rank ? 'more specific document format' : 'more detailed text',
    });
  }
  return chosen;
}

const sameText = (a: string, b: string): boolean => squash(a) === squash(b);
const emptyText = (s: string): boolean => s.trim() === '';

/** Merge drafts that share an id. Drafts must be in a deterministic order. */
export function mergeDrafts(drafts: DraftEntry[], conflicts: Conflict[]): Entry {
  if (drafts.length === 1) return drafts[0]!.entry;
  const ranked = drafts.map((d) => ({ ...d, rank: FORMAT_RANK[d.doc.format] }));
  ranked.sort((a, b) => b.rank - a.rank);
  const base: Entry = structuredClone(ranked[0]!.entry);
  const id = base.id;
  const from = (d: (typeof ranked)[number], field: string): Provenance =>
    d.entry.provenance[field] ?? { file: d.doc.file, line: 1, via: 'section' };

  for (const field of ['description', 'remarks'] as const) {
    const chosen = pick(id, field, ranked.map((d) => ({ value: d.entry[field], from: from(d, field), rank: d.rank })), emptyText, sameText, conflicts);
    if (chosen) {
      base[field] = chosen.value;
      base.provenance[field] = chosen.from;
    }
  }

  // Parameters: the chosen document's order; descriptions merged by name.
  const paramSource = ranked.find((d) => d.entry.parameters.length > 0) ?? ranked[0]!;
  base.parameters = paramSource.entry.parameters.map((p) => {
    const chosen = pick(id, `parameters.${p.name}`,
      ranked.flatMap((d) => d.entry.parameters.filter((q) => q.name === p.name)
        .map((q) => ({ value: q.description, from: from(d, `parameters.${p.name}`), rank: d.rank }))),
      emptyText, sameText, conflicts);
    if (chosen) base.provenance[`parameters.${p.name}`] = chosen.from;
    return { ...p, description: chosen?.value ?? p.description };
  });
  for (const d of ranked) {
    const names = d.entry.parameters.map((p) => p.name).join(',');
    if (d !== paramSource && d.entry.parameters.length > 0 && names !== paramSource.entry.parameters.map((p) => p.name).join(',')) {
      conflicts.push({
        entry: id, field: 'parameters',
        chosen: { value: paramSource.entry.parameters.map((p) => p.name), from: from(paramSource, 'description') },
        rejected: [{ value: d.entry.parameters.map((p) => p.name), from: from(d, 'description') }],
        reason: 'parameter lists differ; kept the more specific document',
      });
    }
  }

  // Return: description by specificity, codes as the union (each keeps its own document).
  if (base.return) {
    const chosen = pick(id, 'return.description',
      ranked.map((d) => ({ value: d.entry.return?.description ?? '', from: from(d, 'return.description'), rank: d.rank })),
      emptyText, sameText, conflicts);
    if (chosen) {
      base.return.description = chosen.value;
      base.provenance['return.description'] = chosen.from;
    }
    for (const d of ranked.slice(1)) {
      for (const code of d.entry.return?.codes ?? []) {
        if (base.return.codes.some((c) => c.name === code.name)) continue;
        base.return.codes.push(code);
        base.provenance[`return.codes.${code.name}`] = from(d, `return.codes.${code.name}`);
      }
    }
  }

  // Requirements: each key from the most specific document that states it.
  for (const d of ranked.slice(1)) {
    const req = d.entry.requirements;
    for (const [key, value] of Object.entries(req) as [keyof Entry['requirements'], unknown][]) {
      const mine = base.requirements[key];
      const empty = mine === undefined || (Array.isArray(mine) && mine.length === 0);
      if (empty && value !== undefined) {
        (base.requirements as Record<string, unknown>)[key] = value;
        base.provenance[`requirements.${key}`] = from(d, `requirements.${key}`);
      }
    }
    if (!base.dllInterface && d.entry.dllInterface) {
      base.dllInterface = d.entry.dllInterface;
      base.mode = d.entry.mode;
    }
    for (const link of d.entry.seeAlso) {
      if (!base.seeAlso.some((l) => l.text === link.text)) base.seeAlso.push(link);
    }
    for (const alias of d.entry.aliases) if (!base.aliases.includes(alias)) base.aliases.push(alias);
  }
  base.sources = ranked.map((d) => d.doc.file);
  return base;
}

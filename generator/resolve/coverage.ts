// Coverage per header: how many entries are documented, declared, and where each signature
// came from. Written to coverage.json and shown as a table after a run.
import { isCHeaderPath } from '../parse/c/c-header.js';
import type { ApiModel, Entry, TypeSource } from '../model/schema.js';
import type { TypeStats } from './resolve-types.js';

export interface HeaderCoverage {
  header: string;
  /** Entries with a document. */
  documented: number;
  /** Entries emitted as declarations (every documented entry is). */
  declared: number;
  functions: number;
  structs: number;
  enums: number;
  callbacks: number;
  /** Functions and callbacks by where their signature came from (the weakest part decides). */
  signatureFromHeader: number;
  signatureFromDocument: number;
  signatureInferred: number;
  unresolved: number;
}

export interface Coverage {
  headers: HeaderCoverage[];
  total: Omit<HeaderCoverage, 'header'>;
  inference: { compared: number; agreed: number; agreementRate: number | null };
}

const RANK: Record<TypeSource, number> = { 'document-prototype': 3, 'c-declaration': 2, 'prose-inference': 1, unresolved: 0 };

/** The weakest source among an entry's parameter and return types. */
export function signatureSource(entry: Entry): TypeSource {
  const sources = [...entry.parameters.map((p) => p.type.source), ...(entry.return ? [entry.return.type.source] : [])];
  if (sources.length === 0) return 'document-prototype';
  return sources.reduce((weakest, s) => (RANK[s] < RANK[weakest] ? s : weakest));
}

function empty(): Omit<HeaderCoverage, 'header'> {
  return { documented: 0, declared: 0, functions: 0, structs: 0, enums: 0, callbacks: 0,
    signatureFromHeader: 0, signatureFromDocument: 0, signatureInferred: 0, unresolved: 0 };
}

/** Entries made from C declarations alone (a struct no page describes) are declared, not documented. */
const isDocumented = (entry: Entry): boolean => entry.sources.some((f) => !isCHeaderPath(f));

function count(into: Omit<HeaderCoverage, 'header'>, entry: Entry): void {
  if (isDocumented(entry)) into.documented++;
  into.declared++;
  if (entry.kind === 'function') into.functions++;
  else if (entry.kind === 'struct') into.structs++;
  else if (entry.kind === 'enum') into.enums++;
  else if (entry.kind === 'callback') into.callbacks++;
  if (entry.kind !== 'function' && entry.kind !== 'callback') return;
  const source = signatureSource(entry);
  if (source === 'c-declaration') into.signatureFromHeader++;
  else if (source === 'document-prototype') into.signatureFromDocument++;
  else if (source === 'prose-inference') into.signatureInferred++;
  else into.unresolved++;
}

export function coverage(model: ApiModel, stats: TypeStats): Coverage {
  const byHeader = new Map<string, HeaderCoverage>();
  const total = empty();
  for (const entry of model.entries) {
    let h = byHeader.get(entry.header);
    if (!h) byHeader.set(entry.header, (h = { header: entry.header, ...empty() }));
    count(h, entry);
    count(total, entry);
  }
  return {
    headers: [...byHeader.values()].sort((a, b) => (a.header < b.header ? -1 : 1)),
    total,
    inference: { compared: stats.compared, agreed: stats.agreed, agreementRate: stats.compared ? stats.agreed / stats.compared : null },
  };
}

export function coverageTable(c: Coverage): string {
  const cols = ['documented', 'declared', 'signatureFromHeader', 'signatureFromDocument', 'signatureInferred', 'unresolved'] as const;
  const titles = ['header', 'documented', 'declared', 'sig: header', 'sig: document', 'sig: inferred', 'unresolved'];
  const rows = [...c.headers.map((h) => [h.header, ...cols.map((k) => String(h[k]))]), ['total', ...cols.map((k) => String(c.total[k]))]];
  const widths = titles.map((t, i) => Math.max(t.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const rate = c.inference.agreementRate === null ? 'n/a (no header declares an inferred function)' :
    `${(c.inference.agreementRate * 100).toFixed(1)}% of ${c.inference.compared} inferred types agree with the headers`;
  return [line(titles), ...rows.map(line), '', `inference: ${rate}`].join('\n');
}

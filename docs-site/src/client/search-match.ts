// Matching a query against the search index (no DOM): names by exact, prefix and substring match;
// numbers (0xC0000008, C0000008, 3221225480, -1073741816) against status values.
import type { SearchIndex } from '../search-index.js';

export interface Hit {
  label: string;
  detail: string;
  path: string;
  score: number;
}

/** The values a query could mean: hex with or without 0x, decimal, negative (signed NTSTATUS). */
export function queryValues(q: string): number[] {
  const s = q.trim().replace(/[_\s]/g, '');
  const values = new Set<number>();
  if (/^0x[0-9a-f]{1,8}$/i.test(s)) values.add(Number.parseInt(s.slice(2), 16) >>> 0);
  else {
    if (/^[0-9a-f]{1,8}$/i.test(s) && /[a-f]/i.test(s)) values.add(Number.parseInt(s, 16) >>> 0);
    if (/^[0-9a-f]{8}$/i.test(s)) values.add(Number.parseInt(s, 16) >>> 0);
    if (/^-?\d{1,10}$/.test(s)) {
      const n = Number(s);
      if (n >= -0x80000000 && n <= 0xffffffff) values.add(n >>> 0);
    }
  }
  return [...values];
}

function nameScore(name: string, q: string): number {
  const n = name.toLowerCase();
  if (n === q) return 100;
  if (n.startsWith(q)) return 60 - Math.min(n.length - q.length, 30) / 2;
  const i = n.indexOf(q);
  return i < 0 ? 0 : 30 - Math.min(i, 20) / 2;
}

const hex = (v: number): string => `0x${v.toString(16).toUpperCase().padStart(8, '0')}`;

export function search(index: SearchIndex, query: string, limit: number): Hit[] {
  const q = query.trim().toLowerCase();
  if (q.length === 0) return [];
  const values = new Set(queryValues(q));
  const hits: Hit[] = [];
  for (const [name, header, path, kind, mocked] of index.functions) {
    const score = nameScore(name, q);
    if (score > 0) hits.push({ label: name, detail: `${kind} · ${header}${mocked ? ' · mocked' : ''}`, path, score: score + 5 });
  }
  for (const [name, value, path, kind] of index.codes) {
    const byValue = values.has(value) ? 90 : 0;
    const score = Math.max(byValue, nameScore(name, q));
    if (score > 0) hits.push({ label: name, detail: `${kind === 'ntstatus' ? 'NTSTATUS' : 'Win32 error'} · ${hex(value)} · ${value}`, path, score });
  }
  for (const [id, title, path] of index.rules) {
    const score = Math.max(nameScore(id, q), nameScore(title, q) * 0.8);
    if (score > 0) hits.push({ label: title, detail: `rule · ${id}`, path, score });
  }
  return hits.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label)).slice(0, limit);
}

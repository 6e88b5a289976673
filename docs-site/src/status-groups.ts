// How ~3,600 status codes are laid out: a page for every code a document lists, and every code of
// the table in a row of a group page (NTSTATUS by facility, Win32 errors by thousands).
import type { StatusCode } from '../../generator/model/schema.js';
import { statusGroupPath, statusPath } from './paths.js';
import { hexFacility, ntStatusParts } from './status-facts.js';

export interface StatusGroup {
  key: string;
  title: string;
  codes: StatusCode[];
}

export function groupKey(code: StatusCode): string {
  if (code.kind === 'ntstatus') return `ntstatus-facility-${hexFacility(ntStatusParts(code.value).facility)}`;
  const start = Math.floor(code.value / 1000) * 1000;
  return `win32-${start}-${start + 999}`;
}

function groupTitle(code: StatusCode): string {
  if (code.kind === 'ntstatus') return `NTSTATUS, facility ${hexFacility(ntStatusParts(code.value).facility)}`;
  const start = Math.floor(code.value / 1000) * 1000;
  return `Win32 errors ${start}–${start + 999}`;
}

export function statusGroups(codes: readonly StatusCode[]): StatusGroup[] {
  const groups = new Map<string, StatusGroup>();
  for (const code of codes) {
    const key = groupKey(code);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, title: groupTitle(code), codes: [] }));
    group.codes.push(code);
  }
  for (const g of groups.values()) g.codes.sort((a, b) => (a.value >>> 0) - (b.value >>> 0) || a.name.localeCompare(b.name));
  return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }));
}

/** Where a code is described: its own page when documented, else its row on the group page. */
export function codeUrl(code: StatusCode, documented: ReadonlySet<string>): string {
  return documented.has(code.name) ? statusPath(code.name) : `${statusGroupPath(groupKey(code))}#${code.name}`;
}

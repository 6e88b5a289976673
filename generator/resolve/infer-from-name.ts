// Win32 pages name parameters in Hungarian notation (hObject, lpdwFlags, bManualReset): the
// documented name is evidence of its type where the prose says nothing more precise.
import type { Direction } from '../model/schema.js';
import type { Inference } from './infer-types.js';

interface NameRule {
  id: string;
  pattern: RegExp;
  type: string | ((direction: Direction, fn: string) => string | undefined);
}

const NAME_RULES: readonly NameRule[] = [
  { id: 'name/hkey', pattern: /^hKey$/, type: (d) => (d === 'in' ? 'HKEY' : 'PHKEY') },
  { id: 'name/phkey', pattern: /^phk[A-Z]/, type: 'PHKEY' },
  { id: 'name/pointer-to-handle', pattern: /^l?ph[A-Z]/, type: 'PHANDLE' },
  { id: 'name/handle', pattern: /^h[A-Z]/, type: 'HANDLE' },
  { id: 'name/pointer-to-dword', pattern: /^l?pdw[A-Z]/, type: 'LPDWORD' },
  { id: 'name/dword', pattern: /^(?:dw|fl|cb|cch)[A-Z]/, type: 'DWORD' },
  { id: 'name/bool', pattern: /^b[A-Z]/, type: 'BOOL' },
  { id: 'name/wide-string', pattern: /^(?:lpsz|lpcwsz|lpwsz|pwsz|psz)[A-Z]/, type: (d) => (d === 'in' ? 'LPCWSTR' : 'LPWSTR') },
  // lpName, lpFileName of a ...W function: the wide string it takes.
  { id: 'name/wide-name', pattern: /^lp\w*Name$/, type: (d, fn) => (d === 'in' && /[a-z]W$/.test(fn) ? 'LPCWSTR' : undefined) },
];

export function inferFromName(name: string, direction: Direction, fn: string): Inference | undefined {
  for (const rule of NAME_RULES) {
    if (!rule.pattern.test(name)) continue;
    const c = typeof rule.type === 'string' ? rule.type : rule.type(direction, fn);
    if (c) return { c, sentence: `the parameter name ${name}`, rule: rule.id };
  }
  return undefined;
}

// The arguments a "Try it" form holds, in signature order, or a message naming the bad field.
import type { ParamKind } from './param-kind.js';

export type FormArgs = { ok: true; args: unknown[] } | { ok: false; message: string };

function parseNumber(text: string): number | undefined {
  const s = text.trim().replace(/_/g, '');
  if (/^-?0x[0-9a-f]+$/i.test(s)) {
    const negative = s.startsWith('-');
    const n = Number.parseInt(s.replace(/^-?0x/i, ''), 16);
    return negative ? -n : n;
  }
  if (/^-?\d+$/.test(s)) return Number(s);
  return undefined;
}

export function readArg(kind: ParamKind, text: string, isNull: boolean): { ok: true; value: unknown } | { ok: false; expected: string } {
  if (kind === 'string') return { ok: true, value: isNull ? null : text };
  if (kind === 'number') {
    const n = parseNumber(text);
    return n === undefined ? { ok: false, expected: 'a number such as 4, -1 or 0x10' } : { ok: true, value: n };
  }
  try {
    const value = JSON.parse(text) as unknown;
    if (kind === 'out' && value !== null && !Array.isArray(value)) return { ok: false, expected: 'a one-element array such as [0], or null' };
    return { ok: true, value };
  } catch {
    return { ok: false, expected: kind === 'out' ? 'a one-element array such as [0], or null' : 'JSON such as {} or null' };
  }
}

export function readForm(form: HTMLFormElement): FormArgs {
  const args: unknown[] = [];
  for (const input of Array.from(form.querySelectorAll<HTMLInputElement>('input[data-kind]'))) {
    const index = Number(input.name.slice(3));
    const nullBox = form.querySelector<HTMLInputElement>(`input[name="null${index}"]`);
    const read = readArg(input.dataset.kind as ParamKind, input.value, nullBox?.checked ?? false);
    const label = form.querySelector(`label[for="${input.id}"] code`)?.textContent ?? `argument ${index + 1}`;
    if (!read.ok) return { ok: false, message: `${label}: expected ${read.expected}` };
    args[index] = read.value;
  }
  return { ok: true, args };
}

// Published page addresses, derived the way learn.microsoft.com lays them out.
import type { EntryKind } from './schema.js';

const WDK_HEADERS = new Set(['ntifs', 'fltkernel', 'wdm', 'ntddk', 'ntddstor', 'ntdddisk', 'wdfdriver']);

/** Headers documented in the driver (WDK) reference rather than the Win32 (SDK) one. */
export function isWdkHeader(header: string): boolean {
  return WDK_HEADERS.has(header);
}

const KIND_PREFIX: Record<EntryKind, string> = {
  function: 'nf',
  struct: 'ns',
  enum: 'ne',
  callback: 'nc',
  macro: 'nf',
  ioctl: 'ni',
};

export function docUrl(header: string, kind: EntryKind, name: string): string {
  const page = `${KIND_PREFIX[kind]}-${header}-${name.toLowerCase()}`;
  return isWdkHeader(header)
    ? `https://learn.microsoft.com/windows-hardware/drivers/ddi/${header}/${page}`
    : `https://learn.microsoft.com/windows/win32/api/${header}/${page}`;
}

/** `…/ddi/fltkernel/nf-fltkernel-fltcreatefile` → `{ header: 'fltkernel', name: 'fltcreatefile' }` (lower case). */
export function pageOfUrl(url: string): { header: string; name: string } | undefined {
  const m = /\/(n[fsecim])-([a-z0-9_]+)-([a-z0-9_]+)(?:\.md)?(?:[?#].*)?$/i.exec(url);
  if (!m || m[2] === undefined || m[3] === undefined) return undefined;
  return { header: m[2].toLowerCase(), name: m[3].toLowerCase() };
}

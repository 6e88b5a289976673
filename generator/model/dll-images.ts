// Which per-DLL interface a documented image belongs to. Documents spell images
// inconsistently (`NtosKrnl.exe`, `Ntoskrnl.exe`, `FltMgr.sys`, `NtDll.dll`) and sometimes
// name several (`NtosKrnl.exe (kernel mode); Ntdll.dll (user mode)`).

export interface DllImage {
  /** Interface name in `types/dlls/`: `Kernel32`, `Ntdll`, `Ntoskrnl`, ... */
  iface: string;
  /** Canonical image file name. */
  image: string;
  mode: 'user' | 'kernel';
}

const KNOWN: Record<string, DllImage> = {
  kernel32: { iface: 'Kernel32', image: 'Kernel32.dll', mode: 'user' },
  kernelbase: { iface: 'Kernel32', image: 'Kernel32.dll', mode: 'user' },
  ntdll: { iface: 'Ntdll', image: 'Ntdll.dll', mode: 'user' },
  ntoskrnl: { iface: 'Ntoskrnl', image: 'NtosKrnl.exe', mode: 'kernel' },
  fltmgr: { iface: 'Fltmgr', image: 'FltMgr.sys', mode: 'kernel' },
  advapi32: { iface: 'Advapi32', image: 'Advapi32.dll', mode: 'user' },
  ws2_32: { iface: 'Ws2_32', image: 'Ws2_32.dll', mode: 'user' },
  ktmw32: { iface: 'Ktmw32', image: 'KtmW32.dll', mode: 'user' },
  hal: { iface: 'Hal', image: 'Hal.dll', mode: 'kernel' },
};

const KERNEL_EXTENSIONS = new Set(['sys', 'exe']);

/** One image name (`FltMgr.sys`, `Kernel32.lib`) → its interface, or undefined for API sets and noise. */
export function dllImage(name: string): DllImage | undefined {
  const m = /^([A-Za-z0-9_]+)\.(dll|sys|exe|lib)$/i.exec(name.trim());
  if (!m || m[1] === undefined || m[2] === undefined) return undefined;
  const base = m[1].toLowerCase();
  const known = KNOWN[base];
  if (known) return known;
  if (base.startsWith('api-ms-') || base.startsWith('minkernelbase')) return undefined;
  const ext = m[2].toLowerCase();
  const iface = base.charAt(0).toUpperCase() + base.slice(1);
  return { iface, image: `${m[1]}.${ext === 'lib' ? 'dll' : ext}`, mode: KERNEL_EXTENSIONS.has(ext) ? 'kernel' : 'user' };
}

/** Every image a requirements `DLL` value names, in order. */
export function dllImages(value: string | undefined): DllImage[] {
  if (!value) return [];
  const out: DllImage[] = [];
  for (const part of value.split(/[;,]/)) {
    const name = part.replace(/\(.*?\)/g, '').trim();
    const image = dllImage(name);
    if (image && !out.some((o) => o.iface === image.iface)) out.push(image);
  }
  return out;
}

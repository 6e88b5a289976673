// The loaders by image: the real DLLs on Windows. Elsewhere, and for kernel-mode images from any
// user-mode process, they say what to use instead.
import { dllImage } from '../generator/model/dll-images.js';
import type { Advapi32, Kernel32, Ktmw32, Ntdll, Ws2_32 } from '../types/index.js';
import { FfiError } from './errors.js';
import { loadLibrary, type LoadOptions } from './load-library.js';

export interface ImageLoadOptions extends LoadOptions {
  /** The platform to check against; `process.platform` by default. */
  platform?: string;
}

const MOCK_HINT = "use the mock instead: import { createWindowsMock } from 'winhandle/mock'";

function loadImage<T extends object>(file: string, options: ImageLoadOptions): T {
  const image = dllImage(file)!;
  const property = image.iface.toLowerCase();
  if (image.mode === 'kernel') {
    throw new FfiError(`${image.image} is a kernel-mode image: it cannot be loaded from user mode (koffi runs in a user-mode process). ` +
      `To exercise code written against ${image.iface}, ${MOCK_HINT} and pass win.${property}, which enforces the kernel-mode rules.`);
  }
  const platform = options.platform ?? process.platform;
  if (platform !== 'win32') {
    throw new FfiError(`${image.image} can only be loaded on Windows, and this is ${platform}. ` +
      `To run code written against ${image.iface} here, ${MOCK_HINT} and pass win.${property}; ` +
      `to bind a test double, use loadLibrary(path, '${image.iface}').`);
  }
  return loadLibrary<T>(image.image, image.iface, options);
}

export const loadKernel32 = (options: ImageLoadOptions = {}): Kernel32 => loadImage<Kernel32>('Kernel32.dll', options);
export const loadNtdll = (options: ImageLoadOptions = {}): Ntdll => loadImage<Ntdll>('Ntdll.dll', options);
export const loadAdvapi32 = (options: ImageLoadOptions = {}): Advapi32 => loadImage<Advapi32>('Advapi32.dll', options);
export const loadWs2_32 = (options: ImageLoadOptions = {}): Ws2_32 => loadImage<Ws2_32>('Ws2_32.dll', options);
export const loadKtmw32 = (options: ImageLoadOptions = {}): Ktmw32 => loadImage<Ktmw32>('KtmW32.dll', options);
/** Always throws: NtosKrnl.exe is a kernel-mode image. */
export const loadNtoskrnl = (options: ImageLoadOptions = {}): never => loadImage<never>('NtosKrnl.exe', options);
/** Always throws: FltMgr.sys is a kernel-mode image. */
export const loadFltmgr = (options: ImageLoadOptions = {}): never => loadImage<never>('FltMgr.sys', options);

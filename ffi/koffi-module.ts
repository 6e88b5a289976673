// koffi is an optional peer dependency: it is required on first use, so importing
// `winhandle/koffi` without it installed fails with a message that says what to do.
import { createRequire } from 'node:module';
import type * as Koffi from 'koffi';
import { FfiError } from './errors.js';

export type KoffiModule = typeof Koffi;
export type LibraryHandle = Koffi.LibraryHandle;
export type TypeSpec = Parameters<KoffiModule['out']>[0];
export type KoffiFunction = ReturnType<LibraryHandle['func']>;

let cached: KoffiModule | undefined;

export function koffi(): KoffiModule {
  if (cached) return cached;
  try {
    cached = createRequire(import.meta.url)('koffi') as KoffiModule;
  } catch (error) {
    throw new FfiError(`winhandle/koffi needs the koffi package (npm install koffi): ${(error as Error).message}`);
  }
  return cached;
}

// winhandle/koffi: the per-DLL interfaces of the API model bound to the real DLLs through koffi.
export { loadAdvapi32, loadFltmgr, loadKernel32, loadKtmw32, loadNtdll, loadNtoskrnl, loadWs2_32, type ImageLoadOptions } from './load-dll.js';
export { loadLibrary, type BoundFunctions, type LoadOptions } from './load-library.js';
export { FfiError } from './errors.js';

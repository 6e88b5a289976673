// winhandle/msw: a mock world over HTTP. handleCall is the environment-free core; createHandlers
// wraps it for msw (setupServer in Node, setupWorker in the browser); createHttpClient is the
// other side, the per-DLL interfaces as Promise-returning functions.
export { handleCall, type CallOptions } from './handle-call.js';
export { createHandlers, type HandlerOptions } from './create-handlers.js';
export { createHttpClient, WinhandleHttpError, type HttpWindows } from './http-client.js';
export type { CallAnswer, CallError, CallErrorKind, CallResult } from './answers.js';
export type { CodeNames } from './code-names.js';
export { TABLE_CODE_NAMES } from './code-names.js';
export { parseJsonSafely } from './safe-json.js';

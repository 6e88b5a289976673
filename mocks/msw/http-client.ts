// The per-DLL interfaces over HTTP: every function POSTs its arguments to {baseUrl}/{dll}/{fn}
// and resolves with the result; out parameters (one-element arrays, structs) are updated in place
// from the answer's `out`, so calling code reads them exactly as with the in-process mock.
import type * as C from '../contract.js';
import type { Advapi32, Fltmgr, Kernel32, Ktmw32, Ntdll, Ntoskrnl, Ws2_32 } from '../contract.js';
import { DLL_NAMES, DLLS, type DllName } from '../dlls/index.js';
import type { CallError, CallErrorKind, CallResult } from './answers.js';
import { parseJsonSafely, toJsonValue } from './safe-json.js';

/** Every function of an interface as a Promise; names the mock does not type take any arguments. */
type Promised<T, Names extends string> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
} & Record<Exclude<Names, keyof T>, (...args: unknown[]) => Promise<unknown>>;
type NamesOf<L extends readonly string[]> = L[number];

export interface HttpWindows {
  kernel32: Promised<Kernel32, NamesOf<typeof C.KERNEL32_FUNCTIONS>>;
  ntdll: Promised<Ntdll, NamesOf<typeof C.NTDLL_FUNCTIONS>>;
  ntoskrnl: Promised<Ntoskrnl, NamesOf<typeof C.NTOSKRNL_FUNCTIONS>>;
  fltmgr: Promised<Fltmgr, NamesOf<typeof C.FLTMGR_FUNCTIONS>>;
  advapi32: Promised<Advapi32, NamesOf<typeof C.ADVAPI32_FUNCTIONS>>;
  ws2_32: Promised<Ws2_32, NamesOf<typeof C.WS2_32_FUNCTIONS>>;
  ktmw32: Promised<Ktmw32, NamesOf<typeof C.KTMW32_FUNCTIONS>>;
}

/** A call the server refused (4xx/5xx), with the fields of its JSON answer. */
export class WinhandleHttpError extends Error {
  readonly status: number;
  readonly kind: CallErrorKind | 'transport';
  readonly rule: string | undefined;
  readonly quote: string | undefined;
  readonly document: string | undefined;
  readonly signature: string | undefined;
  constructor(status: number, body: Partial<CallError> & { message: string }) {
    super(body.message);
    this.name = 'WinhandleHttpError';
    this.status = status;
    this.kind = body.error ?? 'transport';
    this.rule = body.rule;
    this.quote = body.quote;
    this.document = body.document;
    this.signature = body.signature;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Copies the answer's by-reference values into the caller's arrays and objects. */
function updateInPlace(args: readonly unknown[], out: readonly unknown[]): void {
  const targets = args.filter(isObject);
  targets.forEach((target, i) => {
    const value = out[i];
    if (Array.isArray(target) && Array.isArray(value)) value.forEach((v, j) => { target[j] = v; });
    else if (!Array.isArray(target) && isObject(value) && !Array.isArray(value)) Object.assign(target, value);
  });
}

async function post(fetchImpl: typeof fetch, url: string, args: unknown[]): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ args: toJsonValue(args) }),
    });
  } catch (error) {
    throw new WinhandleHttpError(0, { message: `[winhandle] cannot reach ${url}: ${(error as Error).message} — is the agent running and baseUrl right?` });
  }
  const parsed = parseJsonSafely(await response.text());
  if (!parsed.ok || !isObject(parsed.value)) {
    throw new WinhandleHttpError(response.status, { message: `[winhandle] ${url} answered ${response.status} without a winhandle JSON body — check baseUrl` });
  }
  if (!response.ok) {
    const body = parsed.value as Partial<CallError>;
    throw new WinhandleHttpError(response.status, { ...body, message: String(body.message ?? `[winhandle] ${url} answered ${response.status}`) });
  }
  const answer = parsed.value as unknown as CallResult;
  updateInPlace(args, Array.isArray(answer.out) ? answer.out : []);
  return answer.result;
}

/** Per-DLL interfaces whose functions call a winhandle agent (or msw handlers) at baseUrl. */
export function createHttpClient(baseUrl: string, fetchImpl: typeof fetch = (...a) => globalThis.fetch(...a)): HttpWindows {
  const base = baseUrl.replace(/\/+$/, '');
  const client = {} as Record<DllName, Record<string, (...args: unknown[]) => Promise<unknown>>>;
  for (const dll of DLL_NAMES) {
    const surface: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const fn of DLLS[dll].functions) surface[fn] = (...args) => post(fetchImpl, `${base}/${dll}/${fn}`, args);
    client[dll] = Object.freeze(surface);
  }
  return client as unknown as HttpWindows;
}

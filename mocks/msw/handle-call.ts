// The environment-free core of winhandle/msw: one request (DLL, function, body) in, one answer
// (HTTP status, JSON) out. No msw, no fetch, no Node or DOM API: the msw handlers, a service
// worker in the docs site and any other server adapt this function.
import type { WindowsMock } from '../world.js';
import { answerForError, fault, type CallAnswer, type CallResult } from './answers.js';
import { BODY_SHAPE, CallBody } from './call-body.js';
import { TABLE_CODE_NAMES, type CodeNames } from './code-names.js';
import { resolveRoute, returnType } from './route.js';
import { parseJsonSafely, toJsonValue } from './safe-json.js';

export interface CallOptions {
  /** Names for status and error codes; default: the codes the mock returns. */
  names?: CodeNames;
}

/** The body as a plain JSON value: text is parsed, anything else is copied through JSON. */
function bodyValue(body: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  if (typeof body === 'string') return parseJsonSafely(body);
  if (body === undefined || body === null) return { ok: false, message: 'the request has no body' };
  try {
    return parseJsonSafely(JSON.stringify(body));
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

const isByReference = (v: unknown): v is object => typeof v === 'object' && v !== null;

/** POST {baseUrl}/{dll}/{fn} with `body` (text or parsed JSON) against the world `win`. Never throws. */
export function handleCall(win: WindowsMock, dll: string, fn: string, body: unknown, options: CallOptions = {}): CallAnswer {
  const names = options.names ?? TABLE_CODE_NAMES;
  const found = resolveRoute(win, dll, fn);
  if (!found.ok) return fault(404, 'unknown-function', found.message);
  const { route } = found;
  const api = `${route.dll}.${route.fn}`;
  const usage = route.signature ? ` for ${route.signature.text}` : '';

  const parsed = bodyValue(body);
  if (!parsed.ok) return fault(400, 'bad-body', `[winhandle] ${api}: the body is not JSON (${parsed.message}) — send ${BODY_SHAPE}${usage}`);
  const shaped = CallBody.safeParse(parsed.value);
  if (!shaped.success) {
    const issue = shaped.error.issues[0];
    return fault(400, 'bad-body', `[winhandle] ${api}: ${issue?.message ?? 'wrong shape'} — send ${BODY_SHAPE}${usage}`);
  }

  const args = shaped.data.args;
  const byReference = args.filter(isByReference);
  let value: unknown;
  try {
    value = route.call(...args);
  } catch (error) {
    return answerForError(error, api, route.signature?.text);
  }
  const lastError = Number(win.kernel32.GetLastError());
  const isStatus = returnType(route.signature) === 'NTSTATUS' && typeof value === 'number';
  const result: CallResult = {
    result: toJsonValue(value),
    lastError,
    lastErrorName: names.win32(lastError) ?? null,
    status: isStatus ? (names.status(value as number) ?? null) : null,
    out: byReference.map(toJsonValue),
  };
  return { status: 200, json: result };
}

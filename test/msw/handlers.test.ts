// The msw handlers under setupServer: every answer of the core, as real HTTP over fetch.
import { describe, expect, it } from 'vitest';
import { args, notMocked, post, useServer } from './support.js';

const { serve } = useServer();

describe('createHandlers with setupServer', () => {
  it('200: CreateEventW, CloseHandle, and the second close failing with ERROR_INVALID_HANDLE', async () => {
    serve();
    const created = await post('kernel32/CreateEventW', args(null, 1, 0, 'Local\\ready'));
    expect(created.status).toBe(200);
    const h = created.json.result as number;
    expect(h).toBeGreaterThan(0);
    expect((await post('kernel32/CloseHandle', args(h))).json).toMatchObject({ result: 1, lastError: 0 });
    const again = await post('kernel32/CloseHandle', args(h));
    expect(again).toEqual({ status: 200, json: { result: 0, lastError: 6, lastErrorName: 'ERROR_INVALID_HANDLE', status: null, out: [] } });
  });

  it('200 with out parameters after the call and NTSTATUS names', async () => {
    const win = serve();
    const h = win.createObject('Event');
    const dup = await post('ntdll/NtDuplicateObject', args(-1, h, -1, [0], 0, 0, 2));
    expect(dup.json).toMatchObject({ result: 0, status: 'STATUS_SUCCESS' });
    const target = (dup.json.out as number[][])[0]![0]!;
    expect(win.inspect(target)?.handleCount).toBe(2);
    expect((await post('ntoskrnl/ZwClose', args(0))).json).toMatchObject({ result: 0xc0000008, status: 'STATUS_INVALID_HANDLE' });
  });

  it('400 for non-JSON and wrongly shaped bodies', async () => {
    serve();
    const notJson = await post('kernel32/CloseHandle', 'args=4');
    expect(notJson.status).toBe(400);
    expect(notJson.json).toMatchObject({ error: 'bad-body' });
    expect(String(notJson.json.message)).toMatch(/^\[winhandle\] kernel32\.CloseHandle: the body is not JSON/);
    const shape = await post('kernel32/CloseHandle', '{"args":"4"}');
    expect(shape.status).toBe(400);
    expect(String(shape.json.message)).toContain('{ "args": [ ...arguments in signature order ] }');
  });

  it('400 quoting the signature for wrongly typed arguments', async () => {
    serve();
    const answer = await post('kernel32/CreateEventW', args(null, 'yes', 0, null));
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ error: 'bad-arguments', signature: 'HANDLE CreateEventW(LPSECURITY_ATTRIBUTES lpEventAttributes, BOOL bManualReset, BOOL bInitialState, LPCWSTR lpName)' });
    expect(String(answer.json.message)).toContain('argument 2 (bManualReset)');
  });

  it('404 for an unknown DLL or function', async () => {
    serve();
    expect((await post('gdi32/CloseHandle', args(4))).status).toBe(404);
    const fn = await post('kernel32/CloseHandel', args(4));
    expect(fn.status).toBe(404);
    expect(fn.json).toMatchObject({ error: 'unknown-function' });
    expect((await post('kernel32/constructor', args())).status).toBe(404);
  });

  it('501 for a documented function the mock does not implement', async () => {
    const { dll, fn } = notMocked(serve());
    const answer = await post(`${dll}/${fn}`, args());
    expect(answer.status).toBe(501);
    expect(String(answer.json.message)).toContain(`[winhandle] not mocked: ${fn}`);
  });

  it('409 with rule id and quote for a strict-mode violation', async () => {
    const win = serve({ mode: 'strict' });
    expect((await post('ws2_32/WSAStartup', args(0x202, {}))).json).toMatchObject({ result: 0 });
    const s = (await post('ws2_32/socket', args(2, 1, 6))).json.result as number;
    expect(win.inspect(s)?.type).toBe('Socket');
    const answer = await post('kernel32/CloseHandle', args(s));
    expect(answer.status).toBe(409);
    expect(answer.json).toMatchObject({ error: 'rule-violation', rule: 'closehandle-socket', quote: 'Do not use the CloseHandle function to close a socket.' });
    expect((await post('ws2_32/closesocket', args(s))).json).toMatchObject({ result: 0 });
  });

  it('405 naming POST for other methods', async () => {
    serve();
    const answer = await post('kernel32/CloseHandle', '', 'GET');
    expect(answer.status).toBe(405);
    expect(String(answer.json.message)).toContain('POST');
  });

  it('keeps each world isolated: a handle of one server world is unknown to the next', async () => {
    serve();
    const h = (await post('kernel32/CreateEventW', args(null, 0, 0, null))).json.result as number;
    serve();
    expect((await post('kernel32/CloseHandle', args(h))).json).toMatchObject({ result: 0, lastErrorName: 'ERROR_INVALID_HANDLE' });
  });
});

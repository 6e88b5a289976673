// createHttpClient against the msw handlers: the per-DLL interfaces as Promises, out parameters
// updated in place, refusals as WinhandleHttpError with the answer's fields.
import { describe, expect, it } from 'vitest';
import { createHttpClient, WinhandleHttpError } from '../../mocks/msw/index.js';
import { BASE, notMocked, useServer } from './support.js';

const { serve } = useServer();

async function rejection(promise: Promise<unknown>): Promise<WinhandleHttpError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(WinhandleHttpError);
  return error as WinhandleHttpError;
}

describe('createHttpClient', () => {
  it('round-trips calls, last errors and out parameters', async () => {
    const win = serve();
    const client = createHttpClient(BASE);
    const h = await client.kernel32.CreateEventW(null, 1, 0, null);
    const flags: [number] = [99];
    expect(await client.kernel32.GetHandleInformation(h, flags)).toBe(1);
    expect(flags).toEqual([0]);
    expect(await client.kernel32.SetHandleInformation(h, 2, 2)).toBe(1);
    expect(await client.kernel32.GetHandleInformation(h, flags)).toBe(1);
    expect(flags).toEqual([2]);
    expect(await client.kernel32.CloseHandle(h)).toBe(0);
    expect(await client.kernel32.GetLastError()).toBe(6);
    expect(win.inspect(h)?.handleCount).toBe(1);
    const target: [number] = [0];
    expect(await client.ntdll.NtDuplicateObject(-1, h, -1, target, 0, 0, 2)).toBe(0);
    expect(win.inspect(target[0])?.type).toBe('Event');
  });

  it('fills structs passed by reference', async () => {
    serve({ files: ['C:\\data\\a.txt'] });
    const client = createHttpClient(`${BASE}/`);
    const found: Record<string, unknown> = {};
    const search = await client.kernel32.FindFirstFileW('C:\\data\\*', found as never);
    expect(search).toBeGreaterThan(0);
    expect(found.cFileName).toBe('a.txt');
    expect(await client.kernel32.FindClose(search)).toBe(1);
  });

  it('rejects with the status, kind, rule and quote of a refusal', async () => {
    const { dll, fn } = notMocked(serve({ mode: 'strict' }));
    const client = createHttpClient(BASE);
    const typed = await rejection(client.kernel32.CloseHandle('x' as never));
    expect(typed).toMatchObject({ status: 400, kind: 'bad-arguments', signature: 'BOOL CloseHandle(HANDLE hObject)' });
    const surface = client[dll] as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const missing = await rejection(surface[fn]!(4, 0));
    expect(missing).toMatchObject({ status: 501, kind: 'not-mocked' });
    const socket = await rejection((async () => {
      await client.ws2_32.WSAStartup(0x202, {} as never);
      return client.kernel32.CloseHandle(await client.ws2_32.socket(2, 1, 6));
    })());
    expect(socket).toMatchObject({ status: 409, kind: 'rule-violation', rule: 'closehandle-socket' });
    expect(socket.message).toMatch(/^\[winhandle\] CloseHandle: /);
  });

  it('says how to fix an unreachable agent or a wrong baseUrl', async () => {
    const down = createHttpClient(BASE, () => Promise.reject(new TypeError('fetch failed')));
    const unreachable = await rejection(down.kernel32.GetCurrentProcess());
    expect(unreachable.message).toContain(`cannot reach ${BASE}/kernel32/GetCurrentProcess: fetch failed — is the agent running`);
    const html = createHttpClient(BASE, async () => new Response('<h1>Not Found</h1>', { status: 404 }));
    const wrong = await rejection(html.kernel32.GetCurrentProcess());
    expect(wrong).toMatchObject({ status: 404, kind: 'transport' });
    expect(wrong.message).toContain('check baseUrl');
  });
});

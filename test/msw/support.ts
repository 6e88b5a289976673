// One msw server per test file, handlers swapped per test: a fresh world behind BASE each time.
import { afterAll, beforeAll, afterEach } from 'vitest';
import { setupServer } from 'msw/node';
import { createWindowsMock, type MockOptions, type WindowsMock } from '../../mocks/index.js';
import { notMockedError } from '../../mocks/core/errors.js';
import { DLL_NAMES, DLLS, type DllName } from '../../mocks/dlls/index.js';
import { createHandlers } from '../../mocks/msw/index.js';

export const BASE = 'http://agent.winhandle.test/win';

export function useServer(): { serve(options?: MockOptions): WindowsMock } {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  return {
    serve(options = {}) {
      const win = createWindowsMock(options);
      server.use(...createHandlers(win, { baseUrl: BASE }));
      return win;
    },
  };
}

export async function post(path: string, body: string, method = 'POST'): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${BASE}/${path}`, { method, headers: { 'content-type': 'application/json' }, ...(method === 'GET' ? {} : { body }) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

export const args = (...values: unknown[]): string => JSON.stringify({ args: values });

/**
 * A function of an interface that answers "not mocked" in this world: the first one without a
 * built-in, or — once the mock implements every function — one made to answer the way those do.
 */
export function notMocked(win: WindowsMock): { dll: DllName; fn: string } {
  for (const dll of DLL_NAMES) {
    const fn = DLLS[dll].functions.find((name) => !Object.prototype.hasOwnProperty.call(win[dll], name));
    if (fn !== undefined) return { dll, fn };
  }
  win.use({ 'kernel32.SetLastError': () => { throw notMockedError('SetLastError'); } } as Parameters<WindowsMock['use']>[0]);
  return { dll: 'kernel32', fn: 'SetLastError' };
}

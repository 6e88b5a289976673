// Bodies are untrusted: `__proto__`, `constructor` and `prototype` keys anywhere in a request
// (or in an answer the client reads) change nothing outside it.
import { afterEach, describe, expect, it } from 'vitest';
import { createWindowsMock } from '../../mocks/index.js';
import { createHttpClient, handleCall, parseJsonSafely } from '../../mocks/msw/index.js';
import { args, post, useServer } from './support.js';

const { serve } = useServer();
const objectKeys = Object.getOwnPropertyNames(Object.prototype).sort();
const poison = { polluted: 'yes', bInheritHandle: 1, CloseHandle: 'hijacked' };
const poisoned = (inner: string): string =>
  `{"__proto__": ${JSON.stringify(poison)}, "constructor": {"prototype": ${JSON.stringify(poison)}}, ${inner}}`;

afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('prototype pollution', () => {
  it('parseJsonSafely drops prototype-reaching keys at every depth', () => {
    const parsed = parseJsonSafely(poisoned(`"args": [${poisoned('"x": 1')}]`));
    expect(parsed).toEqual({ ok: true, value: { args: [{ x: 1 }] } });
  });

  it('a poisoned body over HTTP leaves Object.prototype, the world and the call intact', async () => {
    const win = serve();
    const kernel32Proto = Object.getPrototypeOf(win.kernel32);
    const sa = poisoned('"nLength": 24');
    const created = await post('kernel32/CreateEventW', poisoned(`"args": [${sa}, 0, 0, null]`));
    expect(created.status).toBe(200);
    const h = created.json.result as number;
    expect(created.json.out).toEqual([{ nLength: 24 }]);
    // The poisoned SECURITY_ATTRIBUTES did not make the handle inheritable.
    const flags = await post('kernel32/GetHandleInformation', args(h, [0]));
    expect(flags.json.out).toEqual([[0]]);
    expect(Object.getPrototypeOf(win.kernel32)).toBe(kernel32Proto);
    expect(typeof win.kernel32.CloseHandle).toBe('function');
    expect((await post('kernel32/CloseHandle', args(h))).json).toMatchObject({ result: 1 });
  });

  it('handleCall copies already-parsed bodies without their poisoned keys', () => {
    const win = createWindowsMock();
    const body = JSON.parse(poisoned('"args": [null, 0, 0, null]')) as unknown;
    const answer = handleCall(win, 'kernel32', 'CreateEventW', body);
    expect(answer.status).toBe(200);
    expect(win.inspect((answer.json as { result: number }).result)?.type).toBe('Event');
  });

  it('a poisoned answer cannot change the prototype of the caller\'s out objects', async () => {
    const answer = `{"result": 1, "lastError": 0, "lastErrorName": null, "status": null, "out": [${poisoned('"cFileName": "a.txt"')}]}`;
    const client = createHttpClient('http://agent.test', async () => new Response(answer, { status: 200 }));
    const data: Record<string, unknown> = {};
    await client.kernel32.FindFirstFileW('C:\\*', data as never);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(data).toEqual({ cFileName: 'a.txt' });
    expect(data.polluted).toBeUndefined();
  });
});

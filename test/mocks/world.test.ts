// Worlds: isolation, execution context, arrangement, inspection and the call log.
import { describe, expect, it } from 'vitest';
import { constants as C, createWindowsMock, OBJECT_KIND_NAMES, RULES, STATUS } from '../../mocks/index.js';
import { world } from './support.js';

describe('worlds', () => {
  it('share no state: handles, names, files, last errors and violations stay in their world', () => {
    const a = world('lenient', { files: ['C:\\only-a.txt'] });
    const b = world('lenient');
    const h = a.kernel32.CreateEventW(null, 0, 0, 'named');
    expect(b.kernel32.OpenEventW(C.EVENT_ALL_ACCESS, 0, 'named')).toBe(0);
    expect(b.kernel32.CloseHandle(h)).toBe(0);
    expect(b.kernel32.GetLastError()).toBe(6);
    expect(a.kernel32.GetLastError()).toBe(0);
    expect(b.kernel32.FindFirstFileW('C:\\only-a.txt', null)).toBe(-1);
    const key = a.createObject('Key');
    a.kernel32.CloseHandle(key);
    expect(a.violations).toHaveLength(1);
    expect(b.violations).toHaveLength(0);
    expect(() => b.run({ process: a.process }, () => 0)).toThrow(/another world/);
    expect(() => b.createObject('Event', { process: a.process })).toThrow(/another world/);
    expect(b.inspect(a.process)).toBeUndefined();
  });

  it('records violations with rule id, API, quote and document', () => {
    const win = world('lenient');
    const sock = win.createObject('Socket');
    win.kernel32.CloseHandle(sock);
    const rule = RULES.find((r) => r.id === 'closehandle-socket')!;
    expect(win.violations).toEqual([{ rule: rule.id, api: 'CloseHandle', quote: rule.quote, document: rule.document, message: expect.stringContaining('closesocket') }]);
  });

  it('checks options', () => {
    expect(() => createWindowsMock({ mode: 'loud' as never })).toThrow(/mode must be 'strict' or 'lenient'/);
    expect(() => createWindowsMock({ handleReuse: 'sometimes' as never })).toThrow(/handleReuse/);
    expect(() => createWindowsMock({ captureStacks: -1 })).toThrow(/captureStacks/);
    expect(createWindowsMock().options).toMatchObject({ mode: 'strict', handleReuse: 'windows', debuggerAttached: false, recordCalls: false });
  });
});

describe('execution context', () => {
  it('defaults to a user process at UserMode and PASSIVE_LEVEL; run() sets and restores it, even when fn throws', () => {
    const win = world('strict');
    const k = win.ntoskrnl;
    expect([k.ExGetPreviousMode(), k.KeGetCurrentIrql()]).toEqual([C.UserMode, C.PASSIVE_LEVEL]);
    expect(win.run({ previousMode: C.KernelMode, irql: C.APC_LEVEL }, () => [k.ExGetPreviousMode(), k.KeGetCurrentIrql()])).toEqual([0, 1]);
    expect(() => win.run({ irql: C.DISPATCH_LEVEL }, () => {
      throw new Error('inside');
    })).toThrow('inside');
    expect([k.ExGetPreviousMode(), k.KeGetCurrentIrql()]).toEqual([C.UserMode, C.PASSIVE_LEVEL]);
    expect(() => win.run({ irql: 40 }, () => 0)).toThrow(/irql/);
    expect(() => win.run({ previousMode: 3 as never }, () => 0)).toThrow(/previousMode/);
  });

  it('keeps the last error per thread and handles per process', () => {
    const win = world('strict');
    const t2 = win.createThread();
    win.kernel32.SetLastError(5);
    win.run({ thread: t2 }, () => {
      expect(win.kernel32.GetLastError()).toBe(0);
      win.kernel32.SetLastError(87);
    });
    expect(win.kernel32.GetLastError()).toBe(5);
    const other = win.createProcess('other.exe');
    const there = win.createObject('Event', { process: other });
    expect(win.kernel32.CloseHandle(there)).toBe(0);
    expect(win.run({ process: other }, () => win.kernel32.CloseHandle(there))).not.toBe(0);
    expect(() => win.run({ process: other, thread: t2 }, () => 0)).toThrow(/does not belong/);
  });

  it('DuplicateHandle moves a handle into another process through a process handle', () => {
    const win = world('strict');
    const other = win.createProcess('other.exe');
    const ph = win.createObject('Process', { target: other });
    const h = win.kernel32.CreateEventW(null, 0, 0, null);
    const out: [number] = [0];
    expect(win.kernel32.DuplicateHandle(-1, h, ph, out, 0, 1, C.DUPLICATE_SAME_ACCESS | C.DUPLICATE_CLOSE_SOURCE)).not.toBe(0);
    expect(win.inspect(h)).toBeUndefined();
    expect(win.inspect(out[0])?.handle).toMatchObject({ process: 'other.exe', inherit: true, openedBy: 'DuplicateHandle' });
    expect(win.kernel32.DuplicateHandle(-1, h, ph, out, 0, 0, 0)).toBe(0);
    expect(win.kernel32.GetLastError()).toBe(6);
    expect(win.kernel32.DuplicateHandle(h, ph, -1, out, 0, 0, 0)).toBe(0);
    win.run({ process: other }, () => win.kernel32.CloseHandle(out[0]));
    win.terminate(other);
    expect(win.kernel32.DuplicateHandle(-1, -1, ph, out, 0, 0, C.DUPLICATE_SAME_ACCESS)).toBe(0);
    expect(win.kernel32.GetLastError()).toBe(5);
    expect(() => win.run({ process: other }, () => 0)).toThrow(/has terminated/);
    expect(() => win.createObject('Event', { process: other })).toThrow(/has terminated/);
    win.kernel32.CloseHandle(ph);
    expect(win.leaks()).toEqual([]);
  });
});

describe('createObject and inspect', () => {
  it.each(OBJECT_KIND_NAMES)('creates a %s and returns a handle that closes', (type) => {
    const win = world('strict');
    const h = win.createObject(type as never);
    expect(h % 4).toBe(0);
    expect(h).not.toBe(0);
    const seen = win.inspect(h)!;
    expect(seen).toMatchObject({ via: 'handle', handleCount: 1, deleted: false });
    const closed = seen.type === 'Find' ? win.kernel32.FindClose(h) : seen.type === 'Key' ? Number(win.advapi32.RegCloseKey(h) === 0)
      : seen.type === 'Socket' ? (win.ws2_32.WSAStartup(2, {}), Number(win.ws2_32.closesocket(h) === 0)) : win.kernel32.CloseHandle(h);
    expect(closed).not.toBe(0);
    expect(win.leaks()).toEqual([]);
  });

  it('rejects unknown types and taken names, and honours the flags', () => {
    const win = world('strict');
    expect(() => win.createObject('Gizmo' as never)).toThrow(/unknown object type "Gizmo" — one of: .*Event/);
    win.createObject('Event', { name: 'taken' });
    expect(() => win.createObject('Mutex', { name: 'taken' })).toThrow(/already used by an object of type Event/);
    const h = win.createObject('Semaphore', { inherit: true, protectFromClose: true, kernelHandle: true, access: 0x1f0003 });
    expect(h).toBeLessThan(0);
    expect(win.inspect(h)?.handle).toEqual({ value: h, inherit: true, protectFromClose: true, kernelHandle: true, search: false, access: 0x1f0003,
      process: 'kernel handle table', openedBy: 'createObject' });
    expect(() => win.createObject('Find', { kernelHandle: true })).toThrow(/user-mode memory/);
  });

  it('inspects pseudo-handles, processes, threads and pointers; undefined for nothing', () => {
    const win = world('strict');
    expect(win.inspect(-1)).toMatchObject({ via: 'process', type: 'Process', state: { name: 'app.exe' } });
    expect(win.inspect(-2)).toMatchObject({ via: 'thread', type: 'Thread' });
    expect(win.inspect(win.systemProcess)).toMatchObject({ state: { pid: 4, name: 'System' } });
    expect(win.inspect(win.process.threads[0]!)).toMatchObject({ via: 'thread', pointerCount: 1 });
    expect(win.inspect(0x1234)).toBeUndefined();
    const len: [number] = [0];
    const info: Record<string, unknown> = {};
    const h = win.createObject('Event');
    expect(win.ntdll.NtQueryObject(h, C.ObjectTypeInformation, info, 0, len)).toBe(STATUS.STATUS_INFO_LENGTH_MISMATCH);
    expect(win.ntdll.NtQueryObject(h, C.ObjectTypeInformation, info, len[0], len)).toBe(STATUS.STATUS_SUCCESS);
    expect(info).toEqual({ TypeName: 'Event' });
    expect(win.ntdll.NtQueryObject(h, C.ObjectBasicInformation, info, 56, null)).toBe(STATUS.STATUS_SUCCESS);
    expect(info).toMatchObject({ HandleCount: 1, PointerCount: 1, Attributes: 0 });
    win.kernel32.CloseHandle(h);
  });
});

describe('call log', () => {
  it('is empty unless recordCalls; then holds every call with arguments, result, last error and thrown errors', () => {
    const quiet = world('strict');
    quiet.kernel32.CloseHandle(0);
    expect(quiet.calls).toEqual([]);
    const win = world('strict', { recordCalls: true });
    const h = win.kernel32.CreateEventW(null, 0, 0, null);
    win.kernel32.CloseHandle(h);
    win.kernel32.CloseHandle(h);
    expect(() => win.kernel32.CloseHandle('x' as never)).toThrow(TypeError);
    expect(win.calls.map((c) => [c.dll, c.api, c.args, c.result, c.lastError])).toEqual([
      ['kernel32', 'CreateEventW', [null, 0, 0, null], h, 0],
      ['kernel32', 'CloseHandle', [h], 1, 0],
      ['kernel32', 'CloseHandle', [h], 0, 6],
      ['kernel32', 'CloseHandle', ['x'], undefined, 6],
    ]);
    expect(win.calls[3]!.error).toBeInstanceOf(TypeError);
  });
});

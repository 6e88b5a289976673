// Rules close-thread-process-not-terminate, file-mapping-views, file-mapping-lifetime and
// close-no-wait-io, in both modes.
import { describe, expect, it } from 'vitest';
import { constants as C, STATUS } from '../../mocks/index.js';
import { MODES, world } from './support.js';

describe.each(MODES)('%s mode', (mode) => {
  it('close-thread-process-not-terminate: closing every handle to a running process or thread ends nothing', () => {
    const win = world(mode);
    const other = win.createProcess('worker.exe');
    const ph = win.createObject('Process', { target: other });
    const th = win.createObject('Thread', { target: other.threads[0]! });
    const processPtr = win.inspect(ph)!.pointer;
    const threadPtr = win.inspect(th)!.pointer;
    expect(win.kernel32.CloseHandle(ph)).not.toBe(0);
    expect(win.ntdll.NtClose(th)).toBe(STATUS.STATUS_SUCCESS);
    expect(other.terminated).toBe(false);
    expect(win.inspect(processPtr)).toMatchObject({ handleCount: 0, deleted: false, state: { terminated: false } });
    expect(win.inspect(threadPtr)).toMatchObject({ handleCount: 0, deleted: false });
    // Removing them takes terminating, then closing all handles.
    win.terminate(other);
    expect(win.inspect(processPtr)).toMatchObject({ deleted: true, state: { terminated: true } });
    expect(win.inspect(threadPtr)?.deleted).toBe(true);
  });

  it('duplicate-pseudo-handle: a duplicated pseudo-handle is a real handle to the process, closed without effect on it', () => {
    const win = world(mode);
    const k = win.kernel32;
    const real: [number] = [0];
    expect(k.DuplicateHandle(-1, k.GetCurrentProcess(), -1, real, 0, 0, C.DUPLICATE_SAME_ACCESS)).not.toBe(0);
    expect(win.inspect(real[0])).toMatchObject({ type: 'Process', handle: { openedBy: 'DuplicateHandle' } });
    expect(k.CompareObjectHandles(real[0], k.GetCurrentProcess())).not.toBe(0);
    // Real: valid in another process too, unlike the pseudo-handle.
    const other = win.createProcess('other.exe');
    const there: [number] = [0];
    expect(k.DuplicateHandle(-1, k.GetCurrentThread(), win.createObject('Process', { target: other }), there, 0, 0, C.DUPLICATE_SAME_ACCESS)).not.toBe(0);
    expect(win.run({ process: other }, () => win.inspect(there[0]))).toMatchObject({ type: 'Thread', state: { process: 'app.exe' } });
    expect(k.CloseHandle(real[0])).not.toBe(0);
    expect(win.process.terminated).toBe(false);
    win.terminate(other);
    expect(win.leaks().map((l) => l.type)).toEqual(['Process']);
  });

  it('file-mapping-views: CloseHandle of a file mapping succeeds while a view is mapped', () => {
    const win = world(mode);
    const k = win.kernel32;
    const file = k.CreateFileW('C:\\data\\map.bin', C.GENERIC_READ | C.GENERIC_WRITE, 0, null, C.CREATE_ALWAYS, 0, 0);
    const mapping = k.CreateFileMappingW(file, null, C.PAGE_READWRITE, 0, 4096, null);
    const view = k.MapViewOfFile(mapping, C.FILE_MAP_WRITE, 0, 0, 0);
    expect(view).not.toBe(0);
    expect(k.CloseHandle(mapping)).not.toBe(0);
    expect(k.CloseHandle(file)).not.toBe(0);
    expect(win.leaks().map((l) => l.kind)).toEqual(['view']);
    expect(k.UnmapViewOfFile(view)).not.toBe(0);
    expect(win.leaks()).toEqual([]);
  });

  it('file-mapping-lifetime: the mapping and its file live until the last view is unmapped, in any order', () => {
    const win = world(mode);
    const k = win.kernel32;
    const file = k.CreateFileW('C:\\data\\doc.bin', C.GENERIC_READ, C.FILE_SHARE_DELETE, null, C.CREATE_NEW, C.FILE_FLAG_DELETE_ON_CLOSE, 0);
    const mapping = k.CreateFileMappingW(file, null, C.PAGE_READONLY, 0, 0, 'Local\\doc');
    const mappingPtr = win.inspect(mapping)!.pointer;
    const filePtr = win.inspect(file)!.pointer;
    const v1 = k.MapViewOfFile(mapping, C.FILE_MAP_READ, 0, 0, 0);
    const v2 = k.MapViewOfFile(mapping, C.FILE_MAP_READ, 0, 0, 0);
    k.CloseHandle(file);
    k.CloseHandle(mapping);
    expect(win.inspect(mappingPtr)).toMatchObject({ handleCount: 0, pointerCount: 2, deleted: false, state: { views: 2 } });
    // Still openable by name, and the delete-on-close file still exists.
    const byName = k.CreateFileMappingW(-1, null, C.PAGE_READONLY, 0, 1, 'Local\\doc');
    expect(k.GetLastError()).toBe(183);
    k.CloseHandle(byName);
    const find = k.FindFirstFileW('C:\\data\\doc.bin', {});
    expect(find).not.toBe(-1);
    k.FindClose(find);
    expect(k.UnmapViewOfFile(v1)).not.toBe(0);
    expect(win.inspect(mappingPtr)?.deleted).toBe(false);
    expect(k.UnmapViewOfFile(v2)).not.toBe(0);
    expect(win.inspect(mappingPtr)?.deleted).toBe(true);
    expect(win.inspect(filePtr)?.deleted).toBe(true);
    expect(k.FindFirstFileW('C:\\data\\doc.bin', {})).toBe(-1);
    expect(k.UnmapViewOfFile(v2)).toBe(0);
    expect(k.GetLastError()).toBe(487);
  });

  it('close-no-wait-io: an operation pending at the close completes after it; the object lives until then', () => {
    const win = world(mode);
    const k = win.kernel32;
    const file = k.CreateFileW('C:\\data\\io.log', C.GENERIC_WRITE, C.FILE_SHARE_DELETE, null, C.CREATE_ALWAYS, C.FILE_FLAG_DELETE_ON_CLOSE, 0);
    const ptr = win.inspect(file)!.pointer;
    const io = win.pendingIo(file);
    expect(k.CloseHandle(file)).not.toBe(0);
    expect(io.completed).toBe(false);
    expect(win.inspect(ptr)).toMatchObject({ handleCount: 0, pointerCount: 1, deleted: false });
    expect(win.inspect(ptr)?.state).toMatchObject({ exists: true });
    io.complete();
    expect(io.completed).toBe(true);
    expect(win.inspect(ptr)?.deleted).toBe(true);
    expect(k.CreateFileW('C:\\data\\io.log', C.GENERIC_READ, 0, null, C.OPEN_EXISTING, 0, 0)).toBe(-1);
    expect(k.GetLastError()).toBe(2);
    // The same through NtClose on a kernel handle.
    const kh = win.createObject('File', { name: 'C:\\data\\k.txt', kernelHandle: true });
    const kptr = win.inspect(kh)!.pointer;
    const kio = win.pendingIo(kh);
    expect(win.ntoskrnl.ZwClose(kh)).toBe(STATUS.STATUS_SUCCESS);
    expect(win.inspect(kh)).toBeUndefined();
    expect(win.inspect(kptr)).toMatchObject({ handleCount: 0, pointerCount: 1, deleted: false });
    kio.complete();
    expect(win.inspect(kptr)?.deleted).toBe(true);
    expect(() => kio.complete()).toThrow(/already completed/);
  });
});

// Rules closehandle-findfirstfile, closehandle-socket, closehandle-registry-key and
// duplicatehandle-socket, in both modes: handles CloseHandle and DuplicateHandle must not be given.
import { describe, expect, it } from 'vitest';
import { constants as C, RuleViolation, WindowsException } from '../../mocks/index.js';
import { broken, MODES, world } from './support.js';

describe.each(MODES)('%s mode', (mode) => {
  it('closehandle-findfirstfile: CloseHandle of a search handle fails; FindClose closes it', () => {
    const win = world(mode, { files: ['C:\\docs\\a.txt', 'C:\\docs\\b.txt'] });
    const k = win.kernel32;
    const data: { cFileName?: string } = {};
    const find = k.FindFirstFileW('C:\\docs\\*.txt', data);
    expect(data.cFileName).toBe('a.txt');
    const result = broken(win, mode, 'closehandle-findfirstfile', () => k.CloseHandle(find));
    if (mode === 'lenient') {
      expect(result).toBe(0);
      expect(k.GetLastError()).toBe(6);
    }
    expect(win.leaks().map((l) => [l.type, l.openedBy])).toEqual([['Find', 'FindFirstFileW']]);
    expect(k.FindClose(find)).not.toBe(0);
    expect(k.FindClose(find)).toBe(0);
    expect(win.leaks()).toEqual([]);
  });

  it('closehandle-findfirstfile: under a debugger the lenient call also raises EXCEPTION_INVALID_HANDLE', () => {
    const win = world(mode, { files: ['C:\\docs\\a.txt'], debuggerAttached: true });
    const find = win.kernel32.FindFirstFileW('C:\\docs\\*', null);
    let thrown: unknown;
    try {
      win.kernel32.CloseHandle(find);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(mode === 'strict' ? RuleViolation : WindowsException);
    expect(win.violations[0]?.rule).toBe('closehandle-findfirstfile');
    win.kernel32.FindClose(find);
  });

  it('closehandle-socket: CloseHandle of a socket (use closesocket)', () => {
    const win = world(mode);
    const ws = win.ws2_32;
    expect(ws.WSAStartup(0x0202, {})).toBe(0);
    const sock = ws.socket(C.AF_INET, C.SOCK_STREAM, C.IPPROTO_TCP);
    expect(sock).not.toBe(C.INVALID_SOCKET);
    const result = broken(win, mode, 'closehandle-socket', () => win.kernel32.CloseHandle(sock));
    if (mode === 'lenient') {
      expect(result).not.toBe(0);
      expect(win.inspect(sock)).toBeUndefined();
    } else {
      expect(ws.closesocket(sock)).toBe(0);
    }
    expect(ws.closesocket(sock)).toBe(C.SOCKET_ERROR);
    expect(ws.WSAGetLastError()).toBe(10038);
    expect(ws.WSACleanup()).toBe(0);
  });

  it('closehandle-registry-key: CloseHandle of a key returns nonzero but the key stays open', () => {
    const win = world(mode, { registryKeys: ['HKLM\\Software\\Vendor'] });
    const a = win.advapi32;
    const hk: [number] = [0];
    expect(a.RegOpenKeyExW(C.HKEY_LOCAL_MACHINE, 'SOFTWARE\\Vendor', 0, C.KEY_READ, hk)).toBe(0);
    const result = broken(win, mode, 'closehandle-registry-key', () => win.kernel32.CloseHandle(hk[0]));
    if (mode === 'lenient') expect(result).not.toBe(0);
    expect(win.leaks().map((l) => [l.type, l.name, l.openedBy])).toEqual([['Key', '\\registry\\machine\\software\\vendor', 'RegOpenKeyExW']]);
    expect(a.RegCloseKey(hk[0])).toBe(0);
    expect(a.RegCloseKey(hk[0])).toBe(6);
    expect(win.leaks()).toEqual([]);
  });

  it('duplicatehandle-socket: DuplicateHandle of a socket (use WSADuplicateSocket)', () => {
    const win = world(mode);
    const sock = win.createObject('Socket');
    const dup: [number] = [0];
    const result = broken(win, mode, 'duplicatehandle-socket', () => win.kernel32.DuplicateHandle(-1, sock, -1, dup, 0, 0, C.DUPLICATE_SAME_ACCESS));
    if (mode === 'lenient') {
      expect(result).not.toBe(0);
      expect(win.inspect(sock)?.handleCount).toBe(2);
      win.ws2_32.WSAStartup(0x0202, {});
      expect(win.ws2_32.closesocket(dup[0])).toBe(0);
    } else {
      expect(dup[0]).toBe(0);
      expect(win.inspect(sock)?.handleCount).toBe(1);
    }
  });
});

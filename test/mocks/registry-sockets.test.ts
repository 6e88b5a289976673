// Registry keys (RegOpenKeyExW, RegCloseKey, ZwCreateKey) and sockets (WSAStartup, socket,
// closesocket) behave as their documents say.
import { describe, expect, it } from 'vitest';
import { constants as C, STATUS } from '../../mocks/index.js';
import { inSystem, world } from './support.js';

describe('registry', () => {
  it('RegOpenKeyExW opens existing keys only, case-insensitively, relative to predefined or opened keys', () => {
    const win = world('strict', { registryKeys: ['HKLM\\Software\\Vendor\\App'] });
    const a = win.advapi32;
    const vendor: [number] = [0];
    const app: [number] = [0];
    expect(a.RegOpenKeyExW(C.HKEY_LOCAL_MACHINE, 'software\\VENDOR', 0, C.KEY_READ, vendor)).toBe(0);
    expect(a.RegOpenKeyExW(vendor[0], 'App', 0, C.KEY_READ, app)).toBe(0);
    expect(win.inspect(app[0])?.state).toEqual({ path: '\\registry\\machine\\software\\vendor\\app' });
    expect(a.RegOpenKeyExW(vendor[0], 'Missing', 0, C.KEY_READ, app)).toBe(2);
    expect(a.RegOpenKeyExW(0x7770, 'App', 0, C.KEY_READ, app)).toBe(6);
    for (const h of [vendor[0], app[0]]) expect(a.RegCloseKey(h)).toBe(0);
    expect(win.leaks()).toEqual([]);
  });

  it('RegOpenKeyExW with a NULL or empty subkey follows the document for predefined keys', () => {
    const win = world('strict');
    const a = win.advapi32;
    const out: [number] = [0];
    expect(a.RegOpenKeyExW(C.HKEY_LOCAL_MACHINE, null, 0, C.KEY_READ, out)).toBe(0);
    expect(out[0]).toBe(C.HKEY_LOCAL_MACHINE);
    expect(a.RegOpenKeyExW(C.HKEY_CLASSES_ROOT, '', 0, C.KEY_READ, out)).toBe(0);
    expect(out[0]).toBe(C.HKEY_CLASSES_ROOT);
    expect(a.RegOpenKeyExW(C.HKEY_CLASSES_ROOT, null, 0, C.KEY_READ, out)).toBe(0);
    expect(out[0]).toBeGreaterThan(0);
    expect(a.RegCloseKey(out[0])).toBe(0);
    expect(a.RegOpenKeyExW(C.HKEY_CURRENT_USER, '', 0, C.KEY_READ, out)).toBe(0);
    expect(win.inspect(out[0])?.state).toEqual({ path: '\\registry\\user\\s-1-5-21-1000' });
    expect(a.RegCloseKey(out[0])).toBe(0);
    expect(a.RegCloseKey(C.HKEY_LOCAL_MACHINE)).toBe(0);
  });

  it('ZwCreateKey creates a direct subkey or opens an existing key, absolute or relative to RootDirectory', () => {
    const win = world('strict');
    const z = win.ntoskrnl;
    const parent: [number] = [0];
    const child: [number] = [0];
    const disposition: [number] = [0];
    const k = (name: string, root = 0) => ({ ObjectName: name, RootDirectory: root, Attributes: C.OBJ_KERNEL_HANDLE });
    inSystem(win, () => {
      expect(z.ZwCreateKey(parent, C.KEY_ALL_ACCESS, k('\\Registry\\Machine\\Software\\Drv'), 0, null, 0, disposition)).toBe(STATUS.STATUS_SUCCESS);
      expect(disposition[0]).toBe(C.REG_CREATED_NEW_KEY);
      expect(z.ZwCreateKey(child, C.KEY_ALL_ACCESS, k('Params', parent[0]), 0, null, 0, disposition)).toBe(STATUS.STATUS_SUCCESS);
      expect(disposition[0]).toBe(C.REG_CREATED_NEW_KEY);
      z.ZwClose(child[0]);
      expect(z.ZwCreateKey(child, C.KEY_READ, { ObjectName: { Buffer: '\\REGISTRY\\MACHINE\\SOFTWARE\\DRV\\PARAMS' }, Attributes: C.OBJ_KERNEL_HANDLE }, 0, null, 0, disposition)).toBe(STATUS.STATUS_SUCCESS);
      expect(disposition[0]).toBe(C.REG_OPENED_EXISTING_KEY);
      expect(z.ZwCreateKey(child, C.KEY_READ, k('\\Registry\\Machine\\No\\Such'), 0, null, 0, null)).toBe(STATUS.STATUS_OBJECT_NAME_NOT_FOUND);
      expect(z.ZwCreateKey(child, C.KEY_READ, k('Sub', 0x5550), 0, null, 0, null)).toBe(STATUS.STATUS_INVALID_HANDLE);
      z.ZwClose(child[0]);
      z.ZwClose(parent[0]);
    });
    // The key stays in the registry after its handles are closed.
    const opened: [number] = [0];
    expect(win.advapi32.RegOpenKeyExW(C.HKEY_LOCAL_MACHINE, 'Software\\Drv\\Params', 0, C.KEY_READ, opened)).toBe(0);
    win.advapi32.RegCloseKey(opened[0]);
  });
});

describe('NtCreateKey (ntdll)', () => {
  it('creates keys for user-mode callers: a handle in the process table, OBJ_KERNEL_HANDLE meaning nothing', () => {
    const win = world('strict');
    const out: [number] = [0];
    const disposition: [number] = [0];
    const oa = { ObjectName: '\\Registry\\User\\S-1-5-21-1000\\Software\\App', Attributes: C.OBJ_KERNEL_HANDLE };
    expect(win.ntdll.NtCreateKey(out, C.KEY_ALL_ACCESS, oa, 0, null, 0, disposition)).toBe(STATUS.STATUS_SUCCESS);
    expect(disposition[0]).toBe(C.REG_CREATED_NEW_KEY);
    expect(win.inspect(out[0])?.handle).toMatchObject({ kernelHandle: false, process: 'app.exe', openedBy: 'NtCreateKey' });
    expect(win.violations).toEqual([]);
    const again: [number] = [0];
    expect(win.advapi32.RegOpenKeyExW(C.HKEY_CURRENT_USER, 'Software\\App', 0, C.KEY_READ, again)).toBe(0);
    expect(win.ntdll.NtClose(out[0])).toBe(STATUS.STATUS_SUCCESS);
    expect(win.advapi32.RegCloseKey(again[0])).toBe(0);
  });
});

describe('sockets', () => {
  it('socket and closesocket need WSAStartup; errors come from WSAGetLastError', () => {
    const win = world('strict');
    const ws = win.ws2_32;
    expect(ws.socket(C.AF_INET, C.SOCK_STREAM, C.IPPROTO_TCP)).toBe(C.INVALID_SOCKET);
    expect(ws.WSAGetLastError()).toBe(10093);
    expect(ws.closesocket(4)).toBe(C.SOCKET_ERROR);
    expect(ws.WSACleanup()).toBe(C.SOCKET_ERROR);
    const data: Record<string, unknown> = {};
    expect(ws.WSAStartup(0x0202, data)).toBe(0);
    expect(data).toMatchObject({ wVersion: 0x0202 });
    expect(ws.WSAStartup(0, {})).toBe(10092);
    expect(ws.socket(99, C.SOCK_STREAM, 0)).toBe(C.INVALID_SOCKET);
    expect(ws.WSAGetLastError()).toBe(10047);
    expect(ws.socket(C.AF_UNSPEC, 0, 0)).toBe(C.INVALID_SOCKET);
    expect(ws.WSAGetLastError()).toBe(10022);
    expect(ws.socket(C.AF_INET, 9, 0)).toBe(C.INVALID_SOCKET);
    expect(ws.WSAGetLastError()).toBe(10044);
    const s = ws.socket(C.AF_INET6, C.SOCK_DGRAM, C.IPPROTO_UDP);
    expect(win.inspect(s)).toMatchObject({ type: 'Socket', ntType: 'File', state: { af: C.AF_INET6, type: C.SOCK_DGRAM } });
    const event = win.createObject('Event');
    expect(ws.closesocket(event)).toBe(C.SOCKET_ERROR);
    expect(ws.WSAGetLastError()).toBe(10038);
    expect(ws.closesocket(s)).toBe(0);
    expect(ws.WSACleanup()).toBe(0);
    win.kernel32.CloseHandle(event);
  });
});

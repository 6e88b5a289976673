// ws2_32: sockets. socket and closesocket need a successful WSAStartup first; errors come back
// through WSAGetLastError (the thread's last error).
import { AF_INET, AF_INET6, AF_UNSPEC, FILE_ALL_ACCESS, INVALID_SOCKET, SOCKET_ERROR, UserMode } from '../core/constants.js';
import { WIN32_ERROR } from '../core/codes.js';
import { setLastError } from '../core/context.js';
import { documented } from '../core/enforce.js';
import { insertHandle, lookup, removeHandle } from '../core/object-manager.js';
import type { Store } from '../core/records.js';
import { signatures, validate } from '../core/signatures.js';
import { newObject } from '../core/store.js';
import { writeStruct } from '../core/structs.js';

export const WS2_32_SIGNATURES = signatures({
  WSAStartup: 'int WSAStartup(WORD wVersionRequested, LPWSADATA lpWSAData)',
  WSACleanup: 'int WSACleanup(void)',
  WSAGetLastError: 'int WSAGetLastError(void)',
  socket: 'SOCKET socket(int af, int type, int protocol)',
  closesocket: 'int closesocket(SOCKET s)',
});
const S = WS2_32_SIGNATURES;
const FAMILIES = new Set([AF_UNSPEC, AF_INET, AF_INET6]);

function wsaFail<T extends number>(s: Store, api: string, code: number, result: T): T {
  setLastError(s, documented(s, api, code));
  return result;
}

export function ws2_32(s: Store) {
  return {
    WSAStartup(wVersionRequested: number, lpWSAData: object | null): number {
      validate(S.WSAStartup, arguments);
      if ((wVersionRequested & 0xff) < 1) return WIN32_ERROR.WSAVERNOTSUPPORTED;
      if (lpWSAData === null) return WIN32_ERROR.WSAEFAULT;
      writeStruct(lpWSAData, { wVersion: 0x0202, wHighVersion: 0x0202, szDescription: 'WinSock 2.0', szSystemStatus: 'Running' });
      s.winsockStarted++;
      return 0;
    },
    WSACleanup(): number {
      if (s.winsockStarted === 0) return wsaFail(s, 'WSACleanup', WIN32_ERROR.WSANOTINITIALISED, SOCKET_ERROR);
      s.winsockStarted--;
      return 0;
    },
    WSAGetLastError(): number {
      return s.ctx.thread.lastError;
    },
    socket(af: number, type: number, protocol: number): number {
      validate(S.socket, arguments);
      if (s.winsockStarted === 0) return wsaFail(s, 'socket', WIN32_ERROR.WSANOTINITIALISED, INVALID_SOCKET);
      if (!FAMILIES.has(af)) return wsaFail(s, 'socket', WIN32_ERROR.WSAEAFNOSUPPORT, INVALID_SOCKET);
      if (af === AF_UNSPEC && type === 0 && protocol === 0) return wsaFail(s, 'socket', WIN32_ERROR.WSAEINVAL, INVALID_SOCKET);
      if (type < 1 || type > 5) return wsaFail(s, 'socket', WIN32_ERROR.WSAESOCKTNOSUPPORT, INVALID_SOCKET);
      const obj = newObject(s, 'Socket');
      obj.socket = { af, type, protocol };
      return insertHandle(s, obj, { access: FILE_ALL_ACCESS, openedBy: 'socket' });
    },
    closesocket(sock: number): number {
      validate(S.closesocket, arguments);
      if (s.winsockStarted === 0) return wsaFail(s, 'closesocket', WIN32_ERROR.WSANOTINITIALISED, SOCKET_ERROR);
      const entry = lookup(s, sock, UserMode);
      if (entry === undefined || entry.object.kind !== 'Socket') return wsaFail(s, 'closesocket', WIN32_ERROR.WSAENOTSOCK, SOCKET_ERROR);
      removeHandle(s, entry);
      return 0;
    },
  };
}

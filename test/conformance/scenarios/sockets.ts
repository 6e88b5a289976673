// sockets.c against the mock.
import { constants as C } from '../../../mocks/index.js';
import type { MockScenario } from './step-recorder.js';

export const sockets: MockScenario = {
  name: 'sockets',
  run({ kernel32: k, ws2_32: ws }, step) {
    step.socket('socket-before-startup', () => ws.socket(C.AF_INET, C.SOCK_STREAM, C.IPPROTO_TCP));
    step.value('wsastartup', () => ws.WSAStartup(0x0202, {}));
    let s = step.socket('socket', () => ws.socket(C.AF_INET, C.SOCK_STREAM, C.IPPROTO_TCP));
    step.wsa('closesocket', () => ws.closesocket(s));
    step.wsa('closesocket-again', () => ws.closesocket(s));

    s = step.socket('socket-2', () => ws.socket(C.AF_INET, C.SOCK_DGRAM, C.IPPROTO_UDP));
    step.bool('closehandle-socket', () => k.CloseHandle(s));
    step.socket('socket-bad-family', () => ws.socket(12345, C.SOCK_STREAM, 0));
    step.wsa('wsacleanup', () => ws.WSACleanup());
  },
};

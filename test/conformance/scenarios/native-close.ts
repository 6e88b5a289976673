// native-close.c against the mock.
import { constants as C } from '../../../mocks/index.js';
import type { MockScenario } from './step-recorder.js';

export const nativeClose: MockScenario = {
  name: 'native-close',
  run({ kernel32: k, ntdll: nt }, step) {
    const self = k.GetCurrentProcess();
    step.status('ntclose-null', () => nt.NtClose(0));
    step.status('ntclose-never-opened', () => nt.NtClose(0x7ffc));
    let ev = step.handle('create-event', () => k.CreateEventW(null, 1, 0, null));
    step.status('ntclose-first', () => nt.NtClose(ev));
    step.status('ntclose-second', () => nt.NtClose(ev));
    step.bool('closehandle-after-ntclose', () => k.CloseHandle(ev));
    step.status('ntclose-current-process', () => nt.NtClose(k.GetCurrentProcess()));
    step.status('ntclose-current-thread', () => nt.NtClose(k.GetCurrentThread()));

    ev = step.handle('create-event-2', () => k.CreateEventW(null, 1, 0, null));
    const dup: [number] = [0];
    step.status('ntduplicate-same-access', () => nt.NtDuplicateObject(self, ev, self, dup, 0, 0, C.DUPLICATE_SAME_ACCESS));
    step.handleOf('ntduplicate-handle', dup[0]);
    step.status('ntclose-ntduplicate', () => nt.NtClose(dup[0]));

    const flags: [number] = [0xffff];
    step.status('ntduplicate-protect-close', () => nt.NtDuplicateObject(self, ev, self, dup, 0, C.OBJ_PROTECT_CLOSE, C.DUPLICATE_SAME_ACCESS));
    step.handleOf('protected-handle', dup[0]);
    step.bool('protected-flags', () => k.GetHandleInformation(dup[0], flags));
    step.value('protected-flags-value', () => flags[0]);
    step.handleCount('protected-handle-count', dup[0]);
    step.status('ntclose-protected-duplicate', () => nt.NtClose(dup[0]));
    step.bool('unprotect-duplicate', () => k.SetHandleInformation(dup[0], C.HANDLE_FLAG_PROTECT_FROM_CLOSE, 0));
    step.status('ntclose-unprotected-duplicate', () => nt.NtClose(dup[0]));
    step.status('ntclose-event-2', () => nt.NtClose(ev));

    ev = step.handle('create-event-3', () => k.CreateEventW(null, 1, 0, null));
    step.status('ntduplicate-close-source-only', () => nt.NtDuplicateObject(self, ev, 0, null, 0, 0, C.DUPLICATE_CLOSE_SOURCE));
    step.status('ntclose-after-close-source', () => nt.NtClose(ev));
  },
};

// close-basics.c against the mock.
import { constants as C } from '../../../mocks/index.js';
import type { MockScenario } from './step-recorder.js';

export const closeBasics: MockScenario = {
  name: 'close-basics',
  run({ kernel32: k }, step) {
    const ev = step.handle('create-event', () => k.CreateEventW(null, 1, 0, null));
    step.bool('close-first', () => k.CloseHandle(ev));
    step.bool('close-second', () => k.CloseHandle(ev));
    step.bool('close-null', () => k.CloseHandle(0));
    step.bool('close-never-opened', () => k.CloseHandle(0x7ffc));

    const dup: [number] = [0];
    step.handle('get-current-process', () => k.GetCurrentProcess());
    step.bool('close-current-process', () => k.CloseHandle(k.GetCurrentProcess()));
    step.bool('close-current-process-again', () => k.CloseHandle(k.GetCurrentProcess()));
    step.bool('duplicate-current-process-after-close',
      () => k.DuplicateHandle(k.GetCurrentProcess(), k.GetCurrentProcess(), k.GetCurrentProcess(), dup, 0, 0, C.DUPLICATE_SAME_ACCESS));
    step.handleOf('duplicated-process-handle', dup[0]);
    step.bool('close-duplicated-process-handle', () => k.CloseHandle(dup[0]));

    step.handle('get-current-thread', () => k.GetCurrentThread());
    step.bool('close-current-thread', () => k.CloseHandle(k.GetCurrentThread()));
    step.bool('duplicate-current-thread-after-close',
      () => k.DuplicateHandle(k.GetCurrentProcess(), k.GetCurrentThread(), k.GetCurrentProcess(), dup, 0, 0, C.DUPLICATE_SAME_ACCESS));
    step.handleOf('duplicated-thread-handle', dup[0]);
    step.bool('close-duplicated-thread-handle', () => k.CloseHandle(dup[0]));

    step.value('last-error-round-trip', () => (k.SetLastError(1234), k.GetLastError()));
    step.value('last-error-application-bit', () => (k.SetLastError(0xe0000001), k.GetLastError()));
    step.value('last-error-cleared', () => (k.SetLastError(0), k.GetLastError()));
  },
};

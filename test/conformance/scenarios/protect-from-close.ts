// protect-from-close.c against the mock.
import { constants as C } from '../../../mocks/index.js';
import type { MockScenario } from './step-recorder.js';

const { HANDLE_FLAG_INHERIT: INHERIT, HANDLE_FLAG_PROTECT_FROM_CLOSE: PROTECT } = C;

export const protectFromClose: MockScenario = {
  name: 'protect-from-close',
  run({ kernel32: k, ntdll }, step) {
    const flags: [number] = [0xffff];
    const flagSteps = (label: string, h: number): void => {
      flags[0] = 0xffff;
      step.bool(`get-flags-${label}`, () => k.GetHandleInformation(h, flags));
      step.value(`flags-${label}`, () => flags[0]);
    };
    let ev = step.handle('create-event', () => k.CreateEventW(null, 1, 0, null));
    flagSteps('initial', ev);
    step.bool('set-inherit', () => k.SetHandleInformation(ev, INHERIT, INHERIT));
    step.bool('set-protect', () => k.SetHandleInformation(ev, PROTECT, PROTECT));
    flagSteps('protected', ev);

    step.bool('close-protected', () => k.CloseHandle(ev));
    step.status('ntclose-protected', () => ntdll.NtClose(ev));
    flagSteps('after-refused-close', ev);

    const dup: [number] = [0];
    step.bool('duplicate-protected', () => k.DuplicateHandle(k.GetCurrentProcess(), ev, k.GetCurrentProcess(), dup, 0, 0, C.DUPLICATE_SAME_ACCESS));
    flagSteps('duplicate', dup[0]);
    step.bool('close-duplicate', () => k.CloseHandle(dup[0]));

    step.bool('set-unprotect', () => k.SetHandleInformation(ev, PROTECT, 0));
    flagSteps('unprotected', ev);
    step.bool('close-unprotected', () => k.CloseHandle(ev));
    step.bool('get-flags-closed', () => k.GetHandleInformation(ev, flags));
    step.bool('set-flags-closed', () => k.SetHandleInformation(ev, INHERIT, 0));

    ev = step.handle('create-event-2', () => k.CreateEventW(null, 1, 0, null));
    step.bool('set-protect-2', () => k.SetHandleInformation(ev, PROTECT, PROTECT));
    step.status('ntclose-protected-2', () => ntdll.NtClose(ev));
    step.bool('set-unprotect-2', () => k.SetHandleInformation(ev, PROTECT, 0));
    step.status('ntclose-unprotected-2', () => ntdll.NtClose(ev));
    step.status('ntclose-closed-2', () => ntdll.NtClose(ev));

    flagSteps('current-process', k.GetCurrentProcess());
    step.bool('set-protect-current-process', () => k.SetHandleInformation(k.GetCurrentProcess(), PROTECT, PROTECT));
  },
};

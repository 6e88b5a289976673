// registry.c against the mock; HKEY_CURRENT_USER\Software exists in every Wine prefix.
import { constants as C } from '../../../mocks/index.js';
import type { MockScenario } from './step-recorder.js';

export const registry: MockScenario = {
  name: 'registry',
  options: { registryKeys: ['HKCU\\Software'] },
  run({ kernel32: k, advapi32: reg }, step) {
    const key: [number] = [0];
    step.value('open-software', () => reg.RegOpenKeyExW(C.HKEY_CURRENT_USER, 'Software', 0, C.KEY_READ, key));
    step.handleOf('software-key', key[0]);
    step.bool('closehandle-key', () => k.CloseHandle(key[0]));
    step.value('regclosekey-after-closehandle', () => reg.RegCloseKey(key[0]));
    step.value('regclosekey-again', () => reg.RegCloseKey(key[0]));

    step.value('open-software-2', () => reg.RegOpenKeyExW(C.HKEY_CURRENT_USER, 'Software', 0, C.KEY_READ, key));
    step.value('regclosekey', () => reg.RegCloseKey(key[0]));
    key[0] = 0;
    step.value('open-missing', () => reg.RegOpenKeyExW(C.HKEY_CURRENT_USER, 'Software\\winhandle-conformance-missing', 0, C.KEY_READ, key));
    step.value('regclosekey-predefined', () => reg.RegCloseKey(C.HKEY_CURRENT_USER));
  },
};

// find-handles.c against the mock; the file the C program creates first is seeded.
import { constants as C } from '../../../mocks/index.js';
import type { MockScenario } from './step-recorder.js';

const DIR = 'C:\\winhandle-conformance';

export const findHandles: MockScenario = {
  name: 'find-handles',
  options: { files: [`${DIR}\\a.txt`] },
  run({ kernel32: k }, step) {
    const data: { cFileName?: string } = {};
    const f = step.handle('find-first', () => k.FindFirstFileW(`${DIR}\\*.txt`, data), C.INVALID_HANDLE_VALUE);
    step.fields('found-name', () => `name=${data.cFileName}`);
    step.bool('find-next-none', () => k.FindNextFileW(f, data));
    step.bool('closehandle-search-handle', () => k.CloseHandle(f));
    step.bool('find-next-after-closehandle', () => k.FindNextFileW(f, data));
    step.bool('findclose', () => k.FindClose(f));

    step.handle('find-no-match', () => k.FindFirstFileW(`${DIR}\\*.none`, data), C.INVALID_HANDLE_VALUE);
    step.handle('find-missing-directory', () => k.FindFirstFileW(`${DIR}\\missing\\*`, data), C.INVALID_HANDLE_VALUE);
    step.bool('findclose-invalid-value', () => k.FindClose(C.INVALID_HANDLE_VALUE));
  },
};

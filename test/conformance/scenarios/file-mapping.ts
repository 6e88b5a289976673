// file-mapping.c against the mock. The mock has no memory behind a view: "readable" is "still
// mapped" (the view is listed by leaks() until it is unmapped).
import { constants as C } from '../../../mocks/index.js';
import type { MockScenario } from './step-recorder.js';

const NAME = 'Local\\winhandle-conformance-mapping';

export const fileMapping: MockScenario = {
  name: 'file-mapping',
  run(win, step) {
    const k = win.kernel32;
    const create = (label: string, size: number, name: string | null): number =>
      step.handle(label, () => k.CreateFileMappingW(C.INVALID_HANDLE_VALUE, null, C.PAGE_READWRITE, 0, size, name));
    const m = create('create-mapping', 4096, NAME);
    const view = Number(k.MapViewOfFile(m, C.FILE_MAP_ALL_ACCESS, 0, 0, 0));
    step.fields('map-view', () => (view !== 0 ? 'view=valid' : `view=invalid lastError=${k.GetLastError()}`));
    step.bool('close-mapping-with-view', () => k.CloseHandle(m));
    step.value('view-readable-after-close', () => win.leaks().some((l) => l.kind === 'view' && l.value === view));
    const again = create('create-same-name-while-view', 4096, NAME);
    step.bool('close-same-name-while-view', () => k.CloseHandle(again));
    step.bool('unmap-view', () => k.UnmapViewOfFile(view));
    step.bool('unmap-view-again', () => k.UnmapViewOfFile(view));
    const after = create('create-same-name-after-unmap', 4096, NAME);
    step.bool('close-same-name-after-unmap', () => k.CloseHandle(after));
    create('create-mapping-size-zero', 0, null);
  },
};

// duplicate-lifetime.c against the mock.
import { constants as C } from '../../../mocks/index.js';
import type { MockScenario } from './step-recorder.js';

const NAME = 'Local\\winhandle-conformance-event';

export const duplicateLifetime: MockScenario = {
  name: 'duplicate-lifetime',
  run({ kernel32: k }, step) {
    const self = k.GetCurrentProcess();
    const dup: [number] = [0];
    const other: [number] = [0];
    const moved: [number] = [0];
    const open = (label: string): number => step.handle(label, () => k.OpenEventW(C.EVENT_ALL_ACCESS, 0, NAME));
    open('open-before-create');
    let ev = step.handle('create-named-event', () => k.CreateEventW(null, 1, 0, NAME));
    const again = step.handle('create-same-name-again', () => k.CreateEventW(null, 1, 0, NAME));
    step.bool('close-same-name-again', () => k.CloseHandle(again));
    step.handleCount('handle-count-one', ev);
    step.bool('duplicate', () => k.DuplicateHandle(self, ev, self, dup, 0, 0, C.DUPLICATE_SAME_ACCESS));
    step.handleOf('duplicate-handle', dup[0]);
    step.handleCount('handle-count-two', ev);
    step.value('duplicate-differs-from-source', () => dup[0] !== ev);

    step.value('compare-available', () => typeof k.CompareObjectHandles === 'function');
    step.bool('compare-duplicate', () => k.CompareObjectHandles(ev, dup[0]));
    const otherEvent = step.handle('create-other-event', () => k.CreateEventW(null, 1, 0, null));
    step.bool('compare-other', () => k.CompareObjectHandles(ev, otherEvent));
    step.bool('close-other-event', () => k.CloseHandle(otherEvent));

    step.bool('close-original', () => k.CloseHandle(ev));
    step.handleCount('handle-count-after-close-original', dup[0]);
    let opened = open('open-while-duplicate-open');
    step.bool('close-opened', () => k.CloseHandle(opened));
    step.bool('close-duplicate', () => k.CloseHandle(dup[0]));
    open('open-after-last-close');
    step.bool('duplicate-closed-handle', () => k.DuplicateHandle(self, dup[0], self, other, 0, 0, C.DUPLICATE_SAME_ACCESS));

    ev = step.handle('create-named-event-2', () => k.CreateEventW(null, 1, 0, NAME));
    step.handleCount('handle-count-before-move', ev);
    step.bool('duplicate-close-source', () => k.DuplicateHandle(self, ev, self, moved, 0, 0, C.DUPLICATE_SAME_ACCESS | C.DUPLICATE_CLOSE_SOURCE));
    step.handleOf('moved-handle', moved[0]);
    step.handleCount('handle-count-after-move', moved[0]);
    opened = open('open-after-move');
    step.bool('close-opened-after-move', () => k.CloseHandle(opened));
    step.bool('close-moved', () => k.CloseHandle(moved[0]));
    open('open-after-moved-closed');
  },
};

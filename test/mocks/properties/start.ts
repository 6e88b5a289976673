// A fresh world for one sequence, and the model's view of it: in the default process and in a
// second one, the process and its first thread (each held by its own running reference) stand
// behind the pseudo-handles.
import { constants as C, createWindowsMock } from '../../../mocks/index.js';
import { Model } from './model.js';
import type { Real } from './step.js';

export function start(mode: 'strict' | 'lenient', reuse: 'windows' | 'never', seen: Map<string, number>): { model: Model; real: Real } {
  const win = createWindowsMock({ mode, handleReuse: reuse });
  const model = new Model(reuse);
  const other = win.createProcess('other.exe');
  for (const [where, process] of [['app', win.process], ['other', other]] as const) {
    model.pseudo[where].set(C.CURRENT_PROCESS, model.addObject('Process', undefined, win.inspect(process)!.pointer, true));
    model.pseudo[where].set(C.CURRENT_THREAD, model.addObject('Thread', undefined, win.inspect(process.threads[0]!)!.pointer, true));
  }
  return { model, real: { win, other, strict: mode === 'strict', seen } };
}

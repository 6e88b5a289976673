// A fresh world for one sequence, and the model's view of it: the default process and thread
// (each held by its own running reference) stand behind the pseudo-handles.
import { constants as C, createWindowsMock } from '../../../mocks/index.js';
import { Model } from './model.js';
import type { Real } from './step.js';

export function start(mode: 'strict' | 'lenient', reuse: 'windows' | 'never', seen: Map<string, number>): { model: Model; real: Real } {
  const win = createWindowsMock({ mode, handleReuse: reuse });
  const model = new Model(reuse);
  const process = model.addObject('Process', undefined, win.inspect(win.process)!.pointer, true);
  const thread = model.addObject('Thread', undefined, win.inspect(win.process.threads[0]!)!.pointer, true);
  model.pseudo.set(C.CURRENT_PROCESS, process);
  model.pseudo.set(C.CURRENT_THREAD, thread);
  return { model, real: { win, strict: mode === 'strict', seen } };
}

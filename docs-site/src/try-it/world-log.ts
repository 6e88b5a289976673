// The page's mock world survives navigation inside a tab: every call that ran (200) is logged in
// sessionStorage and replayed into a fresh world on the next page. The mock is deterministic, so
// the replayed world hands out the same handles. Reset clears the log.
import { createWindowsMock, type WindowsMock } from '../../../mocks/index.js';
import { handleCall } from '../../../mocks/msw/index.js';

export interface LoggedCall {
  dll: string;
  fn: string;
  args: unknown[];
}

export interface WorldLog {
  mode: 'strict' | 'lenient';
  calls: LoggedCall[];
}

const KEY = 'winhandle.try-it.world';

export function loadLog(storage: Storage): WorldLog {
  try {
    const value = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<WorldLog> | null;
    if (value && (value.mode === 'strict' || value.mode === 'lenient') && Array.isArray(value.calls)) {
      return { mode: value.mode, calls: value.calls.filter((c): c is LoggedCall => typeof c?.dll === 'string' && typeof c.fn === 'string' && Array.isArray(c.args)) };
    }
  } catch {
    // A damaged log starts a fresh world.
  }
  return { mode: 'strict', calls: [] };
}

export function saveLog(storage: Storage, log: WorldLog): void {
  storage.setItem(KEY, JSON.stringify(log));
}

/** A new world with the logged calls replayed in order. */
export function worldFromLog(log: WorldLog): WindowsMock {
  const win = createWindowsMock({ mode: log.mode });
  for (const call of log.calls) handleCall(win, call.dll, call.fn, { args: structuredClone(call.args) });
  return win;
}

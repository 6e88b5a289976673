// win.leaks: every handle still open, every referenced pointer not released and every view
// still mapped, in the order they were opened, each with the stack where it was opened.
import type { ObjectKind, Store } from './core/records.js';

export interface Leak {
  kind: 'handle' | 'reference' | 'view';
  /** The handle value, the object pointer, or the view's base address. */
  value: number;
  type: ObjectKind;
  name: string | undefined;
  /** Process whose table holds the handle (or maps the view); 'kernel handle table' for kernel handles. */
  process: string;
  openedBy: string;
  /** Where it was opened (mock frames removed); undefined when not captured (see options.captureStacks). */
  stack: string | undefined;
}

// The mock's own folder, as it appears in stack frames (a path, or inside a file: URL); no Node APIs,
// so the mock also runs in a browser.
const MOCK_DIR = decodeURIComponent(new URL('.', import.meta.url).pathname);

function userStack(where: Error | undefined): string | undefined {
  const stack = where?.stack;
  if (stack === undefined) return undefined;
  return stack.split('\n').slice(1).filter((line) => !line.includes(MOCK_DIR)).map((l) => l.trim()).join('\n');
}

export function leaks(s: Store): Leak[] {
  const found: Array<Leak & { seq: number }> = [];
  const tables = [...s.processes.filter((p) => !p.terminated).map((p) => p.table), s.kernel];
  for (const table of tables) {
    for (const e of table.entries.values()) {
      found.push({ kind: 'handle', value: e.value, type: e.object.kind, name: e.object.name, process: table.owner?.name ?? 'kernel handle table',
        openedBy: e.openedBy, stack: userStack(e.where), seq: e.seq });
    }
  }
  for (const r of s.references) {
    found.push({ kind: 'reference', value: r.object.address, type: r.object.kind, name: r.object.name, process: 'kernel',
      openedBy: r.api, stack: userStack(r.where), seq: r.seq });
  }
  for (const p of s.processes) {
    for (const v of p.views.values()) {
      found.push({ kind: 'view', value: v.address, type: v.section.kind, name: v.section.name, process: p.name,
        openedBy: 'MapViewOfFile', stack: userStack(v.where), seq: v.seq });
    }
  }
  return found.sort((a, b) => a.seq - b.seq).map(({ seq: _seq, ...leak }) => leak);
}

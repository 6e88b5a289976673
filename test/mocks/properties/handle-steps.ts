// Steps on handles: create (win.createObject), open by name (OpenEventW), duplicate
// (DuplicateHandle, NtDuplicateObject), protect (SetHandleInformation) and close (CloseHandle,
// NtClose, ZwClose, and ntoskrnl's NtClose under either previous mode). Each predicts from the model.
import fc from 'fast-check';
import { constants as C, STATUS, WIN32_ERROR } from '../../../mocks/index.js';
import type { ObjectTypeName } from '../../../mocks/index.js';
import { Step } from './command.js';
import { NAMES } from './invariants.js';
import type { Model, ModelHandle, Where } from './model.js';
import { ACCESS_MASKS, NEVER_ISSUED, PSEUDO_ACCESS, note, perform, resolve, target, type Pick, type Prediction, type Real } from './step.js';

const { ERROR_INVALID_HANDLE, ERROR_FILE_NOT_FOUND } = WIN32_ERROR;
const { STATUS_SUCCESS, STATUS_INVALID_HANDLE, STATUS_HANDLE_NOT_CLOSABLE } = STATUS;

/** Kinds that live in the shared namespace (named or not), then kinds that never carry a name here. */
const NAMED_KINDS = ['Event', 'Mutex', 'Semaphore', 'File mapping', 'Waitable timer'] as const;
const OTHER_KINDS = ['File', 'Key', 'Socket', 'Transaction', 'Process', 'Thread', 'Find'] as const;

export const pick: fc.Arbitrary<Pick> = fc.oneof(
  { weight: 3, arbitrary: fc.nat().map((i) => ({ open: true, i })) },
  { weight: 1, arbitrary: fc.nat().map((i) => ({ open: false, i })) },
);

/** Mostly the default process; a quarter of the creates and closes happen in the second one. */
function where(): fc.Arbitrary<Where> {
  return fc.nat(3).map((n) => (n === 0 ? 'other' : 'app'));
}

function addNew(m: Model, r: Real, value: number, kind: string, name: string | undefined, flags: Omit<ModelHandle, 'value' | 'object'>): void {
  const obj = m.addObject(kind, name, r.win.inspect(value)!.pointer, kind === 'Process' || kind === 'Thread');
  m.addHandle(value, obj, flags);
}

interface Create {
  kind: ObjectTypeName;
  name: string | undefined;
  protect: boolean;
  kernel: boolean;
  inherit: boolean;
  access: number;
  where: Where;
}

function create({ kind, name, protect, kernel, inherit, access, where }: Create): Step {
  return new Step(`createObject(${kind}${name ? `, ${name}` : ''}${protect ? ', protected' : ''}${kernel ? ', kernel' : ''}) in ${where}`, (m, r) => {
    const taken = name !== undefined && m.named(name) !== undefined;
    if (name !== undefined && !taken && m.objects.some((o) => o.name === name)) note(r, 'name used again after its object went');
    perform(m, r, {
      usage: taken ? /already used/ : undefined, result: 'handle',
      apply: (v) => addNew(m, r, v, kind, name, { protect, inherit, access, kernel, owner: where, search: kind === 'Find' }),
    }, () => r.win.createObject(kind, { name, protectFromClose: protect, kernelHandle: kernel, inherit, access }), where);
  });
}

const createArb = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMED_KINDS), fc.option(fc.constantFrom(...NAMES), { nil: undefined })),
  fc.tuple(fc.constantFrom(...OTHER_KINDS), fc.constant(undefined)),
).chain(([kind, name]) => fc.record({
  kind: fc.constant<ObjectTypeName>(kind), name: fc.constant(name), protect: fc.boolean(), kernel: kind === 'Find' ? fc.constant(false) : fc.boolean(),
  inherit: fc.boolean(), access: fc.constantFrom(...ACCESS_MASKS), where: where(),
})).map(create);

function openByName(name: string, inherit: boolean, access: number): Step {
  return new Step(`OpenEventW(${name})`, (m, r) => {
    const live = m.named(name);
    const isEvent = live?.kind === 'Event';
    perform(m, r, {
      result: isEvent ? 'handle' : 0, lastError: live === undefined ? ERROR_FILE_NOT_FOUND : isEvent ? undefined : ERROR_INVALID_HANDLE,
      apply: (v) => (isEvent ? m.addHandle(v, live, { protect: false, inherit, access, kernel: false, owner: 'app', search: false }) : undefined),
    }, () => r.win.kernel32.OpenEventW(access, inherit ? 1 : 0, name));
  });
}

const openArb = fc.tuple(fc.constantFrom(...NAMES), fc.boolean(), fc.constantFrom(...ACCESS_MASKS)).map(([name, inherit, access]) => openByName(name, inherit, access));

interface Dup {
  api: 'DuplicateHandle' | 'NtDuplicateObject' | 'ZwDuplicateObject';
  source: Pick;
  closeSource: boolean;
  inherit: boolean;
  /** DUPLICATE_SAME_ACCESS, else this access. */
  sameAccess: boolean;
  access: number;
  /** Nt/ZwDuplicateObject only: OBJ_PROTECT_CLOSE, DUPLICATE_SAME_ATTRIBUTES, a NULL TargetHandle. */
  protect: boolean;
  sameAttributes: boolean;
  nullTarget: boolean;
  /** ZwDuplicateObject only: OBJ_KERNEL_HANDLE. */
  kernelHandle: boolean;
  /** The target process handle names nothing: no duplicate, the source is closed all the same. */
  badTarget: boolean;
}

function duplicate(d: Dup): Step {
  const flags = `${d.sameAccess ? ' SAME_ACCESS' : ` access 0x${d.access.toString(16)}`}${d.closeSource ? ' CLOSE_SOURCE' : ''}${d.protect ? ' OBJ_PROTECT_CLOSE' : ''}${d.kernelHandle ? ' OBJ_KERNEL_HANDLE' : ''}${d.sameAttributes ? ' SAME_ATTRIBUTES' : ''}${d.nullTarget ? ' NULL target' : ''}${d.badTarget ? ' bad target process' : ''}`;
  return new Step(`${d.api}(${d.source.open ? 'open' : 'any'}#${d.source.i}${flags})`, (m, r) => {
    const value = resolve(m, d.source);
    const nt = d.api !== 'DuplicateHandle';
    // ZwDuplicateObject runs with previous mode KernelMode: kernel handles are valid sources.
    const { pseudo, entry } = target(m, value, d.api === 'ZwDuplicateObject');
    const obj = pseudo ?? (entry?.search === false ? entry.object : undefined);
    const out: [number] = [0];
    const makes = !(nt && d.nullTarget);
    const fails = obj === undefined || (makes && d.badTarget);
    const same = d.sameAttributes && entry !== undefined;
    perform(m, r, {
      violation: !nt && obj?.kind === 'Socket' ? 'duplicatehandle-socket' : undefined,
      result: fails ? (nt ? STATUS_INVALID_HANDLE : 0) : nt ? STATUS_SUCCESS : 1,
      lastError: fails && !nt ? ERROR_INVALID_HANDLE : undefined,
      apply: () => {
        if (obj === undefined) return;
        if (makes && !d.badTarget) {
          m.addHandle(out[0], obj, { protect: same ? entry.protect : nt && d.protect, inherit: same ? entry.inherit : d.inherit,
            access: d.sameAccess ? (entry?.access ?? PSEUDO_ACCESS) : d.access, kernel: d.kernelHandle, owner: 'app', search: false });
        }
        // "Closes the source handle. This occurs regardless of any error status returned."; a protected handle stays.
        if (d.closeSource && entry !== undefined && !entry.protect) m.close(entry);
      },
    }, () => {
      const options = (d.sameAccess ? C.DUPLICATE_SAME_ACCESS : 0) | (d.closeSource ? C.DUPLICATE_CLOSE_SOURCE : 0);
      const targetProcess = d.badTarget ? NEVER_ISSUED[0] : C.CURRENT_PROCESS;
      if (!nt) return r.win.kernel32.DuplicateHandle(C.CURRENT_PROCESS, value, targetProcess, out, d.access, d.inherit ? 1 : 0, options);
      const attributes = (d.inherit ? C.OBJ_INHERIT : 0) | (d.protect ? C.OBJ_PROTECT_CLOSE : 0) | (d.kernelHandle ? C.OBJ_KERNEL_HANDLE : 0);
      const duplicate = d.api === 'ZwDuplicateObject' ? r.win.ntoskrnl.ZwDuplicateObject : r.win.ntdll.NtDuplicateObject;
      return duplicate(C.CURRENT_PROCESS, value, targetProcess, d.nullTarget ? null : out, d.access, attributes,
        options | (d.sameAttributes ? C.DUPLICATE_SAME_ATTRIBUTES : 0));
    });
  });
}

// Whether DUPLICATE_SAME_ATTRIBUTES carries OBJ_KERNEL_HANDLE over is not documented: the two are not combined.
const dupArb = fc.record({
  api: fc.constantFrom('DuplicateHandle' as const, 'NtDuplicateObject' as const, 'ZwDuplicateObject' as const), source: pick,
  closeSource: fc.boolean(), inherit: fc.boolean(), sameAccess: fc.boolean(), access: fc.constantFrom(...ACCESS_MASKS), protect: fc.boolean(), sameAttributes: fc.boolean(), nullTarget: fc.nat(4).map((n) => n === 0),
  kernelHandle: fc.boolean(), badTarget: fc.nat(5).map((n) => n === 0),
}).map((d) => duplicate(d.api === 'DuplicateHandle' ? { ...d, protect: false, sameAttributes: false, nullTarget: false, kernelHandle: false }
  : d.api === 'NtDuplicateObject' ? { ...d, kernelHandle: false } : { ...d, sameAttributes: d.sameAttributes && !d.kernelHandle }));

function protect(p: Pick, on: boolean): Step {
  return new Step(`SetHandleInformation(${p.open ? 'open' : 'any'}#${p.i}, PROTECT_FROM_CLOSE=${on})`, (m, r) => {
    const value = resolve(m, p);
    const { pseudo, entry } = target(m, value, false);
    const valid = entry?.search === false;
    perform(m, r, {
      result: valid ? 1 : 0, lastError: valid || pseudo !== undefined ? undefined : ERROR_INVALID_HANDLE,
      apply: () => (valid ? (entry.protect = on) : undefined),
    }, () => r.win.kernel32.SetHandleInformation(value, C.HANDLE_FLAG_PROTECT_FROM_CLOSE, on ? C.HANDLE_FLAG_PROTECT_FROM_CLOSE : 0));
  });
}

const protectArb = fc.tuple(pick, fc.boolean()).map(([p, on]) => protect(p, on));

type CloseApi = 'CloseHandle' | 'ntdll.NtClose' | 'ZwClose' | 'ntoskrnl.NtClose (KernelMode)' | 'ntoskrnl.NtClose (UserMode)';

/** CloseHandle: the kinds it must not close are violations; a protected handle fails with ERROR_INVALID_HANDLE. */
function closeHandlePrediction(m: Model, entry: ModelHandle | undefined, pseudo: boolean): Prediction {
  if (pseudo) return { result: 1 };
  if (entry === undefined) return { result: 0, lastError: ERROR_INVALID_HANDLE };
  if (entry.search) return { violation: 'closehandle-findfirstfile', result: 0, lastError: ERROR_INVALID_HANDLE };
  if (entry.object.kind === 'Key') return { violation: 'closehandle-registry-key', result: 1 };
  const violation = entry.object.kind === 'Socket' ? 'closehandle-socket' : undefined;
  if (entry.protect) return { violation, result: 0, lastError: ERROR_INVALID_HANDLE };
  return { violation, result: 1, apply: () => m.close(entry) };
}

function close(api: CloseApi, p: Pick, where: Where): Step {
  return new Step(`${api}(${p.open ? 'open' : 'any'}#${p.i}) in ${where}`, (m, r) => {
    const value = resolve(m, p);
    const kernelMode = api === 'ZwClose' || api === 'ntoskrnl.NtClose (KernelMode)';
    const { pseudo, entry } = target(m, value, kernelMode, where);
    const held = m.open.get(value);
    if (held !== undefined && !held.kernel) note(r, held.owner === where ? `closing in ${where}` : 'closing in the wrong process');
    if (api === 'CloseHandle') {
      perform(m, r, closeHandlePrediction(m, entry, pseudo !== undefined), () => r.win.kernel32.CloseHandle(value), where);
      return;
    }
    const invalid = pseudo === undefined && (entry === undefined || entry.search);
    perform(m, r, {
      result: pseudo !== undefined ? STATUS_SUCCESS : invalid ? STATUS_INVALID_HANDLE : entry!.protect ? STATUS_HANDLE_NOT_CLOSABLE : STATUS_SUCCESS,
      apply: () => (entry !== undefined && !invalid && !entry.protect ? m.close(entry) : undefined),
    }, () => {
      if (api === 'ntdll.NtClose') return r.win.ntdll.NtClose(value);
      if (api === 'ZwClose') return r.win.ntoskrnl.ZwClose(value);
      return r.win.run({ previousMode: kernelMode ? C.KernelMode : C.UserMode }, () => r.win.ntoskrnl.NtClose(value));
    }, where);
  });
}

const closeArb = fc.tuple(
  fc.constantFrom<CloseApi>('CloseHandle', 'ntdll.NtClose', 'ZwClose', 'ntoskrnl.NtClose (KernelMode)', 'ntoskrnl.NtClose (UserMode)'), pick, where(),
).map(([api, p, w]) => close(api, p, w));

/** Creating and closing weigh double: objects must come and go for the lifetime properties to bite. */
export const HANDLE_STEPS = [createArb, createArb, openArb, dupArb, protectArb, closeArb, closeArb];

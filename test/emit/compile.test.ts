// The emitted modules compile under `tsc --strict` (noUncheckedIndexedAccess, verbatimModuleSyntax,
// module nodenext), next to a consumer that uses them the way the mock and the bindings will.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emit } from '../../generator/emit/emit.js';
import { BANNER, FIXTURE_CODES, hostileModel, seedsLikeModel } from './fixture-model.js';
import { tempProject, typeCheck } from './helpers.js';

// A consumer: implements an interface, calls through it, uses the status values and types.
const CONSUMER = `
import { NTSTATUS, NT_SUCCESS, ntStatusName, describeStatus, WIN32_ERROR, INVALID_HANDLE_VALUE, KERNEL32_FUNCTIONS, DLL_IMAGES } from './types/index.js';
import type { Kernel32, Ntdll, HANDLE, BOOL, Out, DllInterfaces } from './types/index.js';
import type { NtClose } from './types/winternl.js';
import type { NtClose as KernelNtClose, FILE_RENAME_INFORMATION, OBJECT_INFORMATION_CLASS } from './types/ntifs.js';
import { OBJECT_INFORMATION_CLASS as InfoClass } from './types/ntifs.js';
import type { StatusDescription } from './types/status/index.js';
import { apiModel, type Entry } from './types/model.js';

const handles = new Set<HANDLE>([4]);
const closeHandle = (hObject: HANDLE): BOOL => (handles.delete(hObject) ? 1 : 0);
const kernel32: Kernel32 = {
  CloseHandle: closeHandle,
  DuplicateHandle(_sp, source, _tp, target, _access, _inherit, _options) {
    if (target !== null) target[0] = source + 4;
    return 1;
  },
};
const ntdll: Ntdll = { NtClose: (h) => (h === INVALID_HANDLE_VALUE ? NTSTATUS.STATUS_INVALID_HANDLE : NTSTATUS.STATUS_SUCCESS) };
const out: Out<HANDLE> = [0];
kernel32.DuplicateHandle(-1, 4, -1, out, 0, 0, 2);
kernel32.DuplicateHandle(-1, 4, -1, null, 0, 0, 2);
const status: NTSTATUS = ntdll.NtClose(out[0]);
const ok: boolean = NT_SUCCESS(status);
const name: string | undefined = ntStatusName(status);
const described: StatusDescription | undefined = describeStatus('STATUS_INVALID_HANDLE');
const invalid: 0xC0000008 = NTSTATUS.STATUS_INVALID_HANDLE;
const lastError: WIN32_ERROR = WIN32_ERROR.ERROR_INVALID_HANDLE;
const names: readonly (keyof Kernel32)[] = KERNEL32_FUNCTIONS;
const image: 'Kernel32.dll' = DLL_IMAGES.Kernel32;
const close1: NtClose = ntdll.NtClose;
const close2: KernelNtClose = close1;
const rename: FILE_RENAME_INFORMATION = { DUMMYUNIONNAME: { ReplaceIfExists: 1, Flags: 0 }, RootDirectory: 0, FileNameLength: 2, FileName: 'a' };
const infoClass: OBJECT_INFORMATION_CLASS = InfoClass.ObjectTypeInformation;
const entries: Entry[] = apiModel.entries;
const dllNames: (keyof DllInterfaces)[] = ['Kernel32', 'Ntdll', 'Ntoskrnl', 'Fltmgr'];
// @ts-expect-error NtClose takes a handle
ntdll.NtClose();
// @ts-expect-error an out parameter is a one-element array, not a number
kernel32.DuplicateHandle(-1, 4, -1, 0, 0, 0, 2);
// @ts-expect-error not a member of the enum
const wrongClass: OBJECT_INFORMATION_CLASS = 1;
export { ok, name, described, invalid, lastError, names, image, close2, rename, infoClass, entries, dllNames, wrongClass };
`;

describe('emit: the output compiles', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('seeds-like, hostile and empty outputs and a consumer pass tsc --strict --noEmit', async () => {
    const model = seedsLikeModel();
    const { files } = emit(model, FIXTURE_CODES, { banner: BANNER });
    const hostile = emit(hostileModel(), FIXTURE_CODES, { banner: BANNER });
    const types = new Map(files);
    types.set('api-model.json', JSON.stringify(model));
    const extra: Record<string, string> = { 'consumer.ts': CONSUMER };
    for (const [file, text] of hostile.files) extra[path.posix.join('hostile', file)] = text;
    extra['hostile/api-model.json'] = JSON.stringify(hostileModel());
    // No entries, no DLLs, no status table: still a valid package.
    const emptyModel = { version: 1 as const, sources: [], entries: [], dlls: {} };
    for (const [file, text] of emit(emptyModel, [], { banner: BANNER }).files) extra[path.posix.join('empty', file)] = text;
    extra['empty/api-model.json'] = JSON.stringify(emptyModel);
    const dir = tempProject(types, extra);
    dirs.push(dir);
    const result = await typeCheck(dir);
    expect(result.output).toBe('');
    expect(result.code).toBe(0);
  }, 60_000);

  it('fails on a consumer that misuses the types (the check can fail)', async () => {
    const { files } = emit(seedsLikeModel(), FIXTURE_CODES, { banner: BANNER });
    const types = new Map(files);
    types.set('api-model.json', JSON.stringify(seedsLikeModel()));
    const dir = tempProject(types, { 'consumer.ts': `import type { Kernel32 } from './types/index.js';\nexport const k: Pick<Kernel32, 'CloseHandle'> = { CloseHandle: (h: string) => h.length };\n` });
    dirs.push(dir);
    const result = await typeCheck(dir);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/consumer\.ts\(2,\d+\): error TS2322/);
  }, 60_000);
});

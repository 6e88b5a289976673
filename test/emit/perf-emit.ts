// Quick perf check of the emit stage (not a test, no assertion): a synthetic model of 1,500
// entries shaped like the corpus, with the real status table. Prints the times.
//   npx tsx test/emit/perf-emit.ts [entries]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { emit } from '../../generator/emit/emit.js';
import { ApiModel, type Entry, type EntryKind, type StatusCode } from '../../generator/model/schema.js';
import { BANNER, entry, param } from './fixture-model.js';
import { REPO } from './helpers.js';

const count = Number(process.argv[2] ?? 1500);
const HEADERS = ['ntifs', 'fltkernel', 'wdm', 'winternl', 'handleapi'];
const TYPES = ['HANDLE', 'PHANDLE', 'ULONG', 'PVOID', 'PULONG', 'BOOLEAN', 'ACCESS_MASK', 'PUNICODE_STRING', 'PIO_STATUS_BLOCK', 'LPCWSTR', 'unknown'];
const paragraph = (i: number): string =>
  `The routine number ${i} does **something** with the [object](https://learn.microsoft.com/x/${i}) it is given. `.repeat(6);

function synthetic(i: number): Entry {
  const kind: EntryKind = i % 30 === 0 ? 'enum' : i % 6 === 0 ? 'struct' : i % 25 === 0 ? 'callback' : i % 29 === 0 ? 'macro' : 'function';
  const header = HEADERS[i % HEADERS.length]!;
  const name = kind === 'struct' ? `_STRUCT_${i}` : kind === 'enum' ? `_ENUM_${i}` : `Routine${i}`;
  const base = entry(`${header}.${name}`, kind, { description: paragraph(i), remarks: `${paragraph(i)}\n\n${paragraph(i + 1)}\n\n- a\n- b`, mode: 'kernel' });
  if (kind === 'struct') {
    return { ...base, aliases: [`STRUCT_${i}`, `PSTRUCT_${i}`], fields: Array.from({ length: 6 }, (_, f) => ({
      name: `Field${f}`, path: f < 2 ? ['DUMMYUNIONNAME', `Field${f}`] : [`Field${f}`], type: { c: TYPES[(i + f) % 7]!, source: 'c-declaration' as const }, description: paragraph(f),
    })) };
  }
  if (kind === 'enum') return { ...base, aliases: [`ENUM_${i}`], members: Array.from({ length: 8 }, (_, m) => ({ name: `Enum${i}Value${m}`, value: m, description: 'A value.' })) };
  const parameters = Array.from({ length: 1 + (i % 9) }, (_, p) => param(`Param${p}`, TYPES[(i + p) % TYPES.length]!, p % 3 === 2 ? 'out' : 'in', p % 4 === 3, paragraph(p).slice(0, 200)));
  return {
    ...base, parameters, dllInterface: kind === 'function' ? 'Ntoskrnl' : undefined,
    return: { type: { c: 'NTSTATUS', source: 'c-declaration' }, description: 'Returns an NTSTATUS value.', codes: [
      { name: 'STATUS_SUCCESS', value: 0, meaning: 'The routine succeeded.' },
      { name: 'STATUS_INVALID_HANDLE', value: 0xc0000008, meaning: `Handle ${i} is not valid.` },
      { name: 'STATUS_ACCESS_DENIED', value: 0xc0000022, meaning: 'The caller lacks access.' },
    ] },
    seeAlso: [{ text: `Routine${i + 1}`, target: `${HEADERS[(i + 1) % HEADERS.length]}.Routine${i + 1}` }, { text: 'More', url: 'https://learn.microsoft.com/more' }],
    docUrl: `https://learn.microsoft.com/windows-hardware/drivers/ddi/${header}/nf-${header}-routine${i}`,
  };
}

const entries = Array.from({ length: count }, (_, i) => synthetic(i));
const functions = entries.filter((e) => e.kind === 'function').map((e) => e.id).sort();
const model = ApiModel.parse({ version: 1, sources: [], entries, dlls: { Ntoskrnl: { image: 'NtosKrnl.exe', mode: 'kernel', entries: functions } } });
const codes = (JSON.parse(readFileSync(path.join(REPO, 'seeds/status-codes.json'), 'utf8')) as { codes: StatusCode[] }).codes;

const times: number[] = [];
let bytes = 0;
let files = 0;
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  const result = emit(model, codes, { banner: BANNER });
  times.push(performance.now() - start);
  bytes = [...result.files.values()].reduce((n, t) => n + t.length, 0);
  files = result.files.size;
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`emit: ${count} entries (${functions.length} functions in one DLL interface), ${codes.length} status codes → ${files} files, ${(bytes / 1e6).toFixed(1)} MB`);
console.log(`first run ${times[0]!.toFixed(0)} ms, median of 5 ${sorted[2]!.toFixed(0)} ms, fastest ${sorted[0]!.toFixed(0)} ms`);

// The one place where the shapes of the pipeline live: what readers produce
// (ParsedDocument), what the model holds (ApiModel) and what problems look like.
// Everything is plain JSON data so it can be snapshotted, diffed and sent to a browser.
import { z } from 'zod';

// ---------------------------------------------------------------- places

/** A place in a source file. Lines and columns are 1-based. */
export const Place = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  column: z.number().int().min(1).optional(),
});
export type Place = z.infer<typeof Place>;

/** How a value got into the model. */
export const Via = z.enum([
  'front-matter', // YAML front matter of a Microsoft Docs page
  'section', // a `## -section` of a Microsoft Docs page or a block of a plain-text page
  'requirements', // a requirements table / block
  'document-prototype', // a C prototype printed in a document
  'c-declaration', // a C header given with --headers
  'prose-inference', // inferred from a sentence of the document
  'merge', // chosen among several sources; see the model report
  'derived', // computed from other fields (twins, see-also resolution, status table)
]);
export type Via = z.infer<typeof Via>;

/** Where one field of an entry came from: document, line and the route it took. */
export const Provenance = Place.extend({
  via: Via,
  /** The sentence that justified an inference or a rule, quoted verbatim. */
  sentence: z.string().optional(),
});
export type Provenance = z.infer<typeof Provenance>;

// ---------------------------------------------------------------- problems

/** Problems are data: collected during a run and reported once at the end. */
export const Problem = z.object({
  place: Place,
  /** Stable id, e.g. `front-matter/unterminated`, `table/unclosed`. */
  rule: z.string(),
  message: z.string(),
  /** What the reader expected to find there. */
  expected: z.string().optional(),
  fatal: z.boolean(),
});
export type Problem = z.infer<typeof Problem>;

// ---------------------------------------------------------------- reader output

export const Direction = z.enum(['in', 'out', 'in-out']);
export type Direction = z.infer<typeof Direction>;

/** A parameter of a C prototype, SAL annotations kept apart from the type. */
export const CParam = z.object({
  name: z.string(),
  /** Normalised C type without SAL, e.g. `HANDLE`, `const WCHAR *`, `PVOID`. */
  type: z.string(),
  /** SAL / bracket annotations as written: `_In_`, `[in, optional]`, `_Out_opt_`. */
  annotations: z.array(z.string()),
  direction: Direction.optional(),
  optional: z.boolean().optional(),
});
export type CParam = z.infer<typeof CParam>;

export const CPrototype = z.object({
  name: z.string(),
  returnType: z.string(),
  /** `NTAPI`, `WINAPI`, `__stdcall`, `FLTAPI`, ... as written, if any. */
  callingConvention: z.string().optional(),
  /** Leading qualifiers such as `__kernel_entry`, `NTSYSCALLAPI`, `WINBASEAPI`. */
  qualifiers: z.array(z.string()),
  params: z.array(CParam),
  /** True for `(void)` / `()`; false when parameters are listed. */
  variadic: z.boolean().optional(),
  place: Place,
});
export type CPrototype = z.infer<typeof CPrototype>;

/** A piece of documentation text, already converted to clean markdown. */
export const DocText = z.object({
  markdown: z.string(),
  place: Place,
});
export type DocText = z.infer<typeof DocText>;

export const DocParam = z.object({
  name: z.string(),
  direction: Direction.optional(),
  optional: z.boolean(),
  description: DocText,
});
export type DocParam = z.infer<typeof DocParam>;

export const DocReturnCode = z.object({
  /** `STATUS_INVALID_HANDLE`, `ERROR_INVALID_HANDLE`, `TRUE`, ... */
  name: z.string(),
  meaning: DocText,
});
export type DocReturnCode = z.infer<typeof DocReturnCode>;

export const DocField = z.object({
  /** `Length`, or a dotted path for nested unions: `DUMMYUNIONNAME.ReplaceIfExists`. */
  name: z.string(),
  /** C type of the member when a C declaration gives it: `USHORT`, `WCHAR[1]`, `PVOID *`. */
  cType: z.string().optional(),
  description: DocText,
});
export type DocField = z.infer<typeof DocField>;

export const DocEnumValue = z.object({
  name: z.string(),
  /** Numeric value when the document or a header states it. */
  value: z.number().optional(),
  description: DocText,
});
export type DocEnumValue = z.infer<typeof DocEnumValue>;

export const DocLink = z.object({
  text: z.string(),
  /** Absolute URL (relative links are made absolute against learn.microsoft.com). */
  url: z.string().optional(),
  place: Place,
});
export type DocLink = z.infer<typeof DocLink>;

export const EntryKind = z.enum(['function', 'struct', 'enum', 'callback', 'macro', 'ioctl']);
export type EntryKind = z.infer<typeof EntryKind>;

/** Requirements as the document states them; absent keys were empty or missing. */
export const DocRequirements = z.object({
  header: z.string().optional(),
  includeHeaders: z.array(z.string()).optional(),
  library: z.string().optional(),
  dll: z.string().optional(),
  minClient: z.string().optional(),
  minServer: z.string().optional(),
  irql: z.string().optional(),
  ddiCompliance: z.array(z.string()).optional(),
  targetType: z.string().optional(),
  version: z.string().optional(),
});
export type DocRequirements = z.infer<typeof DocRequirements>;

export const DocumentFormat = z.enum(['ms-docs-markdown', 'plaintext-reference', 'c-header']);
export type DocumentFormat = z.infer<typeof DocumentFormat>;

/**
 * What one reader makes of one document: plain data, every piece with its place.
 * A C header yields one ParsedDocument per declaration it contains.
 */
export const ParsedDocument = z.object({
  file: z.string(),
  format: DocumentFormat,
  /** Documents the model cannot use (index pages) are skipped by rule. */
  skip: z.object({ rule: z.string(), reason: z.string() }).optional(),
  uid: z.string().optional(),
  kind: EntryKind,
  /** Primary name (`NtClose`, `_FILE_FS_ATTRIBUTE_INFORMATION`). */
  name: z.string(),
  /** Other names the document declares (typedef names, pointer typedefs). */
  aliases: z.array(z.string()),
  /** Header without extension, lower case: `winternl`, `ntifs`. */
  header: z.string().optional(),
  title: z.string().optional(),
  /** Raw front matter (strings and string arrays) for fields not modelled below. */
  frontMatter: z.record(z.string(), z.unknown()),
  /** Line of each front-matter key. */
  frontMatterLines: z.record(z.string(), z.number()),
  description: DocText.optional(),
  parameters: z.array(DocParam),
  returns: DocText.optional(),
  returnCodes: z.array(DocReturnCode),
  remarks: DocText.optional(),
  seeAlso: z.array(DocLink),
  fields: z.array(DocField),
  enumValues: z.array(DocEnumValue),
  prototype: CPrototype.optional(),
  /** Raw C of a `## -syntax` block or a typedef, when given. */
  syntax: DocText.optional(),
  requirements: DocRequirements,
  requirementLines: z.record(z.string(), z.number()),
  apiLocations: z.array(z.string()),
  /** Sections the reader did not recognise, kept rather than lost. */
  extraSections: z.array(z.object({ heading: z.string(), text: DocText })),
  /** C header only: `#define NAME ((NTSTATUS)0x...)` and friends. */
  constants: z.array(z.object({ name: z.string(), value: z.number(), type: z.string().optional(), place: Place })),
});
export type ParsedDocument = z.infer<typeof ParsedDocument>;

// ---------------------------------------------------------------- the API model

/** How a type was resolved; the order is the order of precedence. */
export const TypeSource = z.enum(['document-prototype', 'c-declaration', 'prose-inference', 'unresolved']);
export type TypeSource = z.infer<typeof TypeSource>;

export const TypeRef = z.object({
  /** C spelling, normalised (`HANDLE`, `PVOID`, `const WCHAR *`); `unknown` when unresolved. */
  c: z.string(),
  source: TypeSource,
});
export type TypeRef = z.infer<typeof TypeRef>;

export const Parameter = z.object({
  name: z.string(),
  direction: Direction,
  optional: z.boolean(),
  type: TypeRef,
  description: z.string(),
});
export type Parameter = z.infer<typeof Parameter>;

export const ReturnCode = z.object({
  name: z.string(),
  /** Value from the status table (unsigned 32-bit for NTSTATUS). */
  value: z.number().optional(),
  meaning: z.string(),
});
export type ReturnCode = z.infer<typeof ReturnCode>;

export const Field = z.object({
  name: z.string(),
  /** Path through anonymous unions/structs: `['DUMMYUNIONNAME', 'ReplaceIfExists']`. */
  path: z.array(z.string()),
  type: TypeRef,
  description: z.string(),
});
export type Field = z.infer<typeof Field>;

export const EnumMember = z.object({
  name: z.string(),
  value: z.number().optional(),
  description: z.string(),
});
export type EnumMember = z.infer<typeof EnumMember>;

export const SeeAlso = z.object({
  text: z.string(),
  url: z.string().optional(),
  /** Entry id when the link points to an entry of the model. */
  target: z.string().optional(),
});
export type SeeAlso = z.infer<typeof SeeAlso>;

export const Requirements = z.object({
  header: z.string(),
  includeHeaders: z.array(z.string()),
  library: z.string().optional(),
  /** DLL or kernel image, as documented: `Ntdll.dll`, `NtosKrnl.exe`, `Fltmgr.sys`. */
  dll: z.string().optional(),
  minClient: z.string().optional(),
  minServer: z.string().optional(),
  irql: z.string().optional(),
  ddiCompliance: z.array(z.string()),
  targetType: z.string().optional(),
});
export type Requirements = z.infer<typeof Requirements>;

export const Entry = z.object({
  /** `${header}.${name}`, e.g. `winternl.NtClose`. */
  id: z.string(),
  header: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  kind: EntryKind,
  mode: z.enum(['user', 'kernel']),
  description: z.string(),
  parameters: z.array(Parameter),
  return: z
    .object({ type: TypeRef, description: z.string(), codes: z.array(ReturnCode) })
    .optional(),
  fields: z.array(Field),
  members: z.array(EnumMember),
  remarks: z.string(),
  requirements: Requirements,
  /** The per-DLL interface this entry belongs to (`Kernel32`, `Ntdll`, ...), if any. */
  dllInterface: z.string().optional(),
  callingConvention: z.string().optional(),
  /** True when there is no import library and the function must be found with GetProcAddress. */
  noImportLibrary: z.boolean(),
  deprecation: z.object({ message: z.string(), replacement: z.string().optional() }).optional(),
  seeAlso: z.array(SeeAlso),
  /** The Nt/Zw twin's entry id. */
  twin: z.string().optional(),
  /** Documents this entry was built from, most specific first. */
  sources: z.array(z.string()),
  docUrl: z.string().optional(),
  /** Field path (`description`, `parameters.Handle.type`, `return.codes.STATUS_SUCCESS`) → origin. */
  provenance: z.record(z.string(), Provenance),
});
export type Entry = z.infer<typeof Entry>;

export const StatusCode = z.object({
  name: z.string(),
  /** Unsigned 32-bit value. */
  value: z.number().int().min(0).max(0xffffffff),
  kind: z.enum(['ntstatus', 'win32']),
  /** Header the code was read from: `ntstatus.h`, `winerror.h`. */
  header: z.string(),
});
export type StatusCode = z.infer<typeof StatusCode>;

export const Conflict = z.object({
  entry: z.string(),
  field: z.string(),
  chosen: z.object({ value: z.unknown(), from: Provenance }),
  rejected: z.array(z.object({ value: z.unknown(), from: Provenance })),
  reason: z.string(),
});
export type Conflict = z.infer<typeof Conflict>;

export const ApiModel = z.object({
  /** Schema version of this file. */
  version: z.literal(1),
  sources: z.array(z.object({ file: z.string(), format: DocumentFormat, license: z.string().optional() })),
  entries: z.array(Entry),
  /** Ids of per-DLL interfaces with the entry ids they export. */
  dlls: z.record(z.string(), z.object({ image: z.string(), mode: z.enum(['user', 'kernel']), entries: z.array(z.string()) })),
});
export type ApiModel = z.infer<typeof ApiModel>;

export const ModelReport = z.object({
  conflicts: z.array(Conflict),
  problems: z.array(Problem),
});
export type ModelReport = z.infer<typeof ModelReport>;

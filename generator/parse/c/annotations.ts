// What the words around a C declaration mean: calling conventions, linkage qualifiers,
// SAL annotations (modern `_In_opt_`, legacy `__in_opt`, `IN`/`OUT`/`OPTIONAL`) and the
// bracket annotations of the docs (`[in, optional]`), and the direction they imply.
import type { Direction } from '../../model/schema.js';

const CALLING_CONVENTIONS = new Set([
  'NTAPI', 'WINAPI', 'WINAPIV', 'FLTAPI', 'WSAAPI', 'APIENTRY', 'CALLBACK', 'PASCAL', 'FASTCALL',
  '__stdcall', '_stdcall', '__cdecl', '_cdecl', '__fastcall', '_fastcall', '__vectorcall', '__thiscall',
  'STDMETHODCALLTYPE', 'STDAPICALLTYPE', 'STDAPIVCALLTYPE', 'WMIAPI', 'RPC_ENTRY', 'NET_API_FUNCTION',
  'KTMAPI', 'IMAGEAPI', 'NTAPI_INLINE', 'DDKAPI', 'DDKFASTAPI', 'DDKCDECLAPI', 'WINSOCKAPI',
]);

const QUALIFIERS = new Set([
  'extern', 'static', 'inline', '__inline', '__inline__', '__forceinline', 'FORCEINLINE', 'typedef',
  '__kernel_entry', 'NTSYSCALLAPI', 'NTSYSAPI', 'NTKERNELAPI', 'NTHALAPI', 'WINBASEAPI', 'WINADVAPI',
  'WINSOCK_API_LINKAGE', 'DECLSPEC_IMPORT', 'DECLSPEC_NORETURN', 'DECLSPEC_NOINLINE', 'DECLSPEC_DEPRECATED',
  'DECLSPEC_DEPRECATED_DDK', 'DECLSPEC_DEPRECATED_DDK_WINXP', 'DECLSPEC_NOTHROW', 'DECLSPEC_ALLOCATOR',
  'WINUSERAPI', 'WINGDIAPI', 'WINIMPM', 'WINNORMALIZEAPI', 'FLTKERNELAPI', 'NTSTRSAFEAPI', 'CLFSUSER_API',
  'WINPATHCCHAPI', 'WINOLEAPI', 'STDAPI', 'LWSTDAPI', 'WINMMAPI', 'WINCRYPT32API', 'NTDDI', 'EXTERN_C',
  '__MINGW_EXTENSION', '__checkReturn', '_DECL_HAL_KE_IMPORT', '__mingw_ovr', '_CRTIMP', 'WINAPI_INLINE', 'NTAPI_INLINE',
]);

/** Words that belong to the type even though they look like noise. */
const TYPE_WORDS = new Set([
  'const', 'volatile', 'CONST', 'VOLATILE', 'struct', 'union', 'enum', 'unsigned', 'signed', 'short', 'long',
  'int', 'char', 'float', 'double', 'void', '__int8', '__int16', '__int32', '__int64', '__ptr32', '__ptr64',
  '__unaligned', 'UNALIGNED', 'POINTER_32', 'POINTER_64', '__restrict', 'restrict', '_Bool', 'wchar_t',
]);

/** Type keywords that cannot be a parameter name (`unsigned int` has no name). */
export const BUILTIN_TYPE_WORDS = TYPE_WORDS;

const LEGACY_SAL = /^__(?:in|out|inout|deref|opt|reserved|nullterminated|notnull|maybenull|typefix|callback|format_string|success|field|range|bcount|ecount|xcount|readableTo|writableTo|allocator|drv|post|pre|control_entrypoint|user_driver|kernel_driver|struct_bcount|override|analysis|possibly_notnullterminated|valid|checkReturn)(?:_|$)/;

export function isCallingConvention(word: string): boolean {
  return CALLING_CONVENTIONS.has(word);
}

/** Linkage and storage words written before the return type. */
export function isQualifier(word: string): boolean {
  if (QUALIFIERS.has(word) || isSal(word)) return true;
  if (word.startsWith('DECLSPEC_') || word.startsWith('__MINGW_ATTRIB') || word.startsWith('_CRT_')) return true;
  // NTSYSCALLAPI, WINBASEAPI, WINSOCK_API_LINKAGE: linkage macros end in API (calling conventions do too)
  return /^[A-Z][A-Z0-9_]*API$/.test(word) && !CALLING_CONVENTIONS.has(word);
}

/** A SAL annotation word: `_In_`, `_Out_opt_`, `_IRQL_requires_max_`, `__in_opt`, `__drv_aliasesMem`, IN, OUT, OPTIONAL. */
export function isSal(word: string): boolean {
  if (word === 'IN' || word === 'OUT' || word === 'OPTIONAL' || word === 'INOUT') return true;
  if (TYPE_WORDS.has(word)) return false;
  if (word.length > 2 && word.charCodeAt(0) === 95 && word.charCodeAt(word.length - 1) === 95) {
    // `_In_` … `_Out_writes_bytes_opt_`: underscore, capital, …, underscore; not `__x__` builtins
    const second = word.charCodeAt(1);
    return second >= 65 && second <= 90;
  }
  return LEGACY_SAL.test(word);
}

/** Words that take an argument list and are not the declared name. */
export function isAnnotationCall(word: string): boolean {
  return isSal(word) || word === '__declspec' || word === '__attribute__' || word === '__attribute' ||
    word === '_declspec' || word === '__asm__' || word === '__asm' || word.startsWith('DECLSPEC_') ||
    word.startsWith('__MINGW_') || word.startsWith('__drv_') || word === 'SAL__deref_out' || word === 'alignas' ||
    word === '_Alignas' || word === 'DECLARE_HANDLE' || word === 'C_ASSERT';
}

/** Direction and optionality implied by a parameter's annotations, if they say. */
export function directionOf(annotations: readonly string[]): { direction?: Direction; optional?: boolean } {
  let input = false;
  let output = false;
  let optional = false;
  let said = false;
  for (const raw of annotations) {
    if (raw.startsWith('[')) {
      // `[in]`, `[in, optional]`, `[in, out]`, `[out, optional]`, `[in/out]`
      for (const word of raw.slice(1, -1).toLowerCase().split(/[\s,/|]+/)) {
        if (word === 'in') { input = true; said = true; }
        else if (word === 'out') { output = true; said = true; }
        else if (word === 'optional' || word === 'opt') optional = true;
        else if (word === 'inout' || word === 'in-out') { input = output = true; said = true; }
      }
      continue;
    }
    const word = raw.replace(/\(.*$/s, '');
    const lower = word.toLowerCase();
    if (word === 'IN') { input = true; said = true; continue; }
    if (word === 'OUT') { output = true; said = true; continue; }
    if (word === 'INOUT') { input = output = true; said = true; continue; }
    if (word === 'OPTIONAL') { optional = true; continue; }
    if (/(?:^|_)opt(?:_|$)/.test(lower)) optional = true;
    const stem = lower.replace(/^_+/, '');
    if (/^(?:deref_)?inout(?:_|$)/.test(stem)) { input = output = true; said = true; }
    else if (/^(?:out|deref_out|deref_opt_out|result_nullonfailure)/.test(stem)) { output = true; said = true; }
    else if (/^(?:in|reserved|frees_ptr|callback)(?:_|$)/.test(stem)) { input = true; said = true; }
    if (stem === 'reserved' || stem === 'reserved_') optional = true;
  }
  const result: { direction?: Direction; optional?: boolean } = {};
  if (said) result.direction = input && output ? 'in-out' : output ? 'out' : 'in';
  if (optional) result.optional = true;
  else if (said) result.optional = false;
  return result;
}

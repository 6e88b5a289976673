// The model's C spelling of a type (`HANDLE`, `const WCHAR *`, `WCHAR[1]`) taken apart into
// the named type, its pointer levels and array extent.

export interface CTypeParts {
  /** The named type with qualifiers removed; C keywords spelled as their Windows name (`void` → VOID). */
  base: string;
  stars: number;
  /** Array extent: a number, the text between brackets when it is not a number, undefined when not an array. */
  extent?: number | string;
  isConst: boolean;
}

const C_KEYWORD_TYPES: Readonly<Record<string, string>> = {
  void: 'VOID', char: 'CHAR', short: 'SHORT', long: 'LONG', int: 'INT', wchar_t: 'WCHAR', size_t: 'SIZE_T',
  'unsigned char': 'UCHAR', 'unsigned short': 'USHORT', 'unsigned long': 'ULONG', 'unsigned int': 'UINT', unsigned: 'UINT',
  'long long': 'LONGLONG', 'unsigned long long': 'ULONGLONG', __int64: 'LONGLONG', 'unsigned __int64': 'ULONGLONG',
};

const IGNORED = /\b(?:const|CONST|volatile|struct|union|enum|signed|__ptr64|__ptr32|UNALIGNED|__unaligned|restrict|__restrict)\b/g;

export function cTypeParts(c: string): CTypeParts {
  let extent: number | string | undefined;
  const withoutArray = c.replace(/\[([^\]]*)\]/g, (_, size: string) => {
    const text = size.trim();
    extent = /^\d+$/.test(text) ? Number(text) : text;
    return ' ';
  });
  const stars = (withoutArray.match(/\*/g) ?? []).length;
  const named = withoutArray.replace(IGNORED, ' ').replace(/\*/g, ' ').replace(/\s+/g, ' ').trim();
  const parts: CTypeParts = { base: C_KEYWORD_TYPES[named] ?? named, stars, isConst: /\b(?:const|CONST)\b/.test(c) };
  if (extent !== undefined) parts.extent = extent;
  return parts;
}

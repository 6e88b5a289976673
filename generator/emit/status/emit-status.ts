// status/ntstatus.ts and status/win32-error.ts: every code of the status table as a const
// object and a type of the same name, the meanings the documents give, and the helpers.
import type { ts } from 'ts-morph';
import type { StatusCode } from '../../model/schema.js';
import { asConst, constStatement, f, hexText, id, keyword, num, objectLiteral, propertyName, stringLit, typeAlias } from '../ast.js';
import type { CodeDoc, EmitContext } from '../context.js';
import { printModule } from '../print.js';
import { code, linkUrl, tableCell, urlLink, withDoc } from '../tsdoc.js';
import { importValues } from './code-ast.js';
import { CODE_DOCS_TYPE, LOOKUP_EXPORTS, LOOKUP_MODULE } from './lookup-module.js';
import { statusHelpers, type StatusNames } from './status-helpers.js';

export interface StatusKind extends StatusNames {
  kind: StatusCode['kind'];
  /** Module path without `.ts`, relative to the output folder. */
  module: string;
  /** The code the object's TSDoc uses as its example, when the table has it. */
  example: string;
}

export const STATUS_KINDS: readonly StatusKind[] = [
  { kind: 'ntstatus', module: 'status/ntstatus', object: 'NTSTATUS', docs: 'NTSTATUS_DOCS', nameFn: 'ntStatusName', valueFn: 'ntStatusValue',
    describeFn: 'describeStatus', descriptionType: 'StatusDescription', example: 'STATUS_INVALID_HANDLE', description: 'NTSTATUS codes', ntstatus: true },
  { kind: 'win32', module: 'status/win32-error', object: 'WIN32_ERROR', docs: 'WIN32_ERROR_DOCS', nameFn: 'win32ErrorName', valueFn: 'win32ErrorValue',
    describeFn: 'describeWin32Error', descriptionType: 'Win32ErrorDescription', example: 'ERROR_INVALID_HANDLE', description: 'Win32 error codes (GetLastError)', ntstatus: false },
];

const MAX_GROUPS = 8;
const MAX_LINKS = 6;
const SEVERITY = ['success', 'informational', 'warning', 'error'] as const;

/** Codes of one kind: by value, table order among equal values (so the canonical name comes first). */
function codesOf(kind: StatusKind, all: readonly StatusCode[]): StatusCode[] {
  const seen = new Set<string>();
  const codes = all.filter((c) => c.kind === kind.kind && !seen.has(c.name) && seen.add(c.name));
  return codes.map((c, i) => [c, i] as const).sort(([a, i], [b, j]) => a.value - b.value || i - j).map(([c]) => c);
}

function memberDoc(c: StatusCode, kind: StatusKind, canonical: string, docs: readonly CodeDoc[] | undefined): string[] {
  const value = kind.ntstatus ? `${code(hexText(c.value))} (${SEVERITY[c.value >>> 30]})` : `${c.value} (${code(hexText(c.value))})`;
  const alias = canonical === c.name ? '' : ` Alias of ${code(canonical)}.`;
  const head = `${value}, from ${code(c.header)}.${alias}`;
  if (!docs || docs.length === 0) return [head];
  const groups = new Map<string, CodeDoc[]>();
  for (const d of docs) {
    const meaning = tableCell(d.meaning).replace(/\s+/g, ' ');
    const group = groups.get(meaning);
    if (group) group.push(d);
    else groups.set(meaning, [d]);
  }
  const lines = [...groups].slice(0, MAX_GROUPS).map(([meaning, list]) => {
    const links = list.slice(0, MAX_LINKS).map((d) => {
      const url = linkUrl(d.entry.docUrl);
      const label = `${d.entry.name} (${d.entry.header})`;
      return url ? urlLink(url, label) : code(label);
    });
    const more = list.length > MAX_LINKS ? ` and ${list.length - MAX_LINKS} more` : '';
    return `- ${meaning === '' ? '(no text)' : meaning} — ${links.join(', ')}${more}`;
  });
  const rest = groups.size > MAX_GROUPS ? [`- … and ${groups.size - MAX_GROUPS} more meanings in other documents.`] : [];
  return [head, ['What the documents say it means:', '', ...lines, ...rest].join('\n')];
}

function docsMap(kind: StatusKind, codes: readonly StatusCode[], ctx: EmitContext): ts.Statement {
  const rows = codes.flatMap((c) => {
    const docs = ctx.codeDocs.get(c.name);
    if (!docs || docs.length === 0) return [];
    const value = f.createObjectLiteralExpression([
      f.createPropertyAssignment('meaning', stringLit(docs[0]!.meaning)),
      f.createPropertyAssignment('documentedBy', f.createArrayLiteralExpression(docs.map((d) => stringLit(d.entry.id)))),
    ]);
    return [f.createArrayLiteralExpression([stringLit(c.name), value])];
  });
  const map = f.createNewExpression(id('Map'), undefined, [f.createArrayLiteralExpression(rows, true)]);
  return withDoc(constStatement(kind.docs, map, { exported: false, type: f.createTypeReferenceNode(CODE_DOCS_TYPE) }),
    ['What the documents say each code means (the first document by entry id) and which entries list it.']);
}

export function emitStatusEnum(kind: StatusKind, ctx: EmitContext): string {
  const codes = codesOf(kind, ctx.codes);
  const firstName = new Map<number, string>();
  for (const c of codes) if (!firstName.has(c.value)) firstName.set(c.value, c.name);
  const props = codes.map((c) => withDoc(f.createPropertyAssignment(propertyName(c.name), num(c.value, kind.ntstatus)),
    memberDoc(c, kind, firstName.get(c.value)!, ctx.codeDocs.get(c.name))));
  const headers = [...new Set(codes.map((c) => c.header))].sort();
  const example = codes.find((c) => c.name === kind.example)?.name ?? codes.find((c) => c.value !== 0)?.name ?? 'NAME';
  const object = withDoc(constStatement(kind.object, asConst(objectLiteral(props))), [
    `The ${kind.description}: every code of ${headers.map(code).join(', ') || 'the status table'}, ${codes.length} names, by value.`,
    `Use it as a value (\`${kind.object}.${example}\`) and as a type (\`${kind.object}\`, any unsigned 32-bit number).`,
  ]);
  const type = withDoc(typeAlias(kind.object, keyword.number()), [`A ${kind.object} value: the unsigned 32-bit number; {@link ${kind.object}} names the known ones.`]);
  const imports = importValues(LOOKUP_MODULE, LOOKUP_EXPORTS, [CODE_DOCS_TYPE]);
  return printModule(ctx.banner, [imports, object, type, docsMap(kind, codes, ctx), ...statusHelpers(kind)],
    `${kind.description} with their documented meanings, name ↔ value lookups and decoding helpers.`);
}

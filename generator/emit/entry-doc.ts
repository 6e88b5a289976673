// TSDoc of one entry, from the model: summary, @param, @returns with its code table, @remarks
// with the requirements, @deprecated with the replacement, @see.
import type { Entry, Parameter, ReturnCode } from '../model/schema.js';
import { hexText } from './ast.js';
import type { EmitContext } from './context.js';
import { joinLines } from '../parse/text/lines.js';
import { code, escapeDoc, linkText, linkUrl, tableCell, tag, urlLink } from './tsdoc.js';

/** How the module being written refers to an entry: `{@link Name}` in scope, a URL otherwise. */
export type Linker = (entryId: string, text?: string) => string;

export function makeLinker(ctx: EmitContext, inScope: (entryId: string) => string | undefined): Linker {
  return (entryId, text) => {
    const local = inScope(entryId);
    if (local) return `{@link ${local}}`;
    const target = ctx.byId.get(entryId);
    const label = text ?? target?.name ?? entryId;
    const url = linkUrl(target?.docUrl ?? fallbackUrl(ctx, entryId));
    return url ? urlLink(url, label) : code(label);
  };
}

const fallbackUrl = (ctx: EmitContext, entryId: string): string | undefined =>
  ctx.docsBaseUrl ? `${ctx.docsBaseUrl.replace(/\/+$/, '')}/${encodeURIComponent(entryId)}` : undefined;

/** What the signature emitter learnt about a parameter's type. */
export interface ParamNote {
  param: Parameter;
  /** The emitted parameter name when it differs from the documented one. */
  name: string;
  note?: string;
}

export function summary(entry: Entry): string {
  const text = escapeDoc(entry.description);
  return text !== '' ? text : `${code(entry.name)} (${entry.kind} of ${code(`${entry.header}.h`)}); the documents give no description.`;
}

export function paramTags(params: readonly ParamNote[]): string | undefined {
  if (params.length === 0) return undefined;
  return params.map(({ param, name, note }) => {
    const how = [param.direction, ...(param.optional ? ['optional'] : [])].join(', ');
    const renamed = name === param.name ? '' : ` (documented as ${code(param.name)})`;
    const parts = [`\`[${how}]\` ${code(param.type.c)}${renamed}`, note && `(${note})`, escapeDoc(param.description)];
    return tag('param', `${name} - ${parts.filter((p) => p && p !== '').join(' ')}`);
  }).join('\n');
}

export function returnsTag(entry: Entry, note: string | undefined): string | undefined {
  const ret = entry.return;
  if (!ret) return undefined;
  const names = new Set(ret.codes.map((c) => c.name));
  const description = escapeDoc(stripCodeTables(ret.description, names));
  const head = [code(ret.type.c), note && `(${note})`, description].filter((p) => p && p !== '').join(' ');
  return [tag('returns', head), codeTable(ret.codes)].filter((b) => b !== '').join('\n\n');
}

function codeTable(codes: readonly ReturnCode[]): string {
  if (codes.length === 0) return '';
  const rows = codes.map((c) => `| ${code(c.name)} | ${c.value === undefined ? '—' : code(hexText(c.value))} | ${tableCell(c.meaning)} |`);
  return ['| Return code | Value | Meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

/**
 * A pipe table of the description whose rows are exactly the entry's return codes is replaced by
 * the table with values; any other table stays.
 */
export function stripCodeTables(markdown: string, names: ReadonlySet<string>): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    if (!lines[i]!.trimStart().startsWith('|')) {
      out.push(lines[i++]!);
      continue;
    }
    let end = i;
    while (end < lines.length && lines[end]!.trimStart().startsWith('|')) end++;
    const rows = lines.slice(i + 2, end);
    const first = (row: string): string => (row.split('|')[1] ?? '').replace(/[*`\s]/g, '');
    const codesOnly = names.size > 0 && rows.length > 0 && rows.every((r) => names.has(first(r)));
    if (!codesOnly) out.push(...lines.slice(i, end));
    i = end;
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

export function remarksTag(entry: Entry, extra: readonly string[] = []): string {
  const blocks = [escapeDoc(entry.remarks), requirementsTable(entry), ...extra, sourcesLine(entry)];
  return tag('remarks', `\n${blocks.filter((b) => b !== '').join('\n\n')}`);
}

function requirementsTable(entry: Entry): string {
  const r = entry.requirements;
  const rows: [string, string | undefined][] = [
    ['Header', r.header ? `${code(r.header)}${r.includeHeaders.length ? ` (include ${r.includeHeaders.map(code).join(', ')})` : ''}` : undefined],
    ['Library', r.library && code(r.library)],
    ['DLL', r.dll && tableCell(r.dll)],
    ['Minimum client', r.minClient && tableCell(r.minClient)],
    ['Minimum server', r.minServer && tableCell(r.minServer)],
    ['IRQL', r.irql && tableCell(r.irql)],
    ['DDI compliance rules', r.ddiCompliance.length ? r.ddiCompliance.map((d) => tableCell(d)).join(', ') : undefined],
    ['Target platform', r.targetType && tableCell(r.targetType)],
    ['Mode', `${entry.mode} mode`],
    ['Calling convention', entry.callingConvention && code(entry.callingConvention)],
    ['Import', entry.noImportLibrary ? 'No import library: resolve it at run time with `GetProcAddress`.' : undefined],
  ];
  const present = rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '');
  return ['**Requirements**', '', '| Requirement | Value |', '| --- | --- |', ...present.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

function sourcesLine(entry: Entry): string {
  return entry.sources.length === 0 ? '' : `Generated from ${entry.sources.map(code).join(', ')}.`;
}

export function deprecatedTag(entry: Entry, link: Linker, ctx: EmitContext): string | undefined {
  const dep = entry.deprecation;
  if (!dep) return undefined;
  const replacement = dep.replacement === undefined ? ''
    : ctx.byId.has(dep.replacement) ? ` Use ${link(dep.replacement)} instead.` : ` Use ${code(dep.replacement)} instead.`;
  return tag('deprecated', `${escapeDoc(dep.message)}${replacement}`);
}

export function seeTags(entry: Entry, link: Linker, ctx: EmitContext): string | undefined {
  const lines: string[] = [];
  const docUrl = linkUrl(entry.docUrl);
  if (docUrl) lines.push(urlLink(docUrl, `${entry.name} (Microsoft documentation)`));
  if (entry.twin && ctx.byId.has(entry.twin)) lines.push(`${link(entry.twin)} (the Nt/Zw twin)`);
  for (const see of entry.seeAlso) {
    const url = linkUrl(see.url);
    if (see.target && ctx.byId.has(see.target)) lines.push(link(see.target, see.text));
    else if (url) lines.push(urlLink(url, see.text || url));
    else if (linkText(see.text) !== '') lines.push(joinLines(escapeDoc(see.text)));
  }
  const unique = [...new Set(lines)];
  return unique.length === 0 ? undefined : unique.map((l) => tag('see', l)).join('\n');
}

// Text built to break comments never breaks the output: every comment stays one comment on
// its declaration, injected tags stay text, and names that collide are settled and reported.
import { describe, expect, it } from 'vitest';
import { ts } from 'ts-morph';
import { emit } from '../../generator/emit/emit.js';
import { escapeDoc } from '../../generator/emit/tsdoc.js';
import { BANNER, FIXTURE_CODES, HOSTILE, hostileModel } from './fixture-model.js';

const { files, problems } = emit(hostileModel(), FIXTURE_CODES, { banner: BANNER });

function parse(file: string): ts.SourceFile {
  const text = files.get(file);
  if (text === undefined) throw new Error(`${file} was not emitted`);
  return ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

const diagnostics = (sf: ts.SourceFile): readonly ts.Diagnostic[] =>
  (sf as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;

function declaration(sf: ts.SourceFile, name: string): ts.Node {
  const found = sf.statements.find((s) => (ts.isTypeAliasDeclaration(s) || ts.isInterfaceDeclaration(s)) && s.name.text === name);
  if (!found) throw new Error(`${name} is not declared in ${sf.fileName}`);
  return found;
}

describe('emit: hostile text', () => {
  it('escapes what would end a comment or start a tag, and nothing else', () => {
    expect(escapeDoc('a */ b')).toBe('a *\\/ b');
    expect(escapeDoc('x @param y and {@link z}')).toBe('x \\@param y and {\\@link z}');
    expect(escapeDoc('line\r\nnext\u2028third')).toBe('line\nnext\nthird');
    expect(escapeDoc('**bold** `code` | pipe')).toBe('**bold** `code` | pipe');
  });

  it('parses every emitted file without a syntax error', () => {
    for (const file of files.keys()) {
      if (!file.endsWith('.ts')) continue;
      expect(diagnostics(parse(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')), file).toEqual([]);
    }
  });

  it('keeps the injected tags as text: only the emitter\'s own tags are tags', () => {
    const sf = parse('hostile.ts');
    const evil = declaration(sf, 'Evil');
    const tags = ts.getJSDocTags(evil).map((t) => t.tagName.text);
    expect(tags).toEqual(['param', 'param', 'param', 'param', 'param', 'returns', 'remarks', 'deprecated', 'see', 'see']);
    const docs = ts.getJSDocCommentsAndTags(evil);
    expect(docs).toHaveLength(1);
    const summary = ts.getTextOfJSDocComment((docs[0] as ts.JSDoc).comment) ?? '';
    expect(summary).toContain('Ends *\\/ here, opens /* there; \\@param fake');
  });

  it('keeps the text of the document, escapes aside', () => {
    const text = files.get('hostile.ts')!;
    const unescaped = text.replace(/\*\\\//g, '*/').replace(/\\@/g, '@');
    for (const part of HOSTILE.replace(/\u0000/g, '').split(/\r\n|\u2028/)) expect(unescaped).toContain(part);
    expect(text).toContain('| a \\| b *\\/ c \\@deprecated');
  });

  it('settles colliding names and invalid identifiers, and reports each', () => {
    const hostile = files.get('hostile.ts')!;
    expect(hostile).toContain('export interface EVIL_STRUCT {');
    expect(hostile).toContain('export type EVIL_STRUCT_function = () => void;');
    expect(hostile).toContain("'odd-name': ULONG;");
    expect(hostile).toContain('export type Evil = (in_: HANDLE, class_: Out<HANDLE>, dup: ULONG, dup_2: ULONG, ...args: unknown[]) => NTSTATUS;');
    expect(files.has('index-header.ts')).toBe(true);
    expect(files.get('index.ts')).not.toContain('Clash');
    const rules = problems.map((p) => `${p.rule} ${p.message}`);
    expect(rules).toContain('emit/name-collision hostile.EVIL_STRUCT is declared as EVIL_STRUCT_function in hostile.ts: EVIL_STRUCT is taken by hostile._EVIL_STRUCT');
    expect(rules).toContain('emit/name-collision header "index" would overwrite the emitted module index.ts; its entries go to index-header.ts');
    expect(rules).toContain('emit/parameter-renamed hostile.Evil: parameter "in" is emitted as in_');
    expect(rules).toContain('emit/unknown-entry Kernel32 lists missing.Entry, which is not an entry of the model');
    expect(problems.every((p) => !p.fatal && p.place.line >= 1)).toBe(true);
  });

  it('keeps one method per name in a DLL interface and reports the other', () => {
    const model = hostileModel();
    const twin = { ...model.entries[0]!, id: 'other.Evil', header: 'other' };
    const result = emit({ ...model, entries: [...model.entries, twin], dlls: { Kernel32: { image: 'Kernel32.dll', mode: 'user', entries: ['hostile.Evil', 'other.Evil'] } } },
      FIXTURE_CODES, { banner: BANNER });
    expect(result.files.get('dlls/kernel32.ts')).toContain("KERNEL32_FUNCTIONS = ['Evil'] as const");
    expect(result.problems.map((p) => p.message)).toContain('Kernel32.Evil: hostile.Evil and other.Evil share the name; hostile.Evil is kept');
  });
});

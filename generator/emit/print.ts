// The one place that turns emitted nodes into text: banner, imports, then declarations
// separated by a blank line. LF line endings, a final newline, nothing else varies.
import type { ts } from 'ts-morph';
import { tsApi } from './typescript.js';
import { DOC_MARKER, formatDoc, takeDoc } from './tsdoc.js';

const printer = tsApi.createPrinter({ newLine: tsApi.NewLineKind.LineFeed, removeComments: false });
const sourceFile = tsApi.createSourceFile('emitted.ts', '', tsApi.ScriptTarget.ES2022, false, tsApi.ScriptKind.TS);

/** The banner as line comments, so no text in it can end a comment. */
export function bannerComment(banner: string): string {
  return banner.split(/\r?\n/).map((line) => (line.trim() === '' ? '//' : `// ${line.trimEnd()}`)).join('\n');
}

export function printNode(node: ts.Node): string {
  return printer.printNode(tsApi.EmitHint.Unspecified, node, sourceFile);
}

/** `moduleDoc`: a `@packageDocumentation` comment after the banner (text already escaped). */
export function printModule(banner: string, statements: readonly ts.Statement[], moduleDoc?: string): string {
  const parts: string[] = [bannerComment(banner)];
  if (moduleDoc) parts.push(`\n\n${formatDoc([...moduleDoc.split('\n'), '', '@packageDocumentation'], '')}`);
  let previousImport = false;
  for (const statement of statements) {
    const text = printNode(statement);
    const isImport = tsApi.isImportDeclaration(statement) || (tsApi.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined);
    parts.push(previousImport && isImport ? `\n${text}` : `\n\n${text}`);
    previousImport = isImport;
  }
  const text = parts.join('').replace(DOC_MARKER, (_marker, indent: string, n: string) => {
    const lines = takeDoc(Number(n));
    if (!lines) throw new Error(`[winhandle] doc ${n} was printed twice: build a fresh node for every module`);
    return formatDoc(lines, indent);
  });
  // Texts are normalised to LF where they enter (escapeDoc, the banner); this is the guarantee.
  return `${(text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text).trimEnd()}\n`;
}

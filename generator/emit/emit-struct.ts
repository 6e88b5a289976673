// Structures as interfaces. Members of anonymous unions and structs (`DUMMYUNIONNAME.Field`)
// become nested object types under the name the header gives the union.
import type { ts } from 'ts-morph';
import type { Field } from '../model/schema.js';
import { exported, f, propertyName } from './ast.js';
import { entryPlace, type Declared } from './context.js';
import { deprecatedTag, remarksTag, seeTags, summary } from './entry-doc.js';
import { typeUse, type ModuleScope } from './scope.js';
import { mapType, parseCType, type TypeUse } from './ts-type.js';
import { code, escapeDoc, withDoc } from './tsdoc.js';

interface Member {
  name: string;
  field?: Field;
  children: Member[];
}

/** Fields → a tree by path, in document order; a repeated path keeps its first field. */
function memberTree(fields: readonly Field[], onDuplicate: (field: Field) => void): Member[] {
  const root: Member = { name: '', children: [] };
  for (const field of fields) {
    const path = field.path.length > 0 ? field.path : [field.name];
    let node = root;
    for (const part of path) {
      let child = node.children.find((c) => c.name === part);
      if (!child) node.children.push((child = { name: part, children: [] }));
      node = child;
    }
    if (node.field) onDuplicate(field);
    else node.field = field;
  }
  return root.children;
}

function memberSignature(member: Member, use: TypeUse): ts.PropertySignature {
  const field = member.field;
  let type: ts.TypeNode;
  let note: string | undefined;
  if (member.children.length > 0) {
    const literal = f.createTypeLiteralNode(member.children.map((c) => memberSignature(c, use)));
    // `struct { ... } BootSectors[2];`: an array of the nested structure.
    type = field && parseCType(field.type.c).array ? f.createArrayTypeNode(literal) : literal;
  } else {
    const mapped = mapType(field?.type, { at: 'field' }, use);
    type = mapped.type;
    note = mapped.note;
  }
  const node = f.createPropertySignature(undefined, propertyName(member.name), undefined, type);
  const cType = field && member.children.length === 0 ? `C type: ${code(field.type.c)}.` : undefined;
  return withDoc(node, [field ? escapeDoc(field.description) : undefined, [cType, note].filter(Boolean).join(' ')]);
}

export function emitStruct(decl: Declared, scope: ModuleScope): ts.Statement[] {
  const entry = decl.entry;
  const use = typeUse(scope, entry);
  const members = memberTree(entry.fields, (field) => scope.ctx.problems.warn(entryPlace(entry), 'emit/duplicate-field',
    `${entry.id}: member ${field.path.join('.') || field.name} is documented twice; the first is kept`));
  const node = f.createInterfaceDeclaration(exported(), decl.name, undefined, undefined, members.map((m) => memberSignature(m, use)));
  const names = [entry.name, ...entry.aliases].filter((n) => n !== decl.name);
  const extra = [
    names.length > 0 ? `C names: ${names.map(code).join(', ')}.` : '',
    entry.fields.length === 0 ? 'The documents list no members.' : '',
  ].filter((s) => s !== '');
  return [withDoc(node, [summary(entry), remarksTag(entry, extra), deprecatedTag(entry, scope.link, scope.ctx), seeTags(entry, scope.link, scope.ctx)])];
}

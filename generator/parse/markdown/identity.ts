// What a page documents: kind, name, header and other names, from the UID, the front matter
// and the title, in that order. Index pages are recognised here and skipped by rule.
import type { EntryKind } from '../../model/schema.js';
import type { FrontMatter, FrontMatterValue } from './front-matter.js';

export interface Identity {
  uid?: string;
  kind: EntryKind;
  name: string;
  header?: string;
  title?: string;
  aliases: string[];
  /** Page slug as published (`nf-ntifs-ntclose`), for `#anchor` links. */
  page?: string;
  skip?: { rule: string; reason: string };
  /** How the kind was decided, when it was a guess worth a warning. */
  kindGuessed?: boolean;
}

const PREFIX_KIND: Record<string, EntryKind> = { NF: 'function', NS: 'struct', NE: 'enum', NC: 'callback', NI: 'ioctl', NM: 'macro' };
const INDEX_TOPICS = new Set(['overview', 'portal', 'landing', 'landing-page', 'hub-page', 'conceptual', 'reference-index', 'toc']);

const asList = (v: FrontMatterValue | undefined): string[] =>
  (Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? v.split(',') : []).map((s) => s.trim()).filter((s) => s !== '');
const asText = (v: FrontMatterValue | undefined): string => (Array.isArray(v) ? v.join(', ') : (v ?? '')).trim();

/** `ntifs.h`, `Ntifs.h`, `ddk/ntifs.h` → `ntifs`. */
export function headerName(text: string): string | undefined {
  // The lookbehind starts names at word starts only: from every letter of a long word the scan is quadratic.
  const m = /(?<![A-Za-z0-9_])([A-Za-z0-9_]+)\.h\b/.exec(text) ?? /^([A-Za-z0-9_]+)$/.exec(text.trim());
  return m ? m[1]!.toLowerCase() : undefined;
}

export function identify(fm: FrontMatter, h1: string | undefined, fileName: string): Identity | undefined {
  const v = fm.values;
  const uid = asText(v['UID'] ?? v['uid']);
  const uidMatch = /^([A-Za-z]{2}):(?:([\w-]+)\.)?(.+)$/.exec(uid);
  const prefix = uidMatch?.[1]?.toUpperCase();
  const title = asText(v['title']) || h1 || undefined;
  const apiNames = asList(v['api_name']);
  const topic = asText(v['ms.topic']).toLowerCase();

  const header =
    headerName(asText(v['req.header'])) ?? uidMatch?.[2]?.toLowerCase() ?? (title ? headerName(/\(([^)]+\.h)\)/.exec(title)?.[1] ?? '') : undefined);
  const base = { ...(uid ? { uid } : {}), ...(title ? { title } : {}), ...(header ? { header } : {}) };

  if (prefix === 'NA' || INDEX_TOPICS.has(topic) || (!uid && /(^|\/)index\.md$/i.test(fileName))) {
    const name = uidMatch?.[3] ?? header ?? 'index';
    return { ...base, kind: 'function', name, aliases: [], skip: { rule: 'document/index-page', reason: `${title ?? name} is an index page, not an API` } };
  }

  const name = uidMatch?.[3]?.trim() || apiNames[0] || firstWord(title);
  if (!name) return undefined;
  const fromTitle = kindFromTitle(title);
  let kind = (prefix ? PREFIX_KIND[prefix] : undefined) ?? fromTitle ?? kindFromTopic(topic);
  const kindGuessed = kind === undefined;
  kind ??= 'function';
  if (kind === 'function' && fromTitle === 'macro') kind = 'macro';

  const typeNames = kind === 'struct' || kind === 'enum' ? asList(v['req.typenames']) : [];
  const aliases = [...new Set([...apiNames, ...typeNames].map((n) => n.replace(/^\*\s*/, '')))].filter(
    (n) => n !== name && !isSibling(n, name) && /^[A-Za-z_][\w]*$/.test(n),
  );
  const page = prefix && header ? `${prefix.toLowerCase()}-${header}-${name.toLowerCase()}` : undefined;
  return { ...base, kind, name, aliases, ...(page ? { page } : {}), ...(kindGuessed ? { kindGuessed } : {}) };
}

/** `CreateFileW` and `CreateFileA` are two functions, documented on two pages. */
function isSibling(alias: string, name: string): boolean {
  return /[AW]$/.test(name) && /[AW]$/.test(alias) && alias.slice(0, -1) === name.slice(0, -1);
}

function firstWord(title: string | undefined): string | undefined {
  const m = title ? /^\s*([A-Za-z_][\w]*)/.exec(title) : null;
  return m?.[1];
}

export function kindFromTitle(title: string | undefined): EntryKind | undefined {
  const trimmed = (title ?? '').trimEnd();
  const open = trimmed.endsWith(')') ? trimmed.lastIndexOf('(') : -1;
  const t = (open === -1 ? trimmed : trimmed.slice(0, open)).trimEnd().toLowerCase();
  if (/\bcallback( function)?$/.test(t)) return 'callback';
  if (/\b(function|routine)$/.test(t)) return 'function';
  if (/\bmacro$/.test(t)) return 'macro';
  if (/\b(structure|struct|union)$/.test(t)) return 'struct';
  if (/\b(enumeration|enum)$/.test(t)) return 'enum';
  if (/\b(ioctl|control code|fsctl)$/.test(t)) return 'ioctl';
  return undefined;
}

function kindFromTopic(topic: string): EntryKind | undefined {
  return ({ function: 'function', struct: 'struct', structure: 'struct', enum: 'enum', enumeration: 'enum', callback: 'callback', macro: 'macro', ioctl: 'ioctl' } as Record<string, EntryKind>)[topic];
}

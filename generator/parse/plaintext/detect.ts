// Is this text a plain-text reference page? A title line (`NtClose function (ntifs.h)`,
// `ZwClose routine`) followed by the blocks such pages have.
import { firstNonBlank } from '../text/lines.js';
import { headingOf, paramHeader, parseTitle } from './layout.js';

export function looksLikePlaintextReference(head: readonly string[]): boolean {
  const first = firstNonBlank(head);
  const title = first < head.length ? parseTitle(head[first]!) : undefined;
  if (!title) return false;
  const call = new RegExp(`\\b${title.name}\\s*\\(`);
  return head.slice(first + 1).some((line) => headingOf(line) !== undefined || paramHeader(line) !== undefined || call.test(line));
}

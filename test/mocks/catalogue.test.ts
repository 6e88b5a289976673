// The rule catalogue is data the generator and the docs site read: every quote must still be in
// its document, every rule shown by its test file in both modes, every documented status named
// in its documents.
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOCUMENTED_CODES, normaliseForQuote, RULES, ruleById, STATUS, WIN32_ERROR } from '../../mocks/index.js';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

describe('rule catalogue', () => {
  it('has the rules of the issue, with unique ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['close-invalidates-handle', 'object-lifetime-counts', 'protect-from-close', 'kernel-handle-previous-mode', 'close-irql-passive',
      'nt-zw-previous-mode', 'fltclose-only-fltcreatefile', 'closehandle-debugger-exception', 'closehandle-pseudo-handle', 'closehandle-findfirstfile',
      'closehandle-socket', 'closehandle-registry-key', 'close-thread-process-not-terminate', 'file-mapping-views', 'transaction-delete-on-close',
      'transaction-commit-with-bound-handles', 'close-no-wait-io', 'leaks', 'status-documented']) {
      expect(ruleById(id).id).toBe(id);
    }
    expect(() => ruleById('no-such-rule')).toThrow(/unknown rule id/);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: the quote is in its document, exactly', (_id, rule) => {
    expect(existsSync(new URL(rule.document, root))).toBe(true);
    expect(normaliseForQuote(rule.quote)).toBe(rule.quote);
    expect(normaliseForQuote(read(rule.document))).toContain(rule.quote);
  });

  it.each(RULES.map((r) => [r.id, r] as const))('%s: its test file names it in a test run in both modes', (_id, rule) => {
    const text = read(rule.test);
    expect(text).toContain("describe.each(MODES)");
    expect(text).toMatch(new RegExp(`it\\((['"\`])${rule.id}: `));
    expect(rule.apis.length).toBeGreaterThan(0);
    expect(rule.outcome.length).toBeGreaterThan(20);
  });

  it.each(Object.entries(DOCUMENTED_CODES))('%s: every documented code is named in one of its documents and known to the mock', (_api, d) => {
    const text = d.documents.map((doc) => normaliseForQuote(read(doc))).join('\n');
    const known: Record<string, number> = { ...STATUS, ...WIN32_ERROR };
    for (const code of d.codes) {
      expect(text).toContain(code);
      // Winsock codes the mock never produces need no value; statuses and Win32 errors do.
      if (d.kind !== 'wsa') expect(known[code], code).toBeTypeOf('number');
    }
  });
});

describe('normaliseForQuote', () => {
  it('strips tags, emphasis and links, decodes entities and collapses whitespace', () => {
    expect(normaliseForQuote('Do not use the <b>CloseHandle</b>  function\n to close a socket.')).toBe('Do not use the CloseHandle function to close a socket.');
    expect(normaliseForQuote('**ObDereferenceObject** returns a [value](x.md) of *type* _x_ &lt;T&gt;')).toBe('ObDereferenceObject returns a value of type x <T>');
    expect(normaliseForQuote('the **Nt*Xxx*** and **Zw*Xxx*** versions')).toBe('the NtXxx and ZwXxx versions');
    expect(normaliseForQuote('**\\*ExEventObjectType**, STATUS_INVALID_HANDLE and OBJ_KERNEL_HANDLE')).toBe('*ExEventObjectType, STATUS_INVALID_HANDLE and OBJ_KERNEL_HANDLE');
  });
});

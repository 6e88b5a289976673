// CreateTransaction's page lists most parameters as `#### - NAME [in]` inside another's text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../generator/parse/parse-source.js';

describe('parameters nested as #### - NAME headings', () => {
  it('are parameters of their own, with their directions, lines and text', () => {
    const file = 'seeds/companions/sdk-api/ktmw32/nf-ktmw32-createtransaction.md';
    const { documents } = parseSource({ path: file, text: readFileSync(file, 'utf8') });
    const params = documents[0]!.parameters;
    expect(params.map((p) => p.name)).toEqual(['OPTIONAL', 'Description', 'CreateOptions', 'IsolationFlags', 'IsolationLevel', 'Timeout', 'UOW', 'lpTransactionAttributes']);
    const description = params.find((p) => p.name === 'Description')!;
    expect(description.description.markdown).toBe('A user-readable description of the transaction.');
    const timeout = params.find((p) => p.name === 'Timeout')!;
    expect(timeout).toMatchObject({ direction: 'in', optional: true });
    expect(timeout.description.markdown).toMatch(/^The time-out interval, in milliseconds\./);
    expect(timeout.description.place.line).toBeGreaterThan(description.description.place.line);
  });

  it('keep a #### heading that is not a parameter inside the text it belongs to', () => {
    const text = ['---', 'UID: NF:x.F', 'title: F function (x.h)', 'req.header: x.h', '---', '', '# F function', '', '## -parameters', '',
      '### -param A [in]', '', 'First.', '', '#### Remarks on A', '', 'More about A.', '', '#### - B [out]', '', 'Second.', ''].join('\n');
    const params = parseSource({ path: 'x/nf-x-f.md', text }).documents[0]!.parameters;
    expect(params.map((p) => [p.name, p.direction])).toEqual([['A', 'in'], ['B', 'out']]);
    expect(params[0]!.description.markdown).toMatch(/More about A\./);
  });
});

// Sentences are what inference and rule checks quote: they never run across tables, lists or headings.
import { describe, expect, it } from 'vitest';
import { inferReturnType, sentences } from '../../generator/resolve/infer-types.js';

describe('sentences', () => {
  it('ends a sentence at a table and keeps each cell apart', () => {
    const text = 'FltClose returns STATUS_SUCCESS or a value such as the following:\n\n| Return code | Description |\n| --- | --- |\n| STATUS_INVALID_HANDLE | FileHandle was not valid. |';
    expect(sentences(text)).toEqual([
      'FltClose returns STATUS_SUCCESS or a value such as the following:',
      'Return code', 'Description', 'STATUS_INVALID_HANDLE', 'FileHandle was not valid.',
    ]);
    expect(inferReturnType(text)?.sentence).toBe('FltClose returns STATUS_SUCCESS or a value such as the following:');
  });

  it('ends a sentence at a list item or heading, and joins the lines of one paragraph', () => {
    expect(sentences('The handle\nbeing closed\n- first item\n- second. Third\n## Heading\ntext')).toEqual([
      'The handle being closed', 'first item', 'second.', 'Third', 'Heading', 'text',
    ]);
  });

  it('removes links and emphasis but keeps the words', () => {
    expect(sentences('Call [**CloseHandle**](https://x) on the _handle_. Then `stop`.')).toEqual(['Call CloseHandle on the handle.', 'Then stop.']);
  });
});

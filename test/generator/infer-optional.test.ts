// A parameter whose own text says it can be NULL is optional, with the sentence recorded.
import { describe, expect, it } from 'vitest';
import { nullableSentence } from '../../generator/resolve/infer-optional.js';

describe('nullableSentence', () => {
  it('finds "If NAME is NULL" and "this parameter can be NULL"', () => {
    expect(nullableSentence('lpTargetHandle', 'A pointer. If *lpTargetHandle* is **NULL**, the function duplicates the handle.'))
      .toBe('If lpTargetHandle is NULL, the function duplicates the handle.');
    expect(nullableSentence('FileObject', 'Receives it. This parameter is optional and can be **NULL**.')).toBe('This parameter is optional and can be NULL.');
    expect(nullableSentence('Reserved', 'This parameter is reserved and must be NULL.')).toBe('This parameter is reserved and must be NULL.');
    expect(nullableSentence('Reserved', 'Reserved; this parameter must be NULL.')).toBe('Reserved; this parameter must be NULL.');
  });

  it('does not take "is not NULL", "should not be NULL" or another parameter being NULL', () => {
    expect(nullableSentence('lpEventAttributes', 'If lpEventAttributes is not NULL, it determines inheritance.')).toBeUndefined();
    expect(nullableSentence('lpName', 'This parameter should not be NULL.')).toBeUndefined();
    expect(nullableSentence('phkResult', 'If lpSubKey is NULL, phkResult receives a new handle.')).toBeUndefined();
  });
});

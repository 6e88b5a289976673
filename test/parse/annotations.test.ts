// Parameter annotations in every spelling the corpus uses.
import { describe, expect, it } from 'vitest';
import { leadingAnnotation, parseAnnotation } from '../../generator/parse/text/annotations.js';

describe('parseAnnotation', () => {
  it.each([
    ['in', { direction: 'in', optional: false, unknown: [] }],
    ['out', { direction: 'out', optional: false, unknown: [] }],
    ['in, out', { direction: 'in-out', optional: false, unknown: [] }],
    ['in/out', { direction: 'in-out', optional: false, unknown: [] }],
    ['in_out, optional', { direction: 'in-out', optional: true, unknown: [] }],
    ['in, out, optional', { direction: 'in-out', optional: true, unknown: [] }],
    [' in, optional ', { direction: 'in', optional: true, unknown: [] }],
    ['out, optional', { direction: 'out', optional: true, unknown: [] }],
    ['in/optional', { direction: 'in', optional: true, unknown: [] }],
    ['in[', { direction: 'in', optional: false, unknown: [] }],
    ['in_opt', { direction: 'in', optional: true, unknown: [] }],
    ['_Inout_opt_', { direction: 'in-out', optional: true, unknown: [] }],
    ['in, reserved', { direction: 'in', optional: false, unknown: ['reserved'] }],
    ['', { optional: false, unknown: [] }],
  ])('[%s]', (inner, expected) => expect(parseAnnotation(inner)).toEqual(expected));
});

describe('leadingAnnotation', () => {
  it('takes a direction that opens the text', () => {
    expect(leadingAnnotation('[in] Pointer to a buffer.')).toEqual({ annotation: { direction: 'in', optional: false, unknown: [] }, raw: '[in]', rest: 'Pointer to a buffer.' });
  });

  it('leaves a bracket that is not a direction', () => {
    expect(leadingAnnotation('[See remarks] Pointer.')).toBeUndefined();
    expect(leadingAnnotation('Pointer [in].')).toBeUndefined();
  });
});

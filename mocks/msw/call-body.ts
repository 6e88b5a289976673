// The request body of POST {baseUrl}/{dll}/{function}: `{ "args": [...] }`. zod/mini keeps the
// browser bundle of the docs site small; the messages add the expected shape themselves.
import * as z from 'zod/mini';

/** Longest argument list any documented handle API takes, with room to spare. */
const MAX_ARGS = 32;

export const CallBody = z.object({
  args: z.array(z.unknown(), { error: '"args" must be an array of the arguments' })
    .check(z.maxLength(MAX_ARGS, `"args" holds at most ${MAX_ARGS} arguments`)),
}, { error: 'the body must be a JSON object' });
export type CallBody = z.infer<typeof CallBody>;

export const BODY_SHAPE = '{ "args": [ ...arguments in signature order ] }';

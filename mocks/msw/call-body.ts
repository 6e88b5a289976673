// The request body of POST {baseUrl}/{dll}/{function}: `{ "args": [...] }`.
import { z } from 'zod';

/** Longest argument list any documented handle API takes, with room to spare. */
const MAX_ARGS = 32;

export const CallBody = z.object({
  args: z.array(z.unknown()).max(MAX_ARGS),
});
export type CallBody = z.infer<typeof CallBody>;

export const BODY_SHAPE = '{ "args": [ ...arguments in signature order ] }';

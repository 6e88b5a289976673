// msw request handlers over the core: POST {baseUrl}/:dll/:fn answers with handleCall; other
// methods on the same path get a 405 that says which one to use. Works with setupServer (Node)
// and setupWorker (browser) alike.
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { WindowsMock } from '../world.js';
import { fault } from './answers.js';
import { BODY_SHAPE } from './call-body.js';
import { handleCall, type CallOptions } from './handle-call.js';

export interface HandlerOptions extends CallOptions {
  /** Where the DLLs live: `http://agent.local/win`, or `/api/win` in a page. No trailing slash needed. */
  baseUrl: string;
}

export function createHandlers(win: WindowsMock, options: HandlerOptions): HttpHandler[] {
  const base = options.baseUrl.replace(/\/+$/, '');
  const path = `${base}/:dll/:fn`;
  const param = (v: string | readonly string[] | undefined): string => (typeof v === 'string' ? v : '');
  return [
    http.post(path, async ({ request, params }) => {
      const answer = handleCall(win, param(params.dll), param(params.fn), await request.text(), options);
      return HttpResponse.json(answer.json, { status: answer.status });
    }),
    http.all(path, ({ request }) => {
      const answer = fault(405, 'method-not-allowed', `[winhandle] ${request.method} is not supported here — POST ${BODY_SHAPE} to ${path}`);
      return HttpResponse.json(answer.json, { status: answer.status, headers: { Allow: 'POST' } });
    }),
  ];
}

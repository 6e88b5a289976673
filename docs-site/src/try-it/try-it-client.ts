// Browser entry of "Try it" (bundled with the mock and msw by esbuild): a mock world lives in the
// page, msw's service worker routes POST mock-api/{dll}/{fn} to it, and the panel shows answers.
import { setupWorker } from 'msw/browser';
import type { WindowsMock } from '../../../mocks/index.js';
import { createHandlers, type CallError, type CallResult } from '../../../mocks/msw/index.js';
import { readForm } from './read-form.js';
import { showError, showResult } from './show-answer.js';
import { loadLog, saveLog, worldFromLog, type WorldLog } from './world-log.js';

const root = new URL(document.documentElement.dataset.root ?? './', location.href);
const baseUrl = new URL('mock-api', root).pathname;

async function start(panel: HTMLElement): Promise<void> {
  const form = panel.querySelector<HTMLFormElement>('form')!;
  const statusLine = panel.querySelector<HTMLElement>('[data-world-status]')!;
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const modeSelect = form.querySelector<HTMLSelectElement>('select[data-action="mode"]')!;
  const { dll, fn } = panel.dataset as { dll: string; fn: string };

  let log: WorldLog = loadLog(sessionStorage);
  let win: WindowsMock = worldFromLog(log);
  const handlers = (w: WindowsMock) => createHandlers(w, { baseUrl });
  const worker = setupWorker(...handlers(win));
  await worker.start({
    serviceWorker: { url: new URL('mockServiceWorker.js', root).pathname, options: { scope: root.pathname } },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });

  const describe = (): void => {
    statusLine.textContent = `Mock world ready (${log.mode} mode): ${log.calls.length} call${log.calls.length === 1 ? '' : 's'} made in this tab so far.`;
  };
  const renew = (mode: WorldLog['mode']): void => {
    log = { mode, calls: [] };
    saveLog(sessionStorage, log);
    win = worldFromLog(log);
    worker.resetHandlers(...handlers(win));
    describe();
  };

  modeSelect.value = log.mode;
  modeSelect.addEventListener('change', () => renew(modeSelect.value === 'lenient' ? 'lenient' : 'strict'));
  form.querySelector('button[data-action="reset"]')!.addEventListener('click', () => renew(log.mode));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const read = readForm(form);
    if (!read.ok) {
      showError(panel, 400, { error: 'bad-arguments', message: read.message }, new URL('rules/index.html', root));
      return;
    }
    void (async () => {
      const response = await fetch(`${baseUrl}/${dll}/${fn}`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ args: read.args }),
      });
      const answer = (await response.json()) as CallResult | (CallError & { message: string });
      if (response.ok) {
        log.calls.push({ dll, fn, args: read.args });
        saveLog(sessionStorage, log);
        showResult(panel, answer as CallResult);
      } else {
        showError(panel, response.status, answer as CallError, new URL('rules/index.html', root));
      }
      describe();
    })();
  });
  describe();
  submit.disabled = false;
}

const panel = document.querySelector<HTMLElement>('[data-try-it]');
if (panel) {
  start(panel).catch((error: unknown) => {
    const line = panel.querySelector<HTMLElement>('[data-world-status]');
    if (line) line.textContent = `[winhandle] the mock could not start: ${(error as Error).message} — service workers need http://localhost or https.`;
  });
}

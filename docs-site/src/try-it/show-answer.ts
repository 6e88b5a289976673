// Writing an answer of the mock into the "Try it" panel (textContent only: nothing is parsed as HTML).
import type { CallError, CallResult } from '../../../mocks/msw/index.js';

const hex = (n: number): string => `0x${(n >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;

function formatNumber(value: unknown): string {
  if (typeof value !== 'number') return value === null ? 'null (void)' : JSON.stringify(value);
  return value < 0 || value > 9 ? `${value} (${hex(value)})` : String(value);
}

/** Counts answers shown, so a reader (or a test) can tell a new answer from the previous one. */
function countAnswer(panel: HTMLElement): void {
  panel.dataset.answers = String(Number(panel.dataset.answers ?? '0') + 1);
}

function cell(panel: HTMLElement, name: string): HTMLElement {
  return panel.querySelector<HTMLElement>(`[data-out="${name}"]`)!;
}

export function showResult(panel: HTMLElement, answer: CallResult): void {
  cell(panel, 'result').textContent = formatNumber(answer.result);
  cell(panel, 'lastError').textContent = `${answer.lastError}${answer.lastErrorName ? ` ${answer.lastErrorName}` : ''}`;
  cell(panel, 'status').textContent = answer.status ?? '—';
  cell(panel, 'out').textContent = answer.out.length === 0 ? '—' : answer.out.map((o) => JSON.stringify(o)).join(', ');
  panel.querySelector<HTMLElement>('[data-answer]')!.hidden = false;
  cell(panel, 'error').hidden = true;
  countAnswer(panel);
}

export function showError(panel: HTMLElement, status: number, error: Partial<CallError> & { message: string }, rulesUrl: URL): void {
  const box = cell(panel, 'error');
  const title = document.createElement('strong');
  title.textContent = `${status} ${error.error ?? 'error'}`;
  const message = document.createElement('p');
  message.textContent = error.message;
  box.replaceChildren(title, message);
  if (error.rule) {
    const link = document.createElement('a');
    link.href = `${rulesUrl.href}#${encodeURIComponent(error.rule)}`;
    link.textContent = `Rule ${error.rule}`;
    const quote = document.createElement('blockquote');
    quote.textContent = error.quote ?? '';
    box.append(link, quote);
  }
  box.hidden = false;
  panel.querySelector<HTMLElement>('[data-answer]')!.hidden = true;
  countAnswer(panel);
}

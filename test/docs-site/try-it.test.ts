// "Try it": a call through msw's service worker to the mock world living in the page. CloseHandle
// of an invalid handle gives 0 and ERROR_INVALID_HANDLE; a handle from CreateEventW (made on its
// own page, the world kept across pages) closes with a nonzero result; reset forgets the world.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openSettled, pageOf, screenshot, useBrowser, useSite } from './support.js';

const site = useSite();
const browser = useBrowser();

async function openTryIt(page: Page, name: string): Promise<void> {
  await openSettled(page, site.current.url + pageOf(site.current.model, name).path);
}

type Answer = Record<'result' | 'lastError' | 'status' | 'out' | 'error', string>;

async function call(page: Page, args: Record<number, string>): Promise<Answer> {
  for (const [i, value] of Object.entries(args)) await page.locator(`[data-try-it] input[name="arg${i}"]`).fill(value);
  const panel = page.locator('[data-try-it]');
  const before = Number((await panel.getAttribute('data-answers')) ?? '0');
  await page.locator('[data-try-it] button[type="submit"]').click();
  await page.waitForFunction((n) => Number(document.querySelector<HTMLElement>('[data-try-it]')?.dataset.answers ?? '0') > n, before);
  const cells = ['result', 'lastError', 'status', 'out', 'error'] as const;
  const texts = await Promise.all(cells.map(async (c) => (await page.locator(`[data-try-it] [data-out="${c}"]`).innerText()).trim()));
  return Object.fromEntries(cells.map((c, i) => [c, texts[i]!])) as Answer;
}

describe('Try it', () => {
  it('CloseHandle of an invalid handle shows 0 and ERROR_INVALID_HANDLE; of a CreateEventW handle, nonzero', async () => {
    const page = await browser.page();
    await openTryIt(page, 'CloseHandle');
    const invalid = await call(page, { 0: '0x1234' });
    expect(invalid.result).toBe('0');
    expect(invalid.lastError).toBe('6 ERROR_INVALID_HANDLE');
    expect(invalid.status).toBe('—');

    await openTryIt(page, 'CreateEventW');
    const created = await call(page, {});
    const handle = Number(created.result);
    expect(handle).toBeGreaterThan(0);
    expect(handle % 4).toBe(0);

    await openTryIt(page, 'CloseHandle');
    await expect(page.locator('[data-world-status]').innerText()).resolves.toContain('2 calls');
    const closed = await call(page, { 0: String(handle) });
    expect(Number(closed.result)).not.toBe(0);
    expect(closed.lastError).toBe('0 ERROR_SUCCESS');
    await screenshot(page, 'try-it-closehandle');
    const again = await call(page, { 0: String(handle) });
    expect(again.result).toBe('0');
    expect(again.lastError).toBe('6 ERROR_INVALID_HANDLE');
  });

  it('names the NTSTATUS of NtClose and says what is wrong with a field', async () => {
    const page = await browser.page();
    await openTryIt(page, 'NtClose');
    const answer = await call(page, { 0: '0' });
    expect(answer.status).toBe('STATUS_INVALID_HANDLE');
    expect(answer.result).toBe('3221225480 (0xC0000008)');
    const bad = await call(page, { 0: 'four' });
    expect(bad.error).toContain('Handle: expected a number');
  });

  it('shows a strict-mode violation (409) with its rule, quote and a link to the catalogue', async () => {
    const page = await browser.page();
    await openTryIt(page, 'CreateEventW');
    const handle = (await call(page, {})).result;
    await openTryIt(page, 'FltClose');
    const answer = await call(page, { 0: handle });
    expect(answer.error).toContain('409 rule-violation');
    expect(answer.error).toContain('FltClose is only for closing file handles opened by FltCreateFile or FltCreateFileEx.');
    const link = page.locator('[data-try-it] [data-out="error"] a');
    await expect(link.getAttribute('href')).resolves.toMatch(/rules\/index\.html#fltclose-only-fltcreatefile$/);
    await link.click();
    await page.waitForURL(/#fltclose-only-fltcreatefile$/);
    await expect(page.locator('section#fltclose-only-fltcreatefile h2').isVisible()).resolves.toBe(true);
  });

  it('reset world forgets every handle', async () => {
    const page = await browser.page();
    await openTryIt(page, 'CreateEventW');
    const handle = (await call(page, {})).result;
    await page.locator('[data-try-it] button[data-action="reset"]').click();
    await expect(page.locator('[data-world-status]').innerText()).resolves.toContain('0 calls');
    await openTryIt(page, 'CloseHandle');
    expect((await call(page, { 0: handle })).lastError).toBe('6 ERROR_INVALID_HANDLE');
  });
});

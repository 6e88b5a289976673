// Search in the page header: functions by name, status codes by name and by value, rules.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PATHS, statusPath } from '../../docs-site/src/paths.js';
import { pageOf, useBrowser, useSite } from './support.js';

const site = useSite();
const browser = useBrowser();

async function searchFor(page: Page, query: string): Promise<{ text: string; href: string }[]> {
  const input = page.locator('#search-input');
  // Empty first, so the hits read below are the new query's, not the previous one's.
  await input.fill('');
  await page.locator('#search-results[hidden]').waitFor({ state: 'attached' });
  await input.fill(query);
  const results = page.locator('#search-results:not([hidden]) li a');
  await results.first().waitFor();
  return results.evaluateAll((as) => as.map((a) => ({ text: a.textContent ?? '', href: (a as HTMLAnchorElement).href })));
}

describe('search', () => {
  it('finds NtClose by name and opens it with Enter', async () => {
    const page = await browser.page();
    await page.goto(site.current.url + PATHS.home);
    const hits = await searchFor(page, 'ntclo');
    expect(hits[0]!.text).toMatch(/^NtClose /);
    await page.locator('#search-input').press('Enter');
    await page.waitForURL(/NtClose\.html$/);
    await expect(page.locator('h1').innerText()).resolves.toBe('NtClose');
  });

  it('finds STATUS_INVALID_HANDLE by value 0xC0000008 (and its other spellings)', async () => {
    const page = await browser.page();
    await page.goto(site.current.url + pageOf(site.current.model, 'CloseHandle').path);
    for (const query of ['0xC0000008', '0xc0000008', 'C0000008', '3221225480', '-1073741816']) {
      const hits = await searchFor(page, query);
      expect(hits[0]!.text, query).toMatch(/^STATUS_INVALID_HANDLE /);
      expect(hits[0]!.href).toBe(site.current.url + statusPath('STATUS_INVALID_HANDLE'));
    }
  });

  it('finds Win32 errors by decimal value, undocumented codes on their group page, and rules', async () => {
    const page = await browser.page();
    await page.goto(site.current.url + PATHS.home);
    const six = await searchFor(page, '6');
    expect(six.map((h) => h.text)).toContainEqual(expect.stringMatching(/^ERROR_INVALID_HANDLE /));
    const undocumented = await searchFor(page, 'STATUS_DEVICE_NOT_READY');
    expect(undocumented[0]!.href).toMatch(/status\/ntstatus-facility-0x000\.html#STATUS_DEVICE_NOT_READY$/);
    const rules = await searchFor(page, 'closesocket');
    expect(rules.map((h) => h.text)).toContainEqual(expect.stringContaining('rule · closehandle-socket'));
  });

  it('the search page lists every hit for ?q=', async () => {
    const page = await browser.page();
    await page.goto(`${site.current.url}${PATHS.search}?q=close`);
    const items = page.locator('#search-page-results li');
    await items.first().waitFor();
    const texts = await items.allInnerTexts();
    expect(texts.some((t) => t.startsWith('CloseHandle'))).toBe(true);
    expect(texts.some((t) => t.startsWith('ZwClose'))).toBe(true);
  });
});
